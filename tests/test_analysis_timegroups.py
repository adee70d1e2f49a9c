"""Dated values: a verdict compares only values of one time; other times are a series."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from generator.analysis import analyse, to_json
from generator.analysis.timegroups import WINDOW_DAYS, group_by_time, span_label, time_spans, value_date
from test_analysis_support import BriefSpec, Cite, make_corpus

D = dt.date


@pytest.mark.parametrize(("dates", "spans"), [
    ([], []),
    ([None], [(None, None)]),
    ([D(2024, 10, 31)], [(D(2024, 10, 31), D(2024, 10, 31))]),
    # within the window of the newest: one group, however they are ordered
    ([D(2024, 10, 28), D(2024, 11, 4), D(2024, 10, 31)], [(D(2024, 10, 28), D(2024, 11, 4))]),
    # eight days before the newest: a group of its own
    ([D(2024, 10, 27), D(2024, 11, 4)], [(D(2024, 10, 27), D(2024, 10, 27)), (D(2024, 11, 4), D(2024, 11, 4))]),
    # no chaining: 1, 6 and 12 December are each within a week of the next, not 1 and 12
    ([D(2024, 12, 1), D(2024, 12, 6), D(2024, 12, 12)],
     [(D(2024, 12, 1), D(2024, 12, 1)), (D(2024, 12, 6), D(2024, 12, 12))]),
    ([None, D(2024, 10, 30), None], [(D(2024, 10, 30), D(2024, 10, 30)), (None, None)]),
])
def test_time_spans(dates, spans) -> None:
    assert WINDOW_DAYS == 7
    assert time_spans(dates) == spans


def test_group_by_time_keeps_order_within_groups() -> None:
    items = [("a", D(2024, 12, 12)), ("b", None), ("c", D(2024, 10, 30)), ("d", D(2024, 12, 10)),
             ("e", D(2024, 10, 28))]
    groups = group_by_time(items, lambda item: item[1])
    assert [(span, [name for name, _ in members]) for span, members in groups] == [
        ((D(2024, 10, 28), D(2024, 10, 30)), ["c", "e"]),
        ((D(2024, 12, 10), D(2024, 12, 12)), ["a", "d"]),
        ((None, None), ["b"]),
    ]


@pytest.mark.parametrize(("first", "last", "label"), [
    (D(2024, 10, 28), D(2024, 10, 28), "28 October 2024"),
    (D(2024, 10, 28), D(2024, 10, 31), "28–31 October 2024"),
    (D(2024, 10, 28), D(2024, 11, 3), "28 October – 3 November 2024"),
    (D(2024, 12, 28), D(2025, 1, 3), "28 December 2024 – 3 January 2025"),
    (None, None, "date unknown"),
])
def test_span_label(first, last, label) -> None:
    assert span_label(first, last) == label


def test_value_date_prefers_as_of() -> None:
    assert value_date(D(2024, 10, 28), D(2024, 10, 31)) == (D(2024, 10, 28), "as_of")
    assert value_date(None, D(2024, 10, 31)) == (D(2024, 10, 31), "published")
    assert value_date(None, None) == (None, None)


TEXTS = {
    "a.txt": "About 10,000 troops are in the region.\n",
    "b.txt": "There are 11,000 troops there.\n",
    "c.txt": "Officials now count more than 12,000 troops.\n",
    "d.txt": "Some 2,000 troops were seen.\n",
}
TROOPS = "troops"


def dated_corpus(c_value="more than 12,000"):
    return make_corpus(TEXTS, [
        BriefSpec("a", "a.txt", [Cite(TROOPS, "About 10,000 troops", "US", "about 10,000")], "A", D(2024, 10, 30)),
        BriefSpec("b", "b.txt", [Cite(TROOPS, "11,000 troops", "Seoul", "11,000")], "B", D(2024, 10, 31)),
        BriefSpec("c", "c.txt", [Cite(TROOPS, "more than 12,000 troops", "Kyiv", c_value)], "C", D(2024, 10, 31)),
        BriefSpec("d", "d.txt", [Cite(TROOPS, "Some 2,000 troops", "Someone", "some 2,000")], "D", None),
    ])


def test_a_later_value_is_not_compared_with_earlier_ones() -> None:
    claim = analyse(dated_corpus({"amount": "12000", "qualifier": "more than", "as_of": "2024-12-12"})).claims[TROOPS]
    assert [(g.label, g.verdict, [r.brief for r in g.rows]) for g in claim.groups] == [
        ("30–31 October 2024", "sources agree", ["a", "b"]),
        ("12 December 2024", "one source gives a number", ["c"]),
        ("date unknown", "one source gives a number", ["d"]),
    ]
    assert (claim.verdict, claim.verdict_group, claim.verdict_when) == (
        "one source gives a number", 1, "12 December 2024")
    assert not claim.contested
    assert [(r.brief, r.date, r.dated_by) for r in claim.values] == [
        ("a", D(2024, 10, 30), "published"), ("b", D(2024, 10, 31), "published"),
        ("c", D(2024, 12, 12), "as_of"), ("d", None, None)]


def test_values_of_one_week_are_compared() -> None:
    claim = analyse(dated_corpus()).claims[TROOPS]
    assert [(g.label, g.verdict) for g in claim.groups] == [
        ("30–31 October 2024", "sources differ: 10,000 (US) – 12,000 (Kyiv)"),
        ("date unknown", "one source gives a number"),
    ]
    assert (claim.verdict, claim.verdict_when) == ("sources differ: 10,000 (US) – 12,000 (Kyiv)", "30–31 October 2024")
    assert claim.contested


def test_undated_values_alone_are_compared_as_before() -> None:
    texts = {k: v for k, v in TEXTS.items() if k in ("a.txt", "b.txt")}
    corpus = make_corpus(texts, [BriefSpec("a", "a.txt", [Cite(TROOPS, "About 10,000 troops", "US", "about 10,000")]),
                                 BriefSpec("b", "b.txt", [Cite(TROOPS, "11,000 troops", "Seoul", "11,000")])])
    claim = analyse(corpus).claims[TROOPS]
    assert (claim.verdict, claim.verdict_when, len(claim.groups)) == ("sources agree", "", 1)


def test_the_export_carries_dates_and_groups() -> None:
    data = to_json(analyse(dated_corpus({"amount": "12000", "qualifier": "more than", "as_of": "2024-12-12"})))
    claim = json.loads(json.dumps(data, allow_nan=False))["claims"][TROOPS]
    assert [(v["brief"], v["date"], v["date_from"], v["as_of"]) for v in claim["values"]] == [
        ("a", "2024-10-30", "published", None), ("b", "2024-10-31", "published", None),
        ("c", "2024-12-12", "as_of", "2024-12-12"), ("d", None, None, None)]
    assert claim["groups"] == [
        {"from": "2024-10-30", "to": "2024-10-31", "verdict": "sources agree", "values": [0, 1]},
        {"from": "2024-12-12", "to": "2024-12-12", "verdict": "one source gives a number", "values": [2]},
        {"from": None, "to": None, "verdict": "one source gives a number", "values": [3]},
    ]
    assert (claim["verdict"], claim["verdict_group"]) == ("one source gives a number", 1)
