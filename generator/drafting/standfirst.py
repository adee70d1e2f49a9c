"""A standfirst that only repeats the first paragraph: a copy, so clutter.

Broadcasters' and agencies' pages put the lead under the headline twice:
once as the standfirst ("Ukraine says its forces have fought North Korean
units for the first time, in the Kursk region of Russia.") and again, a
few words longer, as the first paragraph.  A standfirst that adds to the
story ("Commuters say the rise will push them back to minibuses") shares a
few of its words with the lead; a copy shares nearly all.
"""

from __future__ import annotations

from .lexicon import FUNCTION_WORDS
from .lines import Line

MIN_SHARED = 0.75
"""Least share of the standfirst's word stems that the first paragraph must have: the copies of
the tuned pages share 0.80 and more, standfirsts that add to the lead 0.62 at most."""

MIN_WORDS = 6
"""Fewest content words of a standfirst this compares: a short one shares by chance."""

LOOK_AHEAD = 8
"""Lines after the standfirst searched for the first paragraph (byline, date and share rows
come between them)."""

STEM = 5
"""Letters a word is cut to before comparing: "soldiers" and "soldier", "forces" and "force"
compare alike, as a rewritten lead changes endings more than words."""


def _stems(line: Line) -> set[str]:
    return {w.lower()[:STEM] for w in line.words if len(w) > 2 and w.lower() not in FUNCTION_WORDS}


def repeats_the_lead(standfirst: Line, lead: Line) -> bool:
    """Whether most of the standfirst's words are in the lead."""
    words = _stems(standfirst)
    return len(words) >= MIN_WORDS and len(words & _stems(lead)) >= MIN_SHARED * len(words)


def mark_repeated_standfirst(lines: list[Line], kinds: dict, title: Line | None) -> None:
    """Mark the line under the title when it is prose that the next paragraph repeats."""
    if title is None:
        return
    index = lines.index(title) + 1
    if index >= len(lines):
        return
    standfirst = lines[index]
    if standfirst.number in kinds or not standfirst.is_prose:
        return
    lead = next((l for l in lines[index + 1:index + 1 + LOOK_AHEAD] if l.is_prose and l.number not in kinds), None)
    if lead is not None and repeats_the_lead(standfirst, lead):
        kinds[standfirst.number] = ("repeat", f"a standfirst the first paragraph repeats (line {lead.number})")
