"""Candidate claims: verbatim quotes, speakers, values; the evaluation set's figures."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

import pytest
import yaml

from generator.anchoring import SeedIndex
from generator.drafting.drafter import draft_article
from generator.drafting.evaluate import GOALS, load_cases, run, score_case
from generator.segment import parse_seed

FIXTURES = Path(__file__).parent / "fixtures"
EVAL = FIXTURES / "eval"


@pytest.mark.parametrize("case", yaml.safe_load((FIXTURES / "draft" / "claims.yaml").read_text(encoding="utf-8")),
                         ids=lambda c: c["name"])
def test_claim(case: dict) -> None:
    draft = draft_article("A headline for the story\n" + case["text"] + "\n", "seeds/x.txt")
    found = {c.quote: c for c in draft.claims}
    assert case["quote"] in found, list(found)
    claim = found[case["quote"]]
    assert claim.by == case["by"]
    assert claim.value == case.get("value")
    assert claim.claim is None and claim.reason


@pytest.mark.parametrize("name,text,expected", load_cases(EVAL), ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")
def test_eval_quotes_are_verbatim_and_anchor(name: str, text: str, expected: dict) -> None:
    draft = draft_article(text, "seeds/eval.txt")
    index = SeedIndex.build(parse_seed("seeds/eval.txt", text), frozenset())
    assert len(draft.claims) >= 3
    for claim in draft.claims:
        assert claim.quote in text  # a slice of the raw text, never edited
        assert index.occurrences(claim.quote)
        people = {p.id for p in draft.people}
        assert claim.by in people or claim.by[0].isupper()  # a person id, or free text make check reads as text


def test_headline_is_not_a_claim() -> None:
    draft = draft_article("Officials said 3,000 troops moved north\n\nThe minister said on Monday that 3,000 troops moved north.\n", "seeds/x.txt")
    assert [c.line for c in draft.claims] == [3]


def test_at_least_three_claims_even_without_attribution() -> None:
    text = ("A quiet day in the valley\n\nThe sun rose slowly over the hills behind the old town.\n\n"
            "The market on the main square opened later than usual.\n\nThe rain stopped at noon and the streets dried quickly.\n")
    draft = draft_article(text, "seeds/x.txt")
    assert [c.quote for c in draft.claims] == ["The sun rose slowly over the hills behind the old town",
                                               "The market on the main square opened later than usual",
                                               "The rain stopped at noon and the streets dried quickly"]
    assert all("lead sentence" in c.reason for c in draft.claims)


def test_evaluation_set_meets_the_goals() -> None:
    """The figures `make eval` prints, per set; the held-out set was never tuned on."""
    for kind in ("tuned", "held-out"):
        cases = [c for c in load_cases(EVAL) if c[2]["set"] == kind]
        assert len(cases) >= 3
        totals = {name: [0, 0, 0] for name in GOALS}
        for _, text, expected in cases:
            score, _ = score_case(text, expected, None)
            for name in GOALS:
                tally = getattr(score, name)
                totals[name] = [totals[name][0] + tally.tp, totals[name][1] + tally.fp, totals[name][2] + tally.fn]
            assert score.verbatim == score.quotes and score.quotes >= 3
        for name, goal in GOALS.items():
            tp, fp, fn = totals[name]
            assert tp / (tp + fp) >= goal and tp / (tp + fn) >= goal, (kind, name, totals[name])


def test_eval_command_prints_the_figures(capsys) -> None:
    assert run(Namespace(fixtures=str(EVAL), root=str(EVAL / "no-such-project"))) == 0
    out = capsys.readouterr().out
    assert "all tuned (meets the goals)" in out and "all held-out" in out
    assert "people P/R" in out
