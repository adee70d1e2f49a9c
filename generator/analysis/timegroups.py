"""Time groups: a verdict compares only values of one time.

A value's **date** is the day it describes: its ``as_of`` when the author
gave one, else the publication date of its brief's source, else unknown.

    >>> from datetime import date
    >>> [span_label(*span) for span in time_spans([date(2024, 12, 12), date(2024, 10, 30), date(2024, 10, 28), None])]
    ['28–30 October 2024', '12 December 2024', 'date unknown']

**The window.**  Values dated at most `WINDOW` (7 days) apart are compared as
one moment; values further apart are not.  A week is one news cycle: a
publication date places a figure only to within the cycle that carried it,
since reports restate the week's figure for days ("the Pentagon said earlier
this week …", a weekly round-up, a wire story reprinted), so two figures
dated within a week of each other may well be one estimate restated, and
their disagreement is a disagreement.  Two figures more than a week apart
may each be right for its day: an estimate revised from 10,000 to 12,000 in
six weeks is a change over time, not sources that differ.  The window is
fixed by that reasoning, not fitted to any corpus.

**Grouping.**  The dated values, newest first: a group opens at the newest
date not yet grouped and takes every value dated up to `WINDOW` before it.
So no two values of one group are more than a week apart, and the latest
group is the latest figure with the week before it — what the claim's
verdict is about; earlier groups are shown as a series, each with its own
verdict.  Values of unknown date are one group of their own, compared only
with one another (when no value has a date, they are all one group).
Sorting costs n log n; nothing else grows faster than n.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Callable, Iterable, Sequence, TypeVar

WINDOW_DAYS = 7
WINDOW = dt.timedelta(days=WINDOW_DAYS)
"""The most two values of one time group may be apart (see the module docstring)."""

UNKNOWN = "date unknown"
"""The label of the group of values whose date is not known."""

T = TypeVar("T")
Span = tuple[dt.date | None, dt.date | None]


def value_date(as_of: dt.date | None, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The date a value describes, and where it comes from: ``as_of`` or ``published``.

    >>> value_date(None, dt.date(2024, 10, 31))
    (datetime.date(2024, 10, 31), 'published')
    """
    if as_of is not None:
        return as_of, "as_of"
    if published is not None:
        return published, "published"
    return None, None


def time_spans(dates: Iterable[dt.date | None]) -> list[Span]:
    """The (first, last) date of each time group of ``dates``, earliest first;
    ``(None, None)`` last when a date is unknown."""
    dates = list(dates)
    known = sorted({d for d in dates if d is not None}, reverse=True)
    spans: list[Span] = []
    for date in known:
        if spans and spans[-1][1] - date <= WINDOW:
            spans[-1] = (date, spans[-1][1])
        else:
            spans.append((date, date))
    spans.reverse()
    if any(d is None for d in dates):
        spans.append((None, None))
    return spans


def group_by_time(items: Sequence[T], date_of: Callable[[T], dt.date | None]) -> list[tuple[Span, list[T]]]:
    """``items`` in their time groups, earliest first (unknown dates last),
    each keeping the items' order."""
    spans = time_spans([date_of(item) for item in items])
    groups: list[tuple[Span, list[T]]] = [(span, []) for span in spans]
    starts = [first for first, _ in spans if first is not None]
    for item in items:
        date = date_of(item)
        # Spans never overlap: a date belongs to the last span starting at or before it.
        at = bisect.bisect_right(starts, date) - 1 if date is not None else len(spans) - 1
        groups[at][1].append(item)
    return groups


def span_label(first: dt.date | None, last: dt.date | None) -> str:
    """``28 October 2024``, ``28–31 October 2024``, ``28 October – 3 November 2024``,
    ``28 December 2024 – 3 January 2025``; `UNKNOWN` without dates."""
    if first is None or last is None:
        return UNKNOWN
    if first == last:
        return f"{last.day} {last:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"
