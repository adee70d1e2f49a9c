"""Names a page gives to things it has just described, to places a route leads to, and
to people as nicknames: capitalised like a person's name, but no person's.

    >>> called_thing("Navies held a drill called Blue Horizon.", 0, 27)
    True
    >>> route_end("Trucks stopped near the turn-off for Santa Rosa.", 0, 37)
    True
    >>> sorted(nicknames('Ana Maria Ruiz "Iron Lady of Cusco" won.'))
    ['Iron Lady of Cusco']

* `called_thing`: "an exercise called Freedom Edge", "a plan dubbed Project Dawn" — a name
  the page gives right after a noun for an undertaking, an event, a body or a place is
  that thing's name; "called" reads as a speech verb otherwise ("called Ana Ruiz" is a
  cue in `names`).  A noun for a person ("a man called Tom Hale") is no such noun, so the
  rule leaves it.
* `route_end`: "the road to Abel Iturralde", "the turn-off for Juan Montalvo" — a road, an
  exit or a flight leads to a place, though many towns and airports bear a person's name.
* `nicknames`: a name in quotation marks right after a person's full name is the
  person's nickname or ring name ('Pape Diallo "Tigre de Thiès"'), and so it is wherever
  the page repeats it without a cue: one person, named once already.
"""

from __future__ import annotations

import re

from .lexicon import NAMED_THING_NOUNS

KIND_NOUNS = frozenset("""
    exercise exercises drill drills operation operations manoeuvres maneuvers
    programme program project initiative campaign scheme plan strategy policy doctrine
    fund facility mechanism framework pact accord agreement deal treaty
    festival event contest competition tournament race
    system platform app application software tool device model brand product label
    coalition alliance movement network group band party firm company venture
    storm hurricane cyclone typhoon
    village town settlement neighbourhood neighborhood district area site farm estate mine
    field island reef river lake mountain volcano cave beach road street square
""".split())
"""Nouns for undertakings, events, products, bodies and places that a page names with
"called", "named" or "dubbed" right after them ("a multinational drill called Pacific
Shield"); no noun for a person is among them, since "a man called …" names one."""

_NAMING = r"(?:called|named|dubbed|nicknamed|code-named|codenamed|known\s+as)"
_CALLED_AFTER_NOUN = re.compile(r"\b([a-z][a-z-]*)[ \t]+" + _NAMING + r"[ \t]+[\"“‘']?$")
MAX_BEFORE = 40
"""Characters read before a name for the noun and its naming verb."""


def called_thing(text: str, sentence_start: int, start: int) -> bool:
    """Whether a noun of `KIND_NOUNS` (or `lexicon.NAMED_THING_NOUNS`) and "called",
    "named", "dubbed" … stand right before ``start``."""
    found = _CALLED_AFTER_NOUN.search(text, max(sentence_start, start - MAX_BEFORE), start)
    if found is None:
        return False
    noun = found.group(1)
    singular = noun[:-1] if noun.endswith("s") else noun
    return noun in KIND_NOUNS or noun in NAMED_THING_NOUNS or singular in NAMED_THING_NOUNS


_ROUTE_BEFORE = re.compile(r"\b(?:road|roads|highway|motorway|turn-?off|turning|exit|route|flights?)"
                           r"[ \t]+(?:to|for|towards)[ \t]+$", re.I)


def route_end(text: str, sentence_start: int, start: int) -> bool:
    """Whether a road, an exit or a flight and "to"/"for" stand right before ``start``:
    where it leads is a place, whoever the place is named after."""
    return _ROUTE_BEFORE.search(text, max(sentence_start, start - MAX_BEFORE), start) is not None


_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_NICK_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|da|do|du|del|des|di|of|the|la|le)"
_NICKNAMED = re.compile(r"(?<![\w'’-])" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,3}[ \t]+[\"“]("
                        + _NAME_WORD + r"(?:[ \t]+" + _NICK_WORD + r"){0,4})[\"”]")


def nicknames(text: str) -> set[str]:
    """Names written in quotation marks right after a full name of two to four words."""
    return {found.group(1) for found in _NICKNAMED.finditer(text) if len(found.group(1).split()) > 1}
