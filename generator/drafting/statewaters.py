"""A state's name or demonym inside the name of a sea, a gulf or a city: no state acting.

Maps name waters and cities after states: "the Gulf of Guinea", "the Bight of Benin",
"the Indian Ocean", "the South China Sea", "Benin City", "Kuwait City".  A tanker
delayed in the Gulf of Guinea is at sea off Gabon, not in Guinea; "Benin City" is a
Nigerian city.  Each test reads only the few characters right before or after the form
(`countries` hands them over), so it costs the same on any article.
"""

from __future__ import annotations

import re

WATER_HEADS = ("Gulf", "Bay", "Bight", "Sea", "Strait", "Straits", "Channel", "Ocean")
"""Nouns of a body of water that a state's name follows ("Gulf of Guinea") or precedes
("Indian Ocean", "South China Sea")."""

_WATER_BEFORE = re.compile(r"(?<![\w'’-])(?:" + "|".join(WATER_HEADS) + r")[ \t]+of[ \t]+(?:the[ \t]+)?$")
"""Before the form: "Gulf of ", "Bight of ", "Sea of " (searched in a window of a few dozen
characters, anchored at its end)."""

RIVER_HEADS = ("River", "river", "Delta", "delta", "Basin", "basin")
"""Nouns of a river and its lands that a state's name precedes when the river bears it ("the
Niger river", "the Niger Delta", "the Congo Basin"): a river that crosses several states, or
a region of a neighbour (the Niger Delta is Nigeria's), not the state acting."""

_WATER_AFTER = re.compile(r"[ \t]+(?:" + "|".join(WATER_HEADS + RIVER_HEADS) + r")(?![\w'’-])")
"""After the form: " Ocean", " Sea", " Gulf", " river" (matched at the form's end)."""

_CITY_AFTER = re.compile(r"[ \t]+City(?![\w'’-])")
"""" City" after a state's name: "Benin City", "Kuwait City", "Panama City"."""


def names_a_water(before: str, after: str) -> bool:
    """Whether the form is part of the name of a sea, a gulf, a bight or an ocean."""
    return bool(_WATER_BEFORE.search(before) or _WATER_AFTER.match(after))


def names_a_city(after: str) -> bool:
    """Whether the state's name opens a city's name ("Benin City")."""
    return _CITY_AFTER.match(after) is not None
