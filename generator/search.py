"""The search index: Pagefind, run offline over the built pages, in shards.

Pagefind holds everything it indexes in memory until it writes the index —
about 23 bytes per byte of indexed HTML (measured with Pagefind 1.5.2) —
and runs on one core.  So the indexed pages are split into shards of at
most `SHARD_BYTES` of HTML, each indexed by its own Pagefind process, as
many at a time as there are cores: memory stays bounded whatever the size
of the site, and both cores work.  Every shard is a complete Pagefind
bundle; the search page merges them in the browser (Pagefind's
``mergeIndex``), reading their paths from ``pagefind/shards.json``.

A page goes to the shard its path hashes to, so a page stays in its shard
as the site grows, until the number of shards changes.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

from .parallel import available_cores

SHARD_BYTES = 24 << 20
"""HTML bytes indexed by one Pagefind process: about 0.6 GB of memory."""
INDEXED = ("briefs", "sources", "claims", "people", "organisations", "countries")
"""The folders whose pages are indexed (the theme marks their text ``data-pagefind-body``)."""
SHARDS_JSON = "shards.json"
EXCLUDED_SELECTORS = (".para-link",)
"""Elements Pagefind leaves out besides the theme's ``data-pagefind-ignore`` ones: the
paragraph numbers (¶4) `render.render_seed` writes into a source's text, which would
otherwise show in search excerpts ("… ¶11 Some North Korean …")."""


def indexed_pages(site: Path) -> dict[str, int]:
    """Every indexed page, by path under ``site``, with its size in bytes."""
    found = {}
    for folder in INDEXED:
        for page in (site / folder).glob("*/index.html"):
            found[page.relative_to(site).as_posix()] = page.stat().st_size
    return found


def plan(pages: dict[str, int], shard_bytes: int = SHARD_BYTES) -> list[list[str]]:
    """The pages of each shard: as many shards as the bytes need, pages by hash."""
    count = max(1, math.ceil(sum(pages.values()) / shard_bytes))
    shards: list[list[str]] = [[] for _ in range(count)]
    for path in sorted(pages):
        shards[shard_of(path, count)].append(path)
    return shards


def shard_of(page: str, count: int) -> int:
    return zlib.crc32(page.encode("utf-8")) % count


def is_indexed(page: str) -> bool:
    """``sources/x/index.html`` is; ``index.html`` and ``sources/index.html`` are not."""
    parts = page.split("/")
    return len(parts) == 3 and parts[0] in INDEXED and parts[2] == "index.html"


def bundle_path(k: int) -> str:
    """Where shard ``k``'s bundle goes under ``pagefind/``: the first at its root."""
    return "" if k == 0 else f"shards/{k}/"


def index_site(site: Path, jobs: int = 0, shard_bytes: int = SHARD_BYTES,
               changed: Iterable[str] | None = None) -> int:
    """Index ``site`` into ``site/pagefind/``; 0 or Pagefind's exit code.

    With ``changed`` (pages written or removed since the index was made, as
    the dev server knows them), only the shards holding those pages are
    indexed again, as long as the site still has as many shards."""
    shards = plan(indexed_pages(site), shard_bytes)
    todo = _stale_shards(site, shards, changed)
    work = site.parent / f".{site.name}-search"
    shutil.rmtree(work, ignore_errors=True)
    try:
        with ThreadPoolExecutor(jobs or available_cores()) as pool:
            codes = list(pool.map(lambda k: _index_shard(site, work, k, shards[k]), todo))
        if any(codes):
            return next(code for code in codes if code)
        for k in sorted(todo):  # the first shard's bundle holds the others: it goes in first
            _install(work / f"bundle-{k}", site / "pagefind" / bundle_path(k), keep="shards" if k == 0 else None)
        _drop_shards_beyond(site / "pagefind", len(shards))
        bundles = [f"pagefind/{bundle_path(k)}" for k in range(len(shards))]
        (site / "pagefind" / SHARDS_JSON).write_text(json.dumps(bundles) + "\n", encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _stale_shards(site: Path, shards: list[list[str]], changed: Iterable[str] | None) -> list[int]:
    """The shards to index: all of them, unless the pages that changed are known
    and the index on disk has the same shards."""
    everything = list(range(len(shards)))
    try:
        known = json.loads((site / "pagefind" / SHARDS_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return everything
    if changed is None or len(known) != len(shards):
        return everything
    return sorted({shard_of(page, len(shards)) for page in changed if is_indexed(page)})


def _drop_shards_beyond(root: Path, count: int) -> None:
    """Bundles of shards a smaller site no longer has."""
    for folder in (root / "shards").glob("*"):
        if not folder.name.isdigit() or int(folder.name) >= count:
            shutil.rmtree(folder, ignore_errors=True)


def _install(bundle: Path, target: Path, keep: str | None) -> None:
    """Put a new bundle in place of the old one, carrying over ``keep`` (the
    other shards, inside the first shard's folder)."""
    from .build import swap_in  # build runs the index: imported here, not at the top

    if keep and (target / keep).exists():
        (target / keep).rename(bundle / keep)
    target.parent.mkdir(parents=True, exist_ok=True)
    swap_in(bundle, target)


def _index_shard(site: Path, work: Path, k: int, pages: list[str]) -> int:
    """One Pagefind run over a folder of links to the shard's pages, so that
    it reads only those, under the same paths (and so the same URLs)."""
    view = work / f"shard-{k}"
    for page in pages:
        target = view / page
        target.parent.mkdir(parents=True, exist_ok=True)
        trimmed = search_view((site / page).read_text(encoding="utf-8"))
        if trimmed is None:
            _link(site / page, target)
        else:
            target.write_text(trimmed, encoding="utf-8")
    out = work / f"bundle-{k}"
    excluded = [arg for selector in EXCLUDED_SELECTORS for arg in ("--exclude-selectors", selector)]
    return subprocess.call([sys.executable, "-m", "pagefind", "--site", str(view), "--output-path", str(out),
                            *excluded, "--silent"])


SEARCHED = ("<!--search-->", "<!--/search-->")
"""Marks around the parts of a page search reads, when not all of it: the
name, role and profile of an entity page, the statement and notes of a
claim's, the title, text and filters of a source's, a brief's article
(without the page's head, site navigation and footer).  The rest of the entity
and claim pages lists quotes, which search finds on the brief and source
pages they come from (one result for a quote, not four)."""
_SEARCH_MARK = re.compile(r"<!--search(:text)?-->")
"""Opens a searched part; ``<!--search:text-->`` one that is a source's text as
`render.render_seed` writes it, read without its markup (`plain_text`)."""


def search_view(html: str) -> str | None:
    """The page as Pagefind reads it when it marks its searched parts: its
    ``<html>`` and ``<main>`` tags (language, body, type filter) around those
    parts alone; None when it marks none.  Pagefind's time goes with the
    bytes it parses, and an entity page is mostly quotes it does not index.

    >>> search_view('<html lang="en"><head><title>T</title></head><body><nav>x</nav><main data-pagefind-body>'
    ...             '<!--search--><h1>Ann</h1><!--/search--><ul>quotes</ul><!--search--><p>Bio</p><!--/search-->'
    ...             '</main></body></html>')
    '<html lang="en"><body><main data-pagefind-body><h1>Ann</h1>\\n<p>Bio</p>\\n</main></body></html>'
    """
    end = SEARCHED[1]
    main = html.find("<main")
    mark = _SEARCH_MARK.search(html, main) if main != -1 else None
    if mark is None:
        return None
    html_tag = html[html.find("<html"):html.find(">", html.find("<html")) + 1]
    main_tag = html[main:html.find(">", main) + 1]
    parts = []
    while mark is not None:
        stop = html.find(end, mark.end())
        stop = len(html) if stop == -1 else stop
        part = html[mark.end():stop]
        parts.append((plain_text(part) if mark.group(1) else part) + "\n")
        mark = _SEARCH_MARK.search(html, stop)
    return f"{html_tag}<body>{main_tag}{''.join(parts)}</main></body></html>"


# What `render.render_seed` writes around a source's words, all of it ours
# (every character of the text is escaped, so no "<" in it is a tag):
_UNINDEXED_LINE = re.compile(r'<p [^>]*data-pagefind-ignore>.*?</p>', re.S)  # web-page clutter
_PARAGRAPH_LINK = re.compile(r'<a class="para-link"[^>]*>[^<]*</a>')  # ¶4
_CITE_REFS = re.compile(r'<span class="cite-refs" data-pagefind-ignore>.*?</span>', re.S)  # → the claims
_INLINE = re.compile(r'</?(?:span|a|mark)\b[^>]*>')  # sentences, names, highlights


def plain_text(html: str) -> str:
    """A source's text as `render_seed` writes it, as Pagefind indexes it:
    the same words in the same paragraphs (``<p id="p4">``, whose ids Pagefind
    keeps as anchors), without what it ignores (clutter lines, paragraph
    numbers, the claims a sentence cites) and without the inline markup of
    sentences, names and highlights, which it reads as plain text anyway.
    Pagefind stores the same content, title, filters and word count (the
    suite compares them) and spends about a third less time on each source
    page (2,000 synthetic sources: 7.1 s of CPU, 4.6 s trimmed).  What it no
    longer stores is an anchor per sentence, which the search page does not
    use (its sub-results come from headings).

    >>> plain_text('<p id="p1" class="para"><a class="para-link" href="#p1">¶1</a> <span id="p1s1" class="s cited">'
    ...            '<a class="mention" href="x">Ann</a> <mark>won</mark>. <span class="cite-refs" '
    ...            'data-pagefind-ignore><a class="cite-ref" href="y">A claim</a></span></span></p>')
    '<p id="p1" class="para"> Ann won. </p>'
    """
    for pattern in (_UNINDEXED_LINE, _PARAGRAPH_LINK, _CITE_REFS, _INLINE):
        html = pattern.sub("", html)
    return html


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or no hard links: a copy reads the same
        shutil.copyfile(source, target)
