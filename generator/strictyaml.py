"""Strict YAML for authors: plain data, every scalar text exactly as written.

PyYAML resolves YAML 1.1 types: ``10:30`` becomes 630, ``012`` 10,
``0x1F`` 31, ``NO`` False, and a second ``claims:`` key silently replaces
the first.  Authors mean none of that.  This module reads the parser's
event stream itself and builds only what a front matter needs:

- mappings (``dict``) with text keys, each key once (``duplicate-key``);
- lists (``list``);
- scalars as ``str``, exactly as written; a plain ``null``, ``~`` or empty
  value is ``None``.  Each field's converter (`generator.fields`) then reads
  the text as the type it wants — a date, a whole number — or reports it.

Refused, each with its line: anchors and aliases (``yaml-alias``; they
are how "billion laughs" documents exhaust memory), tags such as
``!!python/object`` (``yaml-tag``), nesting deeper than
`limits.MAX_YAML_DEPTH` (``yaml-depth``), and anything the parser rejects
(``yaml-syntax``).

>>> load("when: 10:30\\ncode: 012\\nflag: NO\\nnone: ~\\n", 2)[0]
{'when': '10:30', 'code': '012', 'flag': 'NO', 'none': None}
"""

from __future__ import annotations

import bisect
import re
from typing import Any, Iterator

import yaml

from .characters import CONTROL, control_message
from .limits import MAX_YAML_DEPTH

Path = tuple[Any, ...]
"""A path into the front matter, e.g. ``("claims", 2, "quote")``."""

NULLS = frozenset({"", "~", "null", "Null", "NULL"})
"""Plain scalars that mean "no value"."""

# libyaml's parser when PyYAML has it (its wheels do): several times faster.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Refused(Exception):
    """The YAML cannot be read as author data; ``code`` and ``line`` say why and where."""

    def __init__(self, code: str, line: int, message: str):
        super().__init__(message)
        self.code = code
        self.line = line
        self.message = message


def load(text: str, first_line: int) -> tuple[Any, dict[Path, int]]:
    """The document's data and the 1-based file line of every key and list item.

    ``first_line`` is the file line of the YAML's first line.
    """
    lines = _Lines(text, first_line)
    builder = _Builder(lines)
    try:
        builder.consume(_events(_FAST_LOADER, text))
    except yaml.YAMLError:
        # libyaml words errors differently across versions; the pure-Python
        # parser gives the same message on every machine.
        builder = _Builder(lines)
        try:
            builder.consume(_events(yaml.SafeLoader, text))
        except yaml.YAMLError as error:
            runaway = _runaway_quote(text, error)
            if runaway is not None:
                raise Refused("yaml-syntax", lines.of(runaway[0]), _runaway_message(lines, *runaway)) from None
            raise Refused("yaml-syntax", lines.of(_error_mark(error)), _syntax_message(error)) from None
    return builder.result, builder.lines


class _Lines:
    """File lines of character offsets in the YAML text.

    YAML also breaks lines at U+0085, U+2028 and U+2029, so its own line
    numbers can run ahead of the file's; offsets cannot.
    """

    def __init__(self, text: str, first_line: int):
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.first_line = first_line

    def of(self, mark: Any) -> int:
        return self.first_line + (bisect.bisect_left(self.breaks, mark.index) if mark is not None else 0)


def _events(loader_class: type, text: str) -> Iterator[yaml.Event]:
    loader = loader_class(text)
    try:
        while loader.check_event():
            yield loader.get_event()
    finally:
        loader.dispose()


class _Builder:
    """Builds plain data from parser events, refusing what authors should not write."""

    def __init__(self, lines: _Lines):
        self.file_lines = lines
        self.lines: dict[Path, int] = {}
        self.result: Any = None
        self.documents = 0
        # Open collections: (container, its path, pending key or None, key lines).
        self.stack: list[list[Any]] = []

    def line(self, event: yaml.Event) -> int:
        return self.file_lines.of(event.start_mark)

    def consume(self, events: Iterator[yaml.Event]) -> None:
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                self.documents += 1
                if self.documents > 1:
                    raise Refused("yaml-syntax", self.line(event), "YAML syntax error: the front matter holds "
                                  "more than one document; remove the extra '---'")
            elif isinstance(event, yaml.AliasEvent):
                raise Refused("yaml-alias", self.line(event), f'YAML alias "*{event.anchor}" is not allowed: '
                              "write the value out in full")
            elif isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                self.refuse_anchor_and_tag(event)
                self.node_start(event)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                container = self.stack.pop()[0]
                if not self.stack:
                    self.result = container

    def refuse_anchor_and_tag(self, event: yaml.NodeEvent) -> None:
        if event.anchor is not None:
            raise Refused("yaml-alias", self.line(event), f'YAML anchor "&{event.anchor}" is not allowed: '
                          "write each value out in full")
        if event.tag is not None and not (isinstance(event, yaml.ScalarEvent) and event.tag == "!"):
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise Refused("yaml-tag", self.line(event), f'YAML tag "{tag}" is not allowed: '
                          "write plain text, lists and mappings")

    def node_start(self, event: yaml.NodeEvent) -> None:
        collection = not isinstance(event, yaml.ScalarEvent)
        if collection and len(self.stack) >= MAX_YAML_DEPTH:
            raise Refused("yaml-depth", self.line(event), f"the front matter nests lists and mappings more "
                          f"than {MAX_YAML_DEPTH} levels deep; a brief needs 4")
        value: Any = ({} if isinstance(event, yaml.MappingStartEvent) else []) if collection else _scalar(event)
        if isinstance(value, str) and (bad := CONTROL.search(value)):
            raise Refused("control-character", self.line(event), control_message(bad[0]))
        path = self.place(event, value)
        if collection:
            self.stack.append([value, path or (), None])
        elif not self.stack:
            self.result = value  # the whole document is one scalar

    def place(self, event: yaml.NodeEvent, value: Any) -> Path | None:
        """Put ``value`` into the open collection; its path, or None at the top."""
        if not self.stack:
            return None
        top = self.stack[-1]
        container, path = top[0], top[1]
        if isinstance(container, list):
            item_path = (*path, len(container))
            self.lines[item_path] = self.line(event)
            container.append(value)
            return item_path
        if top[2] is None:  # this node is a key
            if not isinstance(event, yaml.ScalarEvent):
                raise Refused("yaml-syntax", self.line(event), "YAML syntax error: a key must be plain text, "
                              "not a list or mapping")
            key = value if value is not None else event.value
            if key in container:
                first, second = self.lines.get((*path, key), self.line(event)), self.line(event)
                where = f" on line {first}" if first == second else f", on lines {first} and {second}"
                raise Refused("duplicate-key", second, f'key "{key}" appears twice{where}: keep one '
                              "(the second would silently replace the first)")
            top[2] = key
            self.lines[(*path, key)] = self.line(event)
            return (*path, key)
        key, top[2] = top[2], None
        container[key] = value
        return (*path, key)


def _scalar(event: yaml.ScalarEvent) -> str | None:
    plain = event.implicit[0]  # True for a plain scalar, False for a quoted or block one
    if plain and event.value in NULLS:
        return None
    return event.value


def _runaway_quote(text: str, error: yaml.YAMLError) -> tuple[Any, Any] | None:
    """Where a quoted value that was never closed starts, and where it ran to.

    A missing closing quote swallows the lines after it until the next
    quotation mark, and the parser then fails far below the real mistake.
    The tell: the error comes right after (or inside) a quoted value that
    spans several lines.  Returns (start mark, end mark or None for "to the
    end"), or None when the error is something else.
    """
    if getattr(error, "context", None) == "while scanning a quoted scalar":
        return error.context_mark, None
    problem = getattr(error, "problem_mark", None)
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if problem is not None and token.start_mark.index >= problem.index:
                break  # the token the parser stopped at; the one before it is the suspect
            last = token
    except yaml.YAMLError:
        pass
    if (isinstance(last, yaml.ScalarToken) and last.style in ('"', "'") and problem is not None
            and last.start_mark.line < last.end_mark.line and last.end_mark.line == problem.line):
        return last.start_mark, last.end_mark
    return None


def _runaway_message(lines: _Lines, start: Any, end: Any) -> str:
    to = f"line {lines.of(end)}" if end is not None else "the end of the front matter"
    return (f"YAML syntax error: the quoted value that starts on this line is not closed (it runs on to {to}); "
            "add the closing quotation mark")


def _error_mark(error: yaml.YAMLError) -> Any:
    """Where to point the author: the opening bracket of an unclosed flow
    list or mapping, else where the parser stopped."""
    context = getattr(error, "context", None) or ""
    if context.startswith("while parsing a flow") and getattr(error, "context_mark", None) is not None:
        return error.context_mark
    return getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)


def _syntax_message(error: yaml.YAMLError) -> str:
    if not isinstance(error, yaml.MarkedYAMLError):
        return f"YAML syntax error: {error}"
    text = "; ".join(p for p in (error.context, error.problem) if p)
    hint = ""
    if error.problem and "found character '\\t'" in error.problem:
        hint = " (indent with spaces: YAML does not allow tabs)"
    elif error.problem and ("mapping values" in error.problem or "found character" in error.problem):
        hint = " (a value containing ': ' or starting with a quote character must be quoted)"
    return f"YAML syntax error: {text}{hint}"
