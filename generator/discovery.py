"""What search engines and link previews read: each page's head, the sitemap, robots.txt.

- `page_head` (a template global, ``page_head()`` in ``base.html``) gives
  every page its description — written from what the page shows, at most
  `DESCRIPTION_LENGTH` characters — its Open Graph title and type, its
  canonical URL when ``SITEURL`` is absolute, and the feeds it advertises;
- `render_sitemap` and `render_robots` write ``sitemap.xml`` and
  ``robots.txt`` (records of `generator.pagelist.discovery_pages`) in builds
  that ask for them (``BRIEFING_SITEMAP``, set by ``publishconf.py``) with
  an absolute ``SITEURL``; other builds have no such files.

Every string here is plain text: the template escapes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping
from xml.sax.saxutils import escape as xml_escape

from jinja2 import pass_context

from .feeds import feed_title
from .links import SITEMAP, feed_path
from .model import Markdown
from .render import Urls

DESCRIPTION_LENGTH = 160
"""The longest ``<meta name="description">``: what result pages show."""

INDEX_TITLES = {"briefs": "Briefs", "people": "People", "organisations": "Organisations", "countries": "Countries", "claims": "Claims",
                "search": "Search", "timeline": "Timeline", "sources": "Sources"}


@dataclass(frozen=True)
class Head:
    """What a page's ``<head>`` says about it, beyond its ``<title>``."""

    title: str
    """The page's own title (``og:title``), without the site's name."""
    description: str
    og_type: str
    """``article`` for a brief or a source, ``website`` for the rest."""
    url: str | None
    """The page's absolute URL (``canonical``, ``og:url``); None unless ``SITEURL`` is absolute."""
    feeds: tuple[tuple[str, str], ...]
    """(title, href) of each Atom feed the page advertises: the site's, and an entity page's own."""


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """Whitespace folded; cut at a word boundary with "…" when longer than ``limit``.

    >>> shorten("Troops   crossed\\nthe border.")
    'Troops crossed the border.'
    >>> shorten("one two three four", 12)
    'one two…'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.–—-") + "…"


def absolute_site_url(context: Mapping[str, Any]) -> str | None:
    """``SITEURL`` when it is an absolute http(s) address, else None."""
    site_url = str(context.get("SITEURL") or "")
    return site_url.rstrip("/") if re.match(r"https?://", site_url) else None


def page_url(site_url: str, save_as: str, index_links: bool = False) -> str:
    """``page_url("https://x.org", "briefs/a/index.html")`` → ``"https://x.org/briefs/a/"``."""
    path = save_as if index_links else save_as.removesuffix("index.html")
    return f"{site_url}/{path}"


@pass_context
def page_head(ctx: Any) -> Head:
    kind = ctx.get("page_kind", "page")
    title, description = DESCRIBE.get(kind, _describe_index)(ctx)
    site_url = absolute_site_url(ctx)
    url = page_url(site_url, ctx["output_file"], bool(ctx.get("BRIEFING_INDEX_LINKS"))) if site_url else None
    return Head(" ".join(title.split()), shorten(description), "article" if kind in ("brief", "source") else "website",
                url, tuple(_feeds(ctx, kind)))


def _feeds(ctx: Any, kind: str) -> Iterator[tuple[str, str]]:
    urls = Urls(ctx.get("SITEURL", ""))
    yield f"{ctx['SITENAME']}: the newest briefs", urls.static(feed_path("site"))
    if kind in FEED_SUBJECTS:
        subject = ctx[kind]
        _, about = feed_title({"kind": kind, "subject": subject}, ctx["SITENAME"])
        yield about, urls.static(feed_path(kind, FEED_SUBJECTS[kind](subject)))


FEED_SUBJECTS: Mapping[str, Callable[[Any], str]] = {
    "person": lambda person: person.id, "organisation": lambda organisation: organisation.id,
    "country": lambda country: country.code, "claim": lambda claim: claim.id}
"""The pages with a feed of their own: page kind → the key of the entity it shows."""


def _count(n: int, one: str, many: str | None = None) -> str:
    """``_count(1, "claim")`` → "1 claim"; ``_count(2, "person", "people")`` → "2 people"."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _describe_home(ctx: Any) -> tuple[str, str]:
    return ctx["SITENAME"], ctx.get("SITESUBTITLE") or ctx["SITENAME"]


def _describe_index(ctx: Any) -> tuple[str, str]:
    kind = ctx["page_kind"]
    rows = len(ctx.get("rows", ctx.get("briefs", ())))
    sentences = {
        "briefs": f"All {_count(rows, 'brief')}, newest first: what each source reports, "
                  "with its claims, people and countries.",
        "people": f"The {_count(rows, 'person', 'people')} the briefs quote or name, "
                  "with the claims attributed to each.",
        "organisations": f"The {_count(rows, 'organisation')} the briefs quote or name, "
                         "with the statements attributed to each.",
        "countries": f"The {_count(rows, 'country', 'countries')} the briefs name, "
                     "with their people and the sentences naming them.",
        "claims": f"The {_count(rows, 'claim')} the briefs cite, with every source's version and "
                  "whether the sources agree.",
        "search": "Search the full text of every brief and every original source.",
        "timeline": "What the sources date, day by day, oldest first: each brief on the day its source was "
                    "published, each value on the day it describes.",
        "sources": f"The {_count(rows, 'source')} the briefs annotate, newest first, with publisher, date, "
                   "original text and brief.",
    }
    return INDEX_TITLES[kind], sentences[kind]


def _describe_brief(ctx: Any) -> tuple[str, str]:
    return ctx["brief"].title, ctx["brief"].summary


def _describe_source(ctx: Any) -> tuple[str, str]:
    brief = ctx["brief"]
    day = brief.source.published
    said = ", ".join(part for part in (brief.source.publisher, day and f"{day.day} {day:%B %Y}") if part)
    return (f"Original text: {brief.title}",
            f"Original text of “{brief.title}”{f' ({said})' if said else ''}, sentence by sentence, "
            "with the claims each quoted sentence supports.")


def _describe_person(ctx: Any) -> tuple[str, str]:
    person = ctx["person"]
    who = f"{person.name}, {person.role}" if person.role else person.name
    return person.name, (f"{who}: {_count(len(ctx['said']), 'claim')} attributed, named in "
                         f"{_count(len(ctx['naming']), 'quote')} and {_count(len(ctx['mentions']), 'sentence')} "
                         "of the sources.")


def _describe_organisation(ctx: Any) -> tuple[str, str]:
    organisation = ctx["organisation"]
    kind = f", {organisation.kind}" if organisation.kind else ""  # a proposed entry, in a draft preview
    return organisation.name, (f"{organisation.name}{kind}: {_count(len(ctx['said']), 'quote')} "
                               f"attributed, named in {_count(len(ctx['naming']), 'quote')} and "
                               f"{_count(len(ctx['mentions']), 'sentence')} of the sources.")


def _describe_country(ctx: Any) -> tuple[str, str]:
    country = ctx["country"]
    return country.name, (f"{country.name}: {_count(len(ctx['people']), 'person', 'people')}, "
                          f"named in {_count(len(ctx['briefs']), 'brief')} and "
                          f"{_count(len(ctx['mentions']), 'sentence')} of the sources.")


def _describe_claim(ctx: Any) -> tuple[str, str]:
    return ctx["claim"].statement, ctx["claim"].statement


def _describe_page(ctx: Any) -> tuple[str, str]:
    page = ctx["sitepage"]
    return page.title, first_paragraph(page.body) or page.title


def _describe_not_found(ctx: Any) -> tuple[str, str]:
    return "Page not found", f"No page of {ctx['SITENAME']} is at this address."


DESCRIBE: Mapping[str, Callable[[Any], tuple[str, str]]] = {
    "404": _describe_not_found,
    "home": _describe_home, "brief": _describe_brief, "source": _describe_source, "person": _describe_person,
    "organisation": _describe_organisation, "country": _describe_country, "claim": _describe_claim,
    "page": _describe_page,
}
"""Page kind → its title and description; the index pages share `_describe_index`."""


def first_paragraph(markdown: Markdown) -> str:
    """The words of the first paragraph of a Markdown text, markup left out."""
    tokens = list(markdown.tokens)
    for before, token in zip(tokens, tokens[1:]):
        if before.type == "paragraph_open" and token.type == "inline":
            return "".join(_plain(child) for child in token.children or ())
    return ""


def _plain(token: Any) -> str:
    if token.type in ("softbreak", "hardbreak"):
        return " "
    return token.content if token.type in ("text", "code_inline", "html_inline") else ""


def render_sitemap(view: Mapping[str, Any], context: Mapping[str, Any]) -> str | None:
    """``sitemap.xml``: every page of the site once, by its absolute URL."""
    site_url = absolute_site_url(context)
    if not context.get("BRIEFING_SITEMAP") or site_url is None:
        return None
    index_links = bool(context.get("BRIEFING_INDEX_LINKS"))
    urls = (f"<url><loc>{xml_escape(page_url(site_url, page, index_links))}</loc></url>" for page in view["pages"])
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>',
                      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', *urls, "</urlset>", ""])


def render_robots(view: Mapping[str, Any], context: Mapping[str, Any]) -> str | None:
    """``robots.txt``: everything may be crawled; the sitemap is named."""
    site_url = absolute_site_url(context)
    if not context.get("BRIEFING_SITEMAP") or site_url is None:
        return None
    return f"User-agent: *\nDisallow:\n\nSitemap: {site_url}/{SITEMAP}\n"


def install(env: Any) -> None:
    env.globals["page_head"] = page_head
