"""A document's table of contents and its first numbered heading.

A study guide, a report or a long notice lists its sections in a row ("1. Introduction
2. Background 3. Positions of key actors"): the page's navigation, not its headline,
though it is the longest headline-like line above the text (`mark_contents`).  Below it
the first section's heading ("1. Introduction") stands right above the first paragraph,
where the heading rule of `sections` does not look; when the text's next section heading
("2. Background") was kept as text, so is the first (`keep_first_numbered_heading`).
"""

from __future__ import annotations

import re

from .lines import Line

_ITEM = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)][ \t]+(?=[A-Z])")
"""A numbered item's number ("2. Background"), at the line's start or after a space."""

MIN_CONTENTS_ITEMS = 3
"""Fewest numbered items in a row that make a table of contents: "1. Ask 2. Wait" may be
two steps of a sentence's list."""


def contents_row(line: Line) -> bool:
    """Whether ``line`` is a table of contents in one row: numbered items 1, 2, 3 … in order,
    the first at the line's start, with no sentence among them."""
    if line.is_prose:
        return False
    numbers = [int(m.group(1)) for m in _ITEM.finditer(line.text)]
    return len(numbers) >= MIN_CONTENTS_ITEMS and numbers == list(range(1, len(numbers) + 1)) \
        and _ITEM.match(line.text) is not None


def mark_contents(lines: list[Line], kinds: dict) -> None:
    """Mark the rows that are a table of contents (`contents_row`) as navigation."""
    for line in lines:
        if line.number not in kinds and contents_row(line):
            kinds[line.number] = ("navigation", "a table of contents in one row")


_HEADING = re.compile(r"(\d{1,2})[.)][ \t]+[A-Z][^.!?]*$")
MAX_HEADING_WORDS = 8


def _numbered_heading(line: Line) -> int | None:
    """The section number of a short numbered heading ("1. Introduction"), or None."""
    match = _HEADING.match(line.text)
    if match is None or line.is_prose or line.word_count > MAX_HEADING_WORDS:
        return None
    return int(match.group(1))


def keep_first_numbered_heading(lines: list[Line], kinds: dict) -> None:
    """Take out of ``kinds`` the heading "1. …" right above the first paragraph when the
    heading "2. …" further down was kept as the text's."""
    first = next((i for i, l in enumerate(lines) if l.is_prose and l.number not in kinds), None)
    if first is None or first == 0:
        return
    above = lines[first - 1]
    if above.number not in kinds or kinds[above.number][0] != "short" or _numbered_heading(above) != 1:
        return
    for line in lines[first + 1:]:
        if line.number not in kinds and _numbered_heading(line) == 2:
            del kinds[above.number]
            return
