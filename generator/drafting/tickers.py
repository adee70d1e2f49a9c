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


_STRIP_SEPARATOR = re.compile(r"[ \t][|·•][ \t]")
MIN_STRIP_MOVES = 2
"""Prices with arrows, fewest in one line of items for it to be a ticker strip."""


def is_ticker_row(line: Line) -> bool:
    """Whether a short line, no sentence, holds a price with an arrow and its move; or a
    strip of such prices set apart by bars or dots, each item short however long the strip
    ("USD/EUR 0.92 ▲0.1% | Copper US$9,120/t ▼0.4% | …").

    >>> from .lines import parse_lines
    >>> strip = "USD/EUR 0.92 ▲0.1% | Copper (LME, spot) US$9,120/t ▼0.4% | Gold (London) US$2,310/oz ▲0.3% | Index 1,100 ▲0.2%"
    >>> is_ticker_row(parse_lines(strip)[0])
    True
    >>> is_ticker_row(parse_lines("Copper rose 0.4% | gold fell as traders in London and New York sold ahead of the data")[0])
    False
    """
    if line.ends_sentence:
        return False
    if line.word_count <= MAX_ROW_WORDS:
        return _ARROW_MOVE.search(line.text) is not None
    items = _STRIP_SEPARATOR.split(line.text)
    return len(_ARROW_MOVE.findall(line.text)) >= MIN_STRIP_MOVES and len(items) >= MIN_STRIP_MOVES \
        and all(len(item.split()) <= MAX_ROW_WORDS for item in items)


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
