"""Where a state's name, demonym or capital names something other than the state acting.

Three shapes of page prose, read from the few characters around a match
(`countries.CountryFinder` passes a bounded window, so nothing here reads a
paragraph again per match):

* a capital inside a list of places that a locative opens ("Experts in
  Maputo, Pretoria and Seoul say"): the cities are where people are, as
  "in Pretoria" alone is;
* a state's name opening a carrier's or a company's registered name ("Fiji
  Airways has cancelled", "Kenya Airways", "Ghana Ltd"): the company;
* a demonym right before a carrier's noun and the carrier's own name ("the
  Danish carrier Nordhavn Line said"): an airline's or a shipping line's
  flag, not the state speaking.  Other companies keep their demonym: the
  annotation counts "Spanish group Aguas del Estrecho", "Danish drugmaker
  Bavarian Nordic" as the state's economy.
"""

from __future__ import annotations

import re

_PLACE = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}"
"""A place's name: one to three capitalised words ("Maputo", "Abu Dhabi", "Mexico City")."""

_LIST_OPENED = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|across)[ \t]+" + _PLACE
                          + r"(?:,[ \t]+" + _PLACE + r")*(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+)$")
"""Before a capital: a locative and the list's earlier items ("in Maputo, ", "from Oslo and ").
Matched on a window of a few dozen characters before the capital, so its search is bounded."""

_LIST_GOES_ON = re.compile(r",[ \t]+[A-Z]|,?[ \t]+(?:and|or)[ \t]+[A-Z]")
"""After a capital: the list goes on ("Pretoria and Seoul", "Pretoria, Seoul")."""

_LIST_ENDS = re.compile(r",?[ \t]+(?:and|or)[ \t]+$")
"""Before a capital: the list's last joint ("in Maputo and "), so the capital is its last item."""


def in_place_list(before: str, after: str, government_nouns: frozenset[str]) -> bool:
    """Whether a capital is an item after the first of a list of places that a locative
    opens: "in Maputo, Pretoria and Seoul" (Pretoria, Seoul), not "In Kyiv, Moscow's envoy
    said" (a comma after a place opening the sentence, then the government), nor a list
    after a government's noun ("Governments in Washington and Seoul": both governments)."""
    opened = _LIST_OPENED.search(before)
    if opened is None:
        return False
    previous = before[:opened.start()].split()[-1:]
    if previous and previous[0].lower() in government_nouns:
        return False
    return _LIST_ENDS.search(before) is not None or _LIST_GOES_ON.match(after) is not None


COMPANY_SUFFIXES = frozenset("""
    airways airlines airline air-lines ltd ltd. limited inc inc. plc llc pty gmbh ag s.a. sa
""".split())
"""Last words of a company's registered name or an airline's brand ("Fiji Airways",
"Kenya Airways", "Ghana Ltd"): the state's name opening it is the company's."""

_NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’.&-]*){1,3}")


def opens_a_company(after: str) -> bool:
    """Whether the capitalised words right after a state's name end in a company suffix."""
    run = _NAME_AFTER.match(after)
    if run is None:
        return False
    return re.sub(r"['’]s?$", "", run.group().split()[-1]).lower() in COMPANY_SUFFIXES


CARRIER_NOUNS = frozenset("carrier carriers airline airlines shipper shipowner".split())
"""Nouns of a company that carries passengers or freight on routes ("the Danish carrier
Nordhavn Line"): its demonym is the flag it flies."""

_COMPANY_NAMED = re.compile(r"[ \t]+([a-z][\w-]*)[ \t]+[A-Z]")


def names_a_carrier(after: str) -> bool:
    """Whether a demonym is followed by a carrier's noun and its name ("Danish carrier
    Nordhavn Line"): the carrier's flag.  Without a name after it ("Danish airlines
    have cut routes") the nation's carriers are meant, as a state's sector."""
    noun = _COMPANY_NAMED.match(after)
    return noun is not None and noun.group(1) in CARRIER_NOUNS


_GOVERNMENT_AFTER = re.compile(r",[ \t]+(?:where[ \t]+)?(?:the[ \t]+)?(?:Foreign|Prime|President|Defen[cs]e|Interior|Finance|Deputy"
                               r"|State[ \t]+Secretary|Chancellor|[Gg]overnment|[Mm]inistry|Department)\b")
"""A government's office or officer right after "In <capital>," ("In Warsaw, Foreign Minister
Radosław Sikorski said", "In Amman, the Foreign Ministry"): the capital introduces its own
government speaking, as a wire story moves from capital to capital; so does "In Lima, where the
government …", a clause on what the government there does or does not do."""


def introduces_its_government(before: str, after: str) -> bool:
    """Whether a capital opens its sentence as "In <capital>," before a government's office."""
    return bool(re.search(r"(?:^|[.!?]\s+|\n)In[ \t]+$", before)) and _GOVERNMENT_AFTER.match(after) is not None
