"""Edits in place: new text spliced into the exact characters of a value.

Each function returns `Splice`s against the file as read; `apply` makes
them all at once, so offsets never shift under an edit.  What is not
touched — comments, blank lines, key order, the quoting of other values —
stays byte for byte.  An edit that cannot be made with certainty (a list
item sharing its line with something else, a block scalar) raises `Unsafe`.

>>> from generator.merging.spans import front_matter_spans
>>> text = "---\\npeople: [a, old, b]  # kept\\n---\\n"
>>> spans = front_matter_spans(text)
>>> apply(text, delete_items(spans, ("people",), [1]))
'---\\npeople: [a, b]  # kept\\n---\\n'
>>> apply(text, [replace_value(spans, ("people", 1), "new")])
'---\\npeople: [a, new, b]  # kept\\n---\\n'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..drafting.yamltext import plain, quoted
from ..fields import ID_PATTERN
from ..strictyaml import NULLS
from .spans import Node, Spans, Unsafe, line_offsets

Path = tuple[Any, ...]


@dataclass(frozen=True, order=True)
class Splice:
    """Replace ``text[start:end]`` with ``new``."""

    start: int
    end: int
    new: str


def apply(text: str, splices: Iterable[Splice]) -> str:
    """``text`` with every splice made; overlapping splices are `Unsafe`."""
    ordered = sorted(splices)
    for before, after in zip(ordered, ordered[1:]):
        if after.start < before.end:
            raise Unsafe("two edits would touch the same characters")
    parts, at = [], 0
    for splice in ordered:
        parts += [text[at:splice.start], splice.new]
        at = splice.end
    return "".join([*parts, text[at:]])


def scalar_text(value: str, flow: bool) -> str:
    """``value`` as a YAML scalar that reads back as itself, plain when it can be.

    >>> scalar_text("jan-novak", True), scalar_text("Kim, Jong-un", True), scalar_text("null", False)
    ('jan-novak', '"Kim, Jong-un"', '"null"')
    """
    if ID_PATTERN.fullmatch(value) and value not in NULLS:
        return plain(value)
    if flow and re.search(r"[,\[\]{}]", value):
        return quoted(value)
    return plain(value)


def in_flow(spans: Spans, path: Path) -> bool:
    """True when the value at ``path`` sits inside a ``[…]`` or ``{…}``."""
    return any(spans.nodes[path[:end]].flow for end in range(len(path)) if path[:end] in spans.nodes)


def replace_value(spans: Spans, path: Path, value: str) -> Splice:
    """The scalar at ``path`` rewritten as ``value``, in the quoting it was written in."""
    node = spans.nodes[path]
    if node.style == "'":
        return Splice(node.start, node.end, "'" + value.replace("'", "''") + "'")
    if node.style == '"':
        return Splice(node.start, node.end, quoted(value))
    if node.style is not None:
        raise Unsafe(f"line {node.line}: the value is a block scalar ({node.style})")
    new = scalar_text(value, in_flow(spans, path))
    return Splice(node.start, node.end, new if node.end > node.start else " " + new)


_DASH = re.compile(r"[ \t]*-[ \t]+")
_REST = re.compile(r"[ \t]*(#[^\r\n]*)?(?:\r?\n)?")


def delete_items(spans: Spans, list_path: Path, indexes: list[int]) -> list[Splice]:
    """The items ``indexes`` of the list at ``list_path`` removed, each with its comma or its line.

    >>> from generator.merging.spans import front_matter_spans
    >>> text = "---\\nids: [old, a, old, old]\\n---\\n"
    >>> apply(text, delete_items(front_matter_spans(text), ("ids",), [0, 2, 3]))
    '---\\nids: [a]\\n---\\n'
    """
    listed = spans.nodes[list_path]
    if len(set(indexes)) >= len(listed.items):
        raise Unsafe(f"line {listed.line}: the list would be left empty")
    if listed.flow:
        return [_cut_run(spans, listed, run) for run in _runs(sorted(set(indexes)))]
    return [_delete_block_item(spans, spans.nodes[listed.items[i]]) for i in indexes]


def _runs(indexes: list[int]) -> list[list[int]]:
    """Consecutive indexes grouped: [0, 2, 3] → [[0], [2, 3]]."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _cut_run(spans: Spans, listed: Node, run: list[int]) -> Splice:
    """Items ``run`` of a flow list cut with the commas after them or, at the
    end of the list, before them: only commas and spaces go with them."""
    items = [spans.nodes[path] for path in listed.items]
    first, last = run[0], run[-1]
    if last + 1 < len(items):
        start, end = items[first].start, items[last + 1].start
    else:
        start, end = items[first - 1].end, items[last].end
    inside = [(items[i].start, items[i].end) for i in run]
    between = spans.text[start:end]
    for item_start, item_end in reversed(inside):
        between = between[:item_start - start] + "," + between[item_end - start:]
    if not re.fullmatch(r"[\s,]*", between):
        raise Unsafe(f"line {items[first].line}: a comment sits between the items of the list")
    return Splice(start, end, "")


def _delete_block_item(spans: Spans, item: Node) -> Splice:
    """A ``- item`` line removed; a comment on it stays, on a line of its own."""
    text = spans.text
    first = line_offsets(text)[item.line - 1]
    last_end = _line_end(text, item.end)
    prefix, rest = text[first:item.start], text[item.end:last_end]
    if not _DASH.fullmatch(prefix) or not (match := _REST.fullmatch(rest)) or "\n" in text[item.start:item.end]:
        raise Unsafe(f"line {item.line}: the list item shares its line with something else")
    if match[1]:  # keep the author's comment where the item was
        return Splice(first, last_end, prefix[:len(prefix) - len(prefix.lstrip())] + match[1] + spans.newline)
    return Splice(first, last_end, "")


def append_items(spans: Spans, list_path: Path, values: list[str]) -> Splice:
    """``values`` added at the end of the list at ``list_path``, written as its items are."""
    listed = spans.nodes[list_path]
    text = spans.text
    if listed.flow:
        written = ", ".join(scalar_text(v, True) for v in values)
        if not listed.items:
            return Splice(listed.start + 1, listed.start + 1, written)
        end = spans.nodes[listed.items[-1]].end
        return Splice(end, end, ", " + written)
    last = spans.nodes[listed.items[-1]]
    starts = line_offsets(text)
    prefix = text[starts[last.line - 1]:last.start]
    if not _DASH.fullmatch(prefix):
        raise Unsafe(f"line {last.line}: the list item shares its line with something else")
    after = _line_end(text, max(last.end - 1, last.start))
    return Splice(after, after, "".join(f"{prefix}{scalar_text(v, False)}{spans.newline}" for v in values))


def _line_end(text: str, offset: int) -> int:
    """The offset just past the line break of the line holding ``offset``."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end + 1


def set_value(spans: Spans, key: str, written: str, after: str | None = None) -> Splice:
    """Top-level ``key`` given the YAML text ``written``: its null value replaced,
    or, when the key is missing, a line ``key: written`` added after the value
    of ``after`` (else at the end of the front matter)."""
    node = spans.nodes.get((key,))
    if node is not None:
        if node.kind != "scalar" or node.value is not None:
            raise Unsafe(f"line {node.line}: {key} already has a value")
        return Splice(node.start, node.end, written if node.end > node.start else " " + written)
    top = spans.nodes.get(())
    if top is None or top.flow or top.kind != "mapping":
        raise Unsafe("the front matter is not a block mapping")
    indent = spans.text[line_offsets(spans.text)[top.line - 1]:top.start]
    anchor = spans.nodes.get((after,)) if after else None
    at = _line_end(spans.text, max(anchor.end - 1, anchor.start)) if anchor else spans.yaml_end
    return Splice(at, at, f"{indent}{key}: {written}{spans.newline}")


def append_body(spans: Spans, addition: str) -> Splice:
    """``addition`` (whole lines) at the end of the file, on a line of its own."""
    text = spans.text
    joint = "" if not text or text.endswith("\n") else spans.newline
    return Splice(len(text), len(text), joint + addition)
