"""Whether two values count the same thing, judged from their units.

A verdict must not set 1,000 containers against 3.5mn artillery shells, nor
86 minutes against 620 miles.  Units are free text, so they are reduced to
a **unit key**:

* measures by their standard name: ``km``, ``kilometers``, ``kilometres`` →
  ``km``; ``miles`` → ``mile``; ``sq km`` → ``sq km``; ``minutes`` →
  ``minute``; ``%``, ``percent`` → ``%`` (see `MEASURES`);
* anything else by its head noun — the last word before any "per …",
  singular;
* people, however described, by ``people``: a head noun of `PEOPLE_NOUNS`
  ("troops", "North Korean soldiers", "officers") or any demonym of the
  project's table (`generator.demonyms`, every country): "North Koreans",
  "Ukrainians", "Americans", "Chinese";
* a rate keeps its "per": "Russian casualties per day" → ``casualty per day``.

Two values are comparable when either has no unit or their keys are equal.

    >>> unit_key("North Korean soldiers") == unit_key("troops") == unit_key("Ukrainians") == "people"
    True
    >>> unit_key("50 kilometers".split()[1]), unit_key("artillery shells")
    ('km', 'shell')
"""

from __future__ import annotations

import re

from ..demonyms import is_demonym

MEASURES = {
    "km": "km", "kilometer": "km", "kilometre": "km", "mile": "mile", "mi": "mile",
    "m": "m", "meter": "m", "metre": "m", "sq km": "sq km", "square kilometer": "sq km",
    "square kilometre": "sq km", "square mile": "sq mile", "sq mile": "sq mile",
    "second": "second", "minute": "minute", "min": "minute", "hour": "hour", "day": "day",
    "week": "week", "month": "month", "year": "year", "%": "%", "percent": "%", "per cent": "%",
    "ton": "ton", "tonne": "ton", "kg": "kg", "kilogram": "kg",
}
"""Measurement words (singular) → their unit key."""
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|%")

PEOPLE_NOUNS = frozenset("""
    people person individual man men woman women civilian resident citizen national
    worker employee staff personnel official officer general commander member
    troop soldier serviceman servicemen servicewoman servicewomen force fighter
    militant recruit conscript reservist volunteer mercenary marine sailor airman airmen
    police policeman policemen
""".split())
"""Head nouns (singular) that say who the people counted are: anyone, by
their trade or their side.  Nouns of what befell people — casualties,
deaths, wounded, refugees, prisoners — keep their own key: "1,200
casualties" and "10,000 troops" are not one count."""


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
    return "people" if counts_people(phrase) else words[-1]


def counts_people(phrase: str) -> bool:
    """Whether the phrase's head word is a people noun or a demonym.

    The head is taken whole ("Ni-Vanuatu", "Réunionese"), as the table
    writes it, and by its last part ("co-workers"); a demonym counts in any
    form ("Chinese", "Koreans")."""
    head = _WORDS.findall(phrase)[-1]
    return any(singular(w) in PEOPLE_NOUNS or is_demonym(w) for w in (head, head.rpartition("-")[2]))


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
