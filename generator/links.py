"""Links between pages: the URL map, and the ``kind:key#fragment`` syntax.

Authors link a statement to what it rests on with targets such as
``claim:nk-troops-in-kursk``, ``person:lloyd-austin``, ``country:KP``,
``source:#p4s2`` (this brief's source) or ``source:other-brief#p2s1``,
optionally to a section of the page: ``brief:some-brief#claims-h``.
`parse_target` reads them; the checks verify that each one exists, with
its fragment; the renderer turns them into site URLs.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .model import Corpus, Markdown, Seed
from .problems import did_you_mean

_FRAGMENT = re.compile(r"p(\d+)(?:s(\d+))?")

KINDS = ("brief", "source", "person", "organisation", "country", "claim")
"""The link kinds authors write (``claim:…``)."""

URL_PATTERNS = {
    "brief": "briefs/{key}/",
    "source": "sources/{key}/",
    "person": "people/{key}/",
    "organisation": "organisations/{key}/",
    "country": "countries/{key}/",
    "claim": "claims/{key}/",
    "index": "{key}/",
    "page": "{key}/",
}
"""Output URLs, relative to the site root; each is a folder with index.html."""

INDEX_PAGES = ("briefs", "people", "organisations", "countries", "claims", "search", "timeline", "sources")
"""The index pages, each at ``/<name>/`` (``url_path("index", name)``)."""

FEED_PATTERNS = {
    "site": "feeds/all.atom.xml",
    "person": "feeds/people/{key}.atom.xml",
    "organisation": "feeds/organisations/{key}.atom.xml",
    "country": "feeds/countries/{key}.atom.xml",
    "claim": "feeds/claims/{key}.atom.xml",
}
"""Atom feeds, relative to the site root: the site's, and one per person, organisation, country and claim."""

SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
"""Written by publish builds with an absolute ``SITEURL`` only (``BRIEFING_SITEMAP``)."""

ANALYSIS_JSON = "data/analysis.json"
"""The claim analysis as data (values, intervals, verdicts, clusters) for other tools."""

ANNOTATIONS_JSONLD = "data/annotations.jsonld"
"""Every cited quote as a W3C Web Annotation (`generator.annotations`)."""

HYPOTHESIS_JSON = "data/hypothesis.json"
"""The same annotations as a file Hypothesis imports."""

SITE_FOLDERS = ("data", "pagefind", "theme", "feeds")
"""Other top-level folders of the output: the analysis export, the search
index, the theme's static files (Pelican's ``THEME_STATIC_DIR``) and feeds."""

SECTIONS = {
    "brief": ("claims-h", "entities-h"),
    "person": ("said-h", "naming-h", "mentions-h", "timeline-h"),
    "organisation": ("said-h", "people-h", "briefs-h", "naming-h", "mentions-h", "timeline-h"),
    "country": ("people-h", "briefs-h", "naming-h", "mentions-h", "timeline-h"),
    "claim": ("analysis-h", "versions-h", "timeline-h"),
}
"""The fragments each page kind has: the ids of its sections, written on
every page of the kind (an empty section says so rather than vanishing).
A source page's fragments are its paragraphs and sentences, ``p4``/``p4s2``.
The templates write these ids; a test holds them to this table."""


def reserved_folders() -> frozenset[str]:
    """Top-level folders the site writes itself; a plain page may not take one.

    >>> sorted(reserved_folders())[:4]
    ['briefs', 'claims', 'countries', 'data']
    """
    fixed = {pattern.split("/")[0] for pattern in URL_PATTERNS.values() if not pattern.startswith("{")}
    return frozenset(fixed | set(INDEX_PAGES) | set(SITE_FOLDERS))


def url_path(kind: str, key: str) -> str:
    """``url_path("country", "KP")`` → ``"countries/kp/"``."""
    if kind == "home":
        return ""
    return URL_PATTERNS[kind].format(key=key.lower() if kind == "country" else key)


def feed_path(kind: str, key: str = "") -> str:
    """The file of a feed: ``feed_path("country", "KP")`` → ``"feeds/countries/kp.atom.xml"``.

    >>> feed_path("site")
    'feeds/all.atom.xml'
    """
    return FEED_PATTERNS[kind].format(key=key.lower() if kind == "country" else key)


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
    """Every link target of a Markdown text, with its 1-based file line.

    >>> from generator.documents import parse_document
    >>> list(markdown_links(parse_document("---\\nt: x\\n---\\nOne,\\ntwo [a](claim:x).\\n").markdown))
    [('claim:x', 5)]
    """
    if markdown.links is not None:
        return iter(markdown.links)
    return ((str(child.attrGet("href") or ""), line) for child, line in _inline(markdown, "link_open"))


def markdown_images(markdown: Markdown) -> Iterator[tuple[str, int]]:
    """Every image source of a Markdown text, with its 1-based file line."""
    if markdown.images is not None:
        return iter(markdown.images)
    return ((str(child.attrGet("src") or ""), line) for child, line in _inline(markdown, "image"))


def with_targets(markdown: Markdown) -> Markdown:
    """The text with its links and images listed, so that the checks, run
    again on every dev-server rebuild, need not walk its tokens."""
    return dataclasses.replace(markdown, links=tuple(markdown_links(markdown)), images=tuple(markdown_images(markdown)))


def _inline(markdown: Markdown, token_type: str) -> Iterator[tuple[Any, int]]:
    # A block's first line, plus the line breaks before the token within it.
    line = markdown.line
    for token in markdown.tokens:
        line = token.map[0] + 1 if token.map else line
        offset = 0
        for child in _flatten(token.children or ()):
            if child.type in ("softbreak", "hardbreak"):
                offset += 1
            elif child.type == token_type:
                yield child, line + offset


def _flatten(tokens: Iterable[Any]) -> Iterator[Any]:
    """Inline tokens in source order, with an image's alt-text tokens after it."""
    for token in tokens:
        yield token
        yield from _flatten(token.children or ())


def link_error(corpus: Corpus, href: str, current_brief: str | None, published: bool = True) -> str | None:
    """Why a link's target is wrong, or None: one of ours that does not resolve,
    or a near miss of our syntax (``CLAIM:x``, ``claims:x``) that would be a dead link."""
    target = parse_target(href)
    if target is not None:
        return target_error(corpus, target, current_brief, published)
    return kind_error(href)


_FOLDER_KINDS = {URL_PATTERNS[kind].split("/")[0]: kind for kind in KINDS}
"""``claims`` → ``claim``: the URL folders, a likely slip for the link kinds."""


def kind_error(href: str) -> str | None:
    """Why ``href`` looks like one of our link kinds but is not, or None.

    >>> kind_error("Claim:x")
    'unknown link kind "Claim:" (did you mean "claim:"?); links to pages of this site are brief:, source:, person:, organisation:, country: and claim:'
    >>> kind_error("mailto:a@example.org") is None
    True
    """
    scheme, colon, _ = href.partition(":")
    if not colon or scheme in KINDS or not scheme.isalpha():
        return None
    lower = scheme.lower()
    close = difflib.get_close_matches(lower, KINDS, n=1, cutoff=0.8)
    meant = lower if lower in KINDS else _FOLDER_KINDS.get(lower) or (close[0] if close else None)
    if meant is None:
        return None
    listed = ", ".join(f"{kind}:" for kind in KINDS[:-1]) + f" and {KINDS[-1]}:"
    return f'unknown link kind "{scheme}:" (did you mean "{meant}:"?); links to pages of this site are {listed}'


def has_fragment(seed: Seed | None, fragment: str) -> bool:
    """True when ``p<N>`` or ``p<N>s<M>`` names a paragraph or sentence of ``seed``."""
    match = _FRAGMENT.fullmatch(fragment)
    if seed is None or match is None or not 0 < int(match[1]) <= len(seed.paragraphs):
        return False
    return match[2] is None or 0 < int(match[2]) <= len(seed.paragraphs[int(match[1]) - 1].sentences)


def section_error(kind: str, fragment: str) -> str | None:
    """Why ``#fragment`` is not a section of a ``kind`` page, or None when it is.

    >>> section_error("brief", "claims")
    'no section "#claims" on a brief page (did you mean "claims-h"?); its sections are #claims-h, #entities-h'
    """
    allowed = SECTIONS[kind]
    if not fragment or fragment in allowed:
        return None
    return (f'no section "#{fragment}" on a {kind} page{did_you_mean(fragment, allowed)}; '
            f'its sections are {", ".join("#" + name for name in allowed)}')


def target_error(corpus: Corpus, target: Target, current_brief: str | None, published: bool = True) -> str | None:
    """Why a target (page and fragment) does not resolve, or None when it does.

    ``published`` says the link sits on a published page, which must not
    point to a draft brief (drafts have no pages yet).
    """
    if target.kind in ("source", "brief"):
        return _brief_error(corpus, target, current_brief, published)
    return _entity_error(corpus, target, published)


def _brief_error(corpus: Corpus, target: Target, current_brief: str | None, published: bool) -> str | None:
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
    if target.kind == "brief":
        return section_error("brief", target.fragment)
    seed = corpus.seeds.get(brief.source.file)
    if target.fragment and seed and not has_fragment(seed, target.fragment):
        return f'no sentence or paragraph "#{target.fragment}" in the source of "{slug}" (ids look like p4 or p4s2)'
    return None


_REGISTRIES = {"person": "people", "organisation": "organisations", "claim": "claims", "country": "countries"}
"""Link kind → the content folder (and Corpus attribute) of its registry."""


def _entity_error(corpus: Corpus, target: Target, published: bool) -> str | None:
    folder = _REGISTRIES[target.kind]
    registry = getattr(corpus, folder)
    # Countries are keyed by upper-case code; a link may write any case.
    key = target.key.upper() if target.kind == "country" else target.key
    if key not in registry and corpus.is_unparsed(folder, key):
        return None  # its file has errors of its own
    if key not in registry:
        written = target.key.lower() if target.kind == "country" else key
        choices = (k.lower() for k in registry) if target.kind == "country" else registry
        return f'no {target.kind} "{target.key}"{did_you_mean(written, choices)}'
    if published and registry[key].status != "published":
        return f'{target.kind} "{target.key}" is still proposed and has no page yet'
    return section_error(target.kind, target.fragment)
