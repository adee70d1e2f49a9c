"""An inline SVG chart of the values sources give for one claim.

One row per statement, on a shared numeric axis: a dot for an exact number,
a bar for an interval ("about", ranges, "up to"), a small mark at the stated
number inside a qualified bar, and an arrowhead where the interval is
unbounded ("at least", "more than").  The label (who said it) is on the
left, the value as written on the right.

The output is plain SVG: no script, no external resource, presentation
attributes instead of a stylesheet.  It has ``role="img"``, a ``<title>``
and a ``<desc>`` that spells every value out; each row has its own
``<title>`` (a tooltip).  Every text is XML-escaped here, so the result can
be marked safe in a template.  Same rows in, same bytes out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from markupsafe import escape

from ..problems import shorten
from .numerals import Number, format_number
from .qualifiers import Quantity

WIDTH = 640
LABEL_RIGHT = 170
PLOT_LEFT, PLOT_RIGHT = 182, 510
VALUE_RIGHT = WIDTH - 4
ROW_HEIGHT = 28
TOP = 8
AXIS_HEIGHT = 32
ARROW = 9
LABEL_CHARS = 26
"""Longer labels are cut with "…" (the row's title has them whole)."""
TICKS = 5
"""Roughly how many axis ticks to aim for."""
MIN_STEP = 1e-9
"""The finest tick step: ticks are rounded to nine decimals (`_tidy`), and
a finer step (values such as 5e-324) would underflow to zero."""


@dataclass(frozen=True)
class ChartRow:
    """One statement of a value: who made it, and the quantity."""

    label: str
    """Who said it, short ("Lloyd Austin")."""
    quantity: Quantity


@dataclass(frozen=True)
class Axis:
    """The numeric range shown, and its tick values."""

    low: float
    high: float
    ticks: tuple[Number, ...]

    def x(self, value: float) -> float:
        if value == math.inf:
            return PLOT_RIGHT
        return PLOT_LEFT + (value - self.low) / (self.high - self.low) * (PLOT_RIGHT - PLOT_LEFT)


def render_chart_svg(rows: Sequence[ChartRow], title: str = "Values reported by each source",
                     chart_id: str = "claim-chart") -> str:
    """The chart as an SVG string; ``""`` when there are no rows."""
    if not rows:
        return ""
    axis = make_axis(rows)
    height = TOP + ROW_HEIGHT * len(rows) + AXIS_HEIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="claim-chart" role="img" '
        f'aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" font-family="sans-serif" font-size="12">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
        f'<desc id="{escape(chart_id)}-desc">{escape(describe(rows, axis))}</desc>',
        *(_row(row, axis, TOP + ROW_HEIGHT * i + ROW_HEIGHT / 2) for i, row in enumerate(rows)),
        _axis(axis, TOP + ROW_HEIGHT * len(rows) + 4),
        "</svg>",
    ]
    return "\n".join(parts)


def make_axis(rows: Sequence[ChartRow]) -> Axis:
    """An axis with round ticks covering every finite end and stated number."""
    values = [v for r in rows for v in (*r.quantity.interval, *r.quantity.numbers) if math.isfinite(v)]
    low, high = min(values), max(values)
    if any(r.quantity.interval.high == math.inf for r in rows):
        high += (high - low or abs(high) or 1) * 0.25  # room for the arrows
    step = nice_step(max((high - low) / TICKS if high > low else abs(high) / TICKS or 1, MIN_STEP))
    start, end = math.floor(low / step) * step, math.ceil(high / step) * step
    if start == end:
        start, end = start - step, end + step
    count = round((end - start) / step)
    return Axis(start, end, tuple(_tidy(start + i * step) for i in range(count + 1)))


def nice_step(raw: float) -> float:
    """The 1, 2 or 5 × 10^k at or above `raw` (at least `MIN_STEP`): 1,800 → 2,000."""
    power = 10 ** math.floor(math.log10(max(raw, MIN_STEP)))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _tidy(value: float) -> Number:
    rounded = round(value, 9)
    return int(rounded) if rounded == int(rounded) else rounded


def describe(rows: Sequence[ChartRow], axis: Axis) -> str:
    """The chart in words, for screen readers."""
    n = len(rows)
    head = (f"{n} value{'s' if n != 1 else ''} on a scale from "
            f"{format_number(axis.ticks[0])} to {format_number(axis.ticks[-1])}.")
    return " ".join([head, *(f"{r.label}: {r.quantity.phrase} ({span(r.quantity)})." for r in rows)])


def span(quantity: Quantity) -> str:
    """The interval in words: "9,000 to 11,000", "12,000 or more", "exactly 8,000"."""
    low, high = quantity.interval
    if high == math.inf:
        return f"{format_number(low)} or more"
    if low == high:
        return f"exactly {format_number(low)}"
    return f"{format_number(low)} to {format_number(high)}"


def _row(row: ChartRow, axis: Axis, y: float) -> str:
    quantity = row.quantity
    marks = [
        f"<title>{escape(row.label)}: {escape(quantity.phrase)} ({escape(span(quantity))})</title>",
        f'<text class="label" x="{LABEL_RIGHT}" y="{y + 4:.1f}" text-anchor="end" fill="currentColor">'
        f"{escape(shorten(row.label, LABEL_CHARS))}</text>",
        *_marks(quantity, axis, y),
        f'<text class="value" x="{VALUE_RIGHT}" y="{y + 4:.1f}" text-anchor="end" fill="currentColor">'
        f"{escape(quantity.phrase)}</text>",
    ]
    return '<g class="row">' + "".join(marks) + "</g>"


def _marks(quantity: Quantity, axis: Axis, y: float) -> list[str]:
    low, high = quantity.interval
    if low == high:
        return [f'<circle class="point" cx="{axis.x(low):.1f}" cy="{y:.1f}" r="5" fill="#1f4e79"/>']
    left, right = axis.x(low), axis.x(high)
    marks = [f'<rect class="interval" x="{left:.1f}" y="{y - 5:.1f}" width="{right - left:.1f}" height="10" '
             f'fill="#9dc3e6" stroke="#1f4e79"/>']
    if high == math.inf:
        marks.append(f'<path class="open-end" d="M{right:.1f} {y - 8:.1f}L{right + ARROW:.1f} {y:.1f}'
                     f'L{right:.1f} {y + 8:.1f}Z" fill="#1f4e79"/>')
    if quantity.amount is not None:
        marks.append(f'<circle class="stated" cx="{axis.x(quantity.amount):.1f}" cy="{y:.1f}" r="3" fill="#1f4e79"/>')
    return marks


def _axis(axis: Axis, y: float) -> str:
    parts = [f'<line x1="{PLOT_LEFT}" y1="{y:.1f}" x2="{PLOT_RIGHT}" y2="{y:.1f}" stroke="#555"/>']
    for tick in axis.ticks:
        x = axis.x(tick)
        parts.append(f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{y + 4:.1f}" stroke="#555"/>')
        parts.append(f'<text class="tick" x="{x:.1f}" y="{y + 16:.1f}" text-anchor="middle" font-size="11" '
                     f'fill="currentColor">{escape(format_number(tick))}</text>')
    return '<g class="axis">' + "".join(parts) + "</g>"
