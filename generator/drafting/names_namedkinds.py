"""Names a page gives to things it has just described, to places a route leads to, and
to people as nicknames: capitalised like a person's name, but no person's.

    >>> called_thing("Navies held a drill called Blue Horizon.", 0, 27)
    True
    >>> route_end("Trucks stopped near the turn-off for Santa Rosa.", 0, 37)
    True
    >>> namesake("He studied at the academy named after Rosa Luxemburg.", 0, 38, 52)
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
* `namesake`: "the academy named after Heydar Aliyev" — the person a thing is named after
  gives the thing a name and takes no part in the story there; the page names them as a
  person elsewhere if they do.
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
MAX_ROUTE = 80
"""Characters read before a name for where its route starts: an airport's name is long."""


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
                           r"[ \t]+(?:to|for|towards)[ \t]+$"
                           r"|\bfrom[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,4}"
                           r"(?:Airport|Airfield|Station|Terminal|Port|Harbour|Wharf)[ \t]+to[ \t]+$", re.I)


def route_end(text: str, sentence_start: int, start: int) -> bool:
    """Whether a road, an exit or a flight and "to"/"for" stand right before ``start``, or
    "from" an airport, a station or a port and "to" ("flights from Kotoka International Airport
    to Tamale"): where it leads is a place, whoever the place is named after."""
    return _ROUTE_BEFORE.search(text, max(sentence_start, start - MAX_ROUTE), start) is not None


_NAMED_AFTER = re.compile(r"\b(?:re)?named[ \t]+after[ \t]+(?:the[ \t]+late[ \t]+)?$", re.I)
_CLAUSE_AFTER = re.compile(r"['’]s\b|[ \t]+(?!(?:of|in|on|at|and|or|who|whose|which|that|for|from|by|with|to)\b)[a-z]")
"""A possessive or a lower-case word that goes on no noun phrase after the name: the name is the
subject of a clause of time ("was named after Tom Hale resigned", "after Tom Hale's term"), and
"named" means appointed."""


def namesake(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether "named after" stands right before the name at ``start:end`` and the name ends
    its phrase there: the name is a thing's namesake, not a person the page tells of ("the
    Academy named after Heydar Aliyev, …"), unless a clause goes on from it ("Ana Ruiz was
    named after Tom Hale stepped down": appointed, after a time he is in the story).

    >>> text = "Ana Ruiz was named after Tom Hale stepped down."
    >>> namesake(text, 0, 25, 33), namesake("the school named after Tom Hale in 1990", 0, 23, 31)
    (False, True)
    """
    return _NAMED_AFTER.search(text, max(sentence_start, start - MAX_BEFORE), start) is not None \
        and _CLAUSE_AFTER.match(text, end) is None


_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_NICK_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|da|do|du|del|des|di|of|the|la|le)"
_NICKNAMED = re.compile(r"(?<![\w'’-])" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,3}[ \t]+[\"“]("
                        + _NAME_WORD + r"(?:[ \t]+" + _NICK_WORD + r"){0,4})[\"”]")


def nicknames(text: str) -> set[str]:
    """Names written in quotation marks right after a full name of two to four words."""
    return {found.group(1) for found in _NICKNAMED.finditer(text) if len(found.group(1).split()) > 1}
