"""Where `claimmatch.THRESHOLD` and `claimmatch.LEAD` come from: the labelled pairs.

    lines = report(Path("."))   # the placement rows, for `make eval`

``tests/fixtures/draft/claim-match.yaml`` (in the project folder) holds
invented (statement, registered claim) pairs against a small registry of its
own, and the tuned evaluation articles' key claims against the frozen
registry of ``tests/fixtures/eval``.  `THRESHOLD` sits midway between the
matching pairs' scores and the others' (the pairs marked ``missed`` or
``confused`` aside: the matcher does not, or cannot, file them right), and
`LEAD` midway between the leads of the restatements the matcher ranks first
under their own claim and under another; each keeps at least its margin
(`MARGIN`, `LEAD_MARGIN`) to the nearer group.  ``tests/test_draft_registry.py``
checks the same placement.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import claimmatch
from .claimmatch import ClaimMatcher, chosen

FIXTURE = Path("tests") / "fixtures" / "draft" / "claim-match.yaml"
"""The labelled pairs, relative to the project folder."""
REGISTRY = Path("tests") / "fixtures" / "eval"
"""The evaluation set whose frozen registry the real pairs name."""


@dataclass(frozen=True)
class Placement:
    """A threshold between two groups of labelled scores."""

    name: str
    value: float
    below: tuple[str, float]
    """The highest score that must stay below it, and its statement."""
    above: tuple[str, float]
    """The lowest score that must reach it, and its statement."""
    margin: float
    """The least of the two distances; at least `needed`."""
    needed: float


class _Claim:
    def __init__(self, claim_id: str, statement: str):
        self.id, self.statement = claim_id, statement


class _Registry:
    """What `ClaimMatcher` reads of a corpus, for the fixture's own small registry."""

    def __init__(self, claims: list[dict[str, Any]]):
        self.claims = {c["id"]: _Claim(c["id"], c["statement"]) for c in claims}
        self.people: dict = {}
        self.briefs: list = []


def placements(pairs: dict[str, Any], registry: Any) -> list[Placement]:
    """`THRESHOLD` and `LEAD` against the labelled ``pairs`` (the fixture's mapping),
    the real pairs scored against ``registry`` (the frozen corpus)."""
    own = ClaimMatcher(_Registry(pairs["claims"]))
    real = ClaimMatcher(registry)
    known = {c["id"] for c in pairs["claims"]}
    scored = [(p, (own if p["claim"] in known else real).score_against(p["statement"], p["claim"]))
              for p in pairs["pairs"] + pairs["registry_pairs"]
              if not (p.get("missed") or p.get("confused") or p.get("held"))]  # `held`: the lead keeps it unfiled
    matches = [(p["statement"], s) for p, s in scored if p["match"]]
    others = [(p["statement"], s) for p, s in scored if not p["match"]]
    return [_placed("THRESHOLD", claimmatch.THRESHOLD, others, matches, claimmatch.MARGIN),
            _placed("LEAD", claimmatch.LEAD, *_leads(pairs["registry_pairs"], real), claimmatch.LEAD_MARGIN)]


def _leads(pairs: list[dict[str, Any]], matcher: ClaimMatcher) -> tuple[list[tuple[str, float]], ...]:
    """The leads of the real pairs ranked at or above the threshold: under another
    claim (or a near miss), and under their own (those marked ``missed`` aside)."""
    other, own = [], []
    for pair in pairs:
        ranked = matcher.rank(pair["statement"])
        if pair.get("confused") or not ranked or ranked[0].score < claimmatch.THRESHOLD:
            continue
        lead = ranked[0].score - (ranked[1].score if len(ranked) > 1 else 0.0)
        if pair["match"] and ranked[0].claim == pair["claim"]:
            own += [] if pair.get("missed") else [(pair["statement"], lead)]
        else:
            other.append((pair["statement"], lead))
    return other, own


def _placed(name: str, value: float, below: list[tuple[str, float]], above: list[tuple[str, float]],
            needed: float) -> Placement:
    """The placement of ``value`` between the highest of ``below`` and the lowest of
    ``above``; a group with no pair (no restatement filed under another claim, say)
    bounds nothing."""
    high = max(below, key=lambda p: p[1], default=("(no pair)", -math.inf))
    low = min(above, key=lambda p: p[1], default=("(no pair)", math.inf))
    return Placement(name, value, high, low, round(min(value - high[1], low[1] - value), 4), needed)


def _bound(bound: tuple[str, float]) -> str:
    """A group's nearest score and its statement, or that the group is empty."""
    statement, value = bound
    return f"{value:.3f} ({statement[:60]})" if math.isfinite(value) else "no pair (an empty group bounds nothing)"


def labelled_precision(pairs: list[dict[str, Any]], registry: Any) -> tuple[int, int, int]:
    """Of the real pairs: restatements, those filed under their own claim, and pairs
    filed wrongly (under another claim, or a near miss filed at all)."""
    matcher = ClaimMatcher(registry)
    filed = [(chosen(matcher.rank(p["statement"])), p) for p in pairs]
    right = sum(claim == p["claim"] and p["match"] for claim, p in filed)
    wrong = sum(claim is not None and not (claim == p["claim"] and p["match"]) for claim, p in filed)
    return sum(p["match"] for p in pairs), right, wrong


def report(root: Path, registry: Any) -> list[str]:
    """The printed placement of the claim matcher's thresholds; nothing without the fixture."""
    path = root / FIXTURE
    if not path.is_file() or registry is None:
        return []
    pairs = yaml.safe_load(path.read_text(encoding="utf-8"))
    lines = ["", "claim matching thresholds, from the labelled pairs of " + FIXTURE.as_posix()]
    for p in placements(pairs, registry):
        status = "ok" if p.margin >= p.needed else f"TOO NARROW (needs {p.needed:g})"
        lines.append(f"{p.name:10} {p.value:g}: above {_bound(p.below)}, below {_bound(p.above)}, "
                     f"margin {p.margin:g} {status}")
    total, right, wrong = labelled_precision(pairs["registry_pairs"], registry)
    lines.append(f"real restatements filed under their claim: {right}/{total}, filed wrongly: {wrong} "
                 f"(labelled precision {right / max(right + wrong, 1):.3f})")
    return lines
