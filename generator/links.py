"""Links between pages: the URL map, and the ``kind:key#fragment`` syntax.

Authors link a statement to what it rests on with targets such as
``claim:nk-troops-in-kursk``, ``person:lloyd-austin``, ``country:KP``,
``source:#p4s2`` (this brief's source) or ``source:other-brief#p2s1``.
`parse_target` reads them; the checks verify that each one exists; the
renderer turns them into site URLs.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from typing import Iterator

from .model import Corpus, Markdown, Seed

_FRAGMENT = re.compile(r"p(\d+)(?:s(\d+))?")

KINDS = ("brief", "source", "person", "country", "claim")

URL_PATTERNS = {
    "brief": "briefs/{key}/",
    "source": "sources/{key}/",
    "person": "people/{key}/",
    "country": "countries/{key}/",
    "claim": "claims/{key}/",
    "index": "{key}/",
}
"""Output URLs, relative to the site root; each is a folder with index.html."""


def url_path(kind: str, key: str) -> str:
    """``url_path("country", "KP")`` → ``"countries/kp/"``."""
    if kind == "home":
        return ""
    return URL_PATTERNS[kind].format(key=key.lower() if kind == "country" else key)


@dataclass(frozen=True)
class Target:
    """A parsed ``kind:key#fragment`` link target."""

    kind: str
    key: str
    """Empty for ``source:#p1s1``, meaning the current brief's source."""
    fragment: str


def parse_target(href: str) -> Target | None:
    """A Target for our link syntax, None for an ordinary URL.

    >>> parse_target("source:#p4s2")
    Target(kind='source', key='', fragment='p4s2')
    >>> parse_target("https://example.org") is None
    True
    """
    kind, colon, rest = href.partition(":")
    if not colon or kind not in KINDS:
        return None
    key, _, fragment = rest.partition("#")
    return Target(kind, key, fragment)


def markdown_links(markdown: Markdown) -> Iterator[tuple[str, int]]:
    """Every link target of a Markdown text, with its 1-based file line."""
    for token in markdown.tokens:
        for child in token.children or ():
            if child.type == "link_open":
                yield str(child.attrGet("href") or ""), token.map[0] + 1 if token.map else markdown.line


def has_fragment(seed: Seed | None, fragment: str) -> bool:
    """True when ``p<N>`` or ``p<N>s<M>`` names a paragraph or sentence of ``seed``."""
    match = _FRAGMENT.fullmatch(fragment)
    if seed is None or match is None or not 0 < int(match[1]) <= len(seed.paragraphs):
        return False
    return match[2] is None or 0 < int(match[2]) <= len(seed.paragraphs[int(match[1]) - 1].sentences)


def target_error(corpus: Corpus, target: Target, current_brief: str | None, published: bool = True) -> str | None:
    """Why a target does not resolve, or None when it does.

    ``published`` says the link sits on a published page, which must not
    point to a draft brief (drafts have no pages yet).
    """
    from .problems import did_you_mean

    if target.kind in ("source", "brief"):
        slug = target.key or current_brief
        if slug is None:
            return f'"{target.kind}:" needs a brief slug here, e.g. {target.kind}:some-brief#p1s1'
        if slug not in corpus.brief_by_slug and corpus.is_unparsed("briefs", slug):
            return None  # its file has errors of its own; one report is enough
        if slug not in corpus.brief_by_slug:
            return f'no brief "{slug}"{did_you_mean(slug, corpus.brief_by_slug)}'
        brief = corpus.brief_by_slug[slug]
        if published and brief.status != "published":
            return f'brief "{slug}" is a draft and has no page yet'
        seed = corpus.seeds.get(brief.source.file)
        if target.fragment and target.kind == "source" and seed and not has_fragment(seed, target.fragment):
            return f'no sentence or paragraph "#{target.fragment}" in the source of "{slug}" (ids look like p4 or p4s2)'
        return None
    registry = {"person": corpus.people, "claim": corpus.claims,
                "country": {code.lower(): c for code, c in corpus.countries.items()}}[target.kind]
    key = target.key.lower() if target.kind == "country" else target.key
    folder = {"person": "people", "claim": "claims", "country": "countries"}[target.kind]
    if key not in registry and corpus.is_unparsed(folder, key):
        return None  # its file has errors of its own
    if key not in registry:
        return f'no {target.kind} "{target.key}"{did_you_mean(key, registry)}'
    if published and registry[key].status != "published":
        return f'{target.kind} "{target.key}" is still proposed and has no page yet'
    return None
