"""Quantities: a number with its qualifier, unit and the interval it stands for.

A claim's ``value:`` is parsed with `parse_value`; free text is scanned with
`find_quantities` (numbers, qualifiers and units) and `find_numbers`.

    >>> parse_value("at least 3,000").interval
    Interval(low=3000, high=inf)

**Qualifiers and their intervals.**  News prose hedges its numbers; each
qualifier maps to the interval of values it allows, so that two sources agree
when their intervals overlap.  ``x`` is the stated number.

=============  ================================================  ==============
qualifier      also written                                      interval
=============  ================================================  ==============
exact          (nothing), exactly, precisely                     [x, x]
about          around, some, roughly, approximately, an          [0.9x, 1.1x]
               estimated, estimated, circa
as many as     as much as                                        [0.9x, x]
nearly         almost, close to, just under, approaching         [0.9x, x]
at least       no fewer than, no less than, a minimum of         [x, ∞)
more than      over, upwards of, above, in excess of, greater    [x, ∞)
               than, well over, just over
up to          at most, no more than, a maximum of               [0, x]
less than      fewer than, under, below                          [0, x]
between        from (``from x to y``), ``x-y``, ``x to y``       [min, max]
=============  ================================================  ==============

* ``about`` is a band of ±10 % (`ABOUT_TOLERANCE`): reporters round to one or
  two significant figures, so "about 10,000" and "about 11,000" touch.
* ``as many as x`` is a high-end estimate: the figure is near ``x`` and not
  above it, so the band is the lower half of ``about``'s.  "nearly" likewise.
* ``more than`` / ``less than`` are strictly open at ``x``; the interval is
  closed anyway because the stated number is itself rounded.
* ``up to`` and ``less than`` start at 0: counts are never negative.

**Values** (`parse_value`, in ``values``) are a YAML number, a phrase
(qualifier, number or range, optional unit: "about 8,000 troops",
"10,000-12,000", "between 10,000 and 12,000", "3.5mn") or a mapping with
``amount`` (or ``min`` and ``max``), ``qualifier``, ``unit`` and ``as_of``
(a date, ``YYYY-MM-DD``).  Anything else is a `BadValue` whose reason says
what is allowed, with a did-you-mean for unknown keys and qualifiers.

**Numbers** in text (`find_numbers`, in ``numerals``): digits with comma or
space thousands, decimals, scales (``3.5mn``, ``3.5 million``) and number
words (``eight thousand``); years, dates and times are flagged, ``2+2`` and
codes skipped.  **Quantities** in text (`find_quantities`, in ``phrases``)
add the qualifier before the number and the unit noun after it.

A value **occurs in a quote** (`value_in_quote`) when every number it states
has the same value as a number written in the quote, however spelled.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from .numerals import FoundNumber, Number, find_numbers, format_number
from .phrases import FoundQuantity, find_quantities
from .qualifiers import ABOUT_TOLERANCE, QUALIFIERS, BadValue, Interval, Quantity, make_quantity
from .values import ALLOWED_FORMS, parse_value

__all__ = [
    "ABOUT_TOLERANCE", "ALLOWED_FORMS", "QUALIFIERS", "BadValue", "FoundNumber",
    "FoundQuantity", "Interval", "Quantity", "find_numbers", "find_quantities",
    "Written", "format_number", "make_quantity", "numbers_in", "parse_value", "value_in_quote",
]


def value_in_quote(quantity: Quantity, quote: str) -> bool:
    """Whether each number the value states is written in the quote.

    Spelling does not matter: 3.5mn, 3,500,000 and "3.5 million" are one
    number, as are "eight thousand" and 8,000.  A range needs both ends.

    >>> value_in_quote(parse_value("3,500,000"), "provided 3.5mn artillery shells")
    True
    """
    return Written.of(quote).states(quantity)


def numbers_in(text: str) -> list[Number]:
    """The values of the numbers in `text`, dates included, in order."""
    return [n.value for n in find_numbers(text)]


@dataclass(frozen=True, slots=True)
class Written:
    """The numbers written in a text, sorted: whether a value states one of
    them costs a bisection, however many the text has (the drafter tries
    every quantity of a sentence against it)."""

    values: tuple[Number, ...]

    @classmethod
    def of(cls, text: str) -> "Written":
        return cls(tuple(sorted(numbers_in(text))))

    def states(self, quantity: Quantity) -> bool:
        """Whether each number of `quantity` is written (a range: both ends)."""
        return all(self.has(number) for number in quantity.numbers)

    def has(self, number: Number) -> bool:
        """Whether a written number equals `number`, to a billionth.

        Numbers are never negative, and any number that close lies within
        twice that margin of it: only those are compared."""
        low = bisect.bisect_left(self.values, number * (1 - 2e-9))
        high = bisect.bisect_right(self.values, number * (1 + 2e-9))
        return any(_same(number, w) for w in self.values[low:high])


def _same(a: Number, b: Number) -> bool:
    return math.isclose(a, b, rel_tol=1e-9)
