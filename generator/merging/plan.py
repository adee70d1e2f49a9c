"""A merge, computed before anything is written: every file's edits, checked.

A `FileEdit` holds a file as it was read, the splices to make in it, and
what its front matter and body must read as afterwards; `FileEdit.result`
makes the new text and reads it back (front matter, body, and the loader's
own parse of the file), so a rewrite that would change anything else, or
leave a file the loader reports, is refused before a byte is written.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .. import registries
from ..briefs import parse_brief
from ..documents import parse_document
from ..fields import FieldReader
from ..files import ProjectFiles
from ..limits import MAX_CONTENT_BYTES
from ..problems import Problem
from ..sitepages import parse_page
from .edits import Splice, append_body, apply
from .spans import Spans, Unsafe, front_matter_spans


class Refused(Exception):
    """The merge cannot go ahead; ``reasons`` says why, one line each."""

    def __init__(self, *reasons: str, shown: list[str] | None = None):
        super().__init__("; ".join(reasons))
        self.reasons = list(reasons)
        self.shown = shown or []
        """Lines printed before the reasons (the problems of a check)."""


@dataclass(frozen=True)
class Change:
    """One change, printed as ``path:line: what`` (lines of the file before the merge)."""

    path: str
    line: int | None
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}" if self.line else f"{self.path}: {self.what}"


def parsers() -> dict[str, tuple[Callable, tuple]]:
    """The loader's parse function (and its extra arguments) of each content folder."""
    found = {"briefs": (parse_brief, (lambda source, reader: None,)),  # anchoring is not what changes
             "people": (registries.parse_person, ()), "countries": (registries.parse_country, ()),
             "claims": (registries.parse_claim, ()), "pages": (parse_page, ())}
    if hasattr(registries, "parse_organisation"):
        found["organisations"] = (registries.parse_organisation, ())
    return found


def parse_entry(relative: str, text: str) -> tuple[Any, list[Problem]]:
    """The record the loader makes of ``text`` as the file ``relative``, and its problems."""
    folder = relative.split("/")[1]
    parse, extra = parsers()[folder]
    problems: list[Problem] = []
    document = parse_document(text.removeprefix("\ufeff"))
    record = parse(relative, Path(relative).stem, document, FieldReader(relative, document, problems), *extra)
    return record, problems


@dataclass
class FileEdit:
    """The edits of one file."""

    path: str
    original: str
    spans: Spans
    splices: list[Splice] = field(default_factory=list)
    sets: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    """Front-matter paths given a new value."""
    deletions: list[tuple[Any, ...]] = field(default_factory=list)
    """Paths of list items removed."""
    body: str | None = None
    """The body with its links rewritten, when they were."""
    appended: str = ""
    changes: list[Change] = field(default_factory=list)

    @classmethod
    def read(cls, files: ProjectFiles, relative: str) -> "FileEdit":
        return cls.of(relative, cls.read_text(files, relative))

    @classmethod
    def of(cls, relative: str, text: str) -> "FileEdit":
        try:
            return cls(relative, text, front_matter_spans(text))
        except Unsafe as why:
            raise Refused(f"{relative}: cannot be rewritten safely: {why}") from None

    @staticmethod
    def read_text(files: ProjectFiles, relative: str) -> str:
        """The file's text, read as the loader reads it (inside the project, within the size limit)."""
        first = len(files.problems)
        text = files.read_text(relative, MAX_CONTENT_BYTES, "content file")
        if text is None:
            raise Refused(*(str(p) for p in files.problems[first:]))
        return text

    def change(self, offset: int, what: str) -> None:
        """A change at ``offset`` of the file as read, to print."""
        self.change_on_line(self.spans.line_at(offset), what)

    def change_on_line(self, line: int, what: str) -> None:
        self.changes.append(Change(self.path, line, what))

    def set_body(self, body: str) -> None:
        self.body = body
        self.splices.append(Splice(self.spans.body_start, len(self.original), body))

    def append(self, addition: str) -> None:
        """Whole lines added at the end of the file, with its line breaks."""
        addition = addition.replace("\r\n", "\n").replace("\n", self.spans.newline)
        self.appended += addition
        self.splices.append(append_body(self.spans, addition))

    def expected_data(self) -> Any:
        data = copy.deepcopy(self.spans.data)
        for path, value in self.sets.items():
            _container(data, path[:-1])[path[-1]] = value
        for path in sorted(self.deletions, key=lambda p: p[-1], reverse=True):
            del _container(data, path[:-1])[path[-1]]
        return data

    def expected_body(self) -> str:
        body = self.original[self.spans.body_start:] if self.body is None else self.body
        if self.appended and self.original and not self.original.endswith("\n") and body:
            body += self.spans.newline
        return body + self.appended

    def result(self) -> str:
        """The new text, read back and checked; `Refused` when it is not what was meant."""
        try:
            text = apply(self.original, self.splices)
            spans = front_matter_spans(text)
        except Unsafe as why:
            raise Refused(f"{self.path}: cannot be rewritten safely: {why}") from None
        if spans.data != self.expected_data() or text[spans.body_start:] != self.expected_body():
            raise Refused(f"{self.path}: cannot be rewritten safely: it would not read back as intended")
        record, problems = parse_entry(self.path, text)
        if record is None or problems:
            raise Refused(f"{self.path}: cannot be rewritten safely: it would read as "
                          + (str(problems[0]) if problems else "nothing"))
        if len(text.encode("utf-8")) > MAX_CONTENT_BYTES:
            raise Refused(f"{self.path}: would be larger than a content file may be ({MAX_CONTENT_BYTES:,} bytes)")
        return text


def _container(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data
