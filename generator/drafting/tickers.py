"""A market box's rows: a price with an arrow of its move ("ICE cotton (March): 66.8 US c/lb
▼ 0.4", "Brent 74.10 ▲ 1.2%") and the label in capitals above them ("PRICES THIS WEEK").
A reporter writes a move in words ("up 0.4 cents"); an arrow before a figure is the page's
widget, refreshed beside every story, so the rows and their label are furniture."""

from __future__ import annotations

import re

from .lines import Line

_ARROW_MOVE = re.compile(r"\d[^▲▼△▽↑↓]{0,40}[▲▼△▽↑↓][ \t]*[+-]?\d")
"""A figure, then within a few characters an arrow and the move's figure (bounded run)."""
MAX_ROW_WORDS = 14
MAX_LABEL_WORDS = 5
KIND = ("box", "a market box's price row")


def is_ticker_row(line: Line) -> bool:
    """Whether a short line, no sentence, holds a price with an arrow and its move."""
    return line.word_count <= MAX_ROW_WORDS and not line.ends_sentence \
        and _ARROW_MOVE.search(line.text) is not None


def mark_tickers(lines: list[Line], kinds: dict) -> None:
    """Mark every ticker row, and a short label in capitals right above a run of them."""
    for i, line in enumerate(lines):
        if not is_ticker_row(line):
            continue
        kinds[line.number] = KIND
        above = lines[i - 1] if i else None
        if above is not None and not is_ticker_row(above) and _box_label(above):
            kinds[above.number] = ("box", "a market box's label")


def _box_label(line: Line) -> bool:
    """A short line in capitals with no sentence's end: "PRICES THIS WEEK", "MARKETS"."""
    letters = [c for c in line.text if c.isalpha()]
    return 0 < line.word_count <= MAX_LABEL_WORDS and bool(letters) and all(c.isupper() for c in letters) \
        and not line.ends_sentence
