"""The one entry point for validation, shared by the CLI and the build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import acknowledge
from .analysis import analysis_problems
from .analysis.attribution import Conflicts, find_conflicts
from .checks import check_corpus
from .loader import load_corpus
from .memo import Memo, same_objects
from .mentions import Gazetteer, Mention
from .model import Corpus, Where
from .problems import Problem, errors, internal_error, sort_problems
from .timings import TIMINGS


@dataclass(frozen=True)
class Validated:
    """A corpus with every problem found in it."""

    corpus: Corpus
    mentions: dict[str, list[Mention]]
    """Brief slug → every mention of a registered entity in its seed."""
    conflicts: Conflicts
    """Attribution conflicts over every brief, found once for check and pages."""
    problems: tuple[Problem, ...]
    acknowledged: int = 0
    """Warnings left out because a brief acknowledges them."""

    @property
    def ok(self) -> bool:
        return not errors(self.problems)

    def passes(self, strict: bool = False) -> bool:
        """No errors; in strict mode, no warnings either."""
        return not self.problems if strict else self.ok


def validate(root: Path, memo: Memo | None = None) -> Validated:
    """Load ``root`` once and run every check over it.

    The dev server passes its ``memo``: unchanged files are not parsed again
    and unchanged seeds not searched again; every check still runs over the
    whole project, so every problem is reported on every rebuild."""
    with TIMINGS.phase("load"):
        corpus, problems = load_corpus(root, memo)
    try:
        with TIMINGS.phase("mentions"):
            mentions = find_mentions(corpus, memo)
        with TIMINGS.phase("attribution"):
            conflicts = find_conflicts(corpus.briefs, corpus.speakers, memo and memo.conflicts, memo and memo.conflict_groups)
        with TIMINGS.phase("checks"):
            found = [*problems, *check_corpus(corpus, mentions, memo.checks if memo else None), *analysis_problems(corpus, conflicts, memo.values if memo else None)]
    except Exception as error:  # noqa: BLE001 - never a traceback for content; the suite asserts this never fires
        failed = internal_error(Where("content", 1), error)
        return Validated(corpus, {}, {}, tuple(sort_problems([*problems, failed])))
    kept, acknowledged = acknowledge.apply(found, corpus.briefs)
    return Validated(corpus, mentions, conflicts, tuple(sort_problems(kept)), acknowledged)


def find_mentions(corpus: Corpus, memo: Memo | None = None) -> dict[str, list[Mention]]:
    """Brief slug → the mentions in its seed; with a memo, a seed is searched
    again only when it or the registries changed."""
    if memo is None:
        return Gazetteer.build(corpus).find_all(corpus)
    registry = (*corpus.people.values(), *corpus.organisations.values(), *corpus.countries.values())
    if memo.gazetteer is None or not same_objects(memo.gazetteer[0], registry):
        memo.gazetteer = (registry, Gazetteer.build(corpus))
        memo.mentions.clear()
    return memo.gazetteer[1].find_all(corpus, memo.mentions)


def report(result: Validated, strict: bool = False) -> str:
    """All problems, one per line, and a closing count."""
    n_errors = len(errors(result.problems))
    n_warnings = len(result.problems) - n_errors
    lines = [str(p) for p in result.problems]
    total = f"{n_errors} error(s), {n_warnings} warning(s)"
    if result.acknowledged:
        total += f", {result.acknowledged} acknowledged"
    if strict and n_warnings:
        total += " (strict: warnings fail)"
    lines.append(total)
    return "\n".join(lines)
