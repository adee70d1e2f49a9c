"""Names the page writes right before a lower-case noun for a place: a place's wherever they stand.

    >>> sorted(place_modified("The stations, Yangi Hayot and Chilonzor, open. He spoke at Yangi Hayot station."))
    ['Yangi Hayot']

A page lists new stations, streets or suburbs by their bare names ("The stations, Qo'yliq
Bozori, Yangi Hayot and …") and elsewhere writes one before its kind in lower case ("the
opening of Yangi Hayot station"): the name is a place's on the whole page.  The nouns are
kinds of place English writes after a name and that a person's name seldom qualifies;
"park", "square" and "airport", often named after people, are left out; "road" is in, as a
route between two places is written ("the Nizwa–Al Hamra road"), and so is a water source
("the Ain Tissa spring").  Two names joined by "and"
before a plural kind are both places ("Vinh Phuc and Thai Nguyen provinces"), and so is a
name after a kind of place and "of" ("the hamlet of Lang Nu"); a name in brackets after a
reader's screen name ("minh_hoang88 (Da Nang)") is where the reader writes from.
"""

from __future__ import annotations

import re

PLACE_KINDS_AFTER = frozenset("""
    station street district suburb neighbourhood neighborhood township road highway valley village wilayat
    governorate municipality temple pagoda spring springs oasis
    provinces districts villages communes townships municipalities
""".split())
PLACE_KIND_PHRASES = (
    "checkpoint", "checkpoints", "crossings", "border crossing", "border post", "border posts",
    "control point", "control points", "crossing point", "crossing points",
    r"crossing(?![ \t]+(?:the|a|an|into|over|from|through|to|towards?|back|of|at|in)(?![\w'’-]))",
    "transport centre", "transport center", "transport hub", "bus terminal", "bus terminus", "bus park",
    "taxi rank", "depot",
)
"""Kinds of border place after a name ("the Shenzhen Bay and Lok Ma Chau control points", "the
Kerem Shalom crossing"); "crossing" before an object or a preposition is a walker's verb ("Ana
Ruiz crossing the river") and is left out.  So are the stops and yards of public transport,
which take their district's name ("the Cross Roads transport centre", "the Mile Twelve bus
park", "the Spring Vale depot"), not a person's as airports do."""
_NAME_KIND = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,2})"
                        r"(?:,?[ \t]+(?:and|or)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))?[ \t]+("
                        + "|".join((*sorted(PLACE_KINDS_AFTER), *(p if "(" in p else p.replace(" ", r"[ \t]+") for p in PLACE_KIND_PHRASES)))
                        + r")(?![\w'’-])")
"""A name (or two joined by "and": "Vinh Phuc and Thai Nguyen provinces") before a kind of place."""
PLACE_KINDS_OF = frozenset("village hamlet town commune district province municipality suburb township parish".split())
PLACE_BODIES_OF = frozenset("clubs schools parishes".split())
"""Plural nouns for the bodies of several places, each named after "of": "the ski clubs of Pas de
la Casa and Arinsal", "the schools of Ha Abia and Ha Ntsane"."""
_PLACE_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:de|del|la|le|les|du|des|da|do|dos|di|van|von)[ \t]+){0,2}[A-Z][\w'’-]*){1,3}"
_KIND_OF = re.compile(r"(?<![\w'’-])(?:(?:" + "|".join(sorted(PLACE_KINDS_OF)) + r")s?|(?:" + "|".join(sorted(PLACE_BODIES_OF))
                      + r")|townships|municipalities|communes)[ \t]+of[ \t]+(" + _PLACE_NAME + r")"
                      r"(?:(?:,[ \t]*|[ \t]+and[ \t]+)(" + _PLACE_NAME + r"))?")
"""A name after a kind of place and "of": "the hamlet of Lang Nu", "the district of Ha Tsepo";
in the plural, the names of two places: "the villages of Ha Abia and Ha Ntsane", a place's
particles inside ("Pas de la Casa")."""
ROUTE_ENDS = frozenset("""
    town city village market school work home downtown centre center border capital airport station
""".split())
_ROUTE = re.compile(r"(?<![\w'’-])from[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,2})[ \t]+to[ \t]+(?:the[ \t]+)?"
                    r"(?:city[ \t]+)?(?:" + "|".join(sorted(ROUTE_ENDS)) + r")"
                    r"(?=[ \t]*[,.;:!?\"”)]|[ \t]+(?:and|or|in|on|at|by|every|each|for|via)(?![\w'’-]))")
"""A route from a name to a common noun for a place that ends the phrase: "from Ha Abia to
town," (not "from Tom Hale to the border guards", where the noun qualifies another)."""
_HANDLE_PLACE = re.compile(r"(?<![\w@.'’-])@?[a-z][a-z0-9]*(?:[._][a-z0-9]+)*(?:[._][a-z0-9]+|[a-z]\d+)[ \t]+\("
                           r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,2})\)")
"""A name in brackets after a reader's screen name, a lower-case word with an underscore, a
dot or digits in it ("Question from minh_hoang88 (Da Nang)", "kim.anh (Binh Duong)"): where
the reader writes from, as a letters page prints a town under a writer's name."""
MAX_PLACE_USES = 500
"""Uses read in a page: far more than any page has."""


def place_modified(text: str) -> frozenset[str]:
    """Names of two words or more (and their last words of two or more: the match may take
    a capitalised word before the name) the page writes before a lower-case kind of place,
    or as a route's start before a common noun for a place, or in brackets after a reader's
    screen name."""
    found: set[str] = set()
    for count, match in enumerate(_NAME_KIND.finditer(text)):
        if count >= MAX_PLACE_USES:
            break
        for group in (match.group(1), match.group(2) or ""):
            words = group.split()
            found |= {" ".join(words[i:]) for i in range(len(words) - 1)}
    for count, match in enumerate(_KIND_OF.finditer(text)):
        if count >= MAX_PLACE_USES:
            break
        found.update(name for name in match.groups() if name)
    for pattern in (_ROUTE, _HANDLE_PLACE):
        for count, match in enumerate(pattern.finditer(text)):
            if count >= MAX_PLACE_USES:
                break
            found.add(match.group(1))
    return frozenset(found)
