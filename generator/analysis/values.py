"""Read an author's ``value:`` into a `Quantity`, or a `BadValue` saying why not.

    >>> parse_value("between 10,000 and 12,000").interval
    Interval(low=10000, high=12000)

Front matter gives every scalar as text ("8000", and ``{amount: "8000",
as_of: "2024-10-31"}`` for a mapping); numbers and dates are accepted too,
for values made in code.  A plain number may be written as YAML writes one
("8000", "3.5", "8_000", "1.5e3").

A value is a count: at least 0 and at most `MAX_NUMBER` (10^15).  "-5",
"1e400", ".inf" and "nan" are bad values that say so, and a number too
large to read ("999…" of 400 digits) is never turned into a float.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from typing import Any

from ..limits import MAX_NUMBER, MAX_YEAR, MIN_YEAR
from ..problems import did_you_mean, shorten
from .numerals import FoundNumber, Number, NumberScan, format_number, range_ends, scan_numbers, whole
from .qualifiers import QUALIFIERS, BadValue, Quantity, canonical_qualifier, make_quantity, qualifier_names

ALLOWED_FORMS = (
    'a number (8000), a phrase ("about 8,000", "at least 3,000", "up to 2,100", '
    '"10,000-12,000", "between 10,000 and 12,000", "3.5mn"), or a mapping with '
    "amount (or min and max), qualifier, unit, as_of"
)
"""What a ``value:`` may be, for messages."""

MAPPING_KEYS = ("amount", "min", "max", "qualifier", "unit", "as_of")

_POWER = len(str(MAX_NUMBER)) - 1
TOO_LARGE = f"a number may be at most {MAX_NUMBER:,}" + (f" (10^{_POWER})" if MAX_NUMBER == 10**_POWER else "")
"""The reason for a number above `MAX_NUMBER`; the message shows the value itself."""
NEGATIVE = "a value counts something: it may not be negative"

_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d{1,18})?")
"""A number as YAML writes one: "8000", "-5", "3.5", "8_000", "1.5e+3"."""
_NOT_FINITE = re.compile(r"[-+]?\.?(?:inf|infinity|nan)", re.IGNORECASE)
_MINUS = re.compile(r"(?:^|\s)[-−]$")
"""A minus sign right before a number: "-5", "about −5"."""


def parse_value(raw: Any) -> Quantity | BadValue:
    """Read a claim's ``value:``: a number, a phrase or a mapping.

    >>> parse_value("upwards of 12,000 North Koreans").interval
    Interval(low=12000, high=inf)
    >>> parse_value("lots").reason.startswith('no number in "lots"; allowed: a number')
    True
    """
    if isinstance(raw, bool) or raw is None:
        return BadValue(f"{raw!r} is not a number; allowed: {ALLOWED_FORMS}")
    if isinstance(raw, (int, float)):
        return _from_number(raw)
    if isinstance(raw, str):
        return _from_text(raw)
    if isinstance(raw, dict):
        return _from_mapping(raw)
    return BadValue(f"a {type(raw).__name__} is not a value; allowed: {ALLOWED_FORMS}")


def _from_number(raw: Number) -> Quantity | BadValue:
    if isinstance(raw, float) and not math.isfinite(raw):
        return BadValue(f"{raw!r} is not a finite number")
    # Decimal holds any int exactly (float() overflows on those above 1e308).
    checked = _in_range(Decimal(raw))
    return checked if isinstance(checked, BadValue) else make_quantity(checked)


def _from_text(raw: str, *, unit_allowed: bool = True) -> Quantity | BadValue:
    """A plain number ("8000", "1.5e3"), else a phrase (`parse_phrase`)."""
    text = raw.strip()
    if _NOT_FINITE.fullmatch(text):
        return BadValue(f'"{text}" is not a finite number')
    if _PLAIN_NUMBER.fullmatch(text):
        checked = _in_range(Decimal(text.replace("_", "")))
        return checked if isinstance(checked, BadValue) else make_quantity(checked)
    return parse_phrase(raw, unit_allowed=unit_allowed)


def _in_range(value: Decimal) -> Number | BadValue:
    """`value` as an int or a float, when it is a count no larger than `MAX_NUMBER`."""
    if value < 0:
        return BadValue(NEGATIVE)
    if value > MAX_NUMBER:
        return BadValue(TOO_LARGE)
    return whole(value)



_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*")


def parse_phrase(phrase: str, *, unit_allowed: bool = True) -> Quantity | BadValue:
    """``"about 8,000 troops"``, ``"10,000-12,000"``, ``"between 3 and 5 million"``."""
    text = " ".join(phrase.split())
    scan = scan_numbers(text)
    out_of_range = _out_of_range(text, scan)
    if out_of_range is not None:
        return out_of_range
    numbers = list(scan.numbers)
    if not numbers:
        return BadValue(f'no number in "{shorten(text)}"; allowed: {ALLOWED_FORMS}')
    if len(numbers) > 2:
        return BadValue(f'several numbers in "{shorten(text)}"; write one number or one range')
    unit = text[numbers[-1].end:].strip() or None
    if unit and not unit_allowed:
        return BadValue(f'unexpected "{shorten(unit)}" after the number in "{shorten(text)}"')
    prefix = text[:numbers[0].start].strip()
    if len(numbers) == 2:
        return _phrase_range(text, prefix, numbers, unit)
    qualifier = canonical_qualifier(prefix) if prefix else "exact"
    if qualifier == "between":
        return BadValue(f'"{prefix}" needs two numbers, e.g. "between 10,000 and 12,000"')
    if qualifier is None:
        return BadValue(_unknown_qualifier(prefix))
    return make_quantity(numbers[0].value, qualifier, unit, wording=prefix)


def _out_of_range(text: str, scan: NumberScan) -> BadValue | None:
    """A number too large to read, or a minus sign before the first number."""
    if scan.oversized:
        return BadValue(TOO_LARGE)
    first = scan.numbers[0] if scan.numbers else None
    if first is not None and _MINUS.search(text, 0, first.start):
        return BadValue(NEGATIVE)
    return None


def _phrase_range(text: str, prefix: str, numbers: list[FoundNumber], unit: str | None) -> Quantity | BadValue:
    first, second = numbers
    join = text[first.end:second.start]
    between = prefix.lower() == "between" and join.strip() == "and"
    plain = prefix.lower() in ("", "from") and _RANGE_JOIN.fullmatch(join)
    if not (between or plain):
        return BadValue(f'cannot read "{shorten(text)}" as a range; write "10,000-12,000" or "between 10,000 and 12,000"')
    low, high = range_ends(first, second)
    if low > MAX_NUMBER:  # "999,999,999,999-5 trillion": the scale written once applies to both ends
        return BadValue(TOO_LARGE)
    if low > high:
        return BadValue(f'range "{shorten(text)}" runs from {format_number(low)} down to {format_number(high)}')
    return make_quantity(low=low, high=high, unit=unit)


def _unknown_qualifier(written: str) -> str:
    # Nothing longer than twice the longest qualifier can be close to one.
    hint = did_you_mean(written.lower(), qualifier_names()) if len(written) <= 60 else ""
    allowed = ", ".join(n for n in QUALIFIERS if n not in ("exact", "between"))
    return f'unknown qualifier "{shorten(written)}"{hint}; allowed: {allowed} (or their synonyms), or none'


def _from_mapping(raw: dict[str, Any]) -> Quantity | BadValue:
    unknown = [k for k in raw if k not in MAPPING_KEYS]
    if unknown:
        key = str(unknown[0])
        hint = did_you_mean(key, MAPPING_KEYS) if len(key) <= 30 else ""
        return BadValue(f'unknown key "{shorten(key)}"{hint}; allowed keys: {", ".join(MAPPING_KEYS)}')
    parts = [_mapping_as_of(raw.get("as_of")), _mapping_unit(raw.get("unit"))]
    bad = next((p for p in parts if isinstance(p, BadValue)), None)
    if bad:
        return bad
    as_of, unit = parts
    if "amount" in raw:
        return _mapping_amount(raw, unit, as_of)
    return _mapping_range(raw, unit, as_of)


def _mapping_amount(raw: dict[str, Any], unit: str | None, as_of: dt.date | None) -> Quantity | BadValue:
    if "min" in raw or "max" in raw:
        return BadValue("give either amount, or min and max, not both")
    amount = _mapping_number(raw["amount"], "amount")
    if isinstance(amount, BadValue):
        return amount
    written = str(raw.get("qualifier") or "exact")
    qualifier = canonical_qualifier(written)
    if qualifier is None or qualifier == "between":
        return BadValue(_unknown_qualifier(written))
    return make_quantity(amount, qualifier, unit, as_of, wording=written if "qualifier" in raw else "")


def _mapping_range(raw: dict[str, Any], unit: str | None, as_of: dt.date | None) -> Quantity | BadValue:
    if "min" not in raw or "max" not in raw:
        return BadValue("a mapping needs amount, or both min and max")
    if canonical_qualifier(str(raw.get("qualifier") or "between")) != "between":
        return BadValue(f'a range (min and max) takes no qualifier, got "{shorten(str(raw["qualifier"]))}"')
    low, high = _mapping_number(raw["min"], "min"), _mapping_number(raw["max"], "max")
    bad = next((p for p in (low, high) if isinstance(p, BadValue)), None)
    if bad:
        return bad
    if low > high:
        return BadValue(f"min {format_number(low)} is above max {format_number(high)}")
    return make_quantity(low=low, high=high, unit=unit, as_of=as_of)


def _mapping_number(raw: Any, key: str) -> Number | BadValue:
    """A number, or text holding one plain number ("8000", "8,000", "3.5mn")."""
    if isinstance(raw, str):
        parsed = _from_text(raw, unit_allowed=False)
    elif isinstance(raw, (int, float)) and not isinstance(raw, bool):
        parsed = _from_number(raw)
    else:
        parsed = None
    if isinstance(parsed, Quantity) and parsed.qualifier == "exact":
        return parsed.amount
    if isinstance(parsed, BadValue) and parsed.reason in (TOO_LARGE, NEGATIVE):
        return parsed
    return BadValue(f"{key} must be a number, got {_shown(raw)}")


def _shown(raw: Any) -> str:
    """``repr`` of an author's raw value, shortened (and any int written)."""
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) > MAX_NUMBER:
        return format_number(raw)  # repr() refuses ints of thousands of digits
    return shorten(repr(raw))


def _mapping_unit(raw: Any) -> str | None | BadValue:
    if raw is None or (isinstance(raw, str) and raw.strip()):
        return raw.strip() if raw else None
    return BadValue(f"unit must be text such as troops, got {_shown(raw)}")


def _mapping_as_of(raw: Any) -> dt.date | None | BadValue:
    if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
        return raw if MIN_YEAR <= raw.year <= MAX_YEAR else _bad_year(raw)
    if raw is None:
        return None
    text = str(raw).strip()
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return _bad_date(raw)
    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        return _bad_date(raw)
    return date if MIN_YEAR <= date.year <= MAX_YEAR else _bad_year(date)


def _bad_date(raw: Any) -> BadValue:
    return BadValue(f"as_of must be a date written YYYY-MM-DD, got {_shown(raw)}")


def _bad_year(date: dt.date) -> BadValue:
    return BadValue(f"as_of {date.isoformat()} is not between the years {MIN_YEAR} and {MAX_YEAR}")
