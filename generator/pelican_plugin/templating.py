"""Template globals: links and rendered content, as seen from the current page.

Pelican sets ``SITEURL`` per page ("../.." under ``RELATIVE_URLS``), so
every helper takes the template context and builds URLs from it.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from typing import Any, Iterable

from jinja2 import pass_context
from markupsafe import Markup

from .fragments import FragmentCache
from ..grouped import quote_lines, with_quote_ids
from ..analysis.quantities import Quantity, parse_value
from ..mentions import Mention
from ..model import Citation, Markdown, Seed
from ..render import Urls, quote_id, render_markdown, render_seed, sentence_name, snippet


def urls_of(ctx: Any) -> Urls:
    return _urls(ctx.get("SITEURL", ""), bool(ctx.get("BRIEFING_INDEX_LINKS", False)))


@functools.lru_cache(maxsize=64)
def _urls(prefix: str, index_html: bool) -> Urls:
    """One `Urls` per prefix ("", "..", "../..", …), not one per link: a page makes hundreds."""
    return Urls(prefix, index_html)


@pass_context
def link(ctx: Any, kind: str, key: str = "", fragment: str = "") -> str:
    """``{{ link("person", "lloyd-austin") }}`` → a URL from this page."""
    return urls_of(ctx).to(kind, key, fragment)


@pass_context
def static(ctx: Any, path: str) -> str:
    return urls_of(ctx).static(path)


@pass_context
def markdown(ctx: Any, text: Markdown, brief_slug: str | None = None) -> Markup:
    return render_markdown(text, urls_of(ctx), brief_slug)


@pass_context
def source_text(ctx: Any, brief: Any, seed: Seed, mentions: list[Mention],
                cited: dict[tuple[int, int], list[Citation]]) -> Markup:
    """The source page's text; every argument comes from the page's record
    (``brief`` is its `pagelist.SourceHeader`)."""
    return render_seed(seed, brief.source.boilerplate, mentions, cited, ctx["site"].claims, urls_of(ctx), brief.slug)


def mention_snippet(seed: Seed, mention: Mention) -> Markup:
    return snippet(seed, mention.paragraph, mention.sentence, mention.start, mention.end)


def group_in_order(items: Iterable[Any], attribute: str) -> list[tuple[Any, list[Any]]]:
    """Items grouped by a (dotted) attribute, groups in order of first appearance.

    Jinja's ``groupby`` sorts the groups; a brief's claims keep the author's order.

    >>> from types import SimpleNamespace as N
    >>> [(k, len(v)) for k, v in group_in_order([N(c="b"), N(c="a"), N(c="b")], "c")]
    [('b', 2), ('a', 1)]
    """
    key = operator.attrgetter(attribute)
    groups: dict[Any, list[Any]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.items())


def long_date(value: dt.date | None) -> str:
    """``2024-10-31`` → "31 October 2024"; "date unknown" for None."""
    return f"{value.day} {value:%B %Y}" if value else "date unknown"


def value_text(raw: Any) -> str:
    """A citation's ``value:`` for readers: a phrase as the author wrote it, a
    mapping as words ("up to 3,000 troops, as of 28 October 2024").

    >>> value_text({"amount": "3000", "qualifier": "up to", "unit": "troops", "as_of": "2024-10-28"})
    'up to 3,000 troops, as of 28 October 2024'
    """
    if not isinstance(raw, dict):
        return str(raw)
    parsed = parse_value(raw)
    if not isinstance(parsed, Quantity):
        return ""  # a bad value stops the build before any page is written
    unit = f" {parsed.unit}" if parsed.unit else ""
    as_of = f", as of {long_date(parsed.as_of)}" if parsed.as_of else ""
    return f"{parsed.phrase}{unit}{as_of}"


def install(env: Any) -> None:
    env.add_extension(FragmentCache)  # {% cache %}: the index pages' rows, rendered once per brief
    env.globals.update(link=link, static=static, markdown=markdown, source_text=source_text,
                       mention_snippet=mention_snippet)
    env.filters["long_date"] = long_date
    env.filters["value_text"] = value_text
    env.filters["group_in_order"] = group_in_order
    env.filters["lines_by_words"] = quote_lines
    env.filters["with_quote_ids"] = with_quote_ids
    env.filters["sentence_name"] = sentence_name
    env.globals["quote_id"] = quote_id
