"""Whether two values count the same thing, judged from their units.

A verdict must not set 1,000 containers against 3.5mn artillery shells, nor
86 minutes against 620 miles.  Units are free text, so they are reduced to
a **unit key**:

* measures by their standard name: ``km``, ``kilometers``, ``kilometres`` →
  ``km``; ``miles`` → ``mile``; ``sq km`` → ``sq km``; ``minutes`` →
  ``minute``; ``%``, ``percent`` → ``%`` (see `MEASURES`);
* anything else by its head noun — the last word before any "per …",
  singular — and people, however described ("troops", "North Korean
  soldiers", "North Koreans", "officers"), all by ``people``;
* a rate keeps its "per": "Russian casualties per day" → ``casualty per day``.

Two values are comparable when either has no unit or their keys are equal.

    >>> unit_key("North Korean soldiers") == unit_key("troops") == "people"
    True
    >>> unit_key("50 kilometers".split()[1]), unit_key("artillery shells")
    ('km', 'shell')
"""

from __future__ import annotations

import re

MEASURES = {
    "km": "km", "kilometer": "km", "kilometre": "km", "mile": "mile", "mi": "mile",
    "m": "m", "meter": "m", "metre": "m", "sq km": "sq km", "square kilometer": "sq km",
    "square kilometre": "sq km", "square mile": "sq mile", "sq mile": "sq mile",
    "second": "second", "minute": "minute", "min": "minute", "hour": "hour", "day": "day",
    "week": "week", "month": "month", "year": "year", "%": "%", "percent": "%", "per cent": "%",
    "ton": "ton", "tonne": "ton", "kg": "kg", "kilogram": "kg",
}
"""Measurement words (singular) → their unit key."""

PEOPLE = frozenset("""
    troop soldier korean force personnel man men serviceman servicemen fighter officer
    general worker civilian people person recruit mercenary conscript member
""".split())
"""Head nouns that count people: all are one unit, ``people``."""


def unit_key(unit: str | None) -> str | None:
    """The key two units must share to be comparable; None without a unit."""
    if not unit or not unit.strip():
        return None
    text = " ".join(unit.lower().replace("[", " ").replace("]", " ").split())
    counted, _, per = text.partition(" per ")
    key = _key_of(counted)
    return f"{key} per {_key_of(per)}" if per else key


def _key_of(phrase: str) -> str:
    words = [singular(w) for w in re.findall(r"[a-z%]+", phrase)]
    if not words:
        return phrase
    for size in (2, 1):
        tail = " ".join(words[-size:])
        if tail in MEASURES:
            return MEASURES[tail]
    return "people" if words[-1] in PEOPLE else words[-1]


def singular(word: str) -> str:
    """"casualties" → "casualty", "shells" → "shell", "miles" → "mile"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def comparable(units: list[str | None]) -> bool:
    """Whether every given unit has the same key (units left out don't count)."""
    return len({k for k in map(unit_key, units) if k is not None}) <= 1
