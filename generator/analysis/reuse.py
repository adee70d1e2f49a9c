"""Which sources share text, and which of them are one origin.

A wire story reprinted, trimmed or lightly rewritten is not a second
witness.  Each source's *narrative* — its non-boilerplate lines with direct
speech set aside (`narrative`) — is cut into word shingles: every run of
`SHINGLE_WORDS` consecutive normalised words that does not cross a quote or a
paragraph break.  For two sources A and B, with S(X) the set of X's shingles,

    containment C(A, B) = |S(A) ∩ S(B)| / |S(A)|

is the share of A's narrative found in B.  It is asymmetric on purpose: a
short wire story embedded in a longer article has C(wire, article) near 1
even though C(article, wire) is small.

Two sources are **linked** when max(C(A, B), C(B, A)) ≥ `LINK_THRESHOLD`
and they share at least `MIN_SHARED` shingles (so that a source with a
dozen words of narrative cannot be linked by one stock phrase).  Linked
sources form **origin clusters** (connected components); a cluster is named
by the alphabetically first slug in it.

Why quotes are set aside: two independent reports of one speech quote the
same sentences, often at length, yet their reporters' own sentences differ.
Counting the quotes would merge them; counting narrative does not.

Cost: the shingles are indexed once (shingle → sources); each source then
counts, per shingle, the other sources holding it.  The work is the number
of (shingle, source, source) co-occurrences — proportional to the shared
text itself, not to the square of the corpus.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..model import Brief, Seed
from .narrative import narrative_runs, words

SHINGLE_WORDS = 5
"""Words per shingle: long enough to be rare, short enough to survive edits."""
LINK_THRESHOLD = 0.20
"""Containment (either way) at or above which two sources are linked."""
MIN_SHARED = 10
"""Fewest shared shingles for a link, whatever the containment."""


@dataclass(frozen=True)
class Reuse:
    """Text that one source shares with another (seen from the first)."""

    other: str
    """Slug of the other brief."""
    other_name: str
    """The other brief's publisher, or its title when the publisher is unknown."""
    shared: int
    """Number of narrative shingles the two have in common."""
    share_of_this: float
    """C(this, other): the share of this source's narrative found in the other."""
    share_of_that: float
    """C(other, this): the share of the other's narrative found in this one."""


@dataclass(frozen=True)
class Origins:
    """Text reuse between sources, and the clusters it implies."""

    shingle_counts: dict[str, int]
    """Slug → number of distinct narrative shingles of its source."""
    reuse: dict[str, tuple[Reuse, ...]]
    """Slug → the linked sources, most shared first (empty when independent)."""
    cluster: dict[str, str]
    """Slug → cluster id (the first slug of its cluster, alphabetically)."""


def narrative_shingles(seed: Seed, boilerplate: Iterable[int] = ()) -> set[str]:
    """The shingles of a seed's narrative, outside its boilerplate lines."""
    skip = frozenset(boilerplate)
    shingles: set[str] = set()
    for paragraph in seed.paragraphs:
        if paragraph.line in skip:
            continue
        for run in narrative_runs(paragraph.text):
            run_words = words(run)
            for i in range(len(run_words) - SHINGLE_WORDS + 1):
                shingles.add(" ".join(run_words[i:i + SHINGLE_WORDS]))
    return shingles


def find_origins(seeds: Mapping[str, Seed], briefs: Iterable[Brief]) -> Origins:
    """Reuse and clusters for the briefs' sources (`seeds` by path)."""
    briefs = list(briefs)
    shingles = {
        b.slug: narrative_shingles(seeds[b.source.file], b.source.boilerplate) if b.source.file in seeds else set()
        for b in briefs
    }
    names = {b.slug: b.source.publisher or b.title for b in briefs}
    reuse = _links(shingles, count_shared(shingles), names)
    return Origins({s: len(v) for s, v in shingles.items()}, reuse, _clusters(shingles, reuse))


def count_shared(shingles: Mapping[str, set[str]]) -> dict[str, Counter[str]]:
    """Slug → (other slug → number of shingles both hold), via one index."""
    holders: dict[str, list[str]] = defaultdict(list)
    for slug, own in shingles.items():
        for shingle in own:
            holders[shingle].append(slug)
    shared: dict[str, Counter[str]] = {slug: Counter() for slug in shingles}
    for slugs in holders.values():
        if len(slugs) > 1:
            for slug in slugs:
                shared[slug].update(other for other in slugs if other != slug)
    return shared


def containment(shared: int, own: int) -> float:
    """|S(A) ∩ S(B)| / |S(A)|, and 0 for a source without narrative."""
    return shared / own if own else 0.0


def _links(shingles: Mapping[str, set[str]], shared: Mapping[str, Counter[str]],
           names: Mapping[str, str]) -> dict[str, tuple[Reuse, ...]]:
    reuse: dict[str, tuple[Reuse, ...]] = {}
    for slug, counts in shared.items():
        found = [
            Reuse(other, names[other], n, containment(n, len(shingles[slug])), containment(n, len(shingles[other])))
            for other, n in counts.items()
        ]
        linked = [r for r in found if is_link(r)]
        reuse[slug] = tuple(sorted(linked, key=lambda r: (-max(r.share_of_this, r.share_of_that), r.other)))
    return reuse


def is_link(reuse: Reuse) -> bool:
    return reuse.shared >= MIN_SHARED and max(reuse.share_of_this, reuse.share_of_that) >= LINK_THRESHOLD


def _clusters(shingles: Mapping[str, set[str]], reuse: Mapping[str, tuple[Reuse, ...]]) -> dict[str, str]:
    """Connected components of the link graph, by union-find."""
    parent = {slug: slug for slug in shingles}

    def root(slug: str) -> str:
        while parent[slug] != slug:
            parent[slug] = parent[parent[slug]]  # path halving keeps trees flat
            slug = parent[slug]
        return slug

    for slug, links in reuse.items():
        for link in links:
            a, b = root(slug), root(link.other)
            parent[max(a, b)] = min(a, b)  # the smaller slug stays the root
    return {slug: root(slug) for slug in shingles}
