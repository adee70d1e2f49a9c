"""Where each front-matter value is written: character spans, for edits in place.

A merge changes a few values of a file and nothing else: comments, key
order, quoting and blank lines stay as the author wrote them.  So the file
is never dumped again; instead the YAML parser's events give the exact
characters of every scalar and list, and `edits` splices new text into
those places only.

>>> text = "---\\npeople: [a, 'b']  # why\\n---\\nBody\\n"
>>> spans = front_matter_spans(text)
>>> item = spans.nodes[("people", 1)]
>>> text[item.start:item.end], item.style, item.line
("'b'", "'", 2)
>>> spans.nodes[("people",)].flow, spans.body_start
(True, 32)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..documents import FrontMatterError, parse_document
from ..strictyaml import NULLS

Path = tuple[Any, ...]


class Unsafe(Exception):
    """A file cannot be edited in place with certainty; the message says why."""


@dataclass(frozen=True)
class Node:
    """One value of the front matter and where it is written in the file."""

    path: Path
    start: int
    """Offset in the file's text of the value's first character (``[`` for a flow list)."""
    end: int
    """Offset one past its last character; for a block list, the end of its last item."""
    line: int
    """1-based file line of ``start``."""
    kind: str
    """``scalar``, ``list`` or ``mapping``."""
    value: str | None = None
    """A scalar as strict YAML reads it (None for a plain null)."""
    style: str | None = None
    """A scalar's quoting: None (plain), ``'``, ``"``, ``|`` or ``>``."""
    flow: bool = False
    """A list or mapping written ``[…]`` / ``{…}``."""
    items: list[Path] = field(default_factory=list)
    """A list's item paths, or a mapping's value paths, in order."""
    key_line: int = 0
    """The line of the key this value belongs to (0 for list items and the top)."""


@dataclass(frozen=True)
class Spans:
    """A file's front matter, located: every node, and where the body starts."""

    text: str
    nodes: dict[Path, Node]
    data: Any
    """The front matter as `documents.parse_document` reads it."""
    yaml_start: int
    """Offset of the front matter's first line (after the opening ``---``)."""
    yaml_end: int
    """Offset of the closing ``---`` line."""
    body_start: int
    """Offset of the body's first character."""
    body_line: int

    @property
    def newline(self) -> str:
        """The file's line break: ``\\r\\n`` when it uses them, else ``\\n``."""
        return "\r\n" if "\r\n" in self.text else "\n"

    def line_at(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1


def line_offsets(text: str) -> list[int]:
    """The offset where each line starts (line 1 at index 0); lines end at ``\\n`` only."""
    starts = [0]
    starts += [i + 1 for i, char in enumerate(text) if char == "\n"]
    return starts


def front_matter_spans(text: str) -> Spans:
    """The spans of ``text``'s front matter; `Unsafe` when it cannot be located for sure."""
    if text.count("\r") != text.count("\r\n"):
        raise Unsafe("the file breaks lines with a bare carriage return")
    bom = 1 if text.startswith("\ufeff") else 0
    try:
        document = parse_document(text[bom:])
    except FrontMatterError as error:
        raise Unsafe(f"its front matter does not read: {error.message}") from None
    if document.data is None:
        raise Unsafe("it has no front matter")
    starts = line_offsets(text)
    yaml_start = starts[document.front_matter_line]  # the line after the opening ---
    yaml_end = starts[document.body_line - 2]  # the closing --- line
    body_start = starts[document.body_line - 1] if document.body_line - 1 < len(starts) else len(text)
    nodes = _walk(text, yaml_start, yaml_end)
    spans = Spans(text, nodes, document.data, yaml_start, yaml_end, body_start, document.body_line)
    if _plain_data(spans) != document.data:  # the located text is not what the loader read
        raise Unsafe("its front matter could not be located exactly")
    return spans


def _walk(text: str, start: int, end: int) -> dict[Path, Node]:
    source = text[start:end]
    lines = line_offsets(text)
    walker = _Walker(start, lambda offset: _line_of(lines, offset))
    try:
        for event in yaml.parse(source, Loader=yaml.SafeLoader):
            walker.event(event)
    except yaml.YAMLError as error:
        raise Unsafe(f"its front matter does not read: {error}") from None
    return walker.nodes


def _line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


class _Walker:
    """Builds `Node`s from parser events, as `strictyaml._Builder` builds data."""

    def __init__(self, base: int, line_of):
        self.base = base
        self.line_of = line_of
        self.nodes: dict[Path, Node] = {}
        self.stack: list[list[Any]] = []  # [path, node fields, pending key, key line]

    def event(self, event: yaml.Event) -> None:
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self.start(event)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            path, fields, _, _ = self.stack.pop()
            if fields["flow"]:
                fields["end"] = self.base + event.end_mark.index
            elif fields["items"]:
                fields["end"] = self.nodes[fields["items"][-1]].end
            self.nodes[path] = Node(path, **fields)

    def start(self, event: yaml.NodeEvent) -> None:
        begin, finish = self.base + event.start_mark.index, self.base + event.end_mark.index
        path, key_line = self.place(event)
        if path is None:
            return  # a key
        if isinstance(event, yaml.ScalarEvent):
            value = None if event.implicit[0] and event.value in NULLS else event.value
            self.nodes[path] = Node(path, begin, finish, self.line_of(begin), "scalar", value, event.style,
                                    key_line=key_line)
            return
        kind = "list" if isinstance(event, yaml.SequenceStartEvent) else "mapping"
        fields = dict(start=begin, end=finish, line=self.line_of(begin), kind=kind, flow=bool(event.flow_style),
                      items=[], key_line=key_line)
        self.stack.append([path, fields, None, 0])

    def place(self, event: yaml.NodeEvent) -> tuple[Path | None, int]:
        """The path of this node, or None when it is a mapping key (then remembered)."""
        if not self.stack:
            return (), 0
        top = self.stack[-1]
        path, fields = top[0], top[1]
        if fields["kind"] == "list":
            item = (*path, len(fields["items"]))
            fields["items"].append(item)
            return item, 0
        if top[2] is None:
            top[2] = event.value if isinstance(event, yaml.ScalarEvent) else "?"
            top[3] = self.line_of(self.base + event.start_mark.index)
            return None, 0
        key, top[2] = top[2], None
        fields["items"].append((*path, key))
        return (*path, key), top[3]


def _plain_data(spans: Spans) -> Any:
    """The data the nodes describe, to compare with what the loader read."""
    def build(path: Path) -> Any:
        node = spans.nodes[path]
        if node.kind == "scalar":
            return node.value
        if node.kind == "list":
            return [build(item) for item in node.items]
        return {item[-1]: build(item) for item in node.items}
    return build(()) if () in spans.nodes else {}


_HASH = re.compile(r"(?:^|(?<=[ \t]))#", re.MULTILINE)
"""Where a comment may start: a ``#`` at a line's start or after a space (inside a value it is text)."""


def comments(spans: Spans) -> list[tuple[int, str]]:
    """``(line, text)`` of each YAML comment of the front matter, without its ``#``.

    >>> comments(front_matter_spans("---\\n# Why.\\nname: 'A # B'  # note\\n---\\n"))
    [(2, 'Why.'), (3, 'note')]
    """
    scalars = sorted((n.start, n.end) for n in spans.nodes.values() if n.kind == "scalar")
    found, line_done = [], -1
    for match in _HASH.finditer(spans.text, spans.yaml_start, spans.yaml_end):
        at = bisect.bisect_right(scalars, (match.start(), float("inf"))) - 1
        if match.start() < line_done or (at >= 0 and scalars[at][0] <= match.start() < scalars[at][1]):
            continue
        end = spans.text.find("\n", match.start())
        line_done = len(spans.text) if end < 0 else end
        found.append((spans.line_at(match.start()), spans.text[match.end():line_done].strip()))
    return found
