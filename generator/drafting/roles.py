"""Who a role phrase names: "the minister", "the NATO chief", "the UN Secretary-General".

    >>> sorted(words_of("Spain's Foreign Minister")), sorted(required_words("the NATO chief"))
    (['ES', 'diplomat', 'foreign', 'minister', 'sfm'], ['chief', 'nato'])

A *role phrase* is a definite description whose last word heads a role
(`lexicon.ROLE_HEADS`): "the minister", "Spain's foreign minister", "the
alliance's secretary general".  It names

1. the person the article introduced with every word of it, the most
   recently mentioned one when several were: a title before the name ("NATO
   Secretary General Mark Rutte"), a role before a comma ("Hungary's prime
   minister, Viktor Orbán") or an apposition after it ("Lee Sung-yoon, a
   professor at …", "Amina Yusuf, who heads the Red Cross office");
2. else the one registered person whose ``role:`` has every word of it;
3. else the first person the article introduces with it *later* (a lede
   may give the role before the name);
4. else the person named next, as the subject of a speech verb, no further
   than the next sentence: "…, the alliance's secretary general said. Mark
   Rutte told reporters …" — a lede gives the role, the next sentence the
   name.  Only the first person named after the phrase is looked at, and
   not one the article introduces as someone else ("Olena Bondar, an
   engineer in Kharkiv, said").

Words are compared as *descriptors*: lower case, a country or demonym as
its ISO code ("Spanish", "Spain's" → ES), a capitalised name also as its
initials ("United Nations" → un), "leads"/"heads" as "leader"/"head".
"chief", "head" and "leader" match whoever holds a top role
(`lexicon.TOP_ROLES`), never a deputy: the NATO chief is its secretary
general.  An office known by its field or institution (`lexicon.ROLE_CATEGORIES`)
adds its key: a foreign minister is also a "diplomat", so "America's top
diplomat" and "the head of Ukrainian diplomacy" find them.  Words that point
back at a named organisation ("the alliance's") need no match, and a word
matches a longer or shorter form of itself ("region", "regional").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Corpus
from ..segment import is_abbreviation
from .lexicon import (ANAPHORIC_NOUNS, ATTRIBUTION_VERBS, FUNCTION_WORDS, GENERIC_HEADS, HEAD_ADJECTIVES,
                      HONORIFIC_STEMS, LOWER_ROLE_CUES, PERSON_NOUNS, ROLE_CATEGORIES, ROLE_FIELDS, ROLE_HEADS, SUBORDINATE_ROLES,
                      TOP_ROLES)
from .model import PersonGuess
from .people import PersonMention
from .businessroles import TITLE_ACRONYMS
from .kinship import KIN_NOUNS, kin_words, synonym_in
from .appositions import PARTICIPLE_ASIDE, TESTIFYING, main_clause
from .agentroles import agent_role
from .places import country_forms
from .rolescope import beyond_states, national
from .rolewords import is_tenure_adjective, one_spelling

_WORD = re.compile(r"[^\W_][\w.’'-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_VERB_ROLES = {"leads": "leader", "heads": "head", "chairs": "chair", "runs": "head", "directs": "director"}
_INDEFINITE = frozenset("a an one another some two three several many other".split())
_LOWER_TITLE = r"(?:(?!(?:" + "|".join(sorted(FUNCTION_WORDS | ATTRIBUTION_VERBS)) + r")\s)[a-z-]+\s+){0,3}(?:" \
    + "|".join(sorted(ROLE_HEADS | LOWER_ROLE_CUES)) + r")(?=\s+(?:[A-Z]|$))"
"""A title in lower case before a name: "leader", "press secretary", "foreign ministry deputy
spokesperson" — a role noun after at most three words, none of them a function word or a speech verb."""
_TITLE_BEFORE = re.compile(r"(?<![\w.’'-])((?:(?:[A-Z][\w.’'-]*|" + _LOWER_TITLE + r"|[a-z]+(?=\s+[A-Z])|of|for|the"
                           r"|(?:" + "|".join(sorted(KIN_NOUNS)) + r")(?=\s+$))\s+){1,6})$")
"""A title before a name; a relation right before it is one too: "said her daughter Carmen Paredes"."""
_ROLE_BEFORE = re.compile(r"(?:^|[,;.(]\s|\bthe\s|\bhis\s|\bher\s|\bits\s|\btheir\s)([^,;.()“”\"]{2,60}),\s+$")
_ROLE_AFTER = re.compile(r",\s+([^,;.()“”\"]{2,90}?)(?=[,;.()]|$)")
MAX_LOOKBACK = 50
"""Mentions looked at, most recent first, for the holder of a role."""


def words_of(role: str, initials: bool = True) -> frozenset[str]:
    """The descriptor words of a role as written (see the module docstring)."""
    forms = country_forms()
    found: set[str] = set()
    tokens = _WORD.findall(role)
    for i, token in enumerate(tokens):
        bare = _POSSESSIVE.sub("", token)
        pair = " ".join(_POSSESSIVE.sub("", t) for t in tokens[i:i + 2])
        code = (forms.get(pair) if i + 1 < len(tokens) else None) or forms.get(bare) or forms.get(bare.rstrip("."))
        if code is not None:
            found.add(code)
            continue
        lower = one_spelling(bare.lower().rstrip("."))
        if lower not in _LINKS:
            parts = [part for part in lower.split("-") if part]
            lower = _ABBREVIATED_TITLES.get(lower, lower) if bare.endswith(".") or bare[:1].isupper() else lower
            found.update(parts if len(parts) > 1 else [_VERB_ROLES.get(lower, ROLE_FIELDS.get(lower, lower))])
    for table in (ROLE_CATEGORIES, _MEMBERS, TITLE_ACRONYMS):  # in turn: a category's key may make a member's
        found |= {key for key, titles in table.items() if any(title <= found for title in titles)}
    if "justice" in found and not found & ROLE_HEADS:
        found.add("judge")  # "Mrs Justice Harrow", "Justice Alito": a judge's title ("the Justice Minister" is none)
    return frozenset(found | (_initials(tokens) if initials else set()))


_ABBREVIATED_TITLES = {"col": "colonel", "gen": "general", "lt": "lieutenant", "maj": "major", "capt": "captain",
                       "cpt": "captain", "sgt": "sergeant", "adm": "admiral", "cmdr": "commander", "brig": "brigadier",
                       "sen": "senator", "rep": "representative", "gov": "governor", "prof": "professor",
                       "supt": "superintendent", "insp": "inspector", "det": "detective", "cllr": "councillor"}
"""Titles written short before a name ("Col. Mykola Hrytsenko"): the article calls the
person by the word in full later ("the colonel")."""
_NOTE_BEFORE = re.compile(r"(?<=\S)\s?\([^()\n]{1,12}\)\s?$")
"""A short note in brackets between a title and a name: "Col. (ret.) Mykola Hrytsenko"."""

_MEMBERS: dict[str, tuple[frozenset[str], ...]] = {
    "lawmaker": tuple(frozenset(t.split()) for t in (
        "representative", "senator", "congressman", "congresswoman", "congressmember", "legislator", "mp", "mep",
        "assemblyman", "assemblywoman", "assemblymember", "member parliament", "member congress", "member assembly")),
    "diplomat": tuple(frozenset(t.split()) for t in ("ambassador", "envoy", "consul", "consul-general", "attache",
                                                     "attaché", "chargé", "charge")),
}
"""Titles of the members of a legislature: a news story calls each of them "the
lawmaker" after naming them ("Representative Park Sun-won … According to the
lawmaker, …"; "Sen. Ana Ruiz … the lawmaker said"); and of a diplomatic service, each
of them "the diplomat" ("South Korea's ambassador to Indonesia, Park Seong-jin … the
diplomat said")."""

_LINKS = frozenset("of the for and in at a an".split())
_DEFINITE = frozenset("the its his her their".split())
"""Determiners of a definite role phrase: "the minister", and the possessive pronouns,
"its chief executive" being the company's (as "the company's chief executive" is)."""


def _initials(tokens: list[str]) -> set[str]:
    """"United Nations" → un; "North Atlantic Treaty Organization" → nato: the
    initials of each run of two or more capitalised words; and of a run joined by
    "of" or "and", whose acronym skips them ("Rubber Planters Association of
    Liberia" → rpal, "the RPAL leader")."""
    runs, current, joined = set(), [], []
    for token in tokens + ["."]:
        if token[:1].isupper() and not token.isupper() and "-" not in token:
            current.append(token[0].lower())
            joined.append(token[0].lower())
            continue
        if len(current) >= 2:
            runs.add("".join(current))
        current = []
        if token in _ACRONYM_LINKS and joined:
            continue
        if len(joined) >= 3:
            runs.add("".join(joined))
        joined = []
    return runs


_ACRONYM_LINKS = frozenset({"of", "and"})
"""Words an organisation's acronym leaves out: "Rubber Planters Association of Liberia" (RPAL)."""


@dataclass(frozen=True)
class Holder:
    """A person introduced with a role."""

    key: str
    words: frozenset[str]
    written: str
    """The introduction as written ("NATO Secretary General Mark Rutte"), or the registry's role."""
    line: int | None
    """Line of the introduction; None for the registry."""


class RoleTable:
    """The roles of one article's people, and of the registry's."""

    def __init__(self, text: str, mentions: list[PersonMention], people: dict[str, PersonGuess],
                 corpus: Corpus | None, line_of):
        self.text, self.line_of = text, line_of
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.people = people
        self.article: dict[str, list[Holder]] = {}
        previous_end = 0
        for mention in mentions:
            holders = self.article.setdefault(mention.key, [])
            if len(holders) < 3:  # the first introductions say it; a person named a hundred times needs no more
                holders += _introductions(text, mention, line_of, previous_end)
            previous_end = mention.end
        self.registry = [Holder(p.id, words_of(p.role) | {p.country or ""}, p.role, None)
                         for p in (corpus.people.values() if corpus else ()) if p.role]

    def resolve(self, phrase: str, offset: int, last_speaker: Holder | None = None) -> tuple[str, Holder] | None:
        """(person key, the introduction that matched) for a role phrase at ``offset``, else None.
        ``last_speaker``: the speaker of the sentence before, whom a role phrase no introduction
        fits refers back to before it points ahead at the next one named (see `same_kind`)."""
        required = required_words(phrase)
        if required is None:
            described = described_words(phrase)
            if described is not None:  # "the engineer": only someone introduced so
                return self._introduced_before(described, bisect.bisect_left(self.starts, offset))
            return self._named_again(phrase, offset)
        start = bisect.bisect_left(self.starts, offset)
        found = self._introduced_before(required, start, beyond_states(phrase))
        if found is not None:
            return found
        fitting = [h for h in self.registry if _fits(required, h.words)]
        if len(fitting) == 1:
            return fitting[0].key, fitting[0]
        later = self._introduced_later(required, start)
        if later is None and last_speaker is not None and self.same_kind(phrase, last_speaker.key):
            return last_speaker.key, last_speaker  # "Rutte said … “…,” the NATO chief said. Blinken said …": Rutte
        return later or self._named_next(start, offset, required)

    def same_kind(self, phrase: str, key: str) -> bool:
        """Whether the article gives ``key`` no role, or one of the kind the role phrase asks
        for, with every word in lower case it names the field by: "the NATO chief" may be
        "the alliance's secretary general" (who points back at the body by a common noun),
        "the union chief" is not "the city's mayor"."""
        holders = self.article.get(key)
        if not holders:
            return True
        required = required_words(phrase) or frozenset()
        tokens = _unanaphoric(_WORD.findall(phrase))
        fields = words_of(" ".join(t for t in tokens if t.islower()), initials=False) - _ROLE_NOUNS - GENERIC_HEADS
        return any(_same_role(required, h.words) and all(_has(h.words, w) for w in fields) for h in holders)

    def introduced_with(self, phrase: str, offset: int) -> tuple[str, Holder] | None:
        """The person most recently mentioned before ``offset`` whom the article introduced
        with every word of ``phrase`` but its determiner: "the detective" → "Detective
        Senior Sergeant Aroha Tane"."""
        words = words_of(" ".join(t for t in _WORD.findall(phrase) if t.lower() not in _DEFINITE), initials=False)
        return self._introduced_before(words, bisect.bisect_left(self.starts, offset)) if words else None

    def _introduced_before(self, required: frozenset[str], start: int,
                           stateless: bool = False) -> tuple[str, Holder] | None:
        """The person most recently mentioned before mention ``start`` whom the article
        introduced with every word ``required`` — and no second's word it does not ask
        for (`lexicon.SUBORDINATE_ROLES`) when someone was: "the Mayor" is the mayor,
        not the deputy mayor named since; "the minister" is a deputy minister only
        when the article introduced no minister.  ``stateless``: the phrase points back
        at an alliance (`rolescope`), whose holder no country's introduction fits."""
        window = self.mentions[max(0, start - MAX_LOOKBACK):start]
        return self._latest_fitting(required, window, True, stateless) \
            or self._latest_fitting(required, window, False, stateless)

    def _latest_fitting(self, required: frozenset[str], window: list[PersonMention],
                        exact: bool, stateless: bool = False) -> tuple[str, Holder] | None:
        seen: set[str] = set()
        for mention in reversed(window):
            if mention.key in seen:
                continue
            seen.add(mention.key)
            holder = next((h for h in self.article.get(mention.key, ()) if _fits(required, h.words)
                           and not (exact and (h.words & SUBORDINATE_ROLES) - required)
                           and not (stateless and national(h.words))), None)
            if holder is not None:
                return mention.key, holder
        return None

    def _introduced_later(self, required: frozenset[str], start: int) -> tuple[str, Holder] | None:
        """"The head of the miners' union warned … Piotr Kowal, the head of the
        miners' union, said": a lede may name the role before the person."""
        for mention in self.mentions[start:start + MAX_LOOKBACK]:
            holder = next((h for h in self.article.get(mention.key, ()) if _fits(required, h.words)), None)
            if holder is not None and holder.line is not None:
                return mention.key, holder
        return None

    def _named_again(self, phrase: str, offset: int) -> tuple[str, Holder] | None:
        """"A lawmaker who attended the briefing said … The lawmaker, Park Sun-hee,
        said …": an indefinite role phrase is the person the next sentence names
        in apposition to the same role noun with "the"."""
        head = _INDEFINITE_HEAD.match(phrase)
        if head is None or not _is_head(head.group(1)):
            return None
        start = bisect.bisect_left(self.starts, offset)
        if start >= len(self.mentions):
            return None
        mention = self.mentions[start]
        if sentence_ends(self.text, offset, mention.start) != 1:
            return None
        before = self.text[max(offset, mention.start - 40):mention.start]
        if not re.search(r"\b[Tt]he\s+" + re.escape(head.group(1)) + r",\s+$", before):
            return None
        return mention.key, Holder(mention.key, frozenset(), f"the {head.group(1)} named next",
                                   self.line_of(mention.start))

    def _named_next(self, start: int, offset: int, required: frozenset[str]) -> tuple[str, Holder] | None:
        """"…, the alliance's secretary general said. Mark Rutte told reporters …":
        the first person named after the phrase, when the next sentence at the
        latest names them as the one who speaks."""
        if start >= len(self.mentions):
            return None
        mention = self.mentions[start]
        ends = sentence_ends(self.text, offset, mention.start)
        if ends > 1 or not _speaks(self.text, mention):
            return None
        verb = _SPEAKS_BEFORE.search(self.text, max(offset, mention.start - 20), mention.start)
        if not ends and verb is not None and verb.group(1).lower() in ATTRIBUTION_VERBS:
            return None  # "The premier's spokesperson said Ines Varga had been briefed": whom the words are about
        if _INDEFINITE_APPOSITION.match(self.text, mention.end):
            return None  # "Olena Bondar, an engineer in Kharkiv, said": someone else, introduced
        if any(h.line == self.line_of(mention.start) and _other_role(required, h.words)
               for h in self.article.get(mention.key, ())):
            return None  # "Opposition leader Kari Holm said" after "the deputy minister said": another role
        return mention.key, Holder(mention.key, frozenset(), "the speaker named next", self.line_of(mention.start))


_INDEFINITE_HEAD = re.compile(r"(?:a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)(?:\s+(?:who|which|that|with|from|at|in|of)\b.*)?$",
                             re.I | re.S)
"""An indefinite role phrase and its role noun: "A lawmaker who attended the briefing" → lawmaker."""
_SENTENCE_END = re.compile(r"(?<![^\s.!?])(?P<word>[^\s.!?]*)[.!?][”\"’']?\s+(?=[“\"‘]?[A-Z])")
_SPEAKS_AFTER = re.compile(r"(?:,[^,;.“”\"]{1,100},)?\s+(\w+)(?:\s+(\w+))?")
_SPEAKS_BEFORE = re.compile(r"\b(\w+)\s+$")
_INDEFINITE_APPOSITION = re.compile(r",\s+(?:a|an|one)\s")


def sentence_ends(text: str, start: int, end: int) -> int:
    """How many sentences end between ``start`` and ``end`` (one: the next sentence); a
    title's or an initial's full stop ("Maj. Gen. Pat Ryder", "U.S. officials") ends none."""
    return sum(1 for m in _SENTENCE_END.finditer(text, start, end + 1) if not is_abbreviation(m.group("word")))


def _speaks(text: str, mention: PersonMention) -> bool:
    """"Mark Rutte told", "Dominik Kolorz, who leads the union, said", "said Daniela Cavallo",
    "Kasčiūnas was speaking"."""
    after = _SPEAKS_AFTER.match(text, mention.end)
    before = _SPEAKS_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    words = [w for m in (after, before) if m is not None for w in m.groups() if w]  # "Rutte also said"
    return any(w.lower() in ATTRIBUTION_VERBS or w.lower() in _SPEAKING for w in words)


_SPEAKING = frozenset("speaking addressing briefing".split())
"""Progressive forms that make a person the one speaking at an event: "Laurynas
Kasčiūnas was speaking at a joint press conference" after a lede's "Lithuania's
defence minister described …"."""


def required_words(phrase: str) -> frozenset[str] | None:
    """The descriptor words a role phrase asks for, or None when it is no role
    phrase: indefinite ("a spokesperson"), plural ("the ministers"), no role
    noun last or before "of" or "to" ("the head of the bank", "the ambassador to the UN")."""
    tokens = _WORD.findall(phrase)
    if not tokens or tokens[0].lower() in _INDEFINITE:
        return None
    heads = [i for i, t in enumerate(tokens)
             if _is_head(t) and (i == len(tokens) - 1 or tokens[i + 1] in ("of", "to"))]
    definite = tokens[0].lower() in _DEFINITE or any(_POSSESSIVE.search(t) and len(t) > 2 for t in tokens)
    if not heads or not definite:
        return None
    return words_of(" ".join(_unanaphoric(tokens)), initials=False)


def _unanaphoric(tokens: list[str]) -> list[str]:
    """The tokens without the words pointing back at an organisation ("the alliance's
    secretary general", "its managing director") or saying it is the top one; a noun right
    after "of" with no determiner is part of a fixed title, kept: "secretary of state", "head of government"."""
    return [t for i, t in enumerate(tokens)
            if _POSSESSIVE.sub("", t).lower() not in ANAPHORIC_NOUNS | HEAD_ADJECTIVES | _ITS
            and not is_tenure_adjective(t.lower())
            or (i and tokens[i - 1].lower() == "of")]


_ITS = frozenset({"its"})
"""The possessive pronoun of an organisation: "its managing director" is "the company's"."""


def described_words(phrase: str) -> frozenset[str] | None:
    """The descriptor words of a definite description headed by a noun for a person
    by what they do or where they are (`lexicon.PERSON_NOUNS`: "the engineer", "the
    bakery's owner" is not one, "the city engineer"), or None.  Unlike a role, such a
    noun names nobody by itself: it refers back only to someone the article introduced
    with it ("the city engineer, Marta Holm"), never to the registry or to the next
    person named."""
    tokens = _WORD.findall(phrase)
    last = tokens[-1].lower() if tokens else ""
    if len(tokens) < 2 or tokens[0].lower() not in _DEFINITE or last not in PERSON_NOUNS and last not in KIN_NOUNS:
        return None
    kept = [t for t in tokens if _POSSESSIVE.sub("", t).lower() not in ANAPHORIC_NOUNS | HEAD_ADJECTIVES]
    return kin_words(words_of(" ".join(kept), initials=False))  # "his daughter": whose relative is no part of who


def _is_head(token: str) -> bool:
    """Whether ``token`` heads a role phrase: a role noun (`lexicon.ROLE_HEADS`), or a
    post's initials (`businessroles.TITLE_ACRONYMS`), which stand for the post written
    in full ("Managing director Ana Ruiz … The MD said")."""
    lower = _POSSESSIVE.sub("", token).lower()
    return lower in ROLE_HEADS or lower.split("-")[-1] in ROLE_HEADS or lower in TITLE_ACRONYMS


def _fits(required: frozenset[str], words: frozenset[str]) -> bool:
    """Whether an introduction's ``words`` has every word a role phrase asks for; the
    generic heads ("chief", "head", "leader", "boss") stand for one another and for any
    top role ("the opposition chief" is the "opposition leader")."""
    generic = required & GENERIC_HEADS
    if generic and words & GENERIC_HEADS and not words & SUBORDINATE_ROLES:
        return all(_has(words, word) for word in required - generic)
    if generic and not words & GENERIC_HEADS:
        heads = bool(words & (TOP_ROLES | (required & ROLE_CATEGORIES.keys()))
                     or _field_minister(required - generic, words)) and not words & SUBORDINATE_ROLES
        return heads and all(_has(words, word) for word in required - generic)
    return all(_has(words, word) for word in required)


def _field_minister(asked: frozenset[str], words: frozenset[str]) -> bool:
    """Whether a minister heads what a generic head's phrase names by a field: "Kenya's defence
    chief" is its defence minister, who heads the field's ministry.  The phrase must name the
    field (a word in lower case the title has too, "defence"), not the country alone: "Kenya's
    chief" is no minister."""
    fields = {w for w in asked if w.islower()}
    return "minister" in words and bool(fields) and all(_has(words, w) for w in fields)


def _other_role(required: frozenset[str], words: frozenset[str]) -> bool:
    """Whether an introduction names a role of another kind than a phrase asks for: no
    role noun in common, and not both heads of something ("the head of the union" and
    "who leads the union" are one; "the deputy minister" and "opposition leader" are two)."""
    asked, given = required & _ROLE_NOUNS, words & _ROLE_NOUNS
    if not asked or not given or asked & given:
        return False
    tops = GENERIC_HEADS | TOP_ROLES
    return not (asked & GENERIC_HEADS and given & tops or given & GENERIC_HEADS and asked & tops)


def _same_role(required: frozenset[str], words: frozenset[str]) -> bool:
    """Whether an introduction names a role of the kind a phrase asks for: both name a
    role noun, and it is not of another kind (`_other_role`)."""
    return bool(required & _ROLE_NOUNS and words & _ROLE_NOUNS) and not _other_role(required, words)


def _has(words: frozenset[str], word: str) -> bool:
    """``word`` among ``words``, or a longer or shorter form of it sharing its
    first five letters or more: "the head of the region" and "the regional
    military administration"."""
    return word in words or synonym_in(word, words) or len(word) >= 5 and any(
        len(other) >= 5 and (other.startswith(word) or word.startswith(other)) for other in words)


def _introductions(text: str, mention: PersonMention, line_of, previous_end: int = 0) -> list[Holder]:
    """The roles written next to one mention: a title before the name, a role
    before a comma, an apposition after it.  ``previous_end``: where the name before
    it ends; that person's name and title are no part of this one's ("Secretary of
    State Antony Blinken and Defense Secretary Lloyd Austin")."""
    before = text[max(0, mention.start - 80, previous_end):mention.start].rsplit("\n", 1)[-1]  # a line before is no title
    before = _NOTE_BEFORE.sub(" ", before)  # "Col. (ret.) ": the title's, not a word of it
    before = _honorific_cut(before)  # "The Regional Police Commander, Mr. Joseph Cheruiyot": the role is before "Mr."
    name = text[mention.start:mention.end]
    found = []
    title = _TITLE_BEFORE.search(before)
    if title is not None:
        found.append((title.group(1).strip(), f"{title.group(1).strip()} {name}"))
    role = _ROLE_BEFORE.search(before)
    if role is not None:
        found.append((role.group(1), f"{role.group(1)}, {name}"))
    agent = agent_role(before)  # "The meeting was chaired by Ana Ruiz": the chair (`agentroles`)
    if agent is not None:
        found.append((agent[0], f"{before[agent[1]:].strip()} {name}"))
    if TESTIFYING.search(before) is not None:  # "Testifying for the prosecution, James Loku said": a witness
        found.append(("witness", f"{before.strip()} {name}"))
    after = _ROLE_AFTER.match(text, mention.end, min(len(text), mention.end + 120))
    # "Ana Ruiz, speaking after talks with the alliance's chief, said": what she did, no role of hers
    if after is not None and not main_clause(after.group(1)) and not PARTICIPLE_ASIDE.match(after.group(1)):
        found.append((_own_part(after.group(1)), f"{name}, {_own_part(after.group(1))}"))
    holders = []
    for phrase, written in found:
        words = words_of(phrase)
        if words & _ROLE_NOUNS or words & PERSON_NOUNS or words & KIN_NOUNS:  # "the city engineer, Marta Holm": for `described_words`
            holders.append(Holder(mention.key, kin_words(words), written, line_of(mention.start)))
    return holders


_ROLE_NOUNS = ROLE_HEADS | {"head", "leader", "chair", "director"}
_HONORIFIC_BEFORE = re.compile(r",\s(?:" + "|".join(sorted(HONORIFIC_STEMS)) + r")\.?\s$", re.I)
"""An honorific between an introduction's comma and the name: ", Mr. " (at the end of the text before a name)."""


def _honorific_cut(before: str) -> str:
    """The text before a name without an honorific that follows a comma, so that the role
    before the comma is read as the name's: "the Commander, Mr. Joseph Cheruiyot"."""
    found = _HONORIFIC_BEFORE.search(before, max(0, len(before) - 8))
    return before[:found.start() + 2] if found is not None else before


def _own_part(apposition: str) -> str:
    """"the powerful sister of North Korean leader Kim" → "the powerful sister":
    a role named after "of" or "to" is someone else's, unless the words before
    it are a role themselves ("Minister for Foreign Affairs of Japan")."""
    if re.match(r"(?:who|which)\s", apposition):
        return apposition
    own = re.split(r"\s(?:of|to)\s", apposition, maxsplit=1)[0]
    return apposition if words_of(own) & _ROLE_NOUNS else own
