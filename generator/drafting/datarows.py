"""Figures a page sets out as rows, which are its text and not its furniture.

* A data table: rows of bar-parted cells, as many in each, whose cells after the
  first all hold a figure ("Employed persons | 90,600 | 93,700").  A menu's
  items ("Home | News | Sport") and a forecast's words ("Grindavík | Very high |
  High") hold none; a running order's slugs ("A02 | NK TROOPS KURSK | LINK + PKG")
  hold words.  The statistics are what a statistical release reports.
* A results list: ranked lines ("1. Julián Ríos (COL) Team Medellín 3h 41m 08s",
  "2. … +0:38") that each end in a time, a margin or a score, and the label that
  opens them ("Stage 5 result:").  A "most read" list is ranked too, but its items
  end in a headline's words.

`boilerplate` calls `keep_figures` last, once every other rule has marked its lines.
"""

from __future__ import annotations

import re

from .lines import Line
from .tablerows import MIN_TABLE_CELLS

_CELL_FIGURE = re.compile(r"\d")
MIN_ROWS = 2
"""Rows of a table or of a results list: one line alone may be anything."""


def _cells(line: Line) -> list[str]:
    return line.text.split(" | ")


def _figures_row(line: Line) -> bool:
    """Three cells or more, every one after the first holding a figure."""
    cells = _cells(line)
    return len(cells) >= MIN_TABLE_CELLS and all(_CELL_FIGURE.search(c) for c in cells[1:])


def _data_tables(lines: list[Line]) -> set[int]:
    """Numbers of the lines in runs of `MIN_ROWS` figure rows or more with as many cells."""
    kept: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _figures_row(lines[j]) and len(_cells(lines[j])) == len(_cells(lines[i])):
            j += 1
        if j - i >= MIN_ROWS:
            kept.update(l.number for l in lines[i:j])
        i = max(j, i + 1)
    return kept


_RANKED = re.compile(r"^(\d{1,2})[.)][ \t]+\S")
_RESULT_END = re.compile(r"(?:^|[ \t])(?:[+−-]?\d{1,2}:\d\d(?::\d\d)?|\d{1,2}[hms]|\d{1,4}(?:\.\d{1,3})?[ \t]?(?:pts|points))$")
"""A result at a ranked line's end: a time or a margin ("3h 41m 08s", "+0:38", "1:02:33"),
or a score in points ("12 pts")."""
_RESULTS_LABEL = re.compile(r"^[A-Z][\w'’ -]{0,40}\b(?:results?|standings|classification|placings)\b[\w ]{0,20}:$",
                            re.I)
"""The label over a results list: "Stage 5 result:", "Final standings:"."""


def _results(lines: list[Line]) -> set[int]:
    """Numbers of the lines of ranked results (1., 2., … in order, each ending in a result)
    and of the label right above them."""
    kept: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _ranked_result(lines[j], j - i + 1):
            j += 1
        if j - i >= MIN_ROWS:
            kept.update(l.number for l in lines[i:j])
            if i and _RESULTS_LABEL.match(lines[i - 1].text):
                kept.add(lines[i - 1].number)
        i = max(j, i + 1)
    return kept


def _ranked_result(line: Line, rank: int) -> bool:
    opened = _RANKED.match(line.text)
    return opened is not None and int(opened.group(1)) == rank and _RESULT_END.search(line.text) is not None


def keep_figures(lines: list[Line], kinds: dict) -> None:
    """Take the rows of data tables and of results lists out of ``kinds``: the page's text."""
    for number in _data_tables(lines) | _results(lines):
        kinds.pop(number, None)
