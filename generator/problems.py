"""Problems found in content: errors are data, reported all at once.

A check never raises on bad content; it yields `Problem`s.  The command
line prints them as ``path:line: code: message`` (warnings as
``path:line: code: warning: message``), the build logs them in one
message and stops before writing anything.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable

from .model import Where

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, located to a file and line."""

    where: Where
    code: str
    """Stable, kebab-case identifier, e.g. ``quote-not-found``."""
    message: str
    """What is wrong, the offending value, what is allowed, a hint."""
    severity: str = ERROR

    def __str__(self) -> str:
        if self.severity == WARNING:
            return f"{self.where}: {self.code}: warning: {self.message}"
        return f"{self.where}: {self.code}: {self.message}"


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR]


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Order by file, then line, so a report reads top to bottom."""
    return sorted(problems, key=lambda p: (p.where.path, p.where.line, p.code, p.message))


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """`` (did you mean "x"?)`` for the closest choice, or ``""``.

    >>> did_you_mean("lloyd-austn", ["lloyd-austin", "antony-blinken"])
    ' (did you mean "lloyd-austin"?)'
    """
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def shorten(text: str, limit: int = 80) -> str:
    """Quote-friendly excerpt of a long value for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
