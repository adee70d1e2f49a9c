"""``python -m generator eval``: score the drafter on hand-annotated articles.

Each case is ``<name>.txt`` (a raw article) and ``<name>.expected.yaml`` (what
a careful analyst finds in it: people, countries, boilerplate lines and the
source metadata; ``set: tuned`` or ``set: held-out``).  The report gives,
per article and per set, precision and recall of people (full names,
compared without regard to case and hyphens — accents count), countries
(ISO codes) and boilerplate lines; the share of claim quotes found verbatim
in the article (as ``make check`` anchors them); the fewest claims drafted
for one article; and how many metadata fields were right.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..anchoring import SeedIndex
from ..briefs import boilerplate_lines
from ..loader import load_corpus
from ..model import Corpus
from ..segment import parse_seed
from .drafter import draft_article
from .ids import name_key
from .model import Draft

GOALS = {"people": 0.8, "boilerplate": 0.8, "countries": 0.9}
"""Both precision and recall must reach these; quotes must be 100 % verbatim."""
MIN_CLAIMS = 3


@dataclass
class Tally:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, predicted: set, expected: set) -> None:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)
        self.misses += [f"+{x}" for x in sorted(map(str, predicted - expected))]
        self.misses += [f"-{x}" for x in sorted(map(str, expected - predicted))]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Score:
    """Every measure for one article or one set."""

    people: Tally = field(default_factory=Tally)
    countries: Tally = field(default_factory=Tally)
    boilerplate: Tally = field(default_factory=Tally)
    quotes: int = 0
    verbatim: int = 0
    fewest_claims: int = 1 << 30
    metadata_right: int = 0
    metadata_total: int = 0

    def merge(self, other: "Score") -> None:
        for name in GOALS:
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.tp, mine.fp, mine.fn = mine.tp + theirs.tp, mine.fp + theirs.fp, mine.fn + theirs.fn
        self.quotes += other.quotes
        self.verbatim += other.verbatim
        self.fewest_claims = min(self.fewest_claims, other.fewest_claims)
        self.metadata_right += other.metadata_right
        self.metadata_total += other.metadata_total

    def meets_goals(self) -> bool:
        measures = all(min(getattr(self, n).precision, getattr(self, n).recall) >= goal for n, goal in GOALS.items())
        return measures and self.verbatim == self.quotes and self.fewest_claims >= MIN_CLAIMS


def score_case(text: str, expected: dict, corpus: Corpus | None) -> tuple[Score, Draft]:
    """Draft one article and compare it with its annotation."""
    draft = draft_article(text, "seeds/eval.txt", corpus)
    score = Score()
    score.people.add({name_key(p.name) for p in draft.people}, {name_key(n) for n in expected.get("people") or []})
    score.countries.add({c.code for c in draft.countries}, {c.upper() for c in expected.get("countries") or []})
    score.boilerplate.add({b.line for b in draft.boilerplate}, set(boilerplate_lines(expected.get("boilerplate") or [])))
    index = SeedIndex.build(parse_seed("seeds/eval.txt", text), frozenset())
    score.quotes = len(draft.claims)
    score.verbatim = sum(bool(index.occurrences(c.quote)) for c in draft.claims)
    score.fewest_claims = len(draft.claims)
    _score_metadata(score, draft, expected)
    return score, draft


def _score_metadata(score: Score, draft: Draft, expected: dict) -> None:
    meta = draft.metadata
    published = expected.get("published")
    pairs = [
        (meta.title.value, expected.get("title")),
        (meta.publisher.value, expected.get("publisher")),
        (meta.published.value, published if isinstance(published, dt.date) or published is None else None),
        (list(meta.byline.value or ()), list(expected.get("byline") or [])),
    ]
    score.metadata_total += len(pairs)
    score.metadata_right += sum(got == want for got, want in pairs)


def load_cases(folder: Path) -> list[tuple[str, str, dict]]:
    """(name, text, expected) for every annotated article, sorted by name."""
    cases = []
    for path in sorted(folder.glob("*.expected.yaml")):
        name = path.name[: -len(".expected.yaml")]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        cases.append((name, text, yaml.safe_load(path.read_text(encoding="utf-8"))))
    return cases


def _pr(tally: Tally) -> str:
    return f"{tally.precision:4.2f}/{tally.recall:4.2f}"


def report(results: list[tuple[str, str, Score]]) -> list[str]:
    """The printed table: one row per article, then one per set."""
    head = f"{'article':34} {'set':8} {'people P/R':>10} {'countries':>10} {'boilerpl.':>10} {'verbatim':>9} {'claims':>6} {'meta':>5}"
    lines = [head, "-" * len(head)]
    sets: dict[str, Score] = {}
    for name, kind, score in results:
        lines.append(_row(name, kind, score))
        sets.setdefault(kind, Score()).merge(score)
    lines.append("-" * len(head))
    for kind, score in sets.items():
        verdict = "meets the goals" if score.meets_goals() else "BELOW the goals"
        lines.append(_row(f"all {kind} ({verdict})", kind, score))
    goals = ", ".join(f"{n} >= {g}" for n, g in GOALS.items())
    lines.append(f"goals: precision and recall of {goals}; quotes 100% verbatim; at least {MIN_CLAIMS} claims an article")
    return lines


def _row(name: str, kind: str, score: Score) -> str:
    verbatim = f"{score.verbatim}/{score.quotes}"
    meta = f"{score.metadata_right}/{score.metadata_total}"
    return (f"{name[:34]:34} {kind:8} {_pr(score.people):>10} {_pr(score.countries):>10} "
            f"{_pr(score.boilerplate):>10} {verbatim:>9} {score.fewest_claims:>6} {meta:>5}")


def run(args: argparse.Namespace) -> int:
    folder = Path(args.fixtures)
    if not folder.is_absolute() and not folder.exists():
        folder = Path(args.root) / folder
    cases = load_cases(folder)
    if not cases:
        print(f"eval: no *.expected.yaml in {folder}")
        return 2
    corpus, _ = load_corpus(Path(args.root))
    results = []
    for name, text, expected in cases:
        score, _ = score_case(text, expected, corpus)
        results.append((name, str(expected.get("set", "tuned")), score))
    print("\n".join(report(results)))
    if os.environ.get("DRAFT_EVAL_VERBOSE"):  # list every miss, for tuning
        for name, _, score in results:
            print(name, "people", score.people.misses, "countries", score.countries.misses,
                  "boilerplate", score.boilerplate.misses)
    return 0
