"""A corrections page's entry headings: the text's, not the page's furniture.

    >>> from .lines import parse_lines
    >>> page = parse_lines('3 May 2025 · Sport · "Harbour club wins the cup"\\n'
    ...                    "A story sent on May 2 gave the wrong score. The club won 2-1.\\n"
    ...                    "Clarification · 1 May 2025 · Business\\n"
    ...                    "A story sent on Apr 30 said the bank had raised its rate. It left it unchanged.\\n")
    >>> kinds = {1: ("date", "date line"), 3: ("date", "date line")}
    >>> keep_correction_headings(page, kinds)
    >>> kinds
    {}

A newspaper's or a wire's corrections page lists its corrections as entries: a heading with
the date, the section and the corrected story's headline in quotation marks ("3 May 2025 ·
Sport · "Harbour club wins the cup""), or with the kind of note ("Clarification · 1 May
2025"), then the paragraph that says what was wrong.  Alone, the heading looks like a teaser
or a date line; but it says which story the paragraph corrects, so it is the page's text.
A teaser list's items quote no headline and head no paragraph of their own, so they are left
alone.  At least `MIN_ENTRIES` such headings, each above a paragraph, make the page one.
"""

from __future__ import annotations

import re

from .dates import find_dates
from .lines import Line

_SEPARATOR = re.compile(r"[ \t][·|•][ \t]")
_QUOTED = re.compile(r"[\"“][^\"“”]{3,}[\"”]$")
NOTE_KINDS = frozenset("correction corrections clarification clarifications erratum update retraction".split())
"""Kinds of note a corrections page heads an entry with."""
MIN_ENTRIES = 2
MAX_HEADING_WORDS = 30


def _heading(line: Line) -> bool:
    """Whether the line is an entry's heading: items apart by dots or bars, one a date, one a
    quoted headline or a kind of note."""
    if line.word_count > MAX_HEADING_WORDS:
        return False
    items = [item.strip() for item in _SEPARATOR.split(line.text)]
    if len(items) < 2 or not find_dates(line.text):
        return False
    return any(_QUOTED.match(item) or item.lower().rstrip(":") in NOTE_KINDS for item in items)


def keep_correction_headings(lines: list[Line], kinds: dict) -> None:
    """Take the headings of a corrections page's entries out of ``kinds``."""
    headings = [line for line, below in zip(lines, lines[1:])
                if _heading(line) and below.is_prose and below.number not in kinds]
    if len(headings) < MIN_ENTRIES:
        return
    for line in headings:
        kinds.pop(line.number, None)
