"""Parse an author's Markdown file once: YAML front matter + body tokens.

One markdown-it-py parse gives both the front matter (through the
front-matter plugin) and the body's tokens, which ``render`` turns into
HTML later with the site's URLs.  The YAML is read with PyYAML's safe
loader from the composed node tree, so every key keeps its line number
for error messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from . import strictyaml
from .links import with_targets
from .model import Markdown

Path = tuple[Any, ...]
"""A path into the front matter, e.g. ``("claims", 2, "quote")``."""


def make_markdown() -> MarkdownIt:
    """CommonMark with tables and strikethrough; raw HTML is not allowed."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.normalizeLink = _remembered(md.normalizeLink)
    return md.use(front_matter_plugin)


MAX_REMEMBERED_URL = 300
"""Longer link targets are normalised afresh each time, so that the cache stays small."""


def _remembered(normalize: Callable[[str], str]) -> Callable[[str], str]:
    """``normalize`` (a pure function of the URL), with the results for short
    URLs kept: briefs link to the same ``claim:``, ``person:`` and ``country:``
    targets over and over, and normalising them took a fifth of the Markdown
    parse of the showcase."""
    cached = lru_cache(maxsize=4096)(normalize)
    return lambda url: cached(url) if len(url) <= MAX_REMEMBERED_URL else normalize(url)


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
        return with_targets(Markdown(self.body, self.body_line, self.tokens))

    def line_of(self, *path: Any) -> int:
        """Line of the deepest known prefix of ``path``."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return self.front_matter_line


class FrontMatterError(Exception):
    """The front matter cannot be read; carries the file line and a problem code."""

    def __init__(self, line: int, message: str, code: str = "yaml-syntax"):
        super().__init__(message)
        self.line = line
        self.message = message
        self.code = code


def parse_document(text: str) -> Document:
    """Split and parse ``text``; raise FrontMatterError on bad front matter.

    >>> doc = parse_document("---\\ntitle: Hi\\n---\\nBody *here*\\n")
    >>> doc.data, doc.lines[("title",)], doc.body_line
    ({'title': 'Hi'}, 2, 4)
    """
    tokens = MARKDOWN.parse(text)
    if tokens and tokens[0].type == "front_matter":
        front, body_tokens = tokens[0], tokens[1:]
        yaml_first_line = front.map[0] + 2  # the line after the opening ---
        data, lines = load_yaml(front.content, yaml_first_line)
        if data is None:  # front matter with no fields (or only comments) is an empty mapping
            data = {}
        body_line = front.map[1] + 1
        front_line = front.map[0] + 1
    else:
        data, lines, body_tokens, body_line, front_line = None, {}, tokens, 1, 1
    body = "".join(text.splitlines(keepends=True)[body_line - 1 :])
    return Document(data, lines, front_line, body, body_line, tuple(body_tokens))


def load_yaml(text: str, first_line: int) -> tuple[Any, dict[Path, int]]:
    """Strict YAML: every scalar is text, as written; raise FrontMatterError.

    See `generator.strictyaml` for what is refused and why.
    """
    try:
        return strictyaml.load(text, first_line)
    except strictyaml.Refused as refused:
        raise FrontMatterError(refused.line, refused.message, refused.code) from None
