"""What the words around a capitalised name say about it: not a person's, or whose office.

    >>> text = "Rain fell all day. (Kathmandu Ledger)"
    >>> source_in_brackets(text, text.index("Kathmandu"), text.index(")"))
    True

`names` reads a name from its own words and the few words next to it; the
contexts here are the ones English writes around names that are not people's
(a source cited in brackets after a sentence, the name of a ship, a spacecraft
or a work after its kind, a state's full name, a place or a body written so
elsewhere on the page, a venue after "at"), and the office a title of several
words names before a person ("President of the Assembly Marta Esquivel Rojas"),
and a family name in capitals beside a name in a list's cell ("| KIM Yong Bok |").
"""

from __future__ import annotations

import functools
import re

from .lexicon import LOWER_ROLE_CUES, NAMED_THING_NOUNS, ROLE_WORDS, is_role_word
from .institutions import name_prefixes
from .places import country_forms

_BEFORE_SOURCE = re.compile(r"[.!?…][\"”’')]?\s*\(\s*$")


def source_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` fills a pair of brackets right after a
    sentence's end: "… says. (Rhône Matin)" cites where an item comes from (a digest's
    or a wire's source), as a credit line does, and names no one in the text."""
    return _BEFORE_SOURCE.search(text, max(0, start - 6), start) is not None \
        and text[end:end + 2].lstrip(" ").startswith(")")


_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+$")


_PURPOSE_BOAT = re.compile(r"\b(?!(?:the|a|an|his|her|its|their|our|my|your|whose|that|this|by|on|in|aboard|per|via)\b)[a-z]+[ \t]+boat[ \t]+$")
"""A boat with the noun of its work before it ("the research boat Théodore Monod", "a patrol
boat"): the name after is the boat's.  Not after a determiner or a preposition ("came by boat
Tuesday").  A bare "boat" is left out of `lexicon.NAMED_THING_NOUNS`,
since "the boat Tom Hale bought" names its owner; a working boat's noun makes it the boat's
name, which is often a person's."""


_PLURAL_NOUN_BEFORE = re.compile(r"\b([a-z]+s)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:and|or)\s+$")


def thing_before(text: str, sentence_start: int, start: int) -> bool:
    """Whether a noun for a ship, a spacecraft or a work (`lexicon.NAMED_THING_NOUNS`)
    stands right before ``start``: "the tanker Okavango Star", "the novel Wolf Hall";
    or its plural, before this name or before another and "and" ("the ferries Petar
    Hektorović and Ivan Meštrović": ships named after people, both of them ships)."""
    found = _NOUN_BEFORE.search(text, max(sentence_start, start - 20), start)
    if found is not None and _thing_noun(found.group(1)):
        return True
    if _PURPOSE_BOAT.search(text, max(sentence_start, start - 30), start):
        return True
    listed = _PLURAL_NOUN_BEFORE.search(text, max(sentence_start, start - 80), start)
    return listed is not None and _thing_noun(listed.group(1)) and listed.group(1) not in NAMED_THING_NOUNS


def _thing_noun(word: str) -> bool:
    """A noun of `lexicon.NAMED_THING_NOUNS` or its plural ("ferries", "tankers")."""
    singulars = (word, word[:-1] if word.endswith("s") else "", word[:-3] + "y" if word.endswith("ies") else "",
                 word[:-2] if word.endswith("es") else "")
    return any(w in NAMED_THING_NOUNS for w in singulars if w)


@functools.cache
def _state_names() -> re.Pattern[str]:
    forms = sorted({form.replace("'", quote) for form in country_forms() if "'s " in form for quote in "'’"},
                   key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")


def state_name_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a state's name with a possessive inside ("Democratic
    People's Republic of Korea", "Lao People's Democratic Republic"): a possessive
    ends a run of capitalised words (`names`), and the words before it are the
    state's, never a person's ("Democratic People")."""
    return [m.span() for m in _state_names().finditer(text)]


class PlaceContexts:
    """Where the page writes a name as a place or as what a person belongs to
    (`holds`): indexed once per page, then looked up name by name — a search of
    the page per name would take time that grows with names × page.

    >>> PlaceContexts("Towns in L'Horta Sud flooded. Tusk of Civic Platform spoke.").holds("Civic Platform")
    True
    """

    def __init__(self, text: str):
        self.text = text
        self.places = self._index(_LOCATED_HEAD, _LOCATED_LIST)
        self.bodies = self._index(_AFFILIATION_HEAD, _THE)
        self.venues = self._index(_VENUE_HEAD, None)

    def _index(self, head: re.Pattern[str], extension: re.Pattern[str] | None) -> dict[str, list[int]]:
        """First word after each ``head`` (and after its ``extension``, when one follows)
        → where the words start."""
        starts: dict[str, list[int]] = {}
        for match in head.finditer(self.text):
            ends = [match.end()]
            more = extension.match(self.text, match.end()) if extension is not None else None
            if more is not None:  # each item of "in Kalyvia Thorikou, Agios Konstantinos or Kouvaras"
                ends += [m.end() for m in _LIST_SEPARATOR.finditer(self.text, match.end(), more.end())]
            for end in ends:
                words = self.text[end:end + MAX_FIRST_WORD].split(None, 1)
                if words:
                    starts.setdefault(words[0], []).append(end)
        return starts

    def holds(self, name: str) -> bool:
        """Whether the page writes ``name`` (two words or more) as a place (after "in",
        "near"…: "towns in L'Horta Sud"; or joined to a place so written: "in Cambridge
        and São Paulo"), as what a named person belongs to ("Donald Tusk of Civic
        Platform": a party or a body), or, when it ends with a venue noun, after "at"
        ("won 2–1 at Lowfield Park"): it is that wherever else it stands without a cue.
        A possessive after it makes it an owner, not a place ("in Callum Rix's corner")."""
        words = name.split()
        venue = len(words) > 1 and words[-1].lower() in VENUE_NOUNS
        return bool(words) and any(self._written_at(index, words[0], name)
                                   for index in (self.places, self.bodies, *((self.venues,) if venue else ())))

    def _written_at(self, index: dict[str, list[int]], first: str, name: str) -> bool:
        return any(self.text.startswith(name, at) and _ends_name(name, self.text[at + len(name):at + len(name) + 2])
                   for at in index.get(first, ()))


MAX_FIRST_WORD = 100
"""Characters read for the first word after a context: longer words are no names."""

_LOCATED_HEAD = re.compile(r"\b(?:in|near|outside|inside|across|around|(?i:residents|people|town|city|village|suburb"
                           r"|outskirts|mayor|north|south|east|west|parts|towns|villages|suburbs|districts|provinces"
                           r"|wilayats?|governorates?|municipality|municipalities|councils|counties|communes|wards"
                           r"|constituencies|parishes|regions|communities)\s+of"
                           r"|\d{1,3},[ \t]+of"
                           r"|(?i:cities|towns|villages|suburbs|districts|neighbourhoods|neighborhoods|city|town|district)"
                           r",?[ \t]+(?:including|such[ \t]+as))\s+")
"""Heads after which a name is a place: a preposition of place, a kind of place (or the plural
of an administrative unit: "in the councils of Bani Na'im, Qabatiya and Bidya") and "of", or a
person's age and "of", which court lists and local news write before a home town ("Karen
Doig, 51, of High Valleyfield": the age is the person's, what follows where they live)."""
_LOCATED_ITEM = r"(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*"
_LOCATED_LIST = re.compile(r"(?:" + _LOCATED_ITEM + r",[ \t]+){0,5}" + _LOCATED_ITEM + r",?[ \t]+(?:and|or)[ \t]+")
"""Places named before the name in a list: "in Cambridge and São Paulo", "in Kalyvia
Thorikou, Agios Konstantinos or Kouvaras" (a list ends with "and" or "or": "in Kyiv, Ana
Ruiz said" names no second place)."""
_LIST_SEPARATOR = re.compile(r",[ \t]+|(?<![ \t])[ \t]+(?:and|or)[ \t]+")
_AFFILIATION_HEAD = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*,?\s+of\s+")
_THE = re.compile(r"the\s+")
_VENUE_HEAD = re.compile(r"\b[Aa]t\s+")


def _is_word(char: str) -> bool:
    return bool(char) and (char.isalnum() or char == "_")


def _ends_name(name: str, after: str) -> bool:
    """Whether ``name`` ends where it stands, before ``after``: at a word boundary
    (as a regular expression's ``\\b``) and not before a possessive."""
    return _is_word(name[-1]) != _is_word(after[:1]) and after[:2] not in ("'s", "’s")


VENUE_NOUNS = frozenset("park hall green field hill".split())
"""Nouns that end the name of a ground, a hall or a common ("Lowfield Park", "Usher
Hall", "Parker's Green") and are common surnames too (Park, Hall, Green): kept out of
`lexicon.ORGANISATION_WORDS`, they make a name a place only where the page puts it
after "at"."""


_OFFICE_BEFORE = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+of\s+(?:the\s+)?$")


def office_before(text: str, sentence_start: int, start: int) -> str | None:
    """The title before ``start`` that ends with what it is of: "President of the " (of
    "President of the Assembly Marta Esquivel Rojas"), "Governor of the " — its title
    words capitalised, the last a title (`lexicon.is_role_word`)."""
    found = _OFFICE_BEFORE.search(text, max(sentence_start, start - 60), start)
    if found is None or not is_role_word(found.group(1).split()[-1].lower()):
        return None
    return found.group().strip()


_FIELD_AND = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?"
                        r"(?:[A-Z][\w'’-]*,?\s+){1,4}(?:and|&)\s+$")


def field_and_before(text: str, sentence_start: int, start: int) -> str | None:
    """The title before ``start`` whose field goes on after "and": "Minister of Equipment
    and " (of "Minister of Equipment and Water Karim Bennani") — its last title word a
    title (`lexicon.is_role_word`); the run after it opens with the rest of the field."""
    found = _FIELD_AND.search(text, max(sentence_start, start - 100), start)
    if found is None or not is_role_word(found.group(1).split()[-1].lower()):
        return None
    return found.group().strip()


_ROLE_OF_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+of\s+(?:the\s+)?$")


def role_of_before(text: str, sentence_start: int, start: int) -> bool:
    """Whether a lower-case role noun and "of" come right before ``start`` ("chief executive
    of Rwenzori Highland Exports", "a director of"): what a role is of is a body; a
    person's own relation ("a spokesman for", "the wife of") is not a role noun with "of"."""
    found = _ROLE_OF_BEFORE.search(text, max(sentence_start, start - 40), start)
    return found is not None and (found.group(1) in LOWER_ROLE_CUES or found.group(1) in ROLE_WORDS)


_FAMILY_BEFORE = re.compile(r"(?:^|[|\t\n])[ \t]{0,3}([A-Z]{2,12})[ \t]$")
_FAMILY_AFTER = re.compile(r"[ \t]([A-Z]{2,15})[ \t]{0,3}(?:[|\t\n]|$)")
MAX_FAMILY_NAME = 16
"""Characters looked at beside a name for a family name in capitals: a cell's edge and the word."""


def family_name_beside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name ``text[start:end]`` with its family name in capitals, when
    a list's cell holds nothing else ("| KIM Yong Bok |", "| Gennady Pavlovich ZOTIKOV |"):
    sanctions lists, official journals and delegations write the family name so, before
    the given names or after them; else None.  In running text a word in capitals
    beside a name is an acronym ("NATO Mark Rutte")."""
    window = max(0, start - MAX_FAMILY_NAME)
    before = _FAMILY_BEFORE.search(text[window:start])
    if before is not None and _cell_ends(text, end):
        return window + before.start(1), end
    after = _FAMILY_AFTER.match(text, end, end + MAX_FAMILY_NAME)
    if after is not None and _cell_starts(text, start):
        return start, after.end(1)
    return None


def _cell_starts(text: str, start: int) -> bool:
    """Whether only spaces and a cell's edge (a bar, a tab, a line's start) come before ``start``."""
    before = text[max(0, start - 4):start].rstrip(" ")
    return before[-1] in "|\t\n" if before else start <= 4


def _cell_ends(text: str, end: int) -> bool:
    """Whether only spaces and a cell's edge (a bar, a tab, a line's end) follow ``end``."""
    rest = text[end:end + 4].lstrip(" ")
    return not rest or rest[0] in "|\t\n"


TRADE_WORDS = frozenset("""
    Limited Resort Resorts Hotel Hotels Hospitality Motel Restaurant Cafe Café
    Ferries Shipping Lines Motors Industries Logistics Resources Mining Holdings Ventures Partners
    Investments Securities Foods Farms Estates Properties Developments Construction Transport
    Airlines Airways Telecom Studios Pharmaceuticals Technologies Systems Solutions Software
    Chemicals Insurance Brewery Bakery Dairies Supermarkets Stores Retail
    Refiners Refinery Smelters Growers Producers Builders Brewers Distillers Exporters Importers
    Suppliers Manufacturers Contractors
""".split())
"""Capitalised words that end a business's name after its own words ("Fundy Link Ferries",
"Coral Cove Resort", "Blue Lagoon Hospitality Limited", "Kasompe Copper Refiners"): a
trade or a company's legal form.  Bodies named after a person (a foundation, a
university, a hospital, a prize) are left out: "Nelson Mandela" stays a person where
"the Nelson Mandela Foundation" is also written; and so are words that are common
surnames or given names too ("Mills", "Lodge", "Marina"): "John Mills" is a person."""

_TRADE_NAME = re.compile(r"(?<![\w'’&.-])((?:[A-Z][\w'’&.-]*[ \t]){1,4})(" + "|".join(sorted(TRADE_WORDS)) + r")(?![\w'’-])")


def trade_names(text: str) -> set[str]:
    """Names of two words or more that the page writes as a business's (`TRADE_WORDS`),
    with their trade and without it, and their first words: "Fundy Link Ferries" makes
    "Fundy Link" a business wherever else it stands (a headline, a possessive), as a page
    shortens a company's name."""
    found: set[str] = set()
    for match in _TRADE_NAME.finditer(text):
        found |= name_prefixes(match.group(1).split() + [match.group(2)])
    return found
