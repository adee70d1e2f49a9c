"""Numbers, qualifiers and values: table-driven from tests/fixtures/analysis/."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
import yaml

from generator.analysis.quantities import (
    QUALIFIERS,
    BadValue,
    Interval,
    Quantity,
    find_numbers,
    find_quantities,
    format_number,
    parse_value,
    value_in_quote,
)

FIXTURES = Path(__file__).parent / "fixtures" / "analysis"


def cases(name: str) -> list[dict]:
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


def as_interval(pair: list) -> Interval:
    low, high = pair
    return Interval(low, math.inf if high is None else high)


@pytest.mark.parametrize("case", cases("values.yaml"), ids=lambda c: str(c["value"]))
def test_parse_value(case: dict) -> None:
    quantity = parse_value(case["value"])
    assert isinstance(quantity, Quantity), quantity
    assert quantity.qualifier == case["qualifier"]
    assert quantity.interval == as_interval(case["interval"])
    assert quantity.unit == case.get("unit")
    if "numbers" in case:
        assert list(quantity.numbers) == case["numbers"]


def test_every_qualifier_has_a_case() -> None:
    covered = {c["qualifier"] for c in cases("values.yaml")}
    assert covered == set(QUALIFIERS)


@pytest.mark.parametrize("case", cases("bad_values.yaml"), ids=lambda c: str(c["value"]))
def test_bad_value(case: dict) -> None:
    assert parse_value(case["value"]) == BadValue(case["reason"])


def test_mapping_keeps_as_of_and_unit() -> None:
    quantity = parse_value({"amount": 8000, "qualifier": "about", "unit": "troops", "as_of": dt.date(2024, 10, 31)})
    assert (quantity.amount, quantity.unit, quantity.as_of) == (8000, "troops", dt.date(2024, 10, 31))
    assert parse_value({"amount": 1, "as_of": "2024-10-31"}).as_of == dt.date(2024, 10, 31)


def test_phrase() -> None:
    assert parse_value("about 8,000 troops").phrase == "about 8,000"
    assert parse_value("11000").phrase == "11,000"
    assert parse_value("between 10,000 and 12,000").phrase == "10,000–12,000"


@pytest.mark.parametrize("written, ends", [
    ("3-5 million", (3_000_000, 5_000_000)),
    ("between ten and twelve thousand troops", (10_000, 12_000)),  # the scale word written once, in words
    ("two to three million people", (2_000_000, 3_000_000)),
    ("500 to 2 thousand", (500, 2_000)),  # scaling the low end would pass the high one
    ("five hundred to two thousand", (500, 2_000)),
    ("between 10 and 12,000 troops", (10, 12_000)),  # no scale word: as written
])
def test_a_scale_written_once_applies_to_both_ends_of_a_range(written: str, ends: tuple[int, int]) -> None:
    quantity = parse_value(written)
    assert (quantity.min, quantity.max) == ends


@pytest.mark.parametrize("case", cases("numbers.yaml"), ids=lambda c: c["text"][:40])
def test_find_numbers(case: dict) -> None:
    found = find_numbers(case["text"])
    assert [[n.text, n.value, n.kind] for n in found] == case["numbers"]
    assert all(case["text"][n.start:n.end] == n.text for n in found)


def test_date_flags() -> None:
    day, year = find_numbers("on October 30, 2024")
    assert (day.is_date_like, day.is_year, year.is_date_like, year.is_year) == (True, False, True, True)
    assert not find_numbers("8,000 troops")[0].is_date_like


@pytest.mark.parametrize("case", cases("quantities.yaml"), ids=lambda c: c["text"][:40])
def test_find_quantities(case: dict) -> None:
    found = find_quantities(case["text"])
    got = [[q.text, q.value_text, q.quantity.qualifier, q.quantity.unit] for q in found]
    assert got == case["quantities"]
    assert all(case["text"][q.start:q.end] == q.text for q in found)


@pytest.mark.parametrize(
    ("value", "quote", "expected"),
    [
        (3_500_000, "Pyongyang had also provided 3.5mn artillery shells", True),
        ("3.5 million", "provided 3,500,000 artillery shells", True),
        ("3.5mn", "provided 3.5 million shells", True),
        (8000, "eight thousand troops", True),
        ("about 8,000", "About 8,000 North Korean troops", True),
        (600_000, "some 600 000 people", True),
        ("10,000-12,000", "between 10,000 and 12,000 soldiers", True),
        ("10,000-12,000", "about 10,000 soldiers", False),
        (8000, "about 10,000 North Korean soldiers", False),
        (8001, "8,000 troops", False),
    ],
)
def test_value_in_quote(value, quote: str, expected: bool) -> None:
    assert value_in_quote(parse_value(value), quote) is expected


@pytest.mark.parametrize(
    ("value", "shown"), [(8000, "8,000"), (3_500_000, "3,500,000"), (2.5, "2.5"), (77.4, "77.4"), (0, "0")]
)
def test_format_number(value, shown: str) -> None:
    assert format_number(value) == shown
