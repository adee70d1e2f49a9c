"""Turn Markdown and seed text into HTML with the site's URLs.

Everything from content is escaped here; the results are `Markup`, so the
autoescaping templates leave them alone and escape everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token
from markupsafe import Markup, escape

from .documents import MARKDOWN
from .links import parse_target, url_path
from .mentions import Mention
from .model import Citation, Claim, Markdown, Paragraph, Seed, Sentence


@dataclass(frozen=True)
class Urls:
    """Site URLs as seen from one page."""

    prefix: str
    """``SITEURL`` for this page: "" (root-relative), "../.." or "https://…"."""
    index_html: bool = False
    """Append ``index.html`` so that links also work from disk."""

    def to(self, kind: str, key: str = "", fragment: str = "") -> str:
        path = url_path(kind, key)
        if self.index_html:
            path += "index.html"
        url = f"{self.prefix}/{path}" if self.prefix else f"/{path}"
        return f"{url}#{fragment}" if fragment else url

    def static(self, path: str) -> str:
        return f"{self.prefix}/{path}" if self.prefix else f"/{path}"


def render_markdown(markdown: Markdown, urls: Urls, brief_slug: str | None = None) -> Markup:
    """HTML of an author's Markdown; ``claim:`` etc. links become site URLs."""
    env = {"urls": urls, "brief": brief_slug}
    return Markup(_RENDERER.render(list(markdown.tokens), MARKDOWN.options, env))


_PERMALINK = re.compile(r"p(\d+)(?:s(\d+))?")


def sentence_name(fragment: str) -> str:
    """A permalink fragment in words, for link text and print.

    >>> sentence_name("p4s2"), sentence_name("p4")
    ('¶4 sentence 2', '¶4')
    """
    match = _PERMALINK.fullmatch(fragment)
    if not match:
        return fragment
    paragraph, sentence = match.groups()
    return f"¶{paragraph} sentence {sentence}" if sentence else f"¶{paragraph}"


def _link_open(self, tokens: list[Token], idx: int, options, env) -> str:
    token = tokens[idx]
    target = parse_target(str(token.attrGet("href") or ""))
    # A link to a sentence says which, whatever its words ("source"): its
    # accessible name, and what print shows (`.where` in the stylesheet).
    where = sentence_name(target.fragment) if target and target.kind == "source" and target.fragment else ""
    env.setdefault("where", []).append(where)
    if target is not None:
        token = token.copy(attrs=dict(token.attrs))  # a shallow copy would share, and change, the parsed attrs
        key = target.key or (env["brief"] or "")
        token.attrSet("href", env["urls"].to(target.kind, key, target.fragment))
        token.attrSet("class", f"ref ref-{target.kind}")
    return self.renderToken([token], 0, options, env)


def _image(self, tokens: list[Token], idx: int, options, env) -> str:
    token = tokens[idx]
    if parse_target(str(token.attrGet("src") or "")) is None:
        return type(self).image(self, tokens, idx, options, env)
    # ![x](claim:…) is reported by the checks; should it get here, it is its alt text, not an image.
    return escapeHtml(self.renderInlineAsText(token.children or [], options, env))


def _link_close(self, tokens: list[Token], idx: int, options, env) -> str:
    where = env["where"].pop() if env.get("where") else ""
    closing = self.renderToken(tokens, idx, options, env)
    return f'<span class="where" data-pagefind-ignore>, {escapeHtml(where)}</span>{closing}' if where else closing


_RENDERER = type(MARKDOWN.renderer)()
_RENDERER.rules["link_open"] = _link_open.__get__(_RENDERER)
_RENDERER.rules["link_close"] = _link_close.__get__(_RENDERER)
_RENDERER.rules["image"] = _image.__get__(_RENDERER)


@dataclass(frozen=True)
class Span:
    """A wrapper to put around part of a sentence."""

    start: int
    end: int
    kind: str
    """``mention`` (a link) or ``quote`` (a highlight)."""
    href: str = ""


def render_seed(seed: Seed, boilerplate: frozenset[int], mentions: list[Mention],
                cited: dict[tuple[int, int], list[Citation]], claims: Mapping[str, Claim],
                urls: Urls, brief_slug: str = "") -> Markup:
    """The seed's paragraphs and sentences, with ids, mentions and cited quotes;
    a cited sentence links to each claim's page, at the quote (`quote_id`).

    Built with plain strings, every piece of text through `escape`: the one
    page per source is the largest share of a build's rendering."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault((mention.paragraph, mention.sentence), []).append(mention)
    parts = []
    for paragraph in seed.paragraphs:
        clutter = paragraph.line in boilerplate
        css = "para boilerplate" if clutter else "para"
        label = '<span class="visually-hidden">Web page clutter: </span>' if clutter else ""
        unindexed = " data-pagefind-ignore" if clutter else ""  # search finds the article, not its page furniture
        body = " ".join(
            _sentence(seed, paragraph, s, by_sentence.get((paragraph.index, s.index), []),
                      cited.get((paragraph.index, s.index), []), claims, urls, brief_slug)
            for s in paragraph.sentences)
        n = paragraph.index
        parts.append(f'<p id="p{n}" class="{css}"{unindexed}><a class="para-link" href="#p{n}" aria-label="Paragraph {n}">'
                     f"¶{n}</a> {label}{body}</p>")
    return Markup("\n".join(parts))


def _sentence(seed: Seed, paragraph: Paragraph, sentence: Sentence, mentions: list[Mention],
              citations: list[Citation], claims: Mapping[str, Claim], urls: Urls, brief_slug: str = "") -> str:
    spans = [Span(m.start, m.end, "mention", urls.to(m.kind, m.key)) for m in mentions]
    for citation in citations:
        start, end = max(citation.anchor.start, sentence.start), min(citation.anchor.end, sentence.end)
        if start < end:
            spans.append(Span(start, end, "quote"))
    body = wrap(seed.text, sentence.start, sentence.end, spans)
    sid = f"p{paragraph.index}s{sentence.index}"
    if not citations:
        return f'<span id="{sid}" class="s">{body}</span>'
    first = {}  # each claim once, at its first quote in this sentence
    for citation in citations:
        first.setdefault(citation.claim, citation)
    refs = "".join(
        f'<a class="cite-ref" href="{escape(urls.to("claim", c, quote_id(brief_slug, q) if brief_slug else ""))}">'
        f'{escape(claims[c].statement if c in claims else c)}</a>'
        for c, q in first.items())
    # The claims' statements are found on their own pages, not in this text's search results.
    return f'<span id="{sid}" class="s cited">{body} <span class="cite-refs" data-pagefind-ignore>{refs}</span></span>'


def quote_id(brief_slug: str, citation: Citation) -> str:
    """The id of a quote on its claim's page: ``quote-alpha-p4s1`` (brief, first sentence)."""
    return f"quote-{brief_slug}-{citation.anchor.fragment}"


def wrap(text: str, start: int, end: int, spans: Iterable[Span]) -> Markup:
    """``text[start:end]`` escaped, with quotes marked and mentions linked.

    Highlights are outer and links inner; where a highlight boundary falls
    inside a name, the link is split in two rather than overlapping tags.
    """
    spans = list(spans)
    if not spans:  # most sentences of a source: nothing to mark or link, half the time
        return escape(text[start:end])
    cuts = sorted({start, end, *(s.start for s in spans), *(s.end for s in spans)})
    cuts = [c for c in cuts if start <= c <= end]
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = str(escape(text[a:b]))
        link = next((s for s in spans if s.kind == "mention" and s.start <= a and b <= s.end), None)
        if link is not None:
            piece = f'<a class="mention" href="{escape(link.href)}">{piece}</a>'
        if any(s.kind == "quote" and s.start <= a and b <= s.end for s in spans):
            piece = f"<mark>{piece}</mark>"
        out.append(piece)
    return Markup("".join(out).replace("</mark><mark>", ""))


SNIPPET_CONTEXT = 80
"""Characters of context kept on each side of a mention in a snippet."""


def snippet(seed: Seed, paragraph: int, sentence: int, start: int, end: int) -> Markup:
    """The sentence holding ``start:end``, that part in bold, cut to a short
    window at word boundaries ("…" marks a cut)."""
    s = seed.paragraphs[paragraph - 1].sentences[sentence - 1]
    left, right = seed.text[s.start:start], seed.text[end:s.end]
    if len(left) > SNIPPET_CONTEXT:
        left = "…" + left[-SNIPPET_CONTEXT:].split(" ", 1)[-1]
    if len(right) > SNIPPET_CONTEXT:
        right = right[:SNIPPET_CONTEXT].rsplit(" ", 1)[0] + "…"
    return Markup("{}<strong>{}</strong>{}").format(left, seed.text[start:end], right)
