"""One line saying whether the sources' numbers for a claim agree.

    >>> from .quantities import parse_value
    >>> verdict([("US", parse_value("about 10,000")), ("Ukraine", parse_value("upwards of 12,000"))])
    'sources differ: 10,000 (US) – 12,000 (Ukraine)'

* no entries: None (the claim has no numbers);
* one entry: ``one source gives a number``; entries all from one source
  (``sources=1``): ``one source gives every number`` — a verdict is about
  sources, and one article's several figures for a claim are usually
  different facets of it (not "only one source": the claim may have other
  sources that state no number);
* units that count different things (`units.comparable`: "containers"
  and "artillery shells"): ``values count different things: containers,
  artillery shells`` — no agreement can be judged;
* every interval overlaps every other (for intervals, that is one common
  point): ``sources agree``;
* otherwise ``sources differ: LOW (who) – HIGH (who)``: the lowest stated
  number (the lower end of a range) and the highest (the upper end), each
  with who said it.  Several speakers of the same extreme are listed, the
  first two by name, then "and N more".
"""

from __future__ import annotations

from typing import Sequence

from .numerals import format_number
from .qualifiers import Quantity
from .units import comparable

AGREE = "sources agree"
ONE_SOURCE = "one source gives a number"
ONE_SOURCE_SEVERAL = "one source gives every number"
DIFFER = "sources differ"
UNLIKE = "values count different things"


def verdict(entries: Sequence[tuple[str, Quantity]], sources: int | None = None) -> str | None:
    """The verdict for (label, quantity) pairs, one per statement.

    `sources` is how many distinct sources made the statements (default:
    one each).
    """
    if not entries:
        return None
    if len(entries) == 1:
        return ONE_SOURCE
    if sources == 1:
        return ONE_SOURCE_SEVERAL
    units = [q.unit for _, q in entries]
    if not comparable(units):
        return f"{UNLIKE}: {', '.join(dict.fromkeys(u for u in units if u))}"
    if agree([quantity for _, quantity in entries]):
        return AGREE
    low = min(q.numbers[0] for _, q in entries)
    high = max(q.numbers[-1] for _, q in entries)
    low_by = labels(label for label, q in entries if q.numbers[0] == low)
    high_by = labels(label for label, q in entries if q.numbers[-1] == high)
    return f"{DIFFER}: {format_number(low)} ({low_by}) – {format_number(high)} ({high_by})"


def agree(quantities: Sequence[Quantity]) -> bool:
    """Whether all intervals share a point (pairwise overlap, in one dimension)."""
    return max(q.interval.low for q in quantities) <= min(q.interval.high for q in quantities)


def labels(names) -> str:
    """``A``, ``A and B``, ``A, B and 2 more`` — distinct names, in order."""
    distinct = list(dict.fromkeys(names))
    if len(distinct) <= 2:
        return " and ".join(distinct)
    return f"{distinct[0]}, {distinct[1]} and {len(distinct) - 2} more"
