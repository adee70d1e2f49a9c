"""An inline SVG chart of the values sources give for one claim.

One row per statement, on a shared numeric axis: a dot for an exact number,
a bar for an interval ("about", ranges, "up to"), a small mark at the stated
number inside a qualified bar, and an arrowhead where the interval is
unbounded ("at least", "more than").  Above each bar, the label (who said
it) on the left, the value as written on the right.  The chart is drawn
for a phone: 320 units wide with 14-unit text, so that on a 320 px screen
(about 288 px of column) every label is still 12 px or more.  The axis names its unit
(`axis_unit`).  Rows of different times (`timegroups`) come in time order,
each group under a heading with its dates: a series over time, never one
comparison.

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
from .units import unit_key

WIDTH = 320
FONT_SIZE = 14
CHAR_WIDTH = 0.6 * FONT_SIZE
"""A generous estimate of one character's width, to keep texts from running into each other."""
LABEL_LEFT = 2
PLOT_LEFT, PLOT_RIGHT = 8, WIDTH - 16
VALUE_RIGHT = WIDTH - 2
ROW_HEIGHT = 46
"""A line of text (label and value), then the bar under it."""
TOP = 4
AXIS_HEIGHT = 58
"""The axis line, its tick labels and the unit under them."""
HEADING_HEIGHT = 24
"""A time group's heading, above its rows."""
UNIT_CHARS = 36
"""A longer unit label is cut with "…" (the description has it whole)."""
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
    when: str = ""
    """The dates of its time group ("28–31 October 2024"); "" when every row is of one time."""


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
    body, y = [], TOP
    for i, row in enumerate(rows):
        if row.when and (i == 0 or row.when != rows[i - 1].when):
            body.append(_heading(row.when, y, first=i == 0))
            y += HEADING_HEIGHT
        body.append(_row(row, axis, y + ROW_HEIGHT / 2))
        y += ROW_HEIGHT
    height = y + AXIS_HEIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="claim-chart" role="img" '
        f'aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" font-family="sans-serif" '
        f'font-size="{FONT_SIZE}">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
        f'<desc id="{escape(chart_id)}-desc">{escape(describe(rows, axis))}</desc>',
        *body,
        _axis(axis, y + 4, axis_unit(rows)),
        "</svg>",
    ]
    return "\n".join(parts)


def axis_unit(rows: Sequence[ChartRow]) -> str:
    """What the axis counts, from the rows' units (`units`): the one unit
    written ("troops"); several of one kind under its name ("people: troops,
    North Koreans"); units of different kinds listed ("containers, artillery
    shells" — the verdict then says they count different things); without
    any, "number (no unit given)".

    >>> from .quantities import parse_value
    >>> axis_unit([ChartRow("A", parse_value("8,000 troops")), ChartRow("B", parse_value("9,000 North Koreans"))])
    'people: troops, North Koreans'
    """
    written = list(dict.fromkeys(r.quantity.unit for r in rows if r.quantity.unit))
    if not written:
        return NO_UNIT
    keys = list(dict.fromkeys(unit_key(u) for u in written))
    if len(written) == 1 or len(keys) > 1:
        return ", ".join(written)
    return f"{keys[0]}: {', '.join(written)}"


NO_UNIT = "number (no unit given)"


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
    """The chart in words, for screen readers: the scale, its unit, then
    every value (under its dates, when the rows are of several times)."""
    n = len(rows)
    head = (f"{n} value{'s' if n != 1 else ''} on a scale from "
            f"{format_number(axis.ticks[0])} to {format_number(axis.ticks[-1])}; unit: {axis_unit(rows)}.")
    said = []
    for i, r in enumerate(rows):
        if r.when and (i == 0 or r.when != rows[i - 1].when):
            said.append(f"{r.when}:")
        said.append(f"{r.label}: {r.quantity.phrase} ({span(r.quantity)}).")
    return " ".join([head, *said])


def span(quantity: Quantity) -> str:
    """The interval in words: "9,000 to 11,000", "12,000 or more", "exactly 8,000"."""
    low, high = quantity.interval
    if high == math.inf:
        return f"{format_number(low)} or more"
    if low == high:
        return f"exactly {format_number(low)}"
    return f"{format_number(low)} to {format_number(high)}"


def _row(row: ChartRow, axis: Axis, y: float) -> str:
    """The row centred on ``y``: its texts on a line above, its marks below."""
    quantity = row.quantity
    room = (VALUE_RIGHT - LABEL_LEFT - len(quantity.phrase) * CHAR_WIDTH) / CHAR_WIDTH - 2
    label = shorten(row.label, max(6, min(LABEL_CHARS, int(room))))
    marks = [
        f"<title>{escape(row.label)}: {escape(quantity.phrase)} ({escape(span(quantity))})</title>",
        f'<text class="label" x="{LABEL_LEFT}" y="{y - 8:.1f}" fill="currentColor">{escape(label)}</text>',
        *_marks(quantity, axis, y + 8),
        f'<text class="value" x="{VALUE_RIGHT}" y="{y - 8:.1f}" text-anchor="end" fill="currentColor">'
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


def _heading(when: str, y: float, first: bool) -> str:
    """A time group's dates, above its rows; a rule parts it from the group before."""
    rule = "" if first else f'<line x1="{LABEL_LEFT}" y1="{y + 2:.1f}" x2="{VALUE_RIGHT}" y2="{y + 2:.1f}" stroke="#bbb"/>'
    return (f'<g class="when">{rule}<text x="{LABEL_LEFT}" y="{y + 18:.1f}" font-weight="bold" fill="currentColor">'
            f"{escape(when)}</text></g>")


def _axis(axis: Axis, y: float, unit: str) -> str:
    parts = [f'<line x1="{PLOT_LEFT}" y1="{y:.1f}" x2="{PLOT_RIGHT}" y2="{y:.1f}" stroke="#555"/>']
    labels = _tick_labels(axis)
    for i, tick in enumerate(axis.ticks):
        x = axis.x(tick)
        parts.append(f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{y + 4:.1f}" stroke="#555"/>')
        if i in labels:
            parts.append(f'<text class="tick" x="{x:.1f}" y="{y + 20:.1f}" text-anchor="{labels[i][0]}" '
                         f'fill="currentColor">{escape(labels[i][1])}</text>')
    parts.append(f'<text class="unit" x="{(PLOT_LEFT + PLOT_RIGHT) / 2:.1f}" y="{y + 42:.1f}" text-anchor="middle" '
                 f'fill="currentColor">{escape(shorten(unit, UNIT_CHARS))}</text>')
    return '<g class="axis">' + "".join(parts) + "</g>"


def _tick_labels(axis: Axis) -> dict[int, tuple[str, str]]:
    """The ticks to label, ``{index: (text-anchor, text)}``: every tick, or every second,
    third… when labels would run into each other on a phone-wide axis.  The end labels
    align inwards, so that they stay inside the chart."""
    texts = [format_number(t) for t in axis.ticks]
    last = len(texts) - 1

    def placed(i: int) -> tuple[str, float, float]:
        width, x = len(texts[i]) * CHAR_WIDTH, axis.x(axis.ticks[i])
        if i == 0:
            return "start", x, x + width
        if i == last:
            return "end", x - width, x
        return "middle", x - width / 2, x + width / 2

    for stride in range(1, len(texts) + 1):
        chosen = list(range(0, len(texts), stride))
        spans = [placed(i) for i in chosen]
        if all(right + CHAR_WIDTH <= left for (_, _, right), (_, left, _) in zip(spans, spans[1:])):
            return {i: (anchor, texts[i]) for i, (anchor, _, _) in zip(chosen, spans)}
    return {0: ("start", texts[0])}
