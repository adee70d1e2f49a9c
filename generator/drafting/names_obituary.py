"""A death notice's heading: the surname in capitals, a comma, then the given names.

    >>> heads("CAMPBELL, Margaret Anne. Passed away peacefully.\\n")
    [(10, 23, 'Margaret Anne Campbell')]
    >>> heads("NAIROBI, Kenya (AP) - Rain fell.\\n")
    []
    >>> heads("BECHET, Tuesday. The river fell.\\n")
    []
    >>> heads("FUVEME, Ketu South\\nWaves hit the village.\\n")
    []

Death notices and obituaries open with the family name in capitals and the given names after
a comma ("CAMPBELL, Margaret Anne.", "O'SULLIVAN, Mary (née Murphy), Ballincollig",
"HENDERSON, Robert James \\"Bob\\""): the person is "Margaret Anne Campbell", though the run of
capitalised words holds the given names alone.  A news agency's dateline has the same shape
("NAIROBI, Kenya (AP)"), so a place on either side of the comma rules the heading out; so
does a word of a place's or a body's name after the comma ("FUVEME, Ketu South", "BUSIA,
Western Region": a local paper's dateline names the town, then its district, and given names
hold no "South" or "Region").
"""

from __future__ import annotations

import re
from typing import Callable, TypeVar

from .lexicon import ORGANISATION_WORDS, WEEKDAYS
from .places import place_words

T = TypeVar("T")

_HEAD = re.compile(r"^[ \t]{0,8}([A-ZÀ-Þ][A-ZÀ-Þ'’-]{1,30}(?:[ \t][A-ZÀ-Þ][A-ZÀ-Þ'’-]{1,30}){0,2}),[ \t]{1,4}"
                   r"([A-ZÀ-Þ][a-zß-ÿ'’-]{1,30}(?:[ \t]{1,4}[A-ZÀ-Þ][a-zß-ÿ'’-]{1,30}){0,3})"
                   r"(?=[ \t]*(?:[.,(\"“]|$))", re.M)
MAX_HEADS = 200
"""Headings read in a page: far more than a page of notices holds."""
CUE = "death notice: surname in capitals, then given names"


def heads(text: str) -> list[tuple[int, int, str]]:
    """(start, end, full name) of the given names of each death notice's heading."""
    places = place_words()
    found: list[tuple[int, int, str]] = []
    for count, match in enumerate(_HEAD.finditer(text)):
        if count >= MAX_HEADS:
            break
        surname = match.group(1).title()
        given = match.group(2)
        if surname in places or given in places or given.split()[0] in places:
            continue  # "NAIROBI, Kenya (AP)": an agency's dateline
        if any(word.lower() in ORGANISATION_WORDS for word in given.split()):
            continue  # "FUVEME, Ketu South": a town, then its district
        if given.split()[0].lower() in WEEKDAYS:
            continue  # "BECHET, Tuesday.": a dateline's day, whatever the town (a month is
            # followed by its date, which the pattern refuses; "May" and "June" are given names)
        found.append((match.start(2), match.end(2), f"{given} {surname}"))
    return found


def with_obituary_heads(text: str, found: list[T], make: Callable[..., T]) -> list[T]:
    """``found`` with the names of death notices' headings put in place of their given names
    alone; ``make`` builds a span from (start, end, name, role, country, cue)."""
    notices = heads(text) if "," in text else []
    if not notices:
        return found
    kept = [s for s in found if not any(a <= s.start < b for a, b, _ in notices)]  # type: ignore[attr-defined]
    return kept + [make(a, b, name, "", None, CUE) for a, b, name in notices]
