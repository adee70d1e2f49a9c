"""A claim's value, read by the claim analysis's number parser (one parser only).

    >>> first_value("About 8,000 North Korean troops are in Kursk")
    ({'amount': 8000, 'qualifier': 'about', 'unit': 'North Korean troops'}, 'About 8,000')

`generator.analysis.quantities` finds the numbers, qualifiers and units;
this adapter keeps the first quantity whose written form reads back with
`parse_value` and is in the quote, as ``make check`` will verify.
"""

from __future__ import annotations

from typing import Any

from ..analysis.quantities import Quantity, Written, find_quantities, parse_value


def first_value(quote: str) -> tuple[dict[str, Any] | None, str | None]:
    """The first checkable quantity of ``quote``: (JSON mapping, phrase as written)."""
    written = None  # the quote's numbers, read once for all its quantities
    for found in find_quantities(quote):
        parsed = parse_value(found.value_text)
        if isinstance(parsed, Quantity):
            written = Written.of(quote) if written is None else written
            if written.states(parsed):
                return as_mapping(found.quantity), found.value_text
    return None, None


def as_mapping(quantity: Quantity) -> dict[str, Any]:
    """``{amount, qualifier, unit}``, or ``{min, max, unit}`` for a range."""
    if quantity.amount is None:
        mapping: dict[str, Any] = {"min": quantity.min, "max": quantity.max}
    else:
        mapping = {"amount": quantity.amount, "qualifier": quantity.qualifier}
    mapping["unit"] = quantity.unit
    return mapping
