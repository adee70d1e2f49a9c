"""The qualifier table and the `Quantity` record.

The rules (which qualifier allows which interval, and why) are documented
once, in `generator.analysis.quantities`; `interval_of` is their code.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from .numerals import Number, format_number, whole

ABOUT_TOLERANCE = 0.10
"""Half-width of the ``about`` band, as a share of the stated number."""

QUALIFIERS: dict[str, tuple[str, ...]] = {
    "exact": ("exactly", "precisely"),
    "about": ("around", "some", "roughly", "approximately", "an estimated", "estimated", "circa"),
    "as many as": ("as much as",),
    "nearly": ("almost", "close to", "just under", "approaching"),
    "at least": ("no fewer than", "no less than", "a minimum of"),
    "more than": ("over", "upwards of", "above", "in excess of", "greater than", "well over", "just over"),
    "up to": ("at most", "no more than", "a maximum of"),
    "less than": ("fewer than", "under", "below"),
    "between": ("from",),
}
"""Canonical qualifier → the other ways of writing it (see the module docstring)."""

_CANONICAL = {alias: name for name, aliases in QUALIFIERS.items() for alias in (name, *aliases)}
_CANONICAL.update({name.replace(" ", "-"): name for name in QUALIFIERS})
_CANONICAL.update({name.replace(" ", "_"): name for name in QUALIFIERS})



class Interval(NamedTuple):
    """The closed range of values a quantity allows; ``high`` may be ``math.inf``."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high


@dataclass(frozen=True)
class Quantity:
    """A stated number (or range) with its qualifier, unit and date."""

    amount: Number | None
    """The stated number; None for a range."""
    min: Number | None
    """Lower end of a range (``between``), else None."""
    max: Number | None
    """Upper end of a range (``between``), else None."""
    qualifier: str
    """Canonical name, a key of `QUALIFIERS` (``exact`` when none was written)."""
    unit: str | None
    """What is counted, as written ("troops", "casualties per day"), or None."""
    as_of: dt.date | None
    """The date the number describes, when the author gave one."""
    interval: Interval
    """The values the quantity allows (see the module docstring)."""
    wording: str = ""
    """The qualifier as written, lower-case ("upwards of"); "" when none."""

    @property
    def numbers(self) -> tuple[Number, ...]:
        """The numbers as stated: ``(amount,)`` or ``(min, max)``."""
        return (self.amount,) if self.amount is not None else (self.min, self.max)

    @property
    def phrase(self) -> str:
        """Display text: ``about 8,000``, ``10,000–12,000``, ``11,000``."""
        if self.amount is None:
            return f"{format_number(self.min)}–{format_number(self.max)}"
        shown = format_number(self.amount)
        if self.qualifier == "exact":
            return shown
        return f"{self.wording or self.qualifier} {shown}"


@dataclass(frozen=True)
class BadValue:
    """A ``value:`` that cannot be read; `reason` says why and what is allowed."""

    reason: str


def make_quantity(
    amount: Number | None = None,
    qualifier: str = "exact",
    unit: str | None = None,
    as_of: dt.date | None = None,
    *,
    low: Number | None = None,
    high: Number | None = None,
    wording: str = "",
) -> Quantity:
    """A `Quantity` with its interval: ``make_quantity(8000, "about")``.

    A range is ``make_quantity(low=10000, high=12000)`` (qualifier ``between``).
    """
    if amount is None:
        return Quantity(None, low, high, "between", unit, as_of, Interval(low, high))
    return Quantity(amount, None, None, qualifier, unit, as_of, interval_of(qualifier, amount), tidy_wording(wording))


def interval_of(qualifier: str, x: Number) -> Interval:
    """The interval a qualified single number allows (module docstring table)."""
    # Decimal keeps 0.9 × 86 at 77.4, not 77.40000000000001.
    d, tolerance = Decimal(str(x)), Decimal(str(ABOUT_TOLERANCE))
    bands = {
        "exact": (d, d),
        "about": (d * (1 - tolerance), d * (1 + tolerance)),
        "as many as": (d * (1 - tolerance), d),
        "nearly": (d * (1 - tolerance), d),
        "at least": (d, math.inf),
        "more than": (d, math.inf),
        "up to": (0, d),
        "less than": (0, d),
    }
    low, high = bands[qualifier]
    return Interval(whole(low), high if high == math.inf else whole(high))


def canonical_qualifier(written: str) -> str | None:
    """``"Upwards of"`` → ``"more than"``; None when unknown."""
    return _CANONICAL.get(" ".join(written.lower().split()))


def tidy_wording(wording: str) -> str:
    """``"At-Least"`` → ``"at least"``: lower case, single spaces, no key-style dashes."""
    words = " ".join(wording.lower().replace("_", " ").split())
    return words.replace("-", " ") if words.replace("-", " ") in _CANONICAL else words


def qualifier_names() -> list[str]:
    """Every phrase of `QUALIFIERS`, for a did-you-mean."""
    return sorted(p for name, phrases in QUALIFIERS.items() for p in (name, *phrases))
