"""Names the page shows to be a machine's or a product's: none is a person's, wherever it stands.

    >>> sorted(thing_names("Flights with Twin Otter and ATR aircraft resume. Twin Otter crews wait."))
    ['Twin Otter']

* A name right before a lower-case noun for a vehicle, a craft or a weapon (`MACHINE_NOUNS`),
  alone or first of a pair ("Twin Otter and ATR aircraft", "Hilux pickups"): a model's name.
  Nouns a person's name also qualifies ("model", "fighter", "car" of a racing driver) are left out.
* A name whose first word the page writes before "brand" ("Reefside brand canned tuna", then
  "Reefside Canned Tuna in Brine"): the brand's product.
* A name followed by a pack size ("Reefside Canned Tuna in Brine, 185 g"): a product.

`names` drops such a name when nothing but a speech verb stands by it, like the names
`pageevidence.modified_things` finds.
"""

from __future__ import annotations

import re

MACHINE_NOUNS = frozenset("""
    aircraft airliner airliners jetliner jetliners jet jets plane planes turboprop turboprops
    helicopter helicopters drone drones bus buses minibus minibuses truck trucks lorry lorries
    pickup pickups locomotive locomotives tractor tractors rifle rifles missile missiles rocket
    rockets launcher launchers howitzer howitzers
""".split())
"""Nouns for vehicles, craft and weapons English writes after a model's name."""

_WORD = r"[A-Z][\w'’-]*"
_NAME = rf"(?<![\w'’-])({_WORD}(?:[ \t]+{_WORD}){{0,3}})"
_MACHINE = re.compile(_NAME + rf"(?:[ \t]+(?:and|or)[ \t]+({_WORD}(?:[ \t]+{_WORD})?))?[ \t]+(?:"
                      + "|".join(sorted(MACHINE_NOUNS)) + r")(?![\w'’-])")
_BRAND = re.compile(r"(?<![\w'’-])(" + _WORD + r")(?:[ \t]+|-)brand(?![\w'’-])")
_SIZED = re.compile(_NAME + rf"(?:[ \t]+(?:in|with)[ \t]+{_WORD}(?:[ \t]+{_WORD})?)?,?[ \t]+\d{{1,4}}(?:[.,]\d{{1,3}})?"
                    r"[ \t]?(?:g|kg|mg|ml|cl|l|oz|lb|lbs)(?![\w'’-])")
MAX_USES = 500
"""Matches read in a page: far more than any page has."""


def _tails(name: str) -> set[str]:
    """The name and its shorter tails of two words or more: the match may take a
    capitalised word before the name ("Domestic Twin Otter")."""
    words = name.split()
    return {" ".join(words[i:]) for i in range(len(words) - 1)}


def thing_names(text: str) -> frozenset[str]:
    """Names of two words or more the page shows to be a machine's or a product's."""
    found: set[str] = set()
    for count, match in enumerate((*_MACHINE.finditer(text), *_SIZED.finditer(text))):
        if count >= MAX_USES:
            break
        for group in match.groups():
            found |= _tails(group) if group else set()
    brands = {m.group(1) for m in _BRAND.finditer(text)}
    if brands:
        found |= {name for name in _brand_names(text) if name.split()[0] in brands}
    return frozenset(found)


_RUN = re.compile(_NAME)


def _brand_names(text: str) -> set[str]:
    """Runs of two capitalised words or more, each with its tails' heads: "Reefside Canned Tuna"
    gives "Reefside Canned Tuna" and "Reefside Canned"."""
    found: set[str] = set()
    for count, match in enumerate(_RUN.finditer(text)):
        if count >= 20 * MAX_USES:
            break
        words = match.group(1).split()
        found |= {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    return found
