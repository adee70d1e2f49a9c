"""The one entry point for validation, shared by the CLI and the build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .analysis import analysis_problems
from .analysis.attribution import Conflicts, find_conflicts
from .checks import check_corpus
from .loader import load_corpus
from .mentions import Gazetteer, Mention
from .model import Corpus
from .problems import Problem, errors, sort_problems


@dataclass(frozen=True)
class Validated:
    """A corpus with every problem found in it."""

    corpus: Corpus
    mentions: dict[str, list[Mention]]
    """Brief slug → every mention of a registered entity in its seed."""
    conflicts: Conflicts
    """Attribution conflicts over every brief, found once for check and pages."""
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not errors(self.problems)


def validate(root: Path) -> Validated:
    """Load ``root`` once and run every check over it."""
    corpus, problems = load_corpus(root)
    mentions = Gazetteer.build(corpus).find_all(corpus)
    conflicts = find_conflicts(corpus.briefs, corpus.people)
    problems = sort_problems([*problems, *check_corpus(corpus, mentions), *analysis_problems(corpus, conflicts)])
    return Validated(corpus, mentions, conflicts, tuple(problems))


def report(problems: tuple[Problem, ...] | list[Problem]) -> str:
    """All problems, one per line, and a closing count."""
    n_errors = len(errors(problems))
    n_warnings = len(problems) - n_errors
    lines = [str(p) for p in problems]
    lines.append(f"{n_errors} error(s), {n_warnings} warning(s)")
    return "\n".join(lines)
