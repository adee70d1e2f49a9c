"""Verdicts: exact strings for each case of generator/analysis/verdict.py."""

from __future__ import annotations

import pytest

from generator.analysis.quantities import parse_value
from generator.analysis.verdict import verdict


def said(*pairs: tuple[str, object]) -> list:
    return [(label, parse_value(value)) for label, value in pairs]


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (said(), None),
        (said(("US", "about 10,000")), "one source gives a number"),
        (said(("US", "about 10,000"), ("South Korea", "11,000")), "sources agree"),
        (said(("US", "about 10,000"), ("South Korea", "11,000"), ("Ukraine", "upwards of 12,000")),
         "sources differ: 10,000 (US) – 12,000 (Ukraine)"),
        (said(("Ukraine", "upwards of 12,000"), ("US", "about 10,000")),
         "sources differ: 10,000 (US) – 12,000 (Ukraine)"),
        (said(("Kyiv", "up to 2,100"), ("Seoul", "at least 3,000")), "sources differ: 2,100 (Kyiv) – 3,000 (Seoul)"),
        (said(("X", "10,000-12,000"), ("Y", 8000)), "sources differ: 8,000 (Y) – 12,000 (X)"),
        (said(("X", "10,000-12,000"), ("Y", "about 9,500")), "sources agree"),
        (said(("A", 10000), ("B", 10000), ("C", 10000), ("D", 20000)),
         "sources differ: 10,000 (A, B and 1 more) – 20,000 (D)"),
        (said(("A", 10000), ("A", 10000), ("B", 20000)), "sources differ: 10,000 (A) – 20,000 (B)"),
        (said(("FT", "as many as 8,000"), ("State", "about 8,000")), "sources agree"),
        (said(("FT", "as many as 8,000"), ("Other", "9,000")), "sources differ: 8,000 (FT) – 9,000 (Other)"),
        (said(("DoD", "more than 1,200"), ("US", "1,200")), "sources agree"),
        (said(("a", "about 10,000 troops"), ("b", "about 10,000 North Korean soldiers"), ("c", "11,000")),
         "sources agree"),
        (said(("White House", "1,000 containers"), ("Zelenskyy", "3.5mn artillery shells")),
         "values count different things: containers, artillery shells"),
    ],
)
def test_verdict(entries: list, expected: str | None) -> None:
    assert verdict(entries) == expected


def test_one_source_with_several_values() -> None:
    entries = said(("Report", "about 86 minutes"), ("Japan", "about 620 miles"))
    assert verdict(entries, sources=1) == "one source gives every number"
    assert verdict(entries, sources=2) == "values count different things: minutes, miles"
