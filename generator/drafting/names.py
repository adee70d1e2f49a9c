"""Find the names of people in a text: capitalised runs, cut to the name, with cues.

    >>> [(n.name, n.role, n.cue) for n in find_names("Foreign Minister José Manuel Albares said so.")]
    [('José Manuel Albares', 'Foreign Minister', 'title "Foreign Minister" before the name')]

A *run* is a sequence of capitalised words (with particles such as "von der"
and initials such as "J.").  Titles, demonyms and country names at its start
are cut off and kept as the role ("South Korean Defense Minister"); a run
holding an organisation or place word ("Council", "Times", "Far East") is
not a person, nor is a name the page also writes as a company's or that
ends an institution's (`institutions`), one used as a modifier ("the Grand
Slam champion"), a possession ("the company's Core Ultra chips"), what a
title is of ("Chief Executive Officer of Baltica Wind") or a company after
its trade ("drugmaker Bavarian Nordic"), there or anywhere else on the page
(`names_companies`).  Nor is a company the page
describes as one ("Trondheim-based Aurora Orbital", "Aurora Orbital's chief
executive": `described_as_company`), what a named person belongs to ("Donald
Tusk of Civic Platform"), the body of a lower-case title ("Red Cross regional
director Ana Ruiz") or a ship ("HMS Queen Elizabeth"); nor a source cited in
brackets after a sentence, a craft or a work after its kind ("the tanker
Okavango Star"), words of a state's full name ("Democratic People's Republic of
Korea") or a venue after "at" (`namecontext`).  An office of a named body
before a name is its title ("President of the Assembly Marta Esquivel Rojas").
A month's name before a
surname is a given name ("said Jun Takeda"), unless a word of time comes before
it; so is "Per" or "Will" inside a sentence ("said Per Vik"), and an
abbreviated title ending a family-name-first name ("Nakatani Gen").  A compound
adjective ("Bergen-based", "Kyiv-born") is no part of a name.  With no cue, a name
whose every word the page also writes in lower case is a heading's words ("Long Dry
Spells"); a plural of a noun for people is a group ("Borrowed Soldiers"); a company's
legal form ends no person's name ("… Berhad").  After a title's "for" or "of", the last
two words of three or more are the name ("Minister for Civil Protection Stavros
Kontogeorgis").  In a list's cell a family name in capitals belongs to the name ("| KIM
Yong Bok |", "| Gennady Pavlovich ZOTIKOV |").  A trade or an abbreviated title before a
name is no part of it ("Trucker Wayne MacIsaac", "Cr Helen Okafor-Reid": `occupations`);
a name used as a business's (`namecontext.trade_names`), after an article ("the US Federal
Reserve") or shaped as a place's, a body's or a work's (`nameshapes`) is no person's; a
name written in capitals in running text with a cue is one, in title case (`namecaps`).
A name the page shows to be its own outlet's, one on a credit, contact or prompt line, or
a thing's (a company in a deal, a car after its colour, a hotline, a name the page keeps
using as a modifier, a name written before a kind of place: `names_places`) is none
either (`pageevidence`).  A name, perhaps a day, and a colon
before a quotation is a speaker ("Zelensky on Monday: “…”").  A hyphenated title is cut
("Auditor-General Petrina Shivute-Amukwaya": `occupations.is_title_compound`), and so is
an office ("Deputy Ombudsman": `lexicon.ROLE_WORDS`); a title's field
may go on after "and" ("Minister of Equipment and Water Karim Bennani").  A demonym ends a
name of three words ("Dinh Quoc Thai"); a word with a digit, a last word the page writes in
lower case ("Colombo Tea Auction"), a capitalised preposition opening the run ("At Dickoya
Estate"), what a role is "of" and a company before a legal form (`legalforms`) are no
person's.
A body's name spelled out before its acronym in brackets (`names_acronyms`), the page's
author on an author line or in an author box (`names_bylines`), "The" and a demonym before a
name that says "its" ("The Costa Rican Red Cross said its crews") are no person's; "Prince"
before an initial is a given name ("Prince K. Tokpah").  A venue, an event or a trade ending a
name ("Kensington Oval", "Consultative Meeting", "Marine Supplies": `nameshapes.kind_ends`) is no
person's even after a title; three words after a minister's field may be the name (`names_fields`);
a machine's model, a brand's product or a name with a pack size (`names_things`), a scorecard's
entries (`names_scorecards`) and a route's start (`names_places`) are no person's; a name's
opening glottal stop is kept ("'Aisea Havili": `names_okina`).  A name given after a kind and
"called" ("an exercise called Freedom Edge"), one a road or an exit leads to ("the turn-off for
Juan Montalvo") and a nickname in quotation marks after a full name are no person's
(`names_namedkinds`).
What is left is
a full name (two words or more) or a single word, which `people` resolves to a
full name of the same article.

A *cue* says why the words are a person: a title before them, a role noun
("spokesman Wang Wenbin"), an attribution verb ("Albares said", "said
Albares", "according to Albares"; not after a preposition: in "an analyst at
Marlow Brokers said" the analyst speaks), an apposition (", a spokesman for"), an
age (", 45,") or a photo credit ("Photo/Kevin Wolf"); a transcript's speaker
label in capitals with a role or a note ("DANA WHITFIELD, ABN ANCHOR:") is a
name of its own.  Full names without a
cue are still names when every word is name-like; single words need a cue.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cached_property

from .lexicon import (ATTRIBUTION_VERBS, COMPANY_MODIFIED, COMPANY_NOUNS, COMPANY_SUFFIXES, FUNCTION_WORDS, HONORIFIC_STEMS, HONORIFICS,
                      LEADER_NOUNS, LOWER_ROLE_CUES,
                      PERSON_NOUNS,
                      MEDIA_WORDS, MODIFIED_ROLES, MONTHS, NAME_PARTICLES, NAME_SUFFIXES, ORGANISATION_WORDS, ROLE_WORDS,
                      GIVEN_NAME_FUNCTION_WORDS, TITLE_ABBREVIATIONS,
                      WEEKDAYS, is_role_word)
from ..segment import ABBREVIATIONS
from .institutions import company_names, ends_institution, inside_field_list
from ..demonyms import DEMONYMS
from .places import CAPITALS, METONYMS, country_forms, place_words, subdivision_names
from .namecontext import (PlaceContexts, family_name_beside, field_and_before, office_before, role_of_before,
                          source_in_brackets, state_name_spans, thing_before, trade_names)
from .namecaps import acronyms, capital_names
from .names_companies import after_company_noun
from .names_evidence import without_evidence
from .names_fields import name_length_after_field
from .names_kinds import craft_names, kind_of_name
from .names_honorifics import honorific_second, numbered_office
from .names_titlewords import title_word
from .names_rulergiven import ruler_title_is_given_name
from .names_innertitles import inner_title
from .names_localities import part_place
from .names_technical import light_character
from .names_titlethe import the_state_name, the_title_surname
from .names_labels import the_title_and_word
from .names_particles import inner_particle, is_inner_particle, particles_then_capital
from .names_regnal import regnal_numeral
from .names_okina import with_okina
from .names_scorecards import scorecard_entry
from .names_things import thing_names
from .names_teams import team_names
from .names_koreansurnames import korean_surname
from .names_categories import category_names, cited_texts
from .names_honourplaces import honoured_in_a_name
from .names_plural import plural_subjects
from .names_periodends import period_name
from .names_suffixnouns import abstract_noun_end
from .names_acronyms import spelled_out
from .names_bylines import BylineNames, author_line
from .names_places import place_modified
from .names_misspelt import misspelt_name
from .names_obituary import with_obituary_heads
from .names_colonlabels import colon_label
from .names_rolebefore import noun_before
from .names_bodies import body_noun_before, body_words
from .names_initials import initial_last
from .names_placeabbrevs import place_abbreviation
from .names_namedkinds import called_thing, namesake, nicknames, route_end
from .kinship import KIN_MODIFIERS, KIN_NOUNS
from .nameshapes import BODY_HEADS, after_article, kind_ends, not_a_person, site_after
from .occupations import is_descriptor, is_occupation, is_short_title, is_title_compound
from .pageevidence import OutletNames, credit_line, modified_things, thing_context
from .transcript import cue_end, label_end, label_name

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]|\.(?=[^\W\d_]))*\.?")
_POSSESSIVE = re.compile(r"['’]s?$")
_ATTRIBUTION_AFTER = re.compile(r"^(?:['’]s?)?\s*,?\s*(?:who\s+|also\s+|has\s+|had\s+)?(\w+)")
_APPOSITION = re.compile(r"^,\s+(?:\d{1,3},|(?:a|an|the|who)\s+(?:[\w'’-]+\s+){0,4}?([\w'’-]+))")
_PHOTO_CREDIT = re.compile(r"\b(?:Photo|Photograph|Image|Picture|Credit)s?\b(?:\s*[:/]|\s+by)[^.;()]{0,40}?[/:]?\s*$"
                           r"|(?:Reporting|Written|Editing) by\s*$", re.I)
_ACCORDING = re.compile(r"according to\s+$", re.I)
_RELATIVE_AFTER = re.compile(r"^['’]s[ \t]+(?:(?:" + "|".join(sorted(KIN_MODIFIERS)) + r")[ \t]+)?"
                             r"(?:great-)*([a-z]+)\b")
"""A possessive and a relative after a name ("Sam Barrow's great-granddaughter", "Ana Ruiz's
widower"): only a person has kin, so the name is one even where the page also names a place
after them ("Sam Barrow Square")."""


@dataclass(frozen=True)
class NameSpan:
    """A person's name, or a single word of one, at a place in the text."""

    start: int
    """Offset of the name's first character (after any title)."""
    end: int
    name: str
    """The name as written, possessive removed: "José Manuel Albares"."""
    role: str
    """Title words cut from the front of the run ("Foreign Minister"), or ""."""
    country: str | None
    """ISO code of a demonym or country in the title ("Spanish …"), if any."""
    cue: str | None
    """Why this is a person, or None for a bare capitalised name."""

    @property
    def words(self) -> list[str]:
        return self.name.split()

    @property
    def is_full(self) -> bool:
        return len(self.words) >= 2


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str

    @cached_property
    def key(self) -> str:
        # "Profª", "Drª", "Sr.ª": Portuguese and Spanish write a feminine title's ending
        # as an ordinal mark; the title is the same word
        return self.text.lower().rstrip(".").rstrip("ªº").rstrip(".")


_PREFIXED = re.compile(r"[a-z]{1,3}-[^\W\d_].*")
_GAP = re.compile(r"[ \u00a0]{1,2}")
_CAPITALISED_NEXT = re.compile(r" [A-Z][a-z]")
_BEFORE_SURNAME = HONORIFICS | ROLE_WORDS


def _is_capitalised(word: str) -> bool:
    """"Albares", "J.", "III", "al-Sudani"; not "NATO" or "and"."""
    core = word.rstrip(".")
    if "-" in core[:4] and _PREFIXED.fullmatch(core) and core.split("-", 1)[1][0].isupper():
        return True  # al-Sudani, el-Sisi
    if not core or not core[0].isupper():
        return False
    if core.isupper() and len(core) > 1:
        return core.lower() in NAME_SUFFIXES or regnal_numeral(core)  # "III", "XIV" but not "NATO"
    if _COMPOUND_ADJECTIVE.search(core) or _NUMBER_COMPOUND.match(core):
        return False  # "Bergen-based", "Kyiv-born", "Ten-man": an adjective before a name, not part of it
    return core.lower() not in WEEKDAYS and core.lower() not in MONTHS


_COMPOUND_ADJECTIVE = re.compile(r"-(?:based|born|bred|raised|led|backed|owned|funded|run|made|listed|registered"
                                 r"|headquartered|controlled|held|occupied|sponsored|allied|aligned|style|era)$")
"""The second part of an English compound adjective made from a place or a name
("Bergen-based", "Saudi-led", "Oslo-listed", "Soviet-era").  Given names with a
lower-case second part ("Jae-seok", "Yo-jong") do not end so."""


_NUMBER_COMPOUND = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                              r"|forty|fifty|hundred|thousand|half|first|second|third|fourth|fifth|last)-[a-z]")
"""The first part of a compound adjective made from a number ("Ten-man Kingsmere",
"Two-time champion", "First-half goals"): a name's parts are not counted."""


# "Fr." (Father) opens a name; "Vda." ("viuda de") joins a Spanish widow's names ("Ana Ruiz Vda. de Soto")
_ABBREVIATIONS = frozenset(a.lower() for a in ABBREVIATIONS) | {"ma", "h.e", "messrs", "fr", "vda"}


def _ends_sentence(token: _Token) -> bool:
    """"Kyiv." ends a sentence; "J.", "Mr.", "Ma." (Maria) and a short title ("Eng.") do not."""
    core = token.text.rstrip(".")
    return token.text.endswith(".") and len(core) > 1 and core.lower() not in _ABBREVIATIONS \
        and not is_short_title(core.lower())


def _is_surname_caps(token: _Token, text: str) -> bool:
    """"IWAYA" in "Mr. IWAYA Takeshi": a family name in capitals, next to a capitalised word."""
    after = _CAPITALISED_NEXT.match(text, token.end)
    return token.text.isalpha() and token.text.isupper() and len(token.text) >= 3 and after is not None


def _runs(text: str, start: int, end: int) -> list[list[_Token]]:
    """Runs of capitalised words separated by single spaces, particles inside.

    Most words are lower case and outside any run: they are passed over
    before any record is made for them (a long article has many).
    """
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    previous = ""
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        # Most words: lower case and not "al-…", so not capitalised (see `_is_capitalised`).
        capitalised = not (word[0].islower() and "-" not in word[:4]) and (
            _is_capitalised(word) or _month_as_name(word, previous, text, match.end())
            or _title_in_capitals(word, text, match.end()))
        previous = word
        if not current:
            if capitalised:
                current = [_Token(match.start(), match.end(), match.group())]
            continue
        token, last = _Token(match.start(), match.end(), match.group()), current[-1]
        if capitalised and _is_nickname(text, last, token):
            continue  # Deborah "Deb" Castellanos: the nickname is passed over, the run goes on
        joined = not _ends_sentence(last) and not _owner(last.text) and (
            _GAP.fullmatch(text, last.end, token.start) is not None
            or _NICKNAME.fullmatch(text, last.end, token.start) is not None)
        if last.key in _BEFORE_SURNAME and _is_surname_caps(token, text):
            current.append(token)
        elif capitalised and joined:
            current.append(token)
        elif joined and (token.key in NAME_PARTICLES or inner_particle(text, last.text, word, match.end())
                         or (token.key in ("of", "for") and is_role_word(last.key))):
            current.append(token)
        else:
            runs.append(current)
            current = [token] if capitalised else []
    if current:
        runs.append(current)
    return [_trim_particles(r) for r in runs if r]


_OWNER = re.compile(r"\w['’]s$")


def _owner(word: str) -> bool:
    """A possessive ends a run: in "Microsoft's Brad Smith" the owner is not part of the
    name; a country's stays, as the title's ("Spain's Foreign Minister Ana Ruiz")."""
    return _OWNER.search(word) is not None and _POSSESSIVE.sub("", word) not in country_forms()
_NICKNAME = re.compile(r" [\"“][A-Z][\w'’.-]*[\"”] ")
"""A nickname in quotation marks between a given name and a surname: ' "Deb" '."""


def _is_nickname(text: str, last: _Token, token: _Token) -> bool:
    """Whether ``token`` is a nickname written inside a name (Deborah "Deb"
    Castellanos-Wright): quoted, right after a capitalised word and right
    before another — US papers write full names so, and the analyst lists the
    name without it."""
    gap = _NICKNAME.match(text, last.end)
    return gap is not None and gap.start() == last.end and last.end + 2 == token.start \
        and gap.end() < len(text) and text[gap.end()].isupper() and _is_capitalised(last.text)


def _title_in_capitals(word: str, text: str, end: int) -> bool:
    """"CEO" in "Meridian Chips CEO Tom Hale": a title in capitals before a name joins
    the run, so that the words before it are the title's (the company), not a person."""
    return word.isupper() and len(word) > 1 and word.lower() in ROLE_WORDS \
        and _CAPITALISED_NEXT.match(text, end) is not None


def _month_as_name(word: str, previous: str, text: str, end: int) -> bool:
    """"said Jun Takeda", "June Carter": a month's name (or its abbreviation) is a
    given name when a capitalised word follows, unless a word of time comes
    before it ("in May Trump said", "since March")."""
    return word.rstrip(".").lower() in MONTHS and word[:1].isupper() and not word.endswith(".") \
        and previous.lower() not in _BEFORE_MONTH and (_CAPITALISED_NEXT.match(text, end) is not None or particles_then_capital(text, end))


_BEFORE_MONTH = frozenset("""
    in on since until till by from through during last next early late mid of before after between and to
    this that each every
""".split())


def _trim_particles(run: list[_Token]) -> list[_Token]:
    while run and not _is_capitalised(run[-1].text):
        run = run[:-1]
    return run


def _strip_title(run: list[_Token], common: set[str]) -> tuple[list[_Token], list[_Token], str | None]:
    """(title tokens, name tokens, country of the title)."""
    forms = country_forms()
    title: list[_Token] = []
    country = None
    i = 0
    while i < len(run):
        pair = " ".join(t.text.rstrip(".,") for t in run[i:i + 2])
        word = run[i].key
        if i + 1 < len(run) and pair in forms:
            country, i = country or forms[pair], i + 2
            title.extend(run[i - 2:i])
            continue
        if run[i].text in forms or _POSSESSIVE.sub("", run[i].text) in forms:
            country = country or forms.get(run[i].text) or forms.get(_POSSESSIVE.sub("", run[i].text))
        elif i == 0 and not common and (_given_name_word(run) or korean_surname([t.text for t in run])):
            break  # "said Per Vik": a given name, not a function word
        elif _royal_given_name(run[i:]):
            break  # "Superintendent Prince K. Tokpah": a given name before an initial, no prince
        elif not (is_role_word(word) or is_title_compound(word) or _function_word(word) or _in_common(word, common) or word == "of"
                  or _described_before(run, i, common) or honorific_second([t.text for t in run], i)
                  or title_word([t.text for t in run], i)):
            break
        title.append(run[i])
        i += 1
    rest = run[i:]
    roles = [j for j, t in enumerate(rest[:-1]) if is_role_word(_plain(t.key)) and t.key not in FUNCTION_WORDS
             and not _royal_given_name(rest[j:]) and not inner_title([t.text for t in rest], j)
             and not (j > 0 and rest[j - 1].key in BODY_HEADS)]  # "Universidad Mayor de …": the body's adjective
    if roles:  # "Unification Minister Kim Yung-ho": an unknown word before the title
        title.extend(rest[:roles[-1] + 1])
        rest = rest[roles[-1] + 1:]
    if numbered_office([t.text for t in rest], [t.text for t in title]):  # "Finance Minister II Amir Hamzah Azizan"
        title, rest = title + rest[:1], rest[1:]
    return title, rest, country


def _the_and_state(title: list[_Token], country: str | None, titled: bool) -> bool:
    """Whether the title is "the" and a state's name or demonym, no office: "The Costa Rican
    Red Cross said its crews …" names a body so (with `_ITS_AFTER`), as "the Red Cross" does;
    "The Briton Tom Ellery said" a person, by nationality."""
    return title[0].key == "the" and country is not None and not titled


_ITS_AFTER = re.compile(r"[ \t]+[a-z]+[ \t]+its[ \t]")
"""A verb and "its" after a name: "… Red Cross said its crews": a body's, no person's own."""


ROYAL_GIVEN_NAMES = frozenset("prince princess king queen duke earl".split())
"""Royal and noble titles that are given names too (Liberia, Nigeria, the United States):
a royal is named after the title by a given name ("Prince William"), never by an initial."""


def _royal_given_name(run: list[_Token]) -> bool:
    """Whether the run opens with such a title, then an initial and a surname: "Prince K. Tokpah"."""
    return len(run) >= 3 and run[0].key in ROYAL_GIVEN_NAMES and _INITIAL.fullmatch(run[1].text) is not None \
        and _is_capitalised(run[2].text)


_INITIAL = re.compile(r"[A-Z]\.")


def _described_before(run: list[_Token], i: int, common: set[str]) -> bool:
    """Whether the ``i``-th word is an abbreviated title ("Cr Helen Okafor-Reid") or, at a
    sentence's start (``common`` is empty elsewhere), a trade ("Trucker Wayne MacIsaac"),
    with a name of two words after it: many trades are surnames too ("Baker Mayfield")."""
    if len(run) - i < 3:
        return False
    return is_short_title(run[i].key) or i == 0 and bool(common) and is_occupation(run[i].key)


_QUESTION = re.compile(r"[^.!?\n]*\?")
"""The rest of a sentence that is a question: "Will Ukraine join NATO?"."""


def _named_after(text: str, end: int) -> bool:
    """Whether an apposition (a comma) or a speech verb follows ``end``: what makes a
    sentence's first two words a person's name rather than a phrase."""
    verb = _ATTRIBUTION_AFTER.match(text[end:end + 40])
    return text[end:end + 1] == "," or verb is not None and verb.group(1).lower() in ATTRIBUTION_VERBS


_CONTRACTION = re.compile(r"['’](?:m|re|s|ve|ll|d)$")


def _all_common(name: list[_Token], common: set[str]) -> bool:
    """Whether the page also writes every word of a name of two words or more in lower
    case ("Earnings Call Transcript" on a page that says "the call", "this transcript"):
    words in title case, as headings and labels write them, not a person's name, whose
    words a page rarely writes in lower case all together."""
    parts = [p for t in name for p in _POSSESSIVE.sub("", t.text).lower().split("-") if p]
    return len(name) > 1 and bool(common) and all(p in common or p in FUNCTION_WORDS for p in parts)


def _common_noun_ends(text: str, name: list[_Token], common: set[str]) -> bool:
    """Whether the last word of a name of two words or more is a noun the page also writes
    in lower case, after a determiner and before a verb, a preposition or punctuation
    (`nouns_in`: "Colombo Tea Auction" on a page with "the auction was", "Reykjavík City"
    with "the city's"): a thing's, a body's or a place's name ends with its kind.  Only
    such a noun use counts, because many surnames are words a page writes in lower case
    as adjectives or verbs ("young people" beside Neil Young, "may" beside Theresa May,
    "the brown envelope" beside Gordon Brown)."""
    last = _POSSESSIVE.sub("", name[-1].text).rstrip(".").lower()
    return len(name) > 1 and bool(common) and last not in NAME_SUFFIXES and last in nouns_in(text)


_NOUN_USE = re.compile(r"\b(?i:the|a|an|this|that|its|their|our|his|her)[ \t]+([a-z][a-z-]*)"
                       r"(?=[ \t]*[,.;:!?)]|['’]s\b|[ \t]+(?:is|was|are|were|has|had|have|will|would|said|says"
                       r"|of|in|on|at|to|for|and|or|but|that|which|who|from|with)\b)")


@functools.lru_cache(maxsize=8)  # asked for each name of a page: one pass per page (a str caches its hash)
def nouns_in(text: str) -> frozenset[str]:
    """Lower-case words the text uses as nouns: after a determiner, before a verb, a
    preposition, a possessive or punctuation ("the city said", "the auction,")."""
    return frozenset(m.group(1) for m in _NOUN_USE.finditer(text))


def _body_words_first(title: list[_Token]) -> bool:
    """Whether the title opens with a capitalised word that is no title's, no state's and no
    function word ("Annual" of "Annual General"): a body's name holding a title's word."""
    first = title[0]
    return first.text[:1].isupper() and not (is_role_word(first.key) or first.key in FUNCTION_WORDS
                                              or _POSSESSIVE.sub("", first.text) in country_forms()
                                              or is_short_title(first.key))


def _function_word(key: str) -> bool:
    """A function word, or one contracted with a verb ("I'm", "we're", "it's",
    "they'll"): "I'm Priya Castellane" opens with no part of a name."""
    return key in FUNCTION_WORDS or _CONTRACTION.sub("", key) in FUNCTION_WORDS


def _given_name_word(run: list[_Token]) -> bool:
    """Whether the run opens, inside a sentence (the caller knows), with a function word
    that is also a given name (`GIVEN_NAME_FUNCTION_WORDS`) before a capitalised word
    that is neither a function word nor a title: "Per Vik", not "Per Capita"."""
    return len(run) > 1 and run[0].key in GIVEN_NAME_FUNCTION_WORDS and run[0].text[:1].isupper() \
        and run[1].key not in FUNCTION_WORDS and not is_role_word(run[1].key)


def _in_common(word: str, common: set[str]) -> bool:
    """Whether the text writes ``word`` in lower case, or its plural ("Passenger Eva
    Lind" where the text has "passengers"), or it is a noun for people (`PERSON_NOUNS`):
    at a sentence's start (``common`` is empty elsewhere), a common noun the sentence
    capitalised."""
    return bool(common) and (word in common or word + "s" in common or word + "es" in common
                             or word in PERSON_NOUNS or word in COMPANY_NOUNS or is_descriptor(word))


# The word sets below are made once: a long article has a name in every line.
_ROLE_OR_ORGANISATION = ROLE_WORDS | ORGANISATION_WORDS
_ROLE_CUES = LOWER_ROLE_CUES | ROLE_WORDS
_FOLLOWING = re.compile(r"\s([a-z][\w-]*)")
_TITLE_AFTER = re.compile(r"((?:\s[a-z][\w-]*){2,3})\s+[A-Z]")
_TITLE_ADJECTIVES = frozenset("""
    regional local national international senior junior general country area press communications policy
    programme program project research medical legal managing technical political military emergency
""".split())
"""Adjectives of a lower-case title ("regional director", "senior policy adviser")."""


def _before_a_title(text: str, end: int) -> bool:
    """Whether a lower-case title of two or three words and then a name follow ``end``:
    "Red Cross regional director Ana Ruiz" — the name before the title is the body
    the title belongs to ("Red Cross"), not a person."""
    found = _TITLE_AFTER.match(text, end, end + 60)
    if found is None:
        return False
    words = found.group(1).split()
    return words[-1] in LOWER_ROLE_CUES and all(
        w in _TITLE_ADJECTIVES or w in LOWER_ROLE_CUES or is_role_word(w) for w in words[:-1])
_WORD_BEFORE = re.compile(r"[\w'’-]+")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"\n]")


def _plain(key: str) -> str:
    """A word without a plural "s" or "ies": "chiefs" → "chief", "companies" → "company"."""
    if key.endswith("ies") and key[:-3] + "y" in _ROLE_OR_ORGANISATION:
        return key[:-3] + "y"
    return key[:-1] if key.endswith("s") and key[:-1] in _ROLE_OR_ORGANISATION else key


_MODIFIED = ORGANISATION_WORDS | LOWER_ROLE_CUES
"""Lower-case nouns a name may qualify: "the Red Cross office", "a Fox News correspondent"."""


@functools.cache
def _places(several_words: bool) -> frozenset[str]:
    return place_words() - METONYMS.keys() if several_words else place_words()


def _rejects(name: list[_Token], titled: bool = False) -> bool:
    """An organisation, a place or a document, not a person.  A capital is a
    place alone ("Santiago") but may be a given name ("Santiago Peña"); after a
    person's title a place may be a surname too ("Rep. Jim Jordan")."""
    places = _places(len(name) > 1)
    joined = " ".join(_POSSESSIVE.sub("", t.text) for t in name)
    if body_words([t.text for t in name]):
        return True  # "Omroep IJsseldelta", "Conjunto Los Guayabos", "Korean People": a body's (`names_bodies`)
    if place_abbreviation([t.text for t in name]):
        return True  # "Co. Cork", "Mt. Kenya": a place noun's abbreviation opens it (`names_placeabbrevs`)
    if len(name) > 1 and (joined in place_words() or joined in subdivision_names()):
        return True  # "Buenos Aires", "Nova Scotia": a place of several words, not a given name and a surname
    for i, token in enumerate(name):
        bare = _POSSESSIVE.sub("", token.text).rstrip(".")
        surname = (titled or _demonym_ends(name)) and len(name) > 1 and i == len(name) - 1
        plain = _plain(_POSSESSIVE.sub("", token.key))  # "Reykjavík City's deputy mayor": the city's, a body's
        if plain in ORGANISATION_WORDS or token.key in MEDIA_WORDS or bare in places and not surname:
            return True
        if _given_name_last(name, i) or i == 0 and (_given_name_word(name) or _royal_given_name(name)
                                                    or korean_surname([t.text for t in name])):
            continue  # "Nakatani Gen": an abbreviated title never ends a name; "Per Vik": kept by `_strip_title`
        if any(c.isdigit() for c in bare):
            return True  # "Dordi Khola-2", "Falcon 9": a plant's, a model's or a unit's number, no person's
        if (bare.lower() in FUNCTION_WORDS and not is_inner_particle([t.text for t in name], i)) \
                or is_role_word(_plain(bare.lower())) and not inner_title([t.text for t in name], i):
            return True
        if i and i == len(name) - 1 and _LEGAL_FORM.fullmatch(_POSSESSIVE.sub("", token.text.rstrip("."))):
            return True  # "Keretapi Tanah Melayu Berhad": a company's legal form ends its name
        if len(name) > 1 and _people_plural(bare.lower()):
            return True  # "Borrowed Soldiers", "Ukraine's Volunteers": a group of people, not one
    return False


def _demonym_ends(name: list[_Token]) -> bool:
    """Whether a demonym ends a name of three words or more whose other words are no
    place's, a capital's either ("Dinh Quoc Thai"): English writes a demonym before a noun,
    so one that ends a run of capitalised words is a given name (Vietnamese, Thai), not a
    nationality."""
    return len(name) >= 3 and _POSSESSIVE.sub("", name[-1].text) in DEMONYMS \
        and not any(_POSSESSIVE.sub("", t.text).rstrip(".") in place_words() for t in name[:-1])


_LEGAL_FORM = re.compile("|".join(re.escape(s.title()) for s in sorted(COMPANY_SUFFIXES, key=len, reverse=True)
                                   if len(s.strip(".")) > 3 or "." in s.strip(".")) + "|GmbH|Ltd\\.?|Inc\\.?|Pty|Pte|LLC|PLC|Oy")
"""A company's legal form written out or in its usual case ("Berhad", "GmbH", "Ltd", the
Finnish "Oy"), as the last word of a name: never a person's surname.  Short forms in capitals
("AG", "SA") are passed over already: no word of a name is in capitals."""


def _field_then_name(words: list[_Token], common: set[str]) -> bool:
    """Whether the words after a title's "of" or "for" are a field of one word or more and
    then a name of two ("Minister for Civil Protection Stavros Kontogeorgis"): three
    words at least, the last two neither an organisation's, a place's nor words the page
    writes in lower case.  Two words are the field alone ("Minister for Emergency
    Management")."""
    if len(words) < 3 or any(t.key in FUNCTION_WORDS for t in words[-2:]):
        return False
    name = words[-2:]
    return not _rejects(name, True) and not _all_common(name, common) \
        and not any(_in_common(t.key, common) or is_role_word(t.key) for t in name)


def _people_plural(word: str) -> bool:
    """The plural of a noun for people (`PERSON_NOUNS`): "soldiers", "workers", "witnesses".
    A person's name is no plural of a noun; a heading's or a group's name may be."""
    return word.endswith("s") and (word[:-1] in PERSON_NOUNS or word.endswith("es") and word[:-2] in PERSON_NOUNS)


def _office_body(title: list[_Token], name: list[_Token], country: str | None, titled: bool) -> list[_Token]:
    """The words of the body or the state an office before the run is of ("President of
    the | Assembly | Marta Esquivel Rojas", "Prime Minister of the | United Kingdom | Keir
    Starmer"): the state cut off as a title, else a body's words before a name; [] when
    the run is no such thing."""
    if title and country is not None and not any(is_role_word(t.key) for t in title):
        return title
    cut = _after_organisation(name) if not title and _rejects(name, titled) else 0
    return name[:cut]


def _after_organisation(name: list[_Token]) -> int:
    """How many words of ``name`` an office's body takes before a person's name of two
    words or more ("Assembly | Marta Esquivel Rojas", "House | Mike Johnson"):
    up to its last organisation word, else 0."""
    last = max((i for i, t in enumerate(name) if _plain(t.key) in ORGANISATION_WORDS), default=-1)
    rest = name[last + 1:]
    return last + 1 if last >= 0 and len(rest) >= 2 and not _rejects(rest, True) else 0


def _given_name_last(name: list[_Token], i: int) -> bool:
    """Whether the ``i``-th word of ``name`` is its last, after another, and an
    abbreviated title written without its full stop (`TITLE_ABBREVIATIONS`):
    family-name-first papers write "Nakatani Gen", and a title stands before a
    name, not after it."""
    token = name[i]
    return i == len(name) - 1 and i > 0 and token.text[:1].isupper() and token.text.isalpha() \
        and token.text.lower() in TITLE_ABBREVIATIONS


def find_names(text: str, spans: list[tuple[int, int]] | None = None, common: set[str] | None = None) -> list[NameSpan]:
    """Names in ``text`` (within the sentence ``spans`` when given), in order.

    ``common`` holds lower-case words the text also writes in lower case
    ("senior"): capitalised at a sentence start they are not names.
    """
    common = common or set()
    companies = company_names(text) | described_as_company(text) | trade_names(text) | after_company_noun(text)
    known = acronyms(text)
    outlets = OutletNames(text)
    bylines = BylineNames(text)
    crafts = craft_names(text)
    things = modified_things(text) | place_modified(text) | thing_names(text) | crafts \
        | plural_subjects(text) | team_names(text) | category_names(text) | cited_texts(text) | nicknames(text)
    found: list[NameSpan] = []
    for start, end in spans or [(0, len(text))]:
        labelled = _label(text, start, end)
        if labelled is not None:
            found.append(labelled)
            start = labelled.end
        else:  # "6:45 Driver Julio Ccahuana, …": a transcript's time stamp, then the sentence
            start += cue_end(text[start:min(end, start + MAX_CUES)])
        found += _in_capitals(text, start, end, known)
        for run in _runs(text, start, end):
            span = _name_span(text, run, common, sentence_start=start)
            if span is not None and not (span.name in companies and (span.cue is None or span.cue.startswith('"'))) \
                    and not _page_says_otherwise(text, span, outlets, _starts_sentence(text, start, span.start)) \
                    and not _authors_line(text, span, outlets, bylines) \
                    and not (span.cue is None and scorecard_entry(text, span.start, span.end)) \
                    and not (span.cue is None and span.name in things) \
                    and not _titled_craft(span, crafts):  # "the Coral Link outage": a thing
                found.append(span)
    found = with_obituary_heads(text, found, NameSpan)  # "CAMPBELL, Margaret Anne.": a death notice's heading
    found.sort(key=lambda span: span.start)
    bare = {span for span in found if span.cue is None or span.cue.startswith('"')}  # no cue, or a verb next to it
    contexts = PlaceContexts(text)
    located = {name for name in {s.name for s in bare if s.is_full} if contexts.holds(name)}
    states = state_name_spans(text)
    kept = [with_okina(text, span) for span in found if not (span.name in located and span in bare)
            and not any(a <= span.start and span.end <= b for a, b in states)]
    kept = [s for s in kept if not (light_character(s.words) or part_place(s.words, s.cue))]  # "Fl Y", "Hai Malakal"
    kept = [s for s in kept if not honoured_in_a_name(text, s.start, s.end, s.words, s.role)]  # "Sir Robert's Wharf"
    kept = [s for s in kept if not (s.cue is None and (period_name(s.words) or abstract_noun_end(s.words)))]
    return without_evidence(text, kept, nouns_in(text) if common else frozenset())  # no sign of a person, one of a thing


def _titled_craft(span: NameSpan, crafts: frozenset[str]) -> bool:
    """Whether a name with its title is a vessel's the page names after "the ferry" or the
    like (`names_kinds.craft_names`): ships bear royal names ("the ferry Princess Ashika"),
    and the title read before "Ashika" is the ship's first word, no one's rank."""
    return bool(span.role) and f"{span.role} {span.name}" in crafts


def _page_says_otherwise(text: str, span: NameSpan, outlets: OutletNames, initial: bool) -> bool:
    """Whether the page shows a name with no cue but a verb (or a credit's) to be no person's
    (`pageevidence`): its own outlet, a credit or contact line, a thing's name."""
    if span.cue is not None and not span.cue.startswith('"') and span.cue != "photo or byline credit":
        return False
    if credit_line(text, span.start, span.end):
        return True
    if span.cue == "photo or byline credit":
        return False
    return outlets.holds(span.name.split()) or thing_context(text, span.name.split(), span.start, span.end,
                                                             initial) is not None


def _authors_line(text: str, span: NameSpan, outlets: OutletNames, bylines: BylineNames) -> bool:
    """Whether a name with no cue but a verb is the page's author on an author line or in
    their box (`names_bylines`): named only in the page's furniture, no person of the story."""
    if span.cue is not None and not span.cue.startswith('"'):
        return False
    return author_line(text, span.start, span.end, outlets) or bylines.author_box(text, span.name, span.start)


def _in_capitals(text: str, start: int, end: int, known: frozenset[str]) -> list[NameSpan]:
    """Names written in capitals in the sentence (`namecaps`), in title case, each cut
    of its title and rejected as a place or a body as a run of capitalised words is."""
    found: list[NameSpan] = []
    for capital in capital_names(text, start, end, known):
        tokens = [_Token(a, b, word) for (a, b), word in zip(capital.spans, capital.words)]
        title, name, country = _strip_title(tokens, set())
        if len(name) < 2 or _rejects(name, bool(title)) or any(w.upper() in place_words() for w in capital.words):
            continue
        role = " ".join(t.text for t in title if is_role_word(t.key))
        found.append(NameSpan(name[0].start, name[-1].end, " ".join(t.text for t in name), role, country,
                              capital.cue))
    return found


MAX_CUES = 200
"""Characters of a paragraph's start read for its time stamps and cues (`transcript.cue_end`)."""


# Each pattern of capitalised words starts at a word's start, not inside a word: tried at
# every capital of a long word in capitals, a match would take time quadratic in its length.
_CAPITALISED_WORDS = r"(?<![\w'’&-])[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,3}"
_BASED = re.compile(r"\b[\w'’]+-based\s+(" + _CAPITALISED_WORDS + ")")
_COMPANY_OWNER = re.compile(r"(" + _CAPITALISED_WORDS + r")(?:['’]s)?\s+(?:chief\s+executive|chief\s+financial\s+officer"
                            r"|CEO|CFO|share\s+price|subsidiar(?:y|ies)|workforce|shareholders|board\s+of\s+directors)\b")


_SIGNATURE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+,\s+(?i:chief\s+executive(?:\s+officer)?|ceo|cfo|coo|managing\s+director"
                        r"|chair(?:man|woman|person)?|(?:co-)?founder|general\s+manager),\s+(" + _CAPITALISED_WORDS + ")")
"""A signature's company: "Ana Ruiz, Chief Executive, Kestrel Marine" (a name, a
corporate title, then whose title it is)."""


_COMPANY_APPOSITION = re.compile(r"(" + _CAPITALISED_WORDS + r"),\s+(?:the|a|an)\s+((?:[a-z][\w-]*\s+){0,3}?)(?:"
                                 + "|".join(sorted(COMPANY_NOUNS)) + r")(?=[,.;:)]|\s+(?:that|which|whose|based|founded|owned|listed|headquartered)\b)")
"""A name in apposition with a company noun ending its phrase: "Harvest Fare, the
supermarket chain that stocks it", "Ortiz Vidal, the cork group founded in 1952" — a company
("Ana Ruiz, a lawyer for the firm" is not: the noun's modifiers are no function words)."""
_MAKER_APPOSITION = re.compile(r"(" + _CAPITALISED_WORDS + r"),\s+(?!(?:a|an|the)\s)(?:[a-z][\w-]*\s+)?"
                               r"(?:maker|carmaker|automaker|chipmaker|drugmaker|manufacturer)s?\s+of\b")
"""A name with "maker of" after it, with no article: "Orvik Marine, maker of the K7 hull",
"Tellus Motors, biggest manufacturer of buses" — business copy's apposition for a company; a
person who makes things takes an article ("Ana Ruiz, a maker of ceramics")."""


def described_as_company(text: str) -> set[str]:
    """Names of two words or more the page describes as a company's: after a base
    ("Trondheim-based Aurora Orbital": a person is not "X-based" without a noun
    between, "London-based analyst Tom Hale"), or owning what only a company has
    ("Aurora Orbital's chief executive", "Morrison Crane chief executive Tom Rees", "…
    share price", "… subsidiary"), or in apposition with a company noun ("Harvest
    Fare, the supermarket chain") or with "maker of" after it (`_MAKER_APPOSITION`), or whose corporate title a signature gives ("Ana
    Ruiz, Chief Executive, Kestrel Marine") — the company's name wherever else it stands, as `company_names` finds before a suffix.
    The capitalised words read may start earlier than the name ("Meanwhile Aurora
    Orbital's"), so each shorter tail (a possessive) or head (after a base) counts."""
    found: set[str] = set()
    for match in (*_BASED.finditer(text), *_SIGNATURE.finditer(text)):
        words = match.group(1).split()
        found.update(" ".join(words[:n]) for n in range(2, len(words) + 1))
    for match in _COMPANY_OWNER.finditer(text):
        words = _POSSESSIVE.sub("", match.group(1)).split()
        found.update(" ".join(words[-n:]) for n in range(2, len(words) + 1))
    for match in _COMPANY_APPOSITION.finditer(text):
        if not any(w in FUNCTION_WORDS for w in match.group(2).split()):  # not "a lawyer for the firm"
            words = match.group(1).split()
            found.update(" ".join(words[-n:]) for n in range(2, len(words) + 1))
    for match in _MAKER_APPOSITION.finditer(text):
        words = match.group(1).split()
        found.update(" ".join(words[-n:]) for n in range(2, len(words) + 1))
    return found


def _label(text: str, start: int, end: int) -> NameSpan | None:
    """The person of a transcript's speaker label in capitals, with a role or a note
    after the name ("DANA WHITFIELD, ABN ANCHOR: …", "AMINA YUSUF (translated): …")
    or a title before it ("REP. YOUNG KIM: …", "LT. GEN. (RET.) TOM HALE: …"), as a
    name: "Dana Whitfield", "Young Kim" (the title is its role); a title and a
    surname ("MR. MILLER: …") name the person by surname.  Capitals alone ("LIVE
    UPDATES: …") name nobody."""
    start += cue_end(text[start:min(end, start + 200)])  # "[00:01:05] DANA WHITFIELD, …": the time stamp first
    window = text[start:min(end, start + 200)]
    name = label_name(window) if window[:1].isupper() else None
    if name is None or not name.isupper():
        return None
    title, tokens, after = _label_tokens(text, start, start + label_end(window))
    if not tokens or len(tokens) < 2 and not title or not (title or re.match(r"\s*[,(]", after)) \
            or _rejects(tokens, bool(title)):
        return None
    role = " ".join(t.text for t in title)
    # "MR. MILLER:": a surname after a title, as a briefing labels its spokesman (`people` resolves it)
    cue = "transcript label" if len(tokens) > 1 else f'title "{role}" before the name, in a transcript label'
    return NameSpan(tokens[0].start, tokens[-1].end, " ".join(t.text for t in tokens), role, None, cue)


_LABEL_NOTE = re.compile(r"[(\[][^)\]]{0,60}[)\]]")


def _label_tokens(text: str, start: int, stop: int) -> tuple[list[_Token], list[_Token], str]:
    """(title words, name words, what follows the name) of the label ``text[start:stop]``,
    in title case: notes in brackets passed over ("LT. GEN. (RET.) TOM HALE (R-TEXAS)"),
    the name ending at a comma."""
    notes = [m.span() for m in _LABEL_NOTE.finditer(text, start, stop)]
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text, start, stop):
        if any(a <= match.start() < b for a, b in notes):
            continue
        if tokens and _LABEL_NOTE.sub("", text[tokens[-1].end:match.start()]).strip():
            break  # a comma ends the name: "HALE, ANCHOR"
        tokens.append(_Token(match.start(), match.end(), match.group().title()))
    cut = 0
    while cut < len(tokens) - 1 and (is_role_word(tokens[cut].key) or tokens[cut].key in HONORIFIC_STEMS):
        cut += 1
    after = text[tokens[-1].end:stop] if tokens else ""
    return tokens[:cut], tokens[cut:], after


def _title_of(title: list[_Token]) -> bool:
    """Whether the title ends with "of" or "for" after a title word: the words after it
    are what the title is of ("Chief Executive Officer of Baltica Wind", "Minister for
    Emergency Management"), not a name; "For Park Ji-hoon, …" opens a sentence."""
    return bool(title) and (title[-1].key == "of" or title[-1].key == "for" and len(title) > 1
                            and is_role_word(title[-2].key))


def _name_span(text: str, run: list[_Token], common: set[str], sentence_start: int) -> NameSpan | None:
    initial = _starts_sentence(text, sentence_start, run[0].start)
    if initial and len(run) >= 2 and run[0].key in COMPANY_NOUNS and run[0].key not in PERSON_NOUNS:
        return None  # "Rival Bluesky said", "Rival Marks Spencer": a company after its trade, capitalised by the sentence
    if initial and len(run) == 2 and _given_name_word(run) and not _QUESTION.match(text, run[-1].end) \
            and _named_after(text, run[-1].end):
        initial = False  # "Per Olsen, whose son died, said …"; not "Will Ukraine join?", "Per Capita income"
    title, name, country = _strip_title(run, (common or {""}) if initial else set())
    ruler = ruler_title_is_given_name(text, sentence_start, run[0].start, [t.key for t in title])
    if ruler:
        title, name = title[:-1], title[-1:] + name  # "Retired brigadier Emir Hadžiomerović": a given name
    titled = any(is_role_word(t.key) and t.key not in FUNCTION_WORDS for t in title)
    office = office_before(text, sentence_start, run[0].start) if name else None
    body = _office_body(title, name, country, titled) if office is not None else []
    if body:  # "President of the Assembly Marta Esquivel Rojas": the office's body, then the name
        office = " ".join([office, *(t.text for t in body)])
        name = name if title else name[len(body):]  # a state was cut as a title already
        title, titled = body, True
    if _title_of(title) and _field_then_name(name, common):
        cut = name_length_after_field([t.text for t in name], common)  # "… Public Utilities | Jotham Napat Kalsakau"
        title, name = title + name[:-cut], name[-cut:]  # "Minister for Civil Protection | Stavros Kontogeorgis"
        titled = True
    field = field_and_before(text, sentence_start, run[0].start) if not title and len(name) >= 3 else None
    if field is not None and _field_then_name(name, common):  # "Minister of Equipment and | Water | Karim Bennani"
        cut = name_length_after_field([t.text for t in name], common)
        office = " ".join([field, *(t.text for t in name[:-cut])])
        title, name, titled, body = name[:-cut], name[-cut:], True, name[:-cut]
    if not name or len(name) > 5 or _rejects(name[ruler:], titled or noun_before(text, run[0].start)) or _title_of(title) or kind_ends([t.text for t in name]) \
            or kind_of_name([t.text for t in name], title[-1].text if title else ""):
        return None  # "Chief Executive Officer of Baltica Wind": what the title is of
    last = name[-1]
    final = last.text if len(last.text) <= 2 or last.key in NAME_SUFFIXES else last.text.rstrip(".")
    words = [t.text for t in name[:-1]] + [_POSSESSIVE.sub("", final) if len(final) > 2 else final]
    end = last.start + len(words[-1])
    role_words = [t.text for t in title if is_role_word(t.key) or t.key == "of" or is_short_title(t.key)]
    role = " ".join(role_words).strip()
    if role.lower().startswith("of ") or role.lower() == "of":
        role = ""
    role = office if body else role
    span = NameSpan(name[0].start, end, " ".join(words), role, country, None)
    cue = f'title "{office}" before the name' if body else _cue(text, span, title)
    if cue is None and initial_last(words):
        return None  # "Glenda R., Portsmouth — EC$ 50": a donor or a commenter, shortened (`names_initials`)
    if cue is None and _all_common(name, common):
        return None  # "Earnings Call Transcript", "Severe Flooding": a heading's words, capitalised
    if len(name) == 1 and title and _body_words_first(title) and after_article(text, sentence_start, run[0].start, end):
        return None  # "by the Annual General Meeting": a body's name after "the", a title's word inside it
    if len(name) == 1 and titled \
            and the_title_and_word(text, end, after_article(text, sentence_start, run[0].start, end), LEADER_NOUNS):
        return None  # "to notify the General Public": a title's word and a noun after "the", no surname
    if len(name) == 1 and titled and the_title_surname([t.text for t in title], after_article(text, sentence_start, run[0].start, end)):
        return None  # "The Captain Dorsey, which carries …": a vessel, a pub, a memorial named after someone
    if len(name) == 1 and titled and colon_label(text, [(run[0].start, end)]):
        return None  # "General Classification: 1. …": a results list's label, no title and surname
    if len(name) == 1 and titled and _plain(name[0].key) in common:
        return None  # "the Annual General Meeting": a common noun after a title's word, no surname
    if cue is None and role_of_before(text, sentence_start, run[0].start):
        return None  # "chief executive of Rwenzori Highland Exports": what the role is of
    if cue is None and _common_noun_ends(text, name, common):
        return None  # "the weekly Colombo Tea Auction", "Reykjavík City's": a thing, a body or a place
    if cue is None and source_in_brackets(text, span.start, end):
        return None  # "… says. (Rhône Matin)": the source an item cites
    following = _FOLLOWING.match(text, end, end + 30)
    if title and site_after(text, run[0].start, end) is not None:
        return None  # "the Sheikh Zayed campus": a site named after a titled person
    if cue is None and following and (_plain(following.group(1)) in _MODIFIED or following.group(1) in MODIFIED_ROLES
                                      or following.group(1) in COMPANY_MODIFIED or _before_a_title(text, end)):
        return None  # "the Red Cross office", "the Grand Slam champion", "Northwind shares": a name used as a modifier
    if cue is None and len(name) > 1 and _POSSESSIVE.sub("", name[-1].text.rstrip(".")) in CAPITALS:
        return None  # "Nasdaq Copenhagen": a capital ends the name of a place or an exchange
    if cue is None and _OWNED.search(text, max(sentence_start, run[0].start - 40), run[0].start):
        return None  # "the company's Core Ultra chips": a thing someone has
    if cue is None and run[0].key in _LOCATIVES:
        return None  # "At Dickoya Estate near Hatton", "Inside Namboole": a place, its preposition capitalised
    if cue is None and _after_locative(text, sentence_start, run[0].start) \
            and not (len(name) > 1 and _OWNER.search(run[-1].text)):  # "in Callum Rix's corner": an owner
        return None  # "survivors in Mai Mahiu": a place
    if cue is None and _AFFILIATION.search(text, max(sentence_start, run[0].start - 60), run[0].start) \
            and not _OWNER.search(run[-1].text):  # "Ana Ruiz of Tom Hale's party": Hale is a person
        return None  # "Donald Tusk of Civic Platform": what a named person belongs to
    if _SHIP.search(text, max(sentence_start, run[0].start - 8), run[0].start):
        return None  # "HMS Queen Elizabeth": a ship
    verb_cue = cue is None or cue.startswith('"')  # no cue, or only a speech verb next to it
    after_the = title and (title[-1].key == "the" or _the_and_state(title, country, titled)
                           and (_ITS_AFTER.match(text, end) is not None or the_state_name([t.text for t in title]))) \
        or after_article(text, sentence_start, run[0].start, end)
    if cue is None and following and following.group(1) in LEADER_NOUNS:
        cue = f'a leader\'s name before "{following.group(1)}"'  # "the Zelenskyy government"
    elif verb_cue and after_the:
        return None  # "on the Blue Nile", "the Red Cross said": people are not named with "the"
    before = text[max(sentence_start, run[0].start - 80):run[0].start]
    if verb_cue and ends_institution(before):
        return None  # "Department for Energy Security and Net Zero": the rest of an institution's name
    if verb_cue and not title and inside_field_list(before, text[end:end + 8]):
        return None  # "Ministry of Agriculture, Animal Industry and Fisheries": a field of its name
    previous = _WORD_BEFORE.findall(before[-30:])
    if verb_cue and previous and previous[-1].lower() in COMPANY_NOUNS and not title \
            and not _role_of_company(before):
        return None  # "Danish drugmaker Bavarian Nordic said": a company
    if verb_cue and not title and body_noun_before(text, run[0].start):
        return None  # "the foundation Groen Dijkland", "water board Drents Overijsselse Delta": a body
    if verb_cue and not title and thing_before(text, sentence_start, run[0].start):
        return None  # "the tanker Okavango Star", "the novel Wolf Hall": a ship, a work
    if verb_cue and not title and (called_thing(text, sentence_start, run[0].start)
                                   or route_end(text, sentence_start, run[0].start)):
        return None  # "an exercise called Freedom Edge", "the turn-off for Juan Montalvo": a thing, a place
    if namesake(text, sentence_start, run[0].start, end):
        return None  # "the Academy named after Heydar Aliyev": a namesake, titled or not
    if title and all(t.key in HONORIFIC_STEMS for t in title) and thing_before(text, sentence_start, run[0].start):
        return None  # "the frigate Sir Seewoosagur Ramgoolam": a ship named after a knight
    body_word = title[1:] if title and title[0].key == "the" else title  # "The Port Autonome de Kamsar warned"
    if verb_cue and len(body_word) == 1 and not titled and country is None \
            and _plain(body_word[0].key) in ORGANISATION_WORDS:
        return None  # "Hospital San Rafael de Alajuela has received …": a body's word opens its name
    if verb_cue and not title and not_a_person(text, words, span.start, end) is not None:
        return None  # "Cerro Prieto", "Digby Neck", "Andes Desk", '"Sierra Dawn"', "the Mayor's Budget Speech"
    if verb_cue and not title and misspelt_name(text, span.start, words) is not None:
        return None  # "She is Ana Maria Ruiz, not Ana Maria Ruis": a corrected spelling
    if verb_cue and not title and len(name) > 1 and spelled_out(text, words, end):
        return None  # "Agricultural Development and Marketing Corporation (ADMARC)": a body's, before its acronym
    family = family_name_beside(text, span.start, span.end) if not title and len(name) >= 2 else None
    if family is not None:  # "| KIM Yong Bok |": the family name in capitals, in a list's cell
        return NameSpan(family[0], family[1], text[family[0]:family[1]], span.role, span.country, cue)
    return NameSpan(span.start, span.end, span.name, span.role, span.country, cue)


_ROLE_OF_COMPANY = re.compile(r"\b([\w-]+)\s+(?:to|for|of|at)\s+the\s+\w+,\s+$")
"""A person's role towards the company noun before a name, and a comma: "Counsel to the
company, Babatunde Olaniyan" — the name is the counsel's, in apposition."""
def _role_of_company(before: str) -> bool:
    """Whether a role noun and "to/for/of the" come before the company noun and its comma."""
    found = _ROLE_OF_COMPANY.search(before)
    return found is not None and found.group(1).lower() in _ROLE_CUES


_AFFILIATION = re.compile(r"[A-Z][\w'’.-]*,?\s+of\s+(?:the\s+)?$")
"""A capitalised name and "of" right before a name: "Donald Tusk of Civic Platform", "Ana
Ruiz of Kestrel Marine" — a person's party, employer or home, not another person."""
_SHIP = re.compile(r"\b(?:HMS|USS|HMAS|HMCS|INS|RMS|MV|MS|SS)\s+$")
"""Ship prefixes: what follows is a ship's name, however like a person's it reads."""
_OWNED = re.compile(r"(?:\b[a-z]+['’]s?|\b(?:its|their))\s+$")
"""A common noun's possessive or "its"/"their" right before a name: "the company's"."""
# Only the few characters before a name matter below; the helpers look at
# those alone, since slicing from the sentence start for every name made a
# long paragraph cost the square of its length.
_OPENERS = "\"“‘'(—–-"
_SENTENCE_END = re.compile(r"[.!?…][\"”’')]?\s+[\"“‘'(—–\-\s]*$")
_LOCATIVES = frozenset("in at near outside inside across around toward towards".split())
_LOCATIVE = re.compile(r"\b(?:" + "|".join(sorted(_LOCATIVES)) + r")\s+$")


def _starts_sentence(text: str, sentence_start: int, start: int) -> bool:
    """Whether only opening marks and spaces separate ``start`` from the
    sentence's start or from an end mark: "“Kim", ". (Kim"."""
    first = start
    while first > sentence_start and (text[first - 1] in _OPENERS or text[first - 1].isspace()):
        first -= 1
    if first == sentence_start:
        return True
    # The end mark and a closing mark sit just before the run of openers and spaces.
    return _SENTENCE_END.search(text[max(sentence_start, first - 2):start]) is not None


def _after_locative(text: str, sentence_start: int, start: int) -> bool:
    """Whether "in", "at", "near"… and spaces come right before ``start``."""
    first = start
    while first > sentence_start and text[first - 1].isspace():
        first -= 1
    # One character more than the longest word, for its "\b".
    return _LOCATIVE.search(text[max(sentence_start, first - len("towards") - 1):start]) is not None


_OUTLET_AFTER = re.compile(r"(?:,|\s+from|\s+with)\s+((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*?)\s*"
                           r"(?=[–—,;:?)]|-{1,2}\s|\.(?:\s|$)|$)")
"""A news outlet after a name and a comma, ending the phrase: a reporter at a briefing
names themselves so ("– Kowalczyk, Polish Radio –", "Ana Ruiz, EFE:", "Hale from Sky News?")."""
_SAYS_COLON = re.compile(r"(?:[ \t]+(?:on|last|this)[ \t]+[A-Z][a-z]+)?:[ \t]+[\"“]")
"""A name, maybe a day, a colon and a quotation mark: what a thread or a live page writes for
"said" ("Zelensky on Monday: “Eleven thousand …”")."""
_OBJECT_OF = re.compile(r"\b(?:at|for|of|with|from|in|on|by)\s+(?:the\s+)?$")
"""A preposition right before a name: the name is its object, never the subject of
a verb after it ("an analyst at Marlow Brokers, said", "a spokeswoman for the
Port Authority said": the analyst and the spokeswoman speak)."""


def _cue(text: str, span: NameSpan, title: list[_Token]) -> str | None:
    # "Mr", "Ms" are function words (no names at a sentence's start) but honorifics all the same
    titles = [t.text for t in title if is_role_word(t.key) and (t.key not in FUNCTION_WORDS
                                                                or t.key.rstrip(".") in HONORIFIC_STEMS)]
    if any(t.lower().rstrip(".") in HONORIFIC_STEMS for t in titles):
        return f'honorific "{titles[-1]}" before the name'
    if titles:
        return f'title "{span.role or " ".join(titles)}" before the name'
    before = text[max(0, span.start - 40):span.start]
    previous = _WORD_BEFORE.findall(before)
    after = text[span.end:span.end + 80]
    # The role noun stands right before the name ("spokesman Wang Wenbin"), not
    # a few words back ("a reporter based in Buenos Aires").
    clause = _CLAUSE_BREAK.split(before)[-1].split()[-1:]
    role = next((w for w in reversed(clause) if w.lower() in LOWER_ROLE_CUES), None)
    if role is not None:
        return f'role "{role}" before the name'
    if previous and previous[-1].lower() in ATTRIBUTION_VERBS and before.endswith(" "):
        return f'"{previous[-1]} {span.name}"'
    if _ACCORDING.search(before):
        return f'"according to {span.name}"'
    if _PHOTO_CREDIT.search(before):
        return "photo or byline credit"
    verb = _ATTRIBUTION_AFTER.match(after)
    if verb and verb.group(1).lower() in ATTRIBUTION_VERBS and not _OBJECT_OF.search(before):
        return f'"{span.name} {verb.group(1)}"'
    if _SAYS_COLON.match(after):
        return f'"{span.name}:" before a quotation'
    outlet = _OUTLET_AFTER.match(after)
    if outlet and any(w.lower().strip(".") in MEDIA_WORDS for w in outlet.group(1).split()):
        return f'news outlet "{outlet.group(1).rstrip(".")}" after the name'
    apposition = _APPOSITION.match(after)
    if apposition and (apposition.group(1) is None or apposition.group(1).lower() in _ROLE_CUES):
        return "apposition after the name" if apposition.group(1) else "age after the name"
    relative = _RELATIVE_AFTER.match(after)
    if relative and relative.group(1) in KIN_NOUNS:
        return "a relative after the name"
    return None

