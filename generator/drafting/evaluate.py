"""``python -m generator eval``: score the drafter on hand-annotated articles, set by set.

    python -m generator eval [--fixtures tests/fixtures/eval]

The fixtures folder holds

* ``<name>.txt`` and ``<name>.expected.yaml``: articles the rules were
  adjusted on (``set: tuned``);
* ``unseen/<name>.txt`` and ``unseen/<name>.expected.yaml``, when present:
  articles written by someone else and never looked at while tuning (set
  ``unseen``, whatever the file says).  They get one summary row and no
  per-article rows or misses, so the rules cannot be tuned on them one
  article at a time;
* ``registry/``: a frozen mini project (``content/people``, ``content/claims``,
  ``content/countries``) every article is drafted against, never the live
  ``content/``, so adding content does not move the figures.

Claims are filed as on a site whose briefs already cite its claims: the
tuned articles' annotated quotes play those briefs (`filedquotes`; a tuned
article never sees its own, nor those of its fold), and one line gives
reuse as the statements alone file it.

The measures are `scoring`'s; the report prints them beside `GOALS`, then
the claim analysis's thresholds with the labelled pairs they are set from
(`analysis.calibration`), and the claim matcher's (`claimcalibration`).
A candidate quote that does not anchor in its article is an error (exit 1).
"""

from __future__ import annotations

import argparse
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..analysis import calibration
from ..briefs import boilerplate_lines
from ..loader import load_corpus
from ..model import Corpus
from . import claimcalibration, filedquotes
from .claimmatch import ClaimMatcher
from .scoring import Score, Share, Tally, score_case, score_claims

GOALS = {"people": (0.95, 0.92), "countries": (0.95, 0.95), "boilerplate": (0.85, 0.85)}
"""Precision and recall each measure should reach."""
CLAIM_GOALS = {"coverage": 0.85, "by": 0.9, "reuse_recall": 0.8, "reuse_precision": 0.9}
"""Shares the claim measures should reach (a share with no cases counts as met)."""
UNSEEN = filedquotes.UNSEEN
REGISTRY = "registry"


@dataclass(frozen=True)
class Case:
    """One annotated article."""

    name: str
    text: str
    expected: dict[str, Any]
    kind: str
    """``tuned`` or ``unseen``."""


class AnnotationLoader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2's booleans: only ``true`` and
    ``false``.  YAML 1.1 reads ``countries: [NO]`` (Norway) as ``[False]``."""


AnnotationLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
AnnotationLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                       list("tTfF"))


def load_cases(folder: Path, unseen: bool = True) -> list[Case]:
    """The tuned articles of ``folder``, then (``unseen``) its ``unseen/`` ones, each sorted by name."""
    cases = [Case(name, text, expected, str(expected.get("set") or "tuned"))
             for name, text, expected in _read(folder)]
    if unseen and (folder / UNSEEN).is_dir():
        cases += [Case(name, text, expected, UNSEEN) for name, text, expected in _read(folder / UNSEEN)]
    return cases


def _read(folder: Path) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path in sorted(folder.glob("*.expected.yaml")):
        name = path.name[: -len(".expected.yaml")]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        found.append((name, text, yaml.load(path.read_text(encoding="utf-8"), AnnotationLoader) or {}))
    return found


def load_registry(folder: Path) -> Corpus | None:
    """The frozen registry of the evaluation set, or None when it has none."""
    root = folder / REGISTRY
    return load_corpus(root)[0] if (root / "content").is_dir() else None


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------

_HEAD = (f"{'article':32} {'set':7} {'people P/R':>10} {'countries':>10} {'boilerpl.':>10} {'cover':>6} "
         f"{'by':>6} {'voice':>6} {'reuse R/P':>10} {'cands':>5} {'meta':>6}")


def report(results: list[tuple[Case, Score]]) -> list[str]:
    """The printed table: a row per tuned article, then one summary row per set."""
    lines = [_HEAD, "-" * len(_HEAD)]
    sets: dict[str, Score] = {}
    for case, score in results:
        if case.kind != UNSEEN:
            lines.append(_row(case.name, case.kind, score))
        sets.setdefault(case.kind, Score()).merge(score)
    lines.append("-" * len(_HEAD))
    for kind, score in sets.items():
        count = sum(case.kind == kind for case, _ in results)
        verdict = "meets the goals" if meets_goals(score) else "BELOW the goals"
        lines.append(_row(f"all {kind}, {count} ({verdict})", kind, score))
    lines.append(_row("goals", "", None))
    quotes = sum(s.candidates for s in sets.values())
    broken = sum(len(s.not_verbatim) for s in sets.values())
    lines.append(f"quotes anchored verbatim: {quotes - broken}/{quotes}" + (" — ERROR: a drafter bug" if broken else ""))
    return lines


def meets_goals(score: Score) -> bool:
    tallies = all(getattr(score, n).precision >= p and getattr(score, n).recall >= r for n, (p, r) in GOALS.items())
    shares = all((getattr(score, n).value or 1.0) >= goal if getattr(score, n).total else True
                 for n, goal in CLAIM_GOALS.items())
    return tallies and shares and not score.not_verbatim


def _row(name: str, kind: str, score: Score | None) -> str:
    if score is None:  # the goals, in the same columns
        cells = [f"{p:.2f}/{r:.2f}" for p, r in GOALS.values()]
        cells += [f"{CLAIM_GOALS['coverage']:.2f}", f"{CLAIM_GOALS['by']:.2f}", "",
                  f"{CLAIM_GOALS['reuse_recall']:.1f}/{CLAIM_GOALS['reuse_precision']:.1f}", "", ""]
    else:
        reuse = f"{_share(score.reuse_recall, '-')}/{_share(score.reuse_precision, '-')}"
        cells = [_pr(score.people), _pr(score.countries), _pr(score.boilerplate), _share(score.coverage),
                 _share(score.by), _share(score.voice), reuse,
                 str(score.candidates), f"{score.metadata_right}/{score.metadata_total}"]
    widths = (10, 10, 10, 6, 6, 6, 10, 5, 6)
    return f"{name[:32]:32} {kind:7} " + " ".join(f"{c:>{w}}" for c, w in zip(cells, widths))


def _pr(tally: Tally) -> str:
    return f"{tally.precision:4.2f}/{tally.recall:4.2f}"


def _share(share: Share, none: str = "n/a") -> str:
    return none if share.value is None else f"{share.value:.2f}"


def misses(results: list[tuple[Case, Score]]) -> list[str]:
    """Every miss of the tuned articles (never of the unseen ones), for tuning."""
    lines = []
    for case, score in results:
        if case.kind == UNSEEN:
            continue
        for measure in ("people", "countries", "boilerplate", "coverage", "by", "voice", "reuse_recall",
                        "reuse_precision"):
            lines += [f"{case.name}: {measure}: {miss}" for miss in getattr(score, measure).misses]
        lines += [f"{case.name}: not verbatim: {quote!r}" for quote in score.not_verbatim]
    return lines


def drafted(cases: list[Case], corpus: Corpus | None) -> tuple[list[tuple[Case, Score]], dict[str, Score]]:
    """Each case's score, its claims filed with the quotes a site would already have
    filed (`filedquotes`); and per set, the reuse scored as the statements alone file it."""
    filed_with = filedquotes.matchers(cases, corpus)
    statements = ClaimMatcher(corpus)
    results, alone = [], {}
    for case in cases:
        score, draft = score_case(case.text, case.expected, corpus, filed_with[case.name])
        results.append((case, score))
        refiled = Score()
        score_claims(refiled, case.text, statements.file_all(list(draft.claims), case.text), case.expected.get("claims") or [],
                     set(boilerplate_lines(case.expected.get("boilerplate") or [])))
        alone.setdefault(case.kind, Score()).merge(refiled)
    return results, alone


def run(args: argparse.Namespace) -> int:
    folder = Path(args.fixtures)
    if not folder.is_absolute() and not folder.exists():
        folder = Path(args.root) / folder
    cases = load_cases(folder)
    if not cases:
        print(f"eval: no *.expected.yaml in {folder}")
        return 2
    corpus = load_registry(folder)
    if corpus is None:
        print(f"eval: no {REGISTRY}/content in {folder}: drafting against an empty registry")
    results, alone = drafted(cases, corpus)
    print("\n".join(report(results)))
    print("registry reuse R/P filed by the statements alone, as on a site with no briefs yet: "
          + ", ".join(f"{kind} {_share(s.reuse_recall, '-')}/{_share(s.reuse_precision, '-')}"
                      for kind, s in alone.items()))
    if os.environ.get("DRAFT_EVAL_VERBOSE"):
        print("\n".join(misses(results)))
    for line in calibration.report(Path(args.root)):  # the analysis's thresholds, and their margins
        print(line)
    if folder.resolve() == (Path(args.root) / claimcalibration.REGISTRY).resolve():
        # the claim matcher's thresholds: their real pairs name this folder's registry claims
        for line in claimcalibration.report(Path(args.root), corpus):
            print(line)
    return 1 if any(score.not_verbatim for _, score in results) else 0
