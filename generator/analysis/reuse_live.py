"""The dev server's text-reuse index, updated per edited source.

A cold build files every source's shingles in a `ShingleIndex` and drops it
(`reuse.find_origins`); at 10,000 sources that is millions of dictionary
operations, far too slow to repeat on every edit.  `LiveOrigins` keeps the
index between rebuilds: which sources hold each shingle, and each source's
shingle set, its size, its display name and its links.  An edited source is
taken out of the index and filed again; only its own links are counted again
(per shingle, the other holders), and the links of its partners, before and
after the edit, are patched for it alone.

That is exact, not approximate: the link between A and B depends only on the
number of shingles both hold and on each one's size (`reuse._linked`), and it
is symmetric, so a source that did not change keeps every link to the others
that did not change.  Clusters are connected components of all the links,
recomputed each time in time linear in the links.  The result is equal to
`find_origins` on the same briefs (the suite compares them).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..model import Brief, Seed
from .reuse import Origins, Reuse, _clusters, _linked_pair, _sorted_links, shingle_hashes


@dataclass(slots=True)
class _Source:
    seed: Seed | None
    boilerplate: object
    shingles: frozenset[int]
    """Hashes of its narrative shingles (`reuse.shingle_hashes`)."""
    name: str


class LiveOrigins:
    """Reuse and clusters of the published sources, kept up to date by `update`."""

    def __init__(self) -> None:
        self._sources: dict[str, _Source] = {}
        self._holders: dict[int, str | set[str]] = {}
        """Shingle hash → its one holder's slug, or the set of them once two hold it."""
        self._reuse: dict[str, tuple[Reuse, ...]] = {}

    def update(self, seeds: Mapping[str, Seed], briefs: Iterable[Brief]) -> Origins:
        """The origins of ``briefs``, as `find_origins` gives them, from the last call's."""
        by_slug = {b.slug: b for b in briefs}  # a slug twice (an error): its last brief, as find_origins
        changed: set[str] = set()
        for slug in self._sources.keys() - by_slug.keys():
            self._remove(slug)
            changed.add(slug)
        for slug, brief in by_slug.items():
            seed = seeds.get(brief.source.file)
            name = brief.source.publisher or brief.title
            kept = self._sources.get(slug)
            if kept is not None and kept.seed is seed and kept.boilerplate == brief.source.boilerplate:
                if kept.name != name:  # the partners show the new name
                    kept.name = name
                    changed.add(slug)
                continue
            if kept is not None:
                self._remove(slug)
            shingles = frozenset(shingle_hashes(seed, brief.source.boilerplate)) if seed else frozenset()
            self._add(slug, _Source(seed, brief.source.boilerplate, shingles, name))
            changed.add(slug)
        self._relink(changed)
        slugs = list(by_slug)
        reuse = {slug: self._reuse[slug] for slug in slugs}
        return Origins({slug: len(self._sources[slug].shingles) for slug in slugs}, reuse, _clusters(slugs, reuse))

    def _add(self, slug: str, source: _Source) -> None:
        self._sources[slug] = source
        holders = self._holders
        for shingle in source.shingles:
            held = holders.setdefault(shingle, slug)
            if held is slug:
                continue
            if isinstance(held, str):
                holders[shingle] = {held, slug}
            else:
                held.add(slug)

    def _remove(self, slug: str) -> None:
        source = self._sources.pop(slug)
        holders = self._holders
        for shingle in source.shingles:
            held = holders[shingle]
            if isinstance(held, str):
                del holders[shingle]
                continue
            held.discard(slug)
            if len(held) == 1:
                holders[shingle] = next(iter(held))

    def _counts(self, slug: str) -> Counter[str]:
        """Other source → number of shingles it shares with ``slug``."""
        counts: Counter[str] = Counter()
        holders = self._holders
        for shingle in self._sources[slug].shingles:
            held = holders[shingle]
            if not isinstance(held, str):
                counts.update(held)
        counts.pop(slug, None)
        return counts

    def _relink(self, changed: set[str]) -> None:
        """Count the changed sources' links again and patch them into their partners'."""
        before = {slug: self._reuse.pop(slug, ()) for slug in changed}
        sources = self._sources
        fresh: dict[str, dict[str, Reuse]] = {}
        """Unchanged partner → its new links to changed sources."""
        for slug in changed & sources.keys():
            own = sources[slug]
            found = []
            for other, n in self._counts(slug).items():
                partner = sources[other]
                link = _linked_pair(n, len(own.shingles), len(partner.shingles), other, partner.name)
                if link is not None:
                    found.append(link)
                    if other not in changed:
                        fresh.setdefault(other, {})[slug] = _linked_pair(
                            n, len(partner.shingles), len(own.shingles), slug, own.name)
            self._reuse[slug] = _sorted_links(found)
        touched = {link.other for links in before.values() for link in links} | fresh.keys()
        for other in touched - changed:
            if other not in sources:
                continue
            kept = [link for link in self._reuse.get(other, ()) if link.other not in changed]
            self._reuse[other] = _sorted_links([*kept, *fresh.get(other, {}).values()])
