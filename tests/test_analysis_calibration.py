"""The analysis's thresholds lie between labelled pairs, with a margin.

``fixtures/analysis/calibration`` holds invented, hand-labelled pairs of
quotes and of source texts (none from the seeds); `calibration` scores them.
A threshold moved off its place, or a pair that lands on the wrong side,
fails here — whatever the seeds say.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

import pytest

from generator.analysis import attribution, calibration, reuse
from generator.drafting.evaluate import run

ROOT = Path(__file__).parent.parent
QUOTES, SOURCES, PLACED = calibration.calibrate(ROOT / calibration.FIXTURES)
EVALSET = Path(__file__).parent / "fixtures" / "draft" / "evalset"


@pytest.mark.parametrize("pair", QUOTES + SOURCES, ids=lambda s: s.id)
def test_each_labelled_pair_lands_on_its_side(pair: calibration.Scored) -> None:
    assert pair.flagged == pair.expected, (pair.label, pair.kind, pair.scores)


@pytest.mark.parametrize("placed", PLACED, ids=lambda p: p.name)
def test_each_threshold_lies_between_its_groups_with_a_margin(placed: calibration.Placement) -> None:
    assert placed.below[1] < placed.value < placed.above[1]
    assert placed.margin >= calibration.MARGINS[placed.name], placed


def test_the_placements_are_the_constants_of_the_analysis() -> None:
    assert {p.name: p.value for p in PLACED} == {
        "CONFLICT_THRESHOLD": attribution.CONFLICT_THRESHOLD, "ALIGNED_THRESHOLD": attribution.ALIGNED_THRESHOLD,
        "MIN_ALIGNED_WORDS": attribution.MIN_ALIGNED_WORDS, "LINK_THRESHOLD": reuse.LINK_THRESHOLD,
        "MIN_SHARED": reuse.MIN_SHARED}


def test_every_group_has_cases() -> None:
    kinds = {(s.label, s.kind) for s in QUOTES + SOURCES}
    assert kinds >= {("same", "copied"), ("same", "reworded"), ("different", ""), ("same-origin", "reprinted"),
                     ("same-origin", "trimmed"), ("same-origin", "rewritten"), ("same-origin", "embedded"),
                     ("independent", "same-speech"), ("independent", "stock-phrase")}
    assert len(QUOTES) >= 30 and len(SOURCES) >= 10


def test_short_reworded_quotes_are_a_known_miss() -> None:
    """At 8 words a reworded quote aligns as high as two stock phrases do: neither is flagged."""
    short = {s.id: s for s in QUOTES if s.scores["words"] < attribution.MIN_ALIGNED_WORDS}
    assert short["short-contraction"].scores["aligned"] == short["dark-day"].scores["aligned"]
    assert not short["short-contraction"].flagged and not short["dark-day"].flagged


def test_margins_pin_the_thresholds() -> None:
    """Nudged by more than its margin allows, a threshold fails its placement."""
    aligned = next(p for p in PLACED if p.name == "ALIGNED_THRESHOLD")
    assert not calibration.placement(aligned.name, 0.76, [aligned.below], [aligned.above]).wide_enough
    assert not calibration.placement(aligned.name, 0.72, [aligned.below], [aligned.above]).wide_enough


def test_eval_prints_every_pair_and_each_threshold_margin(capsys) -> None:
    run(Namespace(fixtures=str(EVALSET), root=str(ROOT)))
    out = capsys.readouterr().out
    tail = out[out.index("analysis thresholds"):].splitlines()
    assert len(tail) == 1 + len(QUOTES) + len(SOURCES) + len(PLACED)
    assert tail[-1].startswith("MIN_SHARED") and "margin 8 ok" in tail[-1]
    assert any(line.split()[0] == "dark-day" and line.endswith("not flagged ok") for line in tail)


def test_no_calibration_without_its_fixtures(tmp_path: Path) -> None:
    assert calibration.report(tmp_path) == []
