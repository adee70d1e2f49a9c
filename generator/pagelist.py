"""Every page of the site as a record: its file, its template, the data it
shows and the entities it looks up by id.

    list_pages(site, analysis, nav) → [PageRecord, …]

A template sees its record's ``view`` and, as ``site``, only `Names` — the
published people, countries and claims by id, for links and titles.  So a
page is a function of its view plus the entities named in ``lookups``:

- the cold build renders every record;
- the dev server (`generator.incremental`) lists the records again after an
  edit and re-renders a page only when its view differs from the last one
  or an entity it looks up changed.  Views hold the corpus's own objects,
  so comparing an unchanged view is mostly identity checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .analysis import Analysis
from .feeds import FEED_ENTRIES, feed_briefs
from .links import INDEX_PAGES, ROBOTS, SITEMAP, feed_path, url_path
from .memo import Kept, remember
from .mentions import Mention
from .model import Brief, Citation, Claim, Country, Person, Seed, SitePage, Source
from .site import Cited, Mentioned, SiteIndex

Ref = tuple[str, str]
"""An entity looked up by id: ``("person", "lloyd-austin")``, ``("claim", …)``, ``("country", "KP")``."""


@dataclass(frozen=True)
class PageRecord:
    """One output file and everything it is made from."""

    save_as: str
    """Path under the output folder, e.g. ``people/lloyd-austin/index.html``."""
    template: str
    """Template name without ``.html``; also the ``page_kind`` templates see.  A
    file that is not a page (``feed``, ``sitemap``, ``robots``) is made by a
    Python function instead (`generator.pelican_plugin.writing.FILE_RENDERERS`)."""
    view: Mapping[str, Any]
    """The template's variables (read-only)."""
    lookups: frozenset[Ref]
    """Entities the template reaches through `Names` (names, statements)."""


@dataclass(frozen=True)
class Names:
    """What every template may look up by id: published entities, for links."""

    people: Mapping[str, Person]
    countries: Mapping[str, Country]
    claims: Mapping[str, Claim]


NO_SENTENCES: Mapping[tuple[int, int], list[Citation]] = MappingProxyType({})
"""A source with no quoted sentence: one shared object, so that its record compares by identity."""


def names_of(site: SiteIndex) -> Names:
    return Names(MappingProxyType(site.people), MappingProxyType(site.countries), MappingProxyType(site.claims))


def record(save_as: str, template: str, lookups: Iterable[Ref] = (), **view: Any) -> PageRecord:
    return PageRecord(save_as, template, MappingProxyType(view), frozenset(lookups))


def list_pages(site: SiteIndex, analysis: Analysis, nav: Iterable[SitePage],
               known: Kept[tuple[PageRecord, ...]] | None = None) -> list[PageRecord]:
    """Every page of the site, index pages first.  ``known`` (the dev
    server's) keeps each brief's two records with what they show, so that an
    unchanged brief gives the very same records (and compares at once)."""
    pages = [*index_pages(site, analysis), *brief_pages(site, analysis, known), *person_pages(site),
             *country_pages(site), *claim_pages(site, analysis),
             *(record(url_path("page", p.slug) + "index.html", "page", sitepage=p) for p in nav)]
    return [*pages, *feed_pages(site), *discovery_pages(pages)]


def index_pages(site: SiteIndex, analysis: Analysis) -> Iterator[PageRecord]:
    people = sorted(site.people.values(), key=lambda p: p.name)
    countries = sorted(site.countries.values(), key=lambda c: c.name)
    claims = [(site.claims[c], site.n_sources.get(c, 0), analysis.claims.get(c)) for c in site.claim_order]
    yield record("index.html", "home", latest=site.briefs[:6], counts=_counts(site),
                 contested=analysis.contested, top_claims=claims[:8],
                 speakers=[p for p in people if site.by_speaker.get(p.id)], countries=countries)
    views = {
        "briefs": {"briefs": site.briefs},
        "people": {"rows": [(p, len(site.by_speaker.get(p.id, ())), len(site.mentions_of.get(("person", p.id), ())))
                            for p in people]},
        "countries": {"rows": [(c, len(site.briefs_naming.get(("country", c.code), ())),
                                len(site.mentions_of.get(("country", c.code), ()))) for c in countries]},
        "claims": {"rows": claims},
        "search": {},
    }
    for kind in INDEX_PAGES:
        yield record(url_path("index", kind) + "index.html", kind, **views[kind])


def _counts(site: SiteIndex) -> Mapping[str, int]:
    return MappingProxyType({"briefs": len(site.briefs), "claims": len(site.claims),
                             "people": len(site.people), "countries": len(site.countries)})


def brief_pages(site: SiteIndex, analysis: Analysis,
                known: Kept[tuple[PageRecord, ...]] | None = None) -> Iterator[PageRecord]:
    for brief in site.briefs:
        shown = (brief, site.corpus.seed_of(brief), site.mentions_in.get(brief.slug, ()),
                 site.by_sentence.get(brief.slug, NO_SENTENCES), analysis.sources.get(brief.slug))
        yield from remember(known, brief.slug, shown, lambda: tuple(_brief_records(*shown)))
    if known is not None:
        known.sweep()


def _brief_records(brief: Brief, seed: Seed | None, mentions: Sequence[Mention],
                   cited: Mapping[tuple[int, int], list[Citation]], reuse: Any) -> Iterator[PageRecord]:
    """The brief's page and its source's."""
    claims = [("claim", c.claim) for c in brief.citations]
    speakers = [("person", c.by) for c in brief.citations if c.by_person]
    yield record(url_path("brief", brief.slug) + "index.html", "brief",
                 [*claims, *speakers, *(("person", p) for p in brief.people),
                  *(("country", c) for c in brief.countries)], brief=brief)
    yield record(url_path("source", brief.slug) + "index.html", "source", claims,
                 brief=SourceHeader(brief.slug, brief.title, brief.source),
                 seed=seed, mentions=mentions, cited=cited, reuse=reuse)


@dataclass(frozen=True, slots=True)
class SourceHeader:
    """What a source page shows of its brief: a summary or body edit leaves it equal,
    so the source page is not rendered again for it."""

    slug: str
    title: str
    source: Source


def person_pages(site: SiteIndex) -> Iterator[PageRecord]:
    for person in site.people.values():
        said = site.by_speaker.get(person.id, ())
        naming = site.quotes_naming.get(("person", person.id), ())
        mentions = site.mentions_of.get(("person", person.id), ())
        country = [("country", person.country)] if person.country else []
        yield record(url_path("person", person.id) + "index.html", "person",
                     [*country, *_cited_refs(said), *_cited_refs(naming)], person=person,
                     said=said, naming=naming, mentions=mentions, seeds=_seeds(site, mentions))


def country_pages(site: SiteIndex) -> Iterator[PageRecord]:
    for country in site.countries.values():
        key = ("country", country.code)
        people = [site.people[p] for p in site.people_of.get(country.code, ())]
        naming = site.quotes_naming.get(key, ())
        mentions = site.mentions_of.get(key, ())
        yield record(url_path("country", country.code) + "index.html", "country", _cited_refs(naming),
                     country=country, people=people, briefs=site.briefs_naming.get(key, ()),
                     naming=naming, mentions=mentions, seeds=_seeds(site, mentions))


def claim_pages(site: SiteIndex, analysis: Analysis) -> Iterator[PageRecord]:
    for claim in site.claims.values():
        cited = site.by_claim.get(claim.id, ())
        yield record(url_path("claim", claim.id) + "index.html", "claim", _cited_refs(cited), claim=claim,
                     cited=cited, n_sources=site.n_sources.get(claim.id, 0),
                     claim_analysis=analysis.claims.get(claim.id))


def _cited_refs(cited: Iterable[Cited]) -> Iterator[Ref]:
    """The claims and speakers a list of quotes shows by name."""
    return chain.from_iterable(item.refs for item in cited)


def _seeds(site: SiteIndex, mentions: Iterable[Mentioned]) -> Mapping[str, Any]:
    """The seeds the mention snippets are cut from, by brief slug."""
    return MappingProxyType({m.brief.slug: site.corpus.seed_of(m.brief) for m in mentions})


def feed_pages(site: SiteIndex) -> Iterator[PageRecord]:
    """The site's Atom feed, and one per person, country and claim: each
    lists the dated briefs about its subject (`generator.feeds`)."""
    dated = [b for b in site.briefs if b.source.published]
    yield record(feed_path("site"), "feed", kind="site", key="", subject=None, briefs=tuple(dated[:FEED_ENTRIES]))
    rank = {b.slug: i for i, b in enumerate(site.briefs)}
    for person in site.people.values():
        key = ("person", person.id)
        briefs = feed_briefs([site.briefs_naming.get(key, ()), _briefs(site.by_speaker.get(person.id, ())),
                              _briefs(site.quotes_naming.get(key, ())), _briefs(site.mentions_of.get(key, ()))], rank)
        yield record(feed_path(*key), "feed", kind="person", key=person.id, subject=person, briefs=briefs)
    for country in site.countries.values():
        key = ("country", country.code)
        briefs = feed_briefs([site.briefs_naming.get(key, ()), _briefs(site.quotes_naming.get(key, ())),
                              _briefs(site.mentions_of.get(key, ()))], rank)
        yield record(feed_path(*key), "feed", kind="country", key=country.code, subject=country, briefs=briefs)
    for claim in site.claims.values():
        briefs = feed_briefs([_briefs(site.by_claim.get(claim.id, ()))], rank)
        yield record(feed_path("claim", claim.id), "feed", kind="claim", key=claim.id, subject=claim, briefs=briefs)


def _briefs(items: Iterable[Cited | Mentioned]) -> Iterator[Brief]:
    return (item.brief for item in items)


def discovery_pages(pages: Sequence[PageRecord]) -> Iterator[PageRecord]:
    """``sitemap.xml``, listing ``pages``, and ``robots.txt``: written only by
    builds that ask for them with an absolute ``SITEURL`` (`generator.discovery`)."""
    yield record(SITEMAP, "sitemap", pages=tuple(p.save_as for p in pages))
    yield record(ROBOTS, "robots")
