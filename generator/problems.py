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

from .characters import one_line
from .model import Where

CODES = {
    "yaml-syntax": "the front matter is not valid YAML",
    "yaml-alias": "the front matter uses a YAML anchor (&x) or alias (*x); write values out in full",
    "yaml-tag": "the front matter uses a YAML tag (!!int, !!python/…); write plain values",
    "yaml-depth": "the front matter nests lists and mappings deeper than 8 levels",
    "duplicate-key": "a front-matter key appears twice in one mapping",
    "control-character": "a file contains a control character other than tab and line breaks (NUL, ESC, DEL, …)",
    "file-too-large": "a file is larger than its documented limit (seeds 2 MiB, content files 1 MiB)",
    "file-outside": "a file or folder is a link to somewhere outside the project",
    "unexpected-file": "a file in content/ that the build does not read (not a .md file in a content folder)",
    "front-matter-missing": "a content file does not start with front matter",
    "not-utf8": "a file is not UTF-8 text",
    "unreadable": "a file cannot be read",
    "field-missing": "a required field is missing",
    "field-type": "a field has the wrong type (text, list, mapping, number)",
    "field-empty": "a text field is empty",
    "unknown-field": "a field name is not known (typo?)",
    "bad-id": "an id or file name is not lower-case words joined by hyphens",
    "bad-date": "a date is not YYYY-MM-DD",
    "bad-status": "a status is not one of the allowed values",
    "bad-url": "a URL is not http:// or https://",
    "bad-wikidata": "a Wikidata id is not Q followed by digits",
    "bad-boilerplate": "a boilerplate line is not a number or range, or is past the end of the seed",
    "unknown-iso-code": "a country code is not ISO 3166-1 alpha-2",
    "seed-missing": "a brief's seed file does not exist",
    "seed-outside": "a brief's seed file is not inside seeds/",
    "quote-not-found": "a quote does not occur in its seed",
    "quote-too-long": "a quote is longer than 2,000 characters",
    "bad-occurrence": "occurrence: asks for a match the seed does not have",
    "duplicate-slug": "two briefs have the same slug",
    "slug-mismatch": "a brief's slug is not its file name",
    "duplicate-source": "two briefs annotate the same seed",
    "unknown-person": "a person id is not registered",
    "unknown-organisation": "an organisation id is not registered",
    "unknown-speaker": "a `by:` written as an id names neither a registered person nor an organisation",
    "shared-id": "a person and an organisation have the same id, so `by:` cannot tell them apart",
    "bad-kind": "an organisation's kind is not one of the allowed kinds",
    "unreviewed-entry": "a published brief uses a registry entry still marked `status: proposed`",
    "draft-placeholder": "a published brief, or a reviewed registry entry, still has the drafter's placeholder text",
    "duplicate-person": "(warning) two registered people have one name, once spelling and transliteration are folded",
    "duplicate-organisation": "(warning) two registered organisations share a name or an alias, once spelling is folded",
    "unknown-country": "a country is not registered",
    "unknown-claim": "a claim id is not registered",
    "bad-link": "a claim:/person:/country:/brief:/source: link does not resolve",
    "duplicate-page": "two plain pages (content/pages/) have the same slug",
    "reserved-slug": "a plain page's slug is a folder the site writes itself (briefs, claims, search, …)",
    "unlisted-mention": "(warning) a source names a registered person or country its brief does not list",
    "bad-value": "a claim's value cannot be read as a quantity",
    "value-not-in-quote": "a claim's value does not appear in its quote",
    "internal-error": "the checker failed on this file: a bug in Briefing, please report it with the file",
    "attribution-conflict": "(warning) near-identical words are attributed to different speakers",
    "bad-acknowledgement": "an `acknowledged:` item names a warning that cannot be acknowledged, or not its subject",
    "stale-acknowledgement": "(warning) an acknowledged warning no longer occurs; remove the acknowledgement",
}
"""Every problem code, with what it means; the README documents each one."""

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the content, located to a file and line."""

    where: Where
    code: str
    """Stable, kebab-case identifier, e.g. ``quote-not-found``."""
    message: str
    """What is wrong, the offending value, what is allowed, a hint."""
    severity: str = ERROR
    subject: tuple[tuple[str, str], ...] = ()
    """What a warning is about, as an author writes it to acknowledge it:
    ``(("claim", "x"), ("brief", "y"))``; empty for errors."""

    def __post_init__(self) -> None:
        # A closed set of codes: each one is documented in the README.
        if self.code not in CODES:
            raise ValueError(f"unregistered problem code {self.code!r}: add it to problems.CODES and the README")

    def __str__(self) -> str:
        # A value (or file name) quoted in a report may hold line breaks; one problem is one line.
        return one_line(self._line())

    def _line(self) -> str:
        if self.severity == WARNING and self.subject:
            keys = ", ".join(f"{k}: {v}" for k, v in sorted(self.subject))
            return (f"{self.where}: {self.code}: warning: {self.message}; once reviewed, acknowledge it "
                    f"under acknowledged: {{warning: {self.code}, {keys}, note: …}}")
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
    close = closest(value, choices)
    return f' (did you mean "{close}"?)' if close is not None else ""


def closest(value: str, choices: Iterable[str]) -> str | None:
    """The choice a did-you-mean suggests for ``value``, if any is close enough."""
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def shorten(text: str, limit: int = 80) -> str:
    """Quote-friendly excerpt of a long value for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def internal_error(where: Where, error: BaseException) -> Problem:
    """A failure of our own code on some input, reported instead of a traceback.

    No input should ever cause one; the test suite feeds random input to
    the loader and asserts that this never appears.
    """
    return Problem(where, "internal-error", f"could not check this file ({type(error).__name__}: "
                   f"{shorten(str(error), 120)}); this is a bug in Briefing: please report it with the file")
