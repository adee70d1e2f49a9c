"""Every cited quote as a W3C Web Annotation, and as a file Hypothesis imports.

    render_annotations(view, context) → data/annotations.jsonld
    render_hypothesis(view, context)  → data/hypothesis.json

Both are records of `generator.pagelist.export_pages`; their view holds each
published brief's slug, title and citations with its seed (`Cites`), so the
dev server writes them again only when one of those, or a claim or speaker
they name, changed.  Each citation of a
published brief is one annotation:

- **target**: the brief's source page, with a `TextQuoteSelector` (the
  quoted words, ``exact``, and up to 32 UTF-16 code units of ``prefix`` and
  ``suffix``) and a `TextPositionSelector` (``start`` and ``end``);
- **body**: the claim's page (``type: Text``, its statement as ``label``)
  and the speaker — a ``Person`` or ``Organization`` with the ``id`` of its
  page (``/people/<id>/#person``, as in the pages' JSON-LD), an
  ``Organization`` by name for free text that reads as one, else a
  ``TextualBody`` (`generator.structured.looks_like_a_body`);
- **motivation** ``describing``: the bodies say what the quoted words are —
  a statement of this claim, by this speaker — rather than point a reader to
  something related (``linking``);
- **id**: ``tag:<BRIEFING_TAG_AUTHORITY>:annotations/<slug>/<p4s1>/<claim>``
  (``-2``, ``-3`` … for a second quote of one claim in one sentence), the
  same in every build, like the feeds' entry ids.

The text the selectors count in — a source page's *article text*: its
paragraphs in order, joined by one line feed; each paragraph its sentences
exactly as in the seed, joined by one space — which is how the page writes
them (the seed's own spacing between sentences is not kept) — and nothing
the page adds: not the ``¶4`` permalinks, the hidden "Web page clutter:"
label or the claim links after a cited sentence.  Greyed boilerplate
paragraphs are part of it.  In the page's HTML it is, for each ``p.para``,
the text of its ``span.s`` sentences without their ``span.cite-refs``
(`article_text`; the tests rebuild it from the built page).

Offsets count UTF-16 code units, as browsers' string offsets do: an emoji
outside the Basic Multilingual Plane counts 2.  (The W3C model speaks of
code points; the two differ only for such characters, and annotation tools
in browsers — Hypothesis among them — count code units.)  A quote is placed
by its anchor in the seed, so ``exact`` is the page's text and may differ
from the brief's ``quote`` by the quotation marks and spaces anchoring folds.

URLs are absolute when ``SITEURL`` is (``make publish``), else from the
site's root; Hypothesis needs the absolute ones.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple

from .feeds import tag_uri
from .links import ANNOTATIONS_JSONLD
from .memo import Kept, remember
from .model import Brief, Citation, Seed
from .render import Urls
from .structured import entity_id, looks_like_a_body, stable_urls

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_UNITS = 32
"""The most UTF-16 code units of ``prefix`` and ``suffix``."""
MOTIVATION = "describing"

_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]~|])")


@dataclass(frozen=True)
class ArticleText:
    """A source page's article text, and where each seed sentence sits in it."""

    text: str
    seed_starts: tuple[int, ...]
    """Offset in the seed of each sentence's first character, ascending."""
    seed_ends: tuple[int, ...]
    text_starts: tuple[int, ...]
    """Offset in `text` of each sentence's first character."""
    wide: bool
    """The text holds characters outside the BMP: code points and UTF-16 units differ."""

    def place(self, start: int, end: int) -> tuple[int, int]:
        """The span of `text` (code points) showing the seed's ``start:end``."""
        first = self._first(start)
        return first, max(first, self._last(end - 1) + 1)

    def _first(self, offset: int) -> int:
        """Where the seed character at ``offset`` is, or the next sentence's start when it lies between sentences."""
        at = bisect.bisect_right(self.seed_starts, offset) - 1
        if at >= 0 and offset < self.seed_ends[at]:
            return self.text_starts[at] + offset - self.seed_starts[at]
        return self.text_starts[at + 1] if at + 1 < len(self.text_starts) else len(self.text)

    def _last(self, offset: int) -> int:
        """Where the seed character at ``offset`` is, or the previous sentence's last one between sentences."""
        at = bisect.bisect_right(self.seed_starts, offset) - 1
        if at < 0:
            return -1
        return self.text_starts[at] + min(offset, self.seed_ends[at] - 1) - self.seed_starts[at]

    def utf16(self, offset: int) -> int:
        """The UTF-16 offset of the code-point ``offset``."""
        return _units(self.text[:offset]) if self.wide else offset

    def before(self, offset: int, units: int = CONTEXT_UNITS) -> str:
        """At most ``units`` UTF-16 code units ending at ``offset``, whole characters only."""
        window = self.text[max(0, offset - units):offset]
        while self.wide and _units(window) > units:
            window = window[1:]
        return window

    def after(self, offset: int, units: int = CONTEXT_UNITS) -> str:
        window = self.text[offset:offset + units]
        while self.wide and _units(window) > units:
            window = window[:-1]
        return window


def _units(text: str) -> int:
    """The length of ``text`` in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def article_text(seed: Seed) -> ArticleText:
    """The seed's text as its source page shows it (see the module's docstring).

    >>> from generator.segment import parse_seed
    >>> article_text(parse_seed("x.txt", "Title\\n\\nOne.   Two 🙂.\\nEnd.\\n")).text
    'Title\\nOne. Two 🙂.\\nEnd.'
    """
    pieces: list[str] = []
    seed_starts, seed_ends, text_starts, at = [], [], [], -1
    for paragraph in seed.paragraphs:
        joint = "\n"
        for sentence in paragraph.sentences:
            start, end = sentence.start, sentence.end
            pieces += (joint, seed.text[start:end])
            seed_starts.append(start)
            seed_ends.append(end)
            text_starts.append(at + 1)
            at += 1 + end - start
            joint = " "
    text = "".join(pieces)[1:]
    wide = not text.isascii() and _units(text) != len(text)
    return ArticleText(text, tuple(seed_starts), tuple(seed_ends), tuple(text_starts), wide)


class Cites(NamedTuple):
    """What the exports show of one published brief: an edit to its summary or
    body leaves this equal, so the dev server does not write them again."""

    slug: str
    title: str
    citations: tuple[Citation, ...]
    seed: Seed

    @classmethod
    def of(cls, brief: Brief, seed: Seed) -> "Cites":
        return cls(brief.slug, brief.title, brief.citations, seed)


@dataclass(frozen=True)
class Quoted:
    """One citation, placed in its source page's article text."""

    key: str
    """``<slug>/<p4s1>/<claim>``, the stable part of the annotation's id."""
    source: Cites
    citation: Citation
    exact: str
    prefix: str
    suffix: str
    start: int
    """UTF-16 code units from the start of the article text."""
    end: int


def quoted(sources: Iterable[Cites]) -> Iterator[Quoted]:
    """Every anchored citation of the briefs, in site order, then the brief's."""
    for source in sources:
        article, seen = article_text(source.seed), Counter[str]()
        for citation in source.citations:
            if citation.anchor is None:
                continue  # an unanchored quote is an error: no published build has one
            start, end = article.place(citation.anchor.start, citation.anchor.end)
            key = f"{source.slug}/{citation.anchor.fragment}/{citation.claim}"
            seen[key] += 1
            yield Quoted(key if seen[key] == 1 else f"{key}-{seen[key]}", source, citation, article.text[start:end],
                         article.before(start), article.after(end), article.utf16(start), article.utf16(end))


def selectors(quote: Quoted) -> list[dict[str, Any]]:
    return [{"type": "TextQuoteSelector", "exact": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix},
            {"type": "TextPositionSelector", "start": quote.start, "end": quote.end}]


def claim_body(site: Any, citation: Citation, urls: Urls) -> dict[str, Any]:
    claim = site.claims.get(citation.claim)
    return {"id": urls.to("claim", citation.claim), "type": "Text", "format": "text/html",
            "label": claim.statement if claim else citation.claim}


def speaker_body(site: Any, citation: Citation, urls: Urls) -> dict[str, Any]:
    by = citation.by
    for kind, registry, anno_type in (("person", site.people, "Person"),
                                      ("organisation", site.organisations, "Organization")):
        if citation.by_id and (entity := registry.get(by)) is not None:
            return {"id": entity_id(urls, kind, by), "type": anno_type, "name": entity.name}
    if looks_like_a_body(by):
        return {"type": "Organization", "name": by}
    return {"type": "TextualBody", "value": by, "format": "text/plain"}


def web_annotation(quote: Quoted, site: Any, urls: Urls, authority: str) -> dict[str, Any]:
    citation = quote.citation
    return {
        "id": tag_uri(authority, f"annotations/{quote.key}"),
        "type": "Annotation",
        "motivation": MOTIVATION,
        "body": [claim_body(site, citation, urls), speaker_body(site, citation, urls)],
        "target": {"source": urls.to("source", quote.source.slug), "selector": selectors(quote)},
    }


def render_annotations(view: Mapping[str, Any], context: Mapping[str, Any]) -> Iterator[str]:
    """``data/annotations.jsonld``: an AnnotationCollection whose one page holds every annotation."""
    urls, authority = stable_urls(context), context["BRIEFING_TAG_AUTHORITY"]
    here = urls.static(ANNOTATIONS_JSONLD)
    page = f"{here}#page-1"
    collection = {
        "@context": ANNO_CONTEXT, "id": here, "type": "AnnotationCollection",
        "label": f"{context['SITENAME']}: every quote the briefs cite",
        "first": {"id": page, "type": "AnnotationPage", "startIndex": 0, "items": ITEMS}, "last": page,
        "total": TOTAL,
    }
    return json_with_lines(collection, source_lines(
        view, context, "annotations", lambda quote: web_annotation(quote, context["site"], urls, authority)))


def source_lines(view: Mapping[str, Any], context: Mapping[str, Any], export: str,
                 make: Callable[[Quoted], dict[str, Any]]) -> Iterator[tuple[int, str]]:
    """(how many annotations, their JSON lines) of each source in turn.  The
    dev server (``BRIEFING_SESSION``) keeps each source's lines with the
    objects they were made from — its brief's title, citations and seed, and
    the claims and speakers they name — so an edit encodes one source's
    again, not the whole corpus's."""
    session = context.get("BRIEFING_SESSION")
    kept = session.memo.exports[export] if session is not None else None
    site = context["site"]
    # The claims and speakers the lines name, as one token: the same object while every
    # registered claim, person and organisation is (an edit of one re-encodes every source).
    registry = None if kept is None else session.memo.exports.setdefault(f"{export} registry", Kept()).get(
        "", (*site.claims.values(), *site.people.values(), *site.organisations.values()), object)
    for source in view["sources"]:
        made_from = (source.slug, source.title, source.seed, source.citations, registry)
        yield remember(kept, source.slug, made_from, lambda: _encoded(quoted([source]), make))
    if kept is not None:
        kept.sweep()


def _encoded(quotes: Iterable[Quoted], make: Callable[[Quoted], dict[str, Any]]) -> tuple[int, str]:
    items = [json.dumps(make(quote), ensure_ascii=False) for quote in quotes]
    return len(items), ",\n".join(items)


ITEMS = "\0items"
"""Where `json_with_lines` puts the list of annotations."""
TOTAL = "\0total"
"""Where `json_with_lines` puts their number: after the list, which is written as it is made."""


def json_with_lines(document: dict[str, Any], lines: Iterable[tuple[int, str]]) -> Iterator[str]:
    """``document`` indented, in pieces, with its `ITEMS` placeholder replaced by
    the items of ``lines`` — (count, items already encoded and joined by
    ``,\\n``) — one item a line, and its `TOTAL` placeholder, which must come
    after, by their number.  The pieces are written as they come (a file of
    every annotation is tens of megabytes at 10,000 briefs), and the items
    are encoded by json's C encoder (with ``indent`` it falls back to
    Python's, 10× slower).

    >>> print("".join(json_with_lines({"a": ITEMS, "n": TOTAL}, [(1, '{"x": 1}'), (0, ""), (1, '{"y": 2}')])), end="")
    {
     "a": [
    {"x": 1},
    {"y": 2}
    ],
     "n": 2
    }
    """
    text = json.dumps(document, ensure_ascii=False, indent=1)
    head, _, tail = text.partition(json.dumps(ITEMS))
    yield head + "["
    total = 0
    for count, joined in lines:
        if joined:
            yield ("\n" if total == 0 else ",\n") + joined
        total += count
    yield ("\n]" if total else "]") + tail.replace(json.dumps(TOTAL), str(total), 1) + "\n"


def markdown_text(text: str) -> str:
    """Plain text as Markdown that renders to it: inline markup escaped, on one line.

    >>> markdown_text("A *b* <i>\\n[c]")
    'A \\\\*b\\\\* &lt;i&gt; \\\\[c\\\\]'
    """
    text = _MARKDOWN_INLINE.sub(r"\\\1", " ".join(text.split()))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hypothesis_annotation(quote: Quoted, site: Any, urls: Urls, user: Mapping[str, Any]) -> dict[str, Any]:
    """One annotation as Hypothesis's API writes it; ``text`` is Markdown."""
    citation, uri = quote.citation, urls.to("source", quote.source.slug)
    claim, said = claim_body(site, citation, urls), speaker_body(site, citation, urls)
    speaker = said.get("name") or said.get("value") or citation.by
    by = f"[{markdown_text(speaker)}]({said['id'].partition('#')[0]})" if "id" in said else markdown_text(speaker)
    tags = [f"claim:{citation.claim}"]
    if "id" in said:
        tags.append(f"{'person' if said['type'] == 'Person' else 'organisation'}:{citation.by}")
    return {
        "uri": uri,
        "document": {"title": [f"Original text: {quote.source.title}"]},
        "target": [{"source": uri, "selector": selectors(quote)}],
        "text": f"Claim: [{markdown_text(claim['label'])}]({claim['id']})\n\nSaid by: {by}",
        "tags": tags,
        **user,
    }


def render_hypothesis(view: Mapping[str, Any], context: Mapping[str, Any]) -> Iterator[str]:
    """``data/hypothesis.json``: ``{"annotations": [...], "total"}``, the file Hypothesis's
    import reads (an export of its own client has this shape), every annotation by one
    user named after the site."""
    urls = stable_urls(context)
    domain = context["BRIEFING_TAG_AUTHORITY"].split(",")[0].rpartition("@")[2]
    user = {"user": f"acct:briefing@{domain}", "user_info": {"display_name": context["SITENAME"]}}
    return json_with_lines({"annotations": ITEMS, "total": TOTAL}, source_lines(
        view, context, "hypothesis", lambda quote: hypothesis_annotation(quote, context["site"], urls, user)))
