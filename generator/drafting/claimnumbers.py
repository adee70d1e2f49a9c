"""The numbers a candidate claim and a registered claim are compared on, for `claimmatch`.

    >>> agreement(numbers_of("about 11,000 troops"), frozenset(), numbers_of("10,000 to 12,000 troops"), frozenset())
    ('same', [11000.0])

Reports of one fact give its count in figures ("8,000", "10,000 to 12,000",
"50 km") or in words ("hundreds", "tens of thousands"); two texts agree on
a figure when they give it in the same measure, the *same* count (equal, or
inside a range the other gives) or a *near* one (within `NEAR` of each
other: reports of one count differ), and a count in words agrees with a
figure inside the range it allows ("in the hundreds" and 400, not 1,200).
Dates, times and years say when, not what, and are left out.
"""

from __future__ import annotations

import re

from ..analysis.phrases import find_quantities
from ..analysis.units import MEASURES, unit_key
from .lexicon import MONTHS

Numbers = frozenset[tuple[float, str | None]]
"""Each number with its measure ("km", "%"), None for a count."""
Ranges = frozenset[tuple[float, float]]
"""Counts in words, each as the lowest and highest figure it allows."""

NEAR = 1.5
"""Largest ratio of two numbers that still agree: reports of one count differ by up to
half again.  Every matching labelled pair's numbers agree (the widest: 11,000 and 8,000
troops in Kursk, 1.375); the closest differing numbers of a non-matching pair in one
measure do not (80 and 50 million tonnes of wheat, 1.6)."""


def numbers_of(text: str) -> Numbers:
    """The numbers of ``text`` with their measure (`MEASURES`: "km", "%", "year"),
    None for a count; a range gives both ends.  Years, dates and times are left
    out (they say when, not what), and so is the first day of a range of days
    ("between 23 and 28 October"), which reads as a number.

    >>> sorted(numbers_of("about 50km from the border, between 23 and 28 October"))
    [(50.0, 'km')]
    """
    days = {int(m.group(1)) for m in _DAY_RANGE.finditer(text)}
    found = set()
    for quantity in find_quantities(text):
        amount, unit = quantity.quantity.amount, quantity.quantity.unit
        if amount is not None and unit is None and amount in days:
            continue
        measure = measure_of(unit)
        low, high = quantity.quantity.min, quantity.quantity.max
        found.update((float(v), measure) for v in (amount, low, high) if v is not None)
    return frozenset(found)


_RATE = re.compile(r"(?i)(?:^|\s+)(?:per|a|an|every|each)(?:\s+single)?\s+(?:day|week|month|year|hour)s?$")
_MEASURED = frozenset(MEASURES.values())


def measure_of(unit: str | None) -> str | None:
    """The measure of a written unit (`MEASURES`), None for a count; a rate is the
    measure of what is counted ("soldiers every single day" and "casualties a day"
    are counts, "% a year" a share), the period being a key word (`paraphrases`:
    "per_day"), not a measure, whichever way the unit reader took it.

    >>> measure_of("soldiers every single day"), measure_of("per day"), measure_of("% a year"), measure_of("days")
    (None, None, '%', 'day')
    """
    if unit is None:
        return None
    counted = _RATE.sub("", unit).strip()
    measure = unit_key(counted) if counted else None
    return measure if measure in _MEASURED else None


_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:" +
                        "|".join(sorted((m.rstrip(".") for m in MONTHS), key=len, reverse=True)) + r")\b", re.I)
_VAGUE = re.compile(r"(?i)\b(?:(?P<times>tens|hundreds)\s+of\s+(?P<big>thousands|millions)"
                    r"|(?:a\s+few|several)\s+(?P<few>dozen|hundred|thousand|million)\b"
                    r"|(?P<plural>dozens|hundreds|thousands|millions)(?!\s+of\s+(?:thousands|millions)))\b")
_SCALE = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


def vague_counts(text: str) -> Ranges:
    """Counts written as words with no figure, each as the range it allows: "hundreds"
    (or "in the hundreds") 100 to 999, "a few thousand" 2,000 to 9,999, "tens of
    thousands" 10,000 to 99,999, "dozens" 24 to 99.

    >>> sorted(vague_counts("hundreds of drones and tens of thousands of shells"))
    [(100.0, 999.0), (10000.0, 99999.0)]
    """
    found = set()
    for match in _VAGUE.finditer(text):
        if match.group("times"):  # "tens of thousands": ten times the unit and more
            unit = _SCALE[match.group("big").lower()[:-1]] * (10 if match.group("times").lower() == "tens" else 100)
            found.add((float(unit), float(unit * 10 - 1)))
        elif (word := (match.group("few") or match.group("plural")).lower().rstrip("s")) == "dozen":
            found.add((24.0, 99.0))  # "dozens", "a few dozen": two dozen up to a hundred
        else:  # "hundreds" from one hundred, "a few hundred" from two, below the next power of ten
            unit = _SCALE[word]
            found.add((float(2 * unit if match.group("few") else unit), float(unit * 10 - 1)))
    return frozenset(found)


def agreement(mine: Numbers, my_words: Ranges, theirs: Numbers, their_words: Ranges) -> tuple[str, list[float]]:
    """How the numbers of a candidate (``mine``, ``my_words``) meet a claim's, and the
    candidate's numbers that agree: "same", "near" or "about" (a count in words),
    "clash" (both have some, none agree) or "none" (not both have numbers: a
    restatement may drop a figure)."""
    near = agreeing(mine, theirs)
    if near:
        return ("same" if same_count(mine, theirs) else "near"), sorted(near)
    about = within(my_words, theirs) | within(their_words, mine) | {lo for lo, _ in my_words & their_words}
    if about:
        return "about", sorted(about)
    return ("clash" if (mine or my_words) and (theirs or their_words) else "none"), []


def agreeing(mine: Numbers, theirs: Numbers) -> set[float]:
    """The numbers of ``mine`` within `NEAR` of one of ``theirs`` in the same measure:
    7,000 and 8,000 troops agree, 40 people and 50 km do not."""
    return {m for m, unit in mine for t, other in theirs
            if unit == other and (m == t or (m > 0 and t > 0 and max(m, t) / min(m, t) <= NEAR))}


def same_count(mine: Numbers, theirs: Numbers) -> bool:
    """Whether a number of ``mine`` is one of ``theirs`` in the same measure, or
    inside the range they give ("11,000" in "10,000 to 12,000")."""
    for measure in {unit for _, unit in theirs}:
        values = sorted(t for t, unit in theirs if unit == measure)
        if any(unit == measure and values[0] <= m <= values[-1] for m, unit in mine):
            return True
    return False


def within(ranges: Ranges, numbers: Numbers) -> set[float]:
    """The counts of ``numbers`` inside one of ``ranges``: 400 is "in the hundreds", 1,200 is not."""
    return {n for n, measure in numbers if measure is None and any(lo <= n <= hi for lo, hi in ranges)}
