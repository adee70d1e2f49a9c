"""``person:OLD`` → ``person:NEW`` in a Markdown body, links only.

The target is rewritten where it is written — an inline link, a reference
definition, an autolink — and nowhere else.  The body's tokens are the
judge: after the rewrite they must be the tokens of before with the targets
renamed, and nothing else changed.  When rewriting every occurrence at once
changes more (a ``person:OLD`` in a code span is text, not a link), each
occurrence is tried on its own and kept only when it changes targets alone.
A link that still names OLD at the end (written with an entity or an
escape) makes the body `Unsafe` to rewrite.

>>> body = "See [Novak](person:jan-nowak#said-h), `person:jan-nowak`.\\n"
>>> rename_links(body, 4, "person", "jan-nowak", "jan-novak")
('See [Novak](person:jan-novak#said-h), `person:jan-nowak`.\\n', [4])
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable

from ..documents import MARKDOWN
from .spans import Unsafe

MAX_TRIED = 200
"""Occurrences tried one by one (each a parse of the body) before the body is left to the author."""

Row = tuple[Any, ...]


def renamer(link: str, old: str, new: str) -> Callable[[str], str]:
    """A link target → what it becomes: ``person:old#x`` → ``person:new#x``; others unchanged."""
    def rename(href: str) -> str:
        head, hash_, fragment = href.partition("#")
        return f"{link}:{new}{hash_}{fragment}" if head == f"{link}:{old}" else href
    return rename


def signature(body: str) -> list[Row]:
    """What the body's tokens say (type, tag, text, attributes…): equal signatures render alike."""
    return [(t.type, t.tag, t.nesting, "" if t.type == "inline" else t.content, tuple(sorted((t.attrs or {}).items())),
             t.markup, t.info) for t in _flatten(MARKDOWN.parse(body))]


def renamed(rows: list[Row], rename: Callable[[str], str]) -> list[Row]:
    """``rows`` with every target renamed, and the text an autolink shows."""
    result, autolink = [], False
    for kind, tag, nesting, content, attrs, markup, info in rows:
        attrs = tuple((k, rename(v) if k in ("href", "src") else v) for k, v in attrs)
        if autolink and kind == "text":
            content = rename(content)
        autolink = kind == "link_open" and markup in ("autolink", "linkify")
        result.append((kind, tag, nesting, content, attrs, markup, info))
    return result


def _flatten(tokens: Iterable[Any]) -> Iterable[Any]:
    for token in tokens:
        yield token
        yield from _flatten(token.children or ())


def rename_links(body: str, first_line: int, link: str, old: str, new: str) -> tuple[str, list[int]]:
    """The body with every link to ``link:old`` naming ``link:new``, and the file line of each rewrite."""
    pattern = re.compile(rf"(?<![A-Za-z0-9+.-]){re.escape(link)}:{re.escape(old)}(?![A-Za-z0-9_-])")
    rename, before = renamer(link, old, new), signature(body)
    expected = renamed(before, rename)
    matches = list(pattern.finditer(body))
    at_once = pattern.sub(lambda _: f"{link}:{new}", body)
    if signature(at_once) == expected:
        return at_once, [first_line + body.count("\n", 0, m.start()) for m in matches]
    if len(matches) > MAX_TRIED:
        raise Unsafe(f'"{link}:{old}" occurs {len(matches):,} times, not all in links: too many to try one by one')
    current, rows, lines = body, before, []
    for match in reversed(matches):  # from the end, so that the offsets still to try stay put
        trial = current[:match.start()] + f"{link}:{new}" + current[match.end():]
        trial_rows = signature(trial)
        if _only_targets_differ(rows, trial_rows, rename):
            current, rows = trial, trial_rows
            lines.append(first_line + body.count("\n", 0, match.start()))
    if rows != expected:
        raise Unsafe(f'a link to "{link}:{old}" is written in a form that cannot be rewritten in place '
                     "(with an entity or an escape)")
    return current, sorted(lines)


def _only_targets_differ(before: list[Row], after: list[Row], rename: Callable[[str], str]) -> bool:
    if len(before) != len(after) or before == after:
        return False
    return all(b == a or r == a for b, a, r in zip(before, after, renamed(before, rename)))
