"""Quotation marks in a sentence: where the quotations are, and quotes
trimmed of marks left unmatched.

    >>> text = "“We will not back down,” the minister said."
    >>> [text[a:b] for a, b in quotations(text)]
    ['We will not back down,']

Both are scans that read each character a bounded number of times: a long
sentence with many marks left open costs linear time (a regular
expression with "[^”]+" retried every unclosed mark to the end of the
text, and trimming one mark at a time recounted the marks each time).
"""

from __future__ import annotations

import bisect
import re

END = " \t,.;:"
"""Characters trimmed from both ends of a quote."""

_OPENING = re.compile("[“\"‘']")
_DOUBLE_CLOSE = {"“": "”", '"': '"'}
_SINGLE_END = re.compile(r"['’](?!\w)")
"""A single mark that cannot be an apostrophe inside a quotation."""
_SINGLE_CLOSE_NEXT = frozenset(",.;:!?)")


def quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` in order, each as the span of its words
    (inside the marks): “…” and "…" up to the next closing mark, and ‘…’ or
    '…' opened at the start or after a space, bracket or dash, and closed by
    the first single mark not followed by a letter, when that mark is
    followed by a space, punctuation or the end ("the 'go-to' option"); a
    double mark no later mark closes, in a text ending a sentence, runs to the
    end (`_runs_on`).  Each kind of closing mark is looked for once from each place.
    """
    found: list[tuple[int, int]] = []
    closing: dict[str, int] = {}  # closing mark → its next position, as last looked for (-1: none)
    position = 0
    runs_on = text.rstrip()[-1:] in _RUN_ON_END  # once, not at every mark: it copies the text
    while (opening := _OPENING.search(text, position)) is not None:
        start = opening.start()
        span = _quotation_at(text, start, closing)
        if span is None and runs_on and _runs_on(text, start, closing):
            found.append((start + 1, len(text.rstrip())))  # a quotation going on past the text's end
            break
        if span is None:
            position = start + 1
        else:
            found.append(span)
            position = span[1] + 1
    return found


def _quotation_at(text: str, start: int, closing: dict[str, int]) -> tuple[int, int] | None:
    mark = text[start]
    if mark in _DOUBLE_CLOSE:
        end = _next(text, _DOUBLE_CLOSE[mark], start + 1, closing)
    elif start == 0 or text[start - 1].isspace() or text[start - 1] in "(—–-":
        end = _next(text, "single", start + 1, closing)
        if end != -1 and end + 1 < len(text) and not (text[end + 1].isspace() or text[end + 1] in _SINGLE_CLOSE_NEXT):
            end = -1
    else:
        end = -1
    return (start + 1, end) if end > start + 1 else None


def _runs_on(text: str, start: int, closing: dict[str, int]) -> bool:
    """Whether the double mark at ``start`` opens a quotation that no later mark
    closes and that runs to the text's end, a sentence's end: the convention of
    English print for a quotation of several paragraphs (each paragraph opens
    with a mark, only the last closes) and of a quotation of several sentences
    read one sentence at a time.  It opens at the start or after a space, a
    bracket or a dash, before a word (``B," he said`` closes an earlier one); a
    text that stops short of a sentence's end ("“Lies … he said") holds no such
    quotation."""
    mark = text[start]
    if mark not in _DOUBLE_CLOSE:  # the text's end is checked by `quotations`
        return False
    opens = (start == 0 or text[start - 1].isspace() or text[start - 1] in "([—–") \
        and start + 1 < len(text) and text[start + 1].isalnum()
    return opens and _next(text, _DOUBLE_CLOSE[mark], start + 1, closing) == -1


_RUN_ON_END = ".!?…"


def _next(text: str, mark: str, start: int, closing: dict[str, int]) -> int:
    """The next closing ``mark`` at or after ``start`` (``"single"``: a single
    mark not followed by a letter), remembered: positions only grow."""
    known = closing.get(mark)
    if known is None or (known != -1 and known < start):
        if mark == "single":
            found = _SINGLE_END.search(text, start)
            known = found.start() if found else -1
        else:
            known = text.find(mark, start)
        closing[mark] = known
    return known


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` is strictly inside one of the sorted, disjoint ``spans``."""
    index = bisect.bisect_left(spans, (position,)) - 1
    return index >= 0 and spans[index][1] > position


_DOUBLE = "\"“”"
_SINGLE_CLOSE = re.compile(r"['’](?=[\s,.;:!?)])")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without end punctuation and unmatched quotation marks.

    One mark at a time, but each step costs the same: the double marks are
    counted once, and the single closing marks found once.
    """
    marks = sum(text.count(c, start, end) for c in _DOUBLE)
    closers = [m.start() for m in _SINGLE_CLOSE.finditer(text, start, end)]
    while True:
        while start < end and text[start] in END:
            start += 1
        while end > start and text[end - 1] in END:
            end -= 1
        if start == end:
            return start, end
        if marks % 2 and text[start] in "\"“‘'":
            marks -= text[start] in _DOUBLE  # an opening mark closed in a later sentence
            start += 1
        elif marks % 2 and text[end - 1] in "\"”’'":
            marks -= text[end - 1] in _DOUBLE
            end -= 1
        elif text[start] in "‘'" and not _closes(text, closers, start + 1, end):
            start += 1  # a single-quoted quotation closed later
        else:
            return start, end


def _closes(text: str, closers: list[int], start: int, end: int) -> bool:
    """Whether a single closing mark ends a quotation in ``text[start:end]``:
    one before a space or punctuation (`closers`), or the last character."""
    index = bisect.bisect_left(closers, start)
    return (index < len(closers) and closers[index] <= end - 2) or (end - 1 >= start and text[end - 1] in "'’")
