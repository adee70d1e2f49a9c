"""Read an author's ``value:`` into a `Quantity`, or a `BadValue` saying why not.

    >>> parse_value("between 10,000 and 12,000").interval
    Interval(low=10000, high=12000)
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from ..problems import did_you_mean
from .numerals import FoundNumber, Number, find_numbers, format_number, range_ends, whole
from .qualifiers import QUALIFIERS, BadValue, Quantity, canonical_qualifier, make_quantity, qualifier_names

ALLOWED_FORMS = (
    'a number (8000), a phrase ("about 8,000", "at least 3,000", "up to 2,100", '
    '"10,000-12,000", "between 10,000 and 12,000", "3.5mn"), or a mapping with '
    "amount (or min and max), qualifier, unit, as_of"
)
"""What a ``value:`` may be, for messages."""

MAPPING_KEYS = ("amount", "min", "max", "qualifier", "unit", "as_of")


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
        return parse_phrase(raw)
    if isinstance(raw, dict):
        return _from_mapping(raw)
    return BadValue(f"a {type(raw).__name__} is not a value; allowed: {ALLOWED_FORMS}")


def _from_number(raw: Number) -> Quantity | BadValue:
    if not math.isfinite(raw):
        return BadValue(f"{raw!r} is not a finite number")
    return make_quantity(whole(raw))


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*")


def parse_phrase(phrase: str, *, unit_allowed: bool = True) -> Quantity | BadValue:
    """``"about 8,000 troops"``, ``"10,000-12,000"``, ``"between 3 and 5 million"``."""
    text = " ".join(phrase.split())
    numbers = find_numbers(text)
    if not numbers:
        return BadValue(f'no number in "{text}"; allowed: {ALLOWED_FORMS}')
    if len(numbers) > 2:
        return BadValue(f'several numbers in "{text}"; write one number or one range')
    unit = text[numbers[-1].end:].strip() or None
    if unit and not unit_allowed:
        return BadValue(f'unexpected "{unit}" after the number in "{text}"')
    prefix = text[:numbers[0].start].strip()
    if len(numbers) == 2:
        return _phrase_range(text, prefix, numbers, unit)
    qualifier = canonical_qualifier(prefix) if prefix else "exact"
    if qualifier is None or qualifier == "between":
        return BadValue(_unknown_qualifier(prefix))
    return make_quantity(numbers[0].value, qualifier, unit, wording=prefix)


def _phrase_range(text: str, prefix: str, numbers: list[FoundNumber], unit: str | None) -> Quantity | BadValue:
    first, second = numbers
    join = text[first.end:second.start]
    between = prefix.lower() == "between" and join.strip() == "and"
    plain = prefix.lower() in ("", "from") and _RANGE_JOIN.fullmatch(join)
    if not (between or plain):
        return BadValue(f'cannot read "{text}" as a range; write "10,000-12,000" or "between 10,000 and 12,000"')
    low, high = range_ends(first, second)
    if low > high:
        return BadValue(f'range "{text}" runs from {format_number(low)} down to {format_number(high)}')
    return make_quantity(low=low, high=high, unit=unit)


def _unknown_qualifier(written: str) -> str:
    hint = did_you_mean(written.lower(), qualifier_names())
    allowed = ", ".join(n for n in QUALIFIERS if n not in ("exact", "between"))
    return f'unknown qualifier "{written}"{hint}; allowed: {allowed} (or their synonyms), or none'


def _from_mapping(raw: dict[str, Any]) -> Quantity | BadValue:
    unknown = [k for k in raw if k not in MAPPING_KEYS]
    if unknown:
        key = str(unknown[0])
        hint = did_you_mean(key, MAPPING_KEYS)
        return BadValue(f'unknown key "{key}"{hint}; allowed keys: {", ".join(MAPPING_KEYS)}')
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
        return BadValue(f'a range (min and max) takes no qualifier, got "{raw["qualifier"]}"')
    low, high = _mapping_number(raw["min"], "min"), _mapping_number(raw["max"], "max")
    bad = next((p for p in (low, high) if isinstance(p, BadValue)), None)
    if bad:
        return bad
    if low > high:
        return BadValue(f"min {format_number(low)} is above max {format_number(high)}")
    return make_quantity(low=low, high=high, unit=unit, as_of=as_of)


def _mapping_number(raw: Any, key: str) -> Number | BadValue:
    """A YAML number, or a string holding one plain number ("8,000", "3.5mn")."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and math.isfinite(raw):
        return whole(raw)
    if isinstance(raw, str):
        parsed = parse_phrase(raw, unit_allowed=False)
        if isinstance(parsed, Quantity) and parsed.qualifier == "exact":
            return parsed.amount
    return BadValue(f"{key} must be a number, got {raw!r}")


def _mapping_unit(raw: Any) -> str | None | BadValue:
    if raw is None or (isinstance(raw, str) and raw.strip()):
        return raw.strip() if raw else None
    return BadValue(f"unit must be text such as troops, got {raw!r}")


def _mapping_as_of(raw: Any) -> dt.date | None | BadValue:
    if raw is None or (isinstance(raw, dt.date) and not isinstance(raw, dt.datetime)):
        return raw
    try:
        return dt.date.fromisoformat(str(raw)) if re.fullmatch(r"\d{4}-\d\d-\d\d", str(raw)) else _bad_date(raw)
    except ValueError:
        return _bad_date(raw)


def _bad_date(raw: Any) -> BadValue:
    return BadValue(f"as_of must be a date written YYYY-MM-DD, got {raw!r}")
