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

Cost: each source's shingles are filed once in an index (shingle → the
sources holding it) and then dropped; only shingles held by two or more
sources keep their holders.  Each source then counts, per shared shingle,
the other sources holding it.  The work is the number of (shingle, source,
source) co-occurrences — proportional to the shared text itself, not to the
square of the corpus — and the memory is one entry per distinct shingle.
"""

from __future__ import annotations

import contextlib
import tempfile
from array import array
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

from .. import parallel
from ..model import Brief, Seed
from ..parallel import fork_map
from .narrative import narrative_runs, words

if TYPE_CHECKING:
    from .reuse_live import LiveOrigins

T = TypeVar("T")

SHINGLE_WORDS = 5
"""Words per shingle: long enough to be rare, short enough to survive edits."""
LINK_THRESHOLD = 0.31
"""Containment (either way) at or above which two sources are linked.  Set
between labelled pairs (`calibration`): one story printed twice keeps at
least 0.378 (a release heavily rewritten), independent reports of one
speech at most 0.241 (reported speech echoing the speaker's words)."""
MIN_SHARED = 13
"""Fewest shared shingles for a link, whatever the containment.  Set between
labelled pairs (`calibration`): a two-sentence brief reprinted shares 21,
a short item and a report sharing stock phrases at most 5."""


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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
            # Every window of SHINGLE_WORDS words: the list zipped with its shifted copies, joined in C.
            shingles.update(map(" ".join, zip(*(run_words[k:] for k in range(SHINGLE_WORDS)))))
    return shingles


def shingle_hashes(seed: Seed, boilerplate: Iterable[int] = ()) -> set[int]:
    """A source's distinct narrative shingles as 64-bit hashes.

    Eight bytes a shingle instead of a string of some thirty characters: at
    10,000 sources the difference between an index that fits in memory and
    one that does not.  Two different shingles share a hash with chance
    2**-64 a pair, so over the millions of shingles of such a corpus a
    spurious shared shingle (one count more, never a link on its own, which
    takes `MIN_SHARED`) is a chance in about a million per build.  Hashes of
    strings differ between processes, so they are compared within one only
    (or its forked workers, which inherit its hash secret)."""
    return {hash(shingle) for shingle in narrative_shingles(seed, boilerplate)}


PARTS = 64
"""The index is filed in this many passes, each taking the shingles of one
residue of their hash: the single holders' table of a pass is a
sixty-fourth of the distinct shingles, however many sources there are (at
10,000 sources, 25 MB a pass; sixteen passes held 100 MB)."""


def bucket(shingles: Iterable[int]) -> tuple[int, list[array[int]]]:
    """How many shingles, and the shingles in `PARTS` buckets by residue."""
    buckets = [array("q") for _ in range(PARTS)]
    add = [b.append for b in buckets]
    count = 0
    for shingle in shingles:
        add[shingle % PARTS](shingle)
        count += 1
    return count, buckets


@dataclass(frozen=True)
class ShingleIndex:
    """Sources numbered in the order given, and who shares which shingle:
    one entry per shingle that two or more sources hold (`build`)."""

    sizes: list[int]
    """Source → number of distinct shingles it holds."""
    holders: dict[int, list[int]]
    """Shingle held by two or more sources → all of them, in order."""

    @classmethod
    def build(cls, items: Sequence[T], shingles: Callable[[T], Iterable[int]]) -> ShingleIndex:
        """The index of ``items``' ``shingles``, made on every core without
        holding them in this process.

        Shingles are many (13 million at 10,000 sources) and shared ones few
        (a hundred thousand), so they are spooled to files rather than held:
        each core cuts a run of sources and writes their shingles by residue
        of their hash (`PARTS` files), then each residue is filed in its own
        pass, on every core, reading its files in source order.  A shingle
        seen once keeps only its first holder, and only during its pass; only
        the shared ones come back here.  This process's memory does not grow
        with the shingles, and no source is cut twice."""
        jobs = parallel.available_cores() if len(items) >= parallel.MIN_ITEMS else 1  # a fork costs more
        starts = [len(items) * k // jobs for k in range(jobs + 1)]
        with tempfile.TemporaryDirectory(prefix="briefing-shingles-") as folder:
            spool = Path(folder)

            def cut(run: int) -> list[int]:
                return _spool(spool, run, items[starts[run]:starts[run + 1]], shingles)

            sizes = [size for run in fork_map(cut, range(jobs), jobs, 2) for size in run]
            holders: dict[int, list[int]] = {}
            # Merged in pass order, as one core would file them.
            for shared in fork_map(lambda part: _file(spool, part, starts[:-1]), range(PARTS), jobs, 2):
                holders.update(shared)
        return cls(sizes, holders)

    def shared_by(self) -> list[list[list[int]]]:
        """Per source, in order: the holders lists of every shingle it shares."""
        shared_by: list[list[list[int]]] = [[] for _ in self.sizes]
        for holders in self.holders.values():
            for source in holders:
                shared_by[source].append(holders)
        return shared_by

    def partners(self) -> Iterator[Counter[int]]:
        """Per source, in order: other source → number of shingles both hold."""
        for source, lists in enumerate(self.shared_by()):
            yield partner_counts(source, lists)


def _spool(spool: Path, run: int, items: Sequence[T], shingles: Callable[[T], Iterable[int]]) -> list[int]:
    """Write the shingles of a run of sources by residue: per part, their
    hashes (``.q``) and how many each source has there (``.n``); the sizes."""
    sizes = []
    counts = [array("i") for _ in range(PARTS)]
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(spool / f"{part}-{run}.q", "wb")) for part in range(PARTS)]
        for item in items:
            size, buckets = bucket(shingles(item))
            sizes.append(size)
            for part, hashes in enumerate(buckets):
                hashes.tofile(files[part])
                counts[part].append(len(hashes))
    for part in range(PARTS):
        (spool / f"{part}-{run}.n").write_bytes(counts[part].tobytes())
    return sizes


def _file(spool: Path, part: int, starts: list[int]) -> dict[int, list[int]]:
    """One pass: each shingle of residue ``part`` that two or more sources
    hold → all of them, in order, read from the runs' spooled files."""
    first: dict[int, int] = {}
    holders: dict[int, list[int]] = {}
    for run, start in enumerate(starts):
        counts, hashes = array("i"), array("q")
        counts.frombytes((spool / f"{part}-{run}.n").read_bytes())
        hashes.frombytes((spool / f"{part}-{run}.q").read_bytes())
        at = 0
        for source, count in enumerate(counts, start):
            for shingle in hashes[at:at + count]:
                holder = first.setdefault(shingle, source)
                if holder != source:
                    holders.setdefault(shingle, [holder]).append(source)
            at += count
    return holders


def partner_counts(source: int, lists: list[list[int]]) -> Counter[int]:
    """Other source → number of shingles both hold, from the holders lists of ``source``'s shared shingles."""
    counts = Counter(chain.from_iterable(lists))  # counted in C; the source itself is among them
    del counts[source]
    return counts


def find_origins(seeds: Mapping[str, Seed], briefs: Iterable[Brief], live: "LiveOrigins | None" = None) -> Origins:
    """Reuse and clusters for the briefs' sources (`seeds` by path).

    ``live`` (the dev server's) keeps the index between builds and files
    again only the sources that changed (`reuse_live`)."""
    if live is not None:
        return live.update(seeds, briefs)
    by_slug = {b.slug: b for b in briefs}  # a slug twice (an error): its last brief, at its first place
    slugs = list(by_slug)

    def shingled(brief: Brief) -> set[int]:
        seed = seeds.get(brief.source.file)
        return shingle_hashes(seed, brief.source.boilerplate) if seed is not None else set()

    # Cut on every core: forked workers hash strings as this process does (the hash secret is inherited).
    index = ShingleIndex.build(list(by_slug.values()), shingled)
    names = [b.source.publisher or b.title for b in by_slug.values()]
    shared_by = index.shared_by()

    def linked(source: int) -> tuple[Reuse, ...]:
        return _linked(source, partner_counts(source, shared_by[source]), index.sizes, slugs, names)

    # Counted on every core too: stock phrases make millions of (source, other) counts.
    reuse = dict(zip(slugs, fork_map(linked, range(len(slugs)))))
    return Origins(dict(zip(slugs, index.sizes)), reuse, _clusters(slugs, reuse))


def _linked(source: int, counts: Counter[int], sizes: list[int], slugs: list[str], names: list[str],
            ) -> tuple[Reuse, ...]:
    """The sources linked to ``source``, most shared first; a record only for a link.

    Most counts are a stock phrase or two in common: they are dropped by a
    comparison before any record is made (at 10,000 sources, millions of them)."""
    own = sizes[source]
    links = (_linked_pair(n, own, sizes[other], slugs[other], names[other])
             for other, n in counts.items() if n >= MIN_SHARED)
    return _sorted_links(link for link in links if link is not None)


def _linked_pair(shared: int, own: int, theirs: int, other: str, name: str) -> Reuse | None:
    """The link to ``other`` seen from a source of ``own`` shingles, or None when they are not linked."""
    if shared < MIN_SHARED:
        return None
    this, that = containment(shared, own), containment(shared, theirs)
    return Reuse(other, name, shared, this, that) if max(this, that) >= LINK_THRESHOLD else None


def _sorted_links(links: Iterable[Reuse]) -> tuple[Reuse, ...]:
    return tuple(sorted(links, key=lambda r: (-max(r.share_of_this, r.share_of_that), r.other)))


def count_shared(shingles: Mapping[str, set[str]]) -> dict[str, Counter[str]]:
    """Slug → (other slug → number of shingles both hold), via one index."""
    index = ShingleIndex.build(list(shingles.values()), lambda own: {hash(shingle) for shingle in own})
    slugs = list(shingles)
    return {slugs[source]: Counter({slugs[other]: n for other, n in counts.items()})
            for source, counts in enumerate(index.partners())}


def containment(shared: int, own: int) -> float:
    """|S(A) ∩ S(B)| / |S(A)|, and 0 for a source without narrative."""
    return shared / own if own else 0.0


def _clusters(slugs: Iterable[str], reuse: Mapping[str, tuple[Reuse, ...]]) -> dict[str, str]:
    """Connected components of the link graph, by union-find."""
    parent = {slug: slug for slug in slugs}

    def root(slug: str) -> str:
        while parent[slug] != slug:
            parent[slug] = parent[parent[slug]]  # path halving keeps trees flat
            slug = parent[slug]
        return slug

    for slug, links in reuse.items():
        for link in links:
            a, b = root(slug), root(link.other)
            parent[max(a, b)] = min(a, b)  # the smaller slug stays the root
    return {slug: root(slug) for slug in parent}
