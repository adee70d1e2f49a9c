"""Abbreviated place nouns that open a place's name: "Co. Cork", "Mt. Kenya", "Ft. Worth".

    >>> place_abbreviation(["Co.", "Cork"])
    True
    >>> place_abbreviation(["Colm", "Cork"])
    False

Irish and Northern Irish pages write a county as "Co. Cork", "Co. Down"; American pages write
"Mt." for a mountain and "Ft." for a fort.  With its full stop the abbreviation is no given
name and no initial (an initial has one letter), so a run it opens is a place's.  "St." is
left out: "St. John" and "St. Clair" are given names and surnames too.
"""

from __future__ import annotations

PLACE_ABBREVIATIONS = frozenset({"co.", "mt.", "ft.", "pt.", "cty."})
"""Abbreviations of county, mount, fort, point and county (US), written with their full stop."""


def place_abbreviation(words: list[str]) -> bool:
    """Whether ``words`` open with a place noun's abbreviation and go on with a capitalised word."""
    return len(words) > 1 and words[0].lower() in PLACE_ABBREVIATIONS and words[1][:1].isupper()
