"""``python -m generator eval`` on a tiny fixture set: exact figures, sets reported apart.

``fixtures/draft/evalset`` holds one tuned article, one in ``unseen/`` and a
registry of one person, one country and one claim.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from generator.drafting.evaluate import load_cases, load_registry, report, run
from generator.drafting.scoring import Score, score_case

EVALSET = Path(__file__).parent / "fixtures" / "draft" / "evalset"


def scores() -> dict[str, Score]:
    corpus = load_registry(EVALSET)
    return {case.name: score_case(case.text, case.expected, corpus)[0] for case in load_cases(EVALSET)}


def figures(score: Score) -> dict[str, tuple[int, int]]:
    names = ("coverage", "by", "voice", "reuse_recall", "reuse_precision")
    return {name: (getattr(score, name).right, getattr(score, name).total) for name in names}


def test_sets_come_from_the_folders() -> None:
    assert [(c.name, c.kind) for c in load_cases(EVALSET)] == [("alpha", "tuned"), ("beta", "unseen")]
    assert [c.name for c in load_cases(EVALSET, unseen=False)] == ["alpha"]


def test_exact_figures_of_the_tuned_article() -> None:
    alpha = scores()["alpha"]
    assert (alpha.people.tp, alpha.people.fp, alpha.people.fn) == (1, 0, 0)  # "Volodymyr Zelensky", registered as Zelenskyy
    assert (alpha.countries.tp, alpha.boilerplate.tp, alpha.boilerplate.fp) == (1, 1, 0)
    assert figures(alpha) == {"coverage": (4, 5),      # the schedule "due to resume" is never proposed
                              "by": (2, 2),            # Zelensky asked; "he said"
                              "voice": (1, 1),         # "Power was cut …" stays the reporter's
                              "reuse_recall": (1, 1),  # filed under ukraine-asks-for-patriots
                              "reuse_precision": (1, 1)}
    assert (alpha.candidates, alpha.not_verbatim, alpha.metadata_right) == (4, [], 4)


def test_exact_figures_of_the_unseen_article() -> None:
    beta = scores()["beta"]
    assert figures(beta) == {"coverage": (2, 2), "by": (1, 2), "voice": (0, 0), "reuse_recall": (0, 0),
                             "reuse_precision": (0, 0)}
    assert beta.by.misses == ["by The minister for herman-halushchenko: the grid would need repairs until spring"]


def test_the_report_shows_unseen_articles_only_in_their_summary(capsys) -> None:
    assert run(Namespace(fixtures=str(EVALSET), root=str(EVALSET / "no-such-project"))) == 0
    out = capsys.readouterr().out.splitlines()
    rows = [line.split()[0] for line in out[2:]]
    assert rows[:1] == ["alpha"] and "beta" not in rows
    assert any(line.startswith("all tuned, 1 (BELOW the goals)") for line in out)
    unseen = next(line for line in out if line.startswith("all unseen, 1"))
    assert unseen.split()[-9:] == ["1.00/1.00", "1.00/1.00", "1.00/1.00", "1.00", "0.50", "n/a", "-/-", "2", "4/4"]
    assert out[-3].startswith("goals") and "0.95/0.92" in out[-3]
    assert out[-2] == "quotes anchored verbatim: 6/6"
    # alpha's quote is filed for beta, but beta restates no registered claim: reuse has no case either way
    assert out[-1] == ("registry reuse R/P filed by the statements alone, as on a site with no briefs yet: "
                       "tuned 1.00/1.00, unseen -/-")


def test_a_quote_that_does_not_anchor_is_an_error() -> None:
    broken = Score(candidates=1, not_verbatim=["words the article never had"])
    case = load_cases(EVALSET, unseen=False)[0]
    assert report([(case, broken)])[-1] == "quotes anchored verbatim: 0/1 — ERROR: a drafter bug"


def test_a_boilerplate_range_over_blank_lines_expects_only_its_written_lines() -> None:
    """The annotation's ``"1-3"`` may run over a blank line (README: a range covers
    clutter or blank lines); a blank line is no line to mark, so it is no miss."""
    text = "Home | World | Sport\n\nAdvertisement\nKyiv says the grid held overnight after the strikes.\n"
    expected = {"boilerplate": ["1-3"], "people": [], "countries": [], "claims": []}
    score, draft = score_case(text, expected, None)
    assert {b.line for b in draft.boilerplate} == {1, 3}
    assert (score.boilerplate.tp, score.boilerplate.fp, score.boilerplate.fn, score.boilerplate.misses) == (2, 0, 0, [])
