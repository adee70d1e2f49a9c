"""Where the analysis's thresholds come from: labelled pairs, not the seeds.

Two fixture files under `FIXTURES` (in the project folder) hold invented,
hand-labelled pairs:

* ``quotes.yaml``: pairs of quotes, ``same`` (one statement credited to
  two speakers; ``kind`` copied, reworded or too-short) or ``different``
  (two statements of one claim);
* ``sources.yaml``: pairs of source texts, ``same-origin`` (one story
  printed twice) or ``independent`` (two newsrooms' reports of one event;
  ``kind`` same-speech or stock-phrase).

Each threshold separates two groups of these pairs on one score (`GROUPS`):
the group that must reach it and the group that must stay below.  The
threshold sits between them; its **margin** is its distance to the nearer
group, and must be at least `MARGINS` — a threshold that merely touches the
scores it was read from is no threshold.

    >>> placement("MIN_SHARED", 13, [("a", 5)], [("b", 21)]).margin
    8
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml

from ..segment import parse_seed
from . import attribution, reuse
from .attribution import QuoteWords, quote_grams, quote_words, similarity, word_alignment
from .reuse import containment, narrative_shingles

FIXTURES = Path("tests") / "fixtures" / "analysis" / "calibration"
"""The labelled pairs, relative to the project folder."""

MARGINS = {"CONFLICT_THRESHOLD": 0.03, "ALIGNED_THRESHOLD": 0.03, "MIN_ALIGNED_WORDS": 2,
           "LINK_THRESHOLD": 0.03, "MIN_SHARED": 2}
"""Least distance from each threshold to the nearer group of scores."""


@dataclass(frozen=True, slots=True)
class Scored:
    """One labelled pair and its scores."""

    id: str
    label: str
    """``same``/``different`` (quotes), ``same-origin``/``independent`` (sources)."""
    kind: str
    scores: dict[str, float]
    """Score name → value: grams, aligned, words (quotes); containment, shared (sources)."""
    flagged: bool
    """What the analysis decides with its thresholds: same words, or linked."""

    @property
    def expected(self) -> bool:
        """Whether the analysis should flag it (a too-short pair is a known miss)."""
        return self.label in ("same", "same-origin") and self.kind != "too-short"


@dataclass(frozen=True, slots=True)
class Placement:
    """A threshold between the highest score that must stay below it and the lowest that must reach it."""

    name: str
    value: float
    below: tuple[str, float]
    """The pair of the group below with the highest score, and that score."""
    above: tuple[str, float]
    """The pair of the group above with the lowest score, and that score."""

    @property
    def margin(self) -> float:
        return min(self.value - self.below[1], self.above[1] - self.value)

    @property
    def wide_enough(self) -> bool:
        return self.margin >= MARGINS[self.name] - 1e-9


def placement(name: str, value: float, below: list[tuple[str, float]], above: list[tuple[str, float]]) -> Placement:
    """Where ``value`` lies between two groups of (pair id, score)."""
    return Placement(name, value, max(below, key=lambda s: s[1]), min(above, key=lambda s: s[1]))


def load_cases(folder: Path, name: str) -> list[dict[str, Any]]:
    """The labelled pairs of ``folder/name``."""
    return yaml.safe_load((folder / name).read_text(encoding="utf-8"))["cases"]


def score_quotes(cases: list[dict[str, Any]]) -> list[Scored]:
    """Each pair of quotes with its 3-gram containment, aligned-word share and length in words."""
    scored = []
    for case in cases:
        a, b = case["a"], case["b"]
        wa, wb = QuoteWords.of(a), QuoteWords.of(b)
        grams, aligned = similarity(quote_grams(a), quote_grams(b)), word_alignment(wa, wb)
        length = min(len(quote_words(a)), len(quote_words(b)))
        counted = aligned if length >= attribution.MIN_ALIGNED_WORDS else 0.0
        scored.append(Scored(case["id"], case["label"], case.get("kind", ""),
                             {"grams": grams, "aligned": aligned, "words": length},
                             attribution.same_words(grams, counted)))
    return scored


def score_sources(cases: list[dict[str, Any]]) -> list[Scored]:
    """Each pair of sources with its larger containment and number of shared shingles."""
    scored = []
    for case in cases:
        a, b = (narrative_shingles(parse_seed(f"{case['id']}/{side}.txt", case[side])) for side in "ab")
        shared = len(a & b)
        share = max(containment(shared, len(a)), containment(shared, len(b)))
        linked = shared >= reuse.MIN_SHARED and share >= reuse.LINK_THRESHOLD
        scored.append(Scored(case["id"], case["label"], case["kind"], {"containment": share, "shared": shared}, linked))
    return scored


def _every(scored: Scored) -> bool:
    return True


def _group(scored: list[Scored], score: str, keep: Callable[[Scored], bool]) -> list[tuple[str, float]]:
    return [(s.id, s.scores[score]) for s in scored if keep(s)]


def placements(quotes: list[Scored], sources: list[Scored]) -> list[Placement]:
    """Each threshold between its two groups (`GROUPS` in the module docstring)."""
    long_enough = attribution.MIN_ALIGNED_WORDS
    different = [s for s in quotes if s.label == "different"]
    aligned_only = [s for s in quotes if s.kind == "reworded" and s.scores["grams"] < attribution.CONFLICT_THRESHOLD]
    independent = [s for s in sources if s.label == "independent"]
    origin = [s for s in sources if s.label == "same-origin"]
    return [
        placement("CONFLICT_THRESHOLD", attribution.CONFLICT_THRESHOLD, _group(different, "grams", _every),
                  _group(quotes, "grams", lambda s: s.kind == "copied")),
        placement("ALIGNED_THRESHOLD", attribution.ALIGNED_THRESHOLD,
                  _group(different, "aligned", lambda s: s.scores["words"] >= long_enough),
                  _group(quotes, "aligned", lambda s: s.kind == "reworded")),
        placement("MIN_ALIGNED_WORDS", long_enough,
                  _group(different, "words", lambda s: s.scores["aligned"] >= attribution.ALIGNED_THRESHOLD),
                  _group(aligned_only, "words", _every)),
        placement("LINK_THRESHOLD", reuse.LINK_THRESHOLD,
                  _group(independent, "containment", lambda s: s.kind == "same-speech"),
                  _group(origin, "containment", _every)),
        placement("MIN_SHARED", reuse.MIN_SHARED,
                  _group(independent, "shared", lambda s: s.kind == "stock-phrase"), _group(origin, "shared", _every)),
    ]


GROUPS = """
CONFLICT_THRESHOLD  3-gram containment   copied pairs above; every different pair below
ALIGNED_THRESHOLD   aligned-word share   reworded pairs above; different pairs of MIN_ALIGNED_WORDS words or more below
MIN_ALIGNED_WORDS   words, shorter quote reworded pairs only the alignment catches above; different pairs it would flag below
LINK_THRESHOLD      larger containment   same-origin pairs above; independent reports of one speech below
MIN_SHARED          shared shingles      same-origin pairs above; short items sharing stock phrases below
"""
"""Each threshold: the score it reads, and the groups of pairs it separates."""


def calibrate(folder: Path) -> tuple[list[Scored], list[Scored], list[Placement]]:
    """Scores of the labelled pairs in ``folder`` and where each threshold lies."""
    quotes = score_quotes(load_cases(folder, "quotes.yaml"))
    sources = score_sources(load_cases(folder, "sources.yaml"))
    return quotes, sources, placements(quotes, sources)


def report(root: Path) -> list[str]:
    """The printed calibration of the project in ``root``; nothing without its fixtures."""
    folder = root / FIXTURES
    if not (folder / "quotes.yaml").is_file() or not (folder / "sources.yaml").is_file():
        return []
    quotes, sources, placed = calibrate(folder)
    lines = ["", "analysis thresholds, from the labelled pairs of " + FIXTURES.as_posix()]
    lines += [_pair_row(s, ("grams", "aligned", "words")) for s in quotes]
    lines += [_pair_row(s, ("containment", "shared")) for s in sources]
    lines += [_placement_row(p) for p in placed]
    return lines


def _pair_row(s: Scored, names: tuple[str, ...]) -> str:
    cells = " ".join(f"{n} {s.scores[n]:g}" if n in ("words", "shared") else f"{n} {s.scores[n]:.3f}" for n in names)
    side = "flagged" if s.flagged else "not flagged"
    verdict = "ok" if s.flagged == s.expected else "WRONG SIDE"
    if s.kind == "too-short":
        verdict = "known miss" if not s.flagged else "now caught: relabel it"
    return f"  {s.id:38} {s.label:11} {s.kind:12} {cells:44} {side:11} {verdict}"


def _placement_row(p: Placement) -> str:
    status = "ok" if p.wide_enough else f"TOO NARROW (needs {MARGINS[p.name]:g})"
    return (f"{p.name:18} {p.value:g}: above {p.below[1]:.3g} ({p.below[0]}), below {p.above[1]:.3g} "
            f"({p.above[0]}), margin {p.margin:.3g} {status}")
