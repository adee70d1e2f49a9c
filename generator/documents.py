"""Parse an author's Markdown file once: YAML front matter + body tokens.

One markdown-it-py parse gives both the front matter (through the
front-matter plugin) and the body's tokens, which ``render`` turns into
HTML later with the site's URLs.  The YAML is read with PyYAML's safe
loader from the composed node tree, so every key keeps its line number
for error messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from .model import Markdown

Path = tuple[Any, ...]
"""A path into the front matter, e.g. ``("claims", 2, "quote")``."""


def make_markdown() -> MarkdownIt:
    """CommonMark with tables and strikethrough; raw HTML is not allowed."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    return md.use(front_matter_plugin)


MARKDOWN = make_markdown()


@dataclass(frozen=True)
class Document:
    """A parsed file: its front matter, the line of every key, its body."""

    data: Any
    """The front matter as plain Python values (None when there is none)."""
    lines: dict[Path, int]
    """1-based line of each key or list item of the front matter."""
    front_matter_line: int
    """Line of the opening ``---`` (1), or 1 when there is no front matter."""
    body: str
    body_line: int
    """1-based line where the body starts."""
    tokens: tuple[Token, ...]
    """markdown-it tokens of the body."""

    @property
    def markdown(self) -> Markdown:
        return Markdown(self.body, self.body_line, self.tokens)

    def line_of(self, *path: Any) -> int:
        """Line of the deepest known prefix of ``path``."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return self.front_matter_line


class FrontMatterError(Exception):
    """The front matter is not valid YAML; carries the file line."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def parse_document(text: str) -> Document:
    """Split and parse ``text``; raise FrontMatterError on bad YAML.

    >>> doc = parse_document("---\\ntitle: Hi\\n---\\nBody *here*\\n")
    >>> doc.data, doc.lines[("title",)], doc.body_line
    ({'title': 'Hi'}, 2, 4)
    """
    tokens = MARKDOWN.parse(text)
    if tokens and tokens[0].type == "front_matter":
        front, body_tokens = tokens[0], tokens[1:]
        yaml_first_line = front.map[0] + 2  # the line after the opening ---
        data, lines = load_yaml(front.content, yaml_first_line)
        body_line = front.map[1] + 1
        front_line = front.map[0] + 1
    else:
        data, lines, body_tokens, body_line, front_line = None, {}, tokens, 1, 1
    body = "".join(text.splitlines(keepends=True)[body_line - 1 :])
    return Document(data, lines, front_line, body, body_line, tuple(body_tokens))


# libyaml's parser when PyYAML has it (its wheels do): the same safe
# constructor, several times faster than the pure-Python parser.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str, first_line: int) -> tuple[Any, dict[Path, int]]:
    """Safe-load YAML and record the line of every mapping key and list item."""
    try:
        node, data = _compose(SafeLoader, text)
    except yaml.MarkedYAMLError:
        try:  # the pure-Python parser words its errors the same on every machine
            node, data = _compose(yaml.SafeLoader, text)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            raise FrontMatterError(first_line + (mark.line if mark else 0), _yaml_message(error)) from None
    lines: dict[Path, int] = {}
    if node is not None:
        _record_lines(node, (), first_line, lines)
    return data, lines


def _compose(loader_class: type, text: str) -> tuple[yaml.Node | None, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def _record_lines(node: yaml.Node, path: Path, first_line: int, lines: dict[Path, int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = path + (key_node.value,)
            lines[key] = first_line + key_node.start_mark.line
            _record_lines(value_node, key, first_line, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[path + (i,)] = first_line + item.start_mark.line
            _record_lines(item, path + (i,), first_line, lines)


def _yaml_message(error: yaml.MarkedYAMLError) -> str:
    parts = [error.context, error.problem]
    text = "; ".join(p for p in parts if p)
    hint = ""
    if error.problem and ("mapping values" in error.problem or "found character" in error.problem):
        hint = " (a value containing ': ' or starting with a quote character must be quoted)"
    return f"YAML syntax error: {text}{hint}"
