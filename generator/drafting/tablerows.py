"""Rows of a table copied as text: cells parted by bars ("Vogar, Reykjanesbær | High risk |
Moderate"), several rows in a row with as many cells each.

A page's menu is one row, or rows of different lengths; a table inside the text (a gas
forecast, a fixture list) repeats its shape.  Such a box sits in the article, so the
paragraphs below it are still the article's, not a footer's.
"""

from __future__ import annotations

from .lines import Line

MIN_TABLE_CELLS = 3
"""Cells of a row: a pair "A | B" may be a byline's "Name | Outlet"."""


def _cells(line: Line) -> int:
    """How many bar-parted cells the line has (one when it has no bar)."""
    return line.text.count(" | ") + 1


def holds_a_table(run: list[Line]) -> bool:
    """Whether two lines next to each other in ``run`` have the same number of bar-parted
    cells, three or more: the rows of a table."""
    return any(_cells(a) == _cells(b) >= MIN_TABLE_CELLS for a, b in zip(run, run[1:]))
