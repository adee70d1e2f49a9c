"""Candidate claims: verbatim quotes, speakers, values; the tuned evaluation set's figures."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.anchoring import SeedIndex
from generator.drafting.drafter import draft_article
from generator.drafting.evaluate import GOALS, load_cases, load_registry
from generator.drafting.scoring import Score, score_case
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


TUNED = [c for c in load_cases(EVAL, unseen=False)]


@pytest.mark.parametrize("case", TUNED, ids=lambda c: c.name)
def test_eval_quotes_are_verbatim_and_anchor(case) -> None:
    draft = draft_article(case.text, "seeds/eval.txt")
    index = SeedIndex.build(parse_seed("seeds/eval.txt", case.text), frozenset())
    assert len(draft.claims) >= 3
    speakers = {p.id for p in draft.people} | {o.id for o in draft.organisations}
    for claim in draft.claims:
        assert case.text[claim.start:claim.start + len(claim.quote)] == claim.quote  # a slice of the raw text
        assert index.occurrences(claim.quote)
        # the reporter's, a person's or an organisation's id, or free text
        assert claim.by == "" or claim.by in speakers or claim.by[0].isupper()


def test_headline_is_not_a_claim() -> None:
    draft = draft_article("Officials said 3,000 troops moved north\n\nThe minister said on Monday that 3,000 troops moved north.\n", "seeds/x.txt")
    assert [c.line for c in draft.claims] == [3]


def test_every_statement_is_a_candidate_and_too_few_are_filled_in() -> None:
    text = ("A quiet day in the valley\n\nThe sun rose slowly over the hills behind the old town.\n\n"
            "The market opened.\n\nThe rain stopped at noon and the streets dried quickly.\n")
    draft = draft_article(text, "seeds/x.txt")
    assert [(c.quote, c.by) for c in draft.claims] == [
        ("The sun rose slowly over the hills behind the old town", ""),
        ("The market opened", ""),
        ("The rain stopped at noon and the streets dried quickly", "")]
    assert [c.reason.split(";")[0].split(":")[0] for c in draft.claims] == [
        "reporter's own words", "lead sentence", "reporter's own words"]


def test_the_tuned_set_is_all_marked_tuned() -> None:
    assert len(TUNED) == 502 and {c.kind for c in TUNED} == {"tuned"}
    assert all(4 <= len(c.expected["claims"]) <= 10 for c in TUNED)


def test_the_tuned_set_meets_the_goals() -> None:
    """The figures `make eval` prints for the tuned set, against the frozen registry."""
    corpus = load_registry(EVAL)
    total = Score()
    for case in TUNED:
        total.merge(score_case(case.text, case.expected, corpus)[0])
    assert not total.not_verbatim
    for name, (precision, recall) in GOALS.items():
        tally = getattr(total, name)
        assert tally.precision >= precision and tally.recall >= recall, (name, tally)
    assert total.coverage.value >= 0.85 and total.by.value >= 0.9 and total.voice.value >= 0.9


def test_a_paraphrase_and_a_clause_reach_the_registered_claim() -> None:
    """`paraphrases` reads "bring … home" as "withdraw"; `clauses` compares a
    sentence that goes on to a second fact by its first one too."""
    from generator.drafting.claimmatch import ClaimMatcher, chosen, clauses
    from generator.drafting.paraphrases import rewrite

    assert rewrite("called on Pyongyang to bring its soldiers home") == "urge Pyongyang to withdraw its soldiers "
    matcher = ClaimMatcher(load_registry(EVAL))
    sentence = ("Seoul had called on North Korea to pull its troops out of Russia immediately and had conveyed "
                "the same message to the Russian ambassador, Georgy Zinoviev")
    assert clauses(sentence)[1] == "Seoul had called on North Korea to pull its troops out of Russia immediately"
    assert chosen(matcher.rank(sentence)) == "nk-should-withdraw"


@pytest.mark.parametrize("sentence, statements", [
    ("Some 600 engineers are now in the Donbas region, where the fighting has been heaviest since spring.",
     ["Some 600 engineers are now in the Donbas region", "the fighting has been heaviest since spring"]),
    ("The storm has reached the coast and could bring floods to the capital by Friday.",
     ["The storm has reached the coast", "could bring floods to the capital by Friday"]),
    ("The minister said the storm had reached the coast and could bring floods by Friday.",
     ["the storm had reached the coast", "could bring floods by Friday"]),
    ("Prices rose and will rise again.", ["Prices rose and will rise again"]),  # too short to stand alone
])
def test_a_second_fact_in_a_clause_is_a_candidate_of_its_own(sentence: str, statements: list[str]) -> None:
    """", where …" says what happens at the place just named, "and could …" what may
    come of the first fact: each may be filed under its own registered claim."""
    from generator.drafting.attribution import quoted_spans
    from generator.drafting.statements import parse_statements

    assert [sentence[s.start:s.end] for s in parse_statements(sentence, quoted_spans(sentence))] == statements
