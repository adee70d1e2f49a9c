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

import contextlib
from dataclasses import dataclass
from itertools import chain
from types import MappingProxyType
from typing import Any, Callable, Hashable, Iterable, Iterator, Mapping, Sequence

from .analysis import Analysis
from .annotations import Cites
from .feeds import FEED_ENTRIES, feed_briefs
from .links import ANNOTATIONS_JSONLD, HYPOTHESIS_JSON, INDEX_PAGES, ROBOTS, SITEMAP, feed_path, url_path
from .memo import Kept, remember, same_objects
from .mentions import Mention
from .model import Brief, Citation, Claim, Country, Organisation, Person, Seed, SitePage, Source
from .site import Cited, Mentioned, SiteIndex
from .grouped import by_others, unquoted
from .timeline import Dates

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
    organisations: Mapping[str, Organisation]


NO_SENTENCES: Mapping[tuple[int, int], list[Citation]] = MappingProxyType({})
"""A source with no quoted sentence: one shared object, so that its record compares by identity."""


def names_of(site: SiteIndex) -> Names:
    return Names(MappingProxyType(site.people), MappingProxyType(site.countries), MappingProxyType(site.claims),
                 MappingProxyType(site.organisations))


def record(save_as: str, template: str, lookups: Iterable[Ref] = (), **view: Any) -> PageRecord:
    return PageRecord(save_as, template, MappingProxyType(view), frozenset(lookups) if _dependencies else NO_LOOKUPS)


NO_LOOKUPS: frozenset[Ref] = frozenset()
_dependencies = True
"""Whether records name what they look up: only the dev server, which
rebuilds a page when one of them changes, reads them.  A cold build's
records do without (at 10,000 briefs, a million lookups and some 60 MB)."""


@contextlib.contextmanager
def _lookups_kept(kept: bool) -> Iterator[None]:
    global _dependencies
    before, _dependencies = _dependencies, kept
    try:
        yield
    finally:
        _dependencies = before


class KnownRecords:
    """The dev server's records, each kept with the objects it was made from.

    A brief's two records are kept with what they show.  An entity's page
    (and its feed) is kept with the entity and the site index's lists about
    it — which an edit leaves the very same objects unless it touches them
    (`site.entity_lists`) — and with the claims its quotes cite: the dated
    values its timeline shows come from those claims' analyses, so a claim
    analysed again makes its quoters' pages again."""

    def __init__(self) -> None:
        self.briefs: Kept[tuple[PageRecord, ...]] = Kept()
        self._entities: dict[Hashable, tuple[tuple[Any, ...], frozenset[str], tuple[PageRecord, ...]]] = {}
        self._analyses: Mapping[str, Any] = {}
        self._changed: frozenset[str] = frozenset()
        self._asked: set[Hashable] = set()

    def begin(self, analysis: Analysis) -> None:
        """A new list of pages: note the claims whose analysis is not the last one."""
        claims = analysis.claims
        self._changed = frozenset(c for c in claims.keys() | self._analyses.keys()
                                  if claims.get(c) is not self._analyses.get(c))
        self._analyses = claims

    def get(self, key: Hashable, made_from: tuple[Any, ...], quotes: Iterable[Iterable[Cited]],
            make: Callable[[], Iterable[PageRecord]]) -> tuple[PageRecord, ...]:
        self._asked.add(key)
        kept = self._entities.get(key)
        if kept is not None and same_objects(kept[0], made_from) and kept[1].isdisjoint(self._changed):
            return kept[2]
        claims = frozenset(item.citation.claim for cited in quotes for item in cited)
        records = tuple(make())
        self._entities[key] = (made_from, claims, records)
        return records

    def sweep(self) -> None:
        for gone in self._entities.keys() - self._asked:
            del self._entities[gone]
        self._asked = set()


def _entity(known: KnownRecords | None, key: Hashable, made_from: tuple[Any, ...],
            quotes: Iterable[Iterable[Cited]], make: Callable[[], Iterable[PageRecord]]) -> tuple[PageRecord, ...]:
    return tuple(make()) if known is None else known.get(key, made_from, quotes, make)


def list_pages(site: SiteIndex, analysis: Analysis, nav: Iterable[SitePage],
               known: KnownRecords | None = None) -> list[PageRecord]:
    """Every page of the site, index pages first.  ``known`` (the dev
    server's) keeps each brief's and each entity's records with what they
    show, so that an unchanged one gives the very same records (and compares at once)."""
    if known is not None:
        known.begin(analysis)
    dates = Dates.of(site, analysis)
    with _lookups_kept(known is not None):
        pages = [*index_pages(site, analysis, dates), *brief_pages(site, analysis, known and known.briefs),
                 *person_pages(site, dates, known),
                 *organisation_pages(site, dates, known), *country_pages(site, dates, known),
                 *claim_pages(site, analysis, dates, known),
                 *(record(url_path("page", p.slug) + "index.html", "page", sitepage=p) for p in nav)]
        # 404.html: what a web server answers for a missing address; not listed in the sitemap.
        listed = [*pages, *feed_pages(site, known), *export_pages(site), *discovery_pages(pages),
                  record("404.html", "404")]
    if known is not None:
        known.sweep()
    return listed


def index_pages(site: SiteIndex, analysis: Analysis, dates: Dates) -> Iterator[PageRecord]:
    people = sorted(site.people.values(), key=lambda p: p.name)
    countries = sorted(site.countries.values(), key=lambda c: c.name)
    claims = [(site.claims[c], site.n_sources.get(c, 0), analysis.claims.get(c)) for c in site.claim_order]
    timeline = dates.site_wide()
    yield record("index.html", "home", latest=site.briefs[:6], counts=_counts(site),
                 contested=analysis.contested, conflicted=tuple(a for _, _, a in claims if a and a.conflicts),
                 top_claims=claims[:8],
                 speakers=[p for p in people if site.by_speaker.get(p.id)], countries=countries)
    views = {
        "briefs": {"briefs": site.briefs},
        "people": {"rows": [(p, len(site.by_speaker.get(p.id, ())), len(site.mentions_of.get(("person", p.id), ())))
                            for p in people]},
        "organisations": {"rows": [(o, len(site.by_speaker.get(o.id, ())),
                                    len(site.mentions_of.get(("organisation", o.id), ())))
                                   for o in sorted(site.organisations.values(), key=lambda o: o.name)]},
        "countries": {"rows": [(c, len(site.briefs_naming.get(("country", c.code), ())),
                                len(site.mentions_of.get(("country", c.code), ()))) for c in countries]},
        "claims": {"rows": claims},
        "search": {},
        "timeline": {"timeline": timeline},
        "sources": {"rows": dates.source_rows()},
    }
    for kind in INDEX_PAGES:
        yield record(url_path("index", kind) + "index.html", kind, timeline.refs if kind == "timeline" else (),
                     **views[kind])


def _counts(site: SiteIndex) -> Mapping[str, int]:
    return MappingProxyType({"briefs": len(site.briefs), "claims": len(site.claims), "people": len(site.people),
                             "organisations": len(site.organisations), "countries": len(site.countries)})


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
    speakers = [(kind, c.by) for c in brief.citations if c.by_id for kind in ("person", "organisation")]
    listed = [*(("person", p) for p in brief.people), *(("organisation", o) for o in brief.organisations),
              *(("country", c) for c in brief.countries)]  # both pages show them as search filters
    yield record(url_path("brief", brief.slug) + "index.html", "brief", [*claims, *speakers, *listed], brief=brief)
    yield record(url_path("source", brief.slug) + "index.html", "source", [*claims, *listed],
                 brief=SourceHeader(brief.slug, brief.title, brief.source, brief.status,
                                    brief.people, brief.organisations, brief.countries),
                 seed=seed, mentions=mentions, cited=cited, reuse=reuse)


@dataclass(frozen=True, slots=True)
class SourceHeader:
    """What a source page shows of its brief: a summary or body edit leaves it equal,
    so the source page is not rendered again for it."""

    slug: str
    title: str
    source: Source
    status: str
    """The brief's: a draft preview marks the page."""
    people: tuple[str, ...] = ()
    """The brief's people, organisations and countries (ids): the page's search filters."""
    organisations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


def person_pages(site: SiteIndex, dates: Dates, known: KnownRecords | None = None) -> Iterator[PageRecord]:
    for person in site.people.values():
        said = site.by_speaker.get(person.id, ())
        naming = site.quotes_naming.get(("person", person.id), ())
        mentions = site.mentions_of.get(("person", person.id), ())
        yield from _entity(known, ("person", person.id), (person, said, naming, mentions), (said, naming),
                           lambda: [_person_record(site, dates, person, said, naming, mentions)])


def _person_record(site: SiteIndex, dates: Dates, person: Person, said: Sequence[Cited], naming: Sequence[Cited],
                   mentions: Sequence[Mentioned]) -> PageRecord:
    country = [("country", person.country)] if person.country else []
    speaks_for = [("organisation", key) for key in person.organisations]
    return record(url_path("person", person.id) + "index.html", "person",
                  chain(country, speaks_for, _cited_refs(said), _cited_refs(naming)), person=person,
                  **_speaker_view(site, dates, "person", person.id, said, naming, mentions))


def _speaker_view(site: SiteIndex, dates: Dates, kind: str, key: str, said: Sequence[Cited],
                  naming: Sequence[Cited], mentions: Sequence[Mentioned]) -> dict[str, Any]:
    """What a person's or an organisation's page shows of what it said and where it is named:
    its own words are not listed again among the quotes naming it, nor quoted sentences among its mentions."""
    return dict(said=said, naming=naming, mentions=mentions, seeds=_seeds(site, mentions),
                others=by_others(naming, key), unquoted=unquoted(mentions, [said, naming]),
                timeline=dates.speaker(kind, key))


def organisation_pages(site: SiteIndex, dates: Dates, known: KnownRecords | None = None) -> Iterator[PageRecord]:
    """Built like a person's page, with the people who speak for the organisation and the briefs listing it."""
    for organisation in site.organisations.values():
        key = ("organisation", organisation.id)
        said = site.by_speaker.get(organisation.id, ())
        naming = site.quotes_naming.get(key, ())
        mentions = site.mentions_of.get(key, ())
        briefs = site.briefs_naming.get(key, ())
        people = tuple(site.people[p] for p in site.members_of.get(organisation.id, ()))
        yield from _entity(known, key, (organisation, said, naming, mentions, briefs, *people), (said, naming),
                           lambda: [_organisation_record(site, dates, organisation, said, naming, mentions, briefs,
                                                         people)])


def _organisation_record(site: SiteIndex, dates: Dates, organisation: Organisation, said: Sequence[Cited],
                         naming: Sequence[Cited], mentions: Sequence[Mentioned], briefs: Sequence[Brief],
                         people: Sequence[Person]) -> PageRecord:
    country = [("country", organisation.country)] if organisation.country else []
    return record(url_path("organisation", organisation.id) + "index.html", "organisation",
                  chain(country, (("person", p.id) for p in people), _cited_refs(said), _cited_refs(naming)),
                  organisation=organisation, people=people, briefs=tuple(dates.line(b) for b in briefs),
                  **_speaker_view(site, dates, "organisation", organisation.id, said, naming, mentions))


def country_pages(site: SiteIndex, dates: Dates, known: KnownRecords | None = None) -> Iterator[PageRecord]:
    for country in site.countries.values():
        key = ("country", country.code)
        people = tuple(site.people[p] for p in site.people_of.get(country.code, ()))
        naming = site.quotes_naming.get(key, ())
        mentions = site.mentions_of.get(key, ())
        briefs = site.briefs_naming.get(key, ())
        yield from _entity(known, key, (country, naming, mentions, briefs, *people), (naming,),
                           lambda: [_country_record(site, dates, country, people, naming, mentions, briefs)])


def _country_record(site: SiteIndex, dates: Dates, country: Country, people: Sequence[Person],
                    naming: Sequence[Cited], mentions: Sequence[Mentioned], briefs: Sequence[Brief]) -> PageRecord:
    return record(url_path("country", country.code) + "index.html", "country", _cited_refs(naming),
                  country=country, people=people, briefs=tuple(dates.line(b) for b in briefs),
                  naming=naming, mentions=mentions, seeds=_seeds(site, mentions),
                  unquoted=unquoted(mentions, [naming]), timeline=dates.country(country.code))


def claim_pages(site: SiteIndex, analysis: Analysis, dates: Dates,
                known: KnownRecords | None = None) -> Iterator[PageRecord]:
    for claim in site.claims.values():
        cited = site.by_claim.get(claim.id, ())
        made_from = (claim, cited, analysis.claims.get(claim.id))
        yield from _entity(known, ("claim", claim.id), made_from, (),
                           lambda: [record(url_path("claim", claim.id) + "index.html", "claim", _cited_refs(cited),
                                           claim=claim, cited=cited, n_sources=site.n_sources.get(claim.id, 0),
                                           claim_analysis=analysis.claims.get(claim.id),
                                           timeline=dates.claim(claim.id))])


def _cited_refs(cited: Iterable[Cited]) -> Iterator[Ref]:
    """The claims and speakers a list of quotes shows by name."""
    return chain.from_iterable(item.refs for item in cited)


def _seeds(site: SiteIndex, mentions: Iterable[Mentioned]) -> Mapping[str, Any]:
    """The seeds the mention snippets are cut from, by brief slug."""
    return MappingProxyType({m.brief.slug: site.corpus.seed_of(m.brief) for m in mentions})


def feed_pages(site: SiteIndex, known: KnownRecords | None = None) -> Iterator[PageRecord]:
    """The site's Atom feed, and one per person, organisation, country and claim: each
    lists the dated briefs about its subject (`generator.feeds`)."""
    dated = [b for b in site.briefs if b.source.published]
    yield record(feed_path("site"), "feed", kind="site", key="", subject=None, briefs=tuple(dated[:FEED_ENTRIES]))
    rank = {b.slug: i for i, b in enumerate(site.briefs)}
    subjects = [*(("person", p.id, p) for p in site.people.values()),
                *(("organisation", o.id, o) for o in site.organisations.values()),
                *(("country", c.code, c) for c in site.countries.values()),
                *(("claim", c.id, c) for c in site.claims.values())]
    for kind, key, subject in subjects:
        lists = _feed_lists(site, kind, key)
        yield from _entity(known, ("feed", kind, key), (subject, *lists), (),
                           lambda: [record(feed_path(kind, key), "feed", kind=kind, key=key, subject=subject,
                                           briefs=feed_briefs([_briefs(items) for items in lists], rank))])


def _feed_lists(site: SiteIndex, kind: str, key: str) -> tuple[Sequence[Any], ...]:
    """What a feed draws its briefs from: the briefs listing its subject, and the quotes and sentences about it."""
    if kind == "claim":
        return (site.by_claim.get(key, ()),)
    entity = (kind, key)
    about = (site.briefs_naming.get(entity, ()), site.quotes_naming.get(entity, ()), site.mentions_of.get(entity, ()))
    return (site.by_speaker.get(key, ()), *about) if kind in ("person", "organisation") else about


def _briefs(items: Iterable[Cited | Mentioned | Brief]) -> Iterator[Brief]:
    return (item if isinstance(item, Brief) else item.brief for item in items)


def export_pages(site: SiteIndex) -> Iterator[PageRecord]:
    """``data/annotations.jsonld`` and ``data/hypothesis.json``: every quote of
    every published brief, placed in its source's text (`generator.annotations`).
    They show the claims' statements and the speakers' names: those are looked up."""
    sources = tuple(Cites.of(brief, site.corpus.seed_of(brief)) for brief in site.briefs)
    # Every quote's `Cited.refs`: its claim, and its speaker when an id — the keys of the index's lists.
    refs = frozenset([*(("claim", claim) for claim in site.by_claim),
                      *((kind, speaker) for speaker in site.by_speaker for kind in ("person", "organisation"))])
    yield record(ANNOTATIONS_JSONLD, "annotations", refs, sources=sources)
    yield record(HYPOTHESIS_JSON, "hypothesis", refs, sources=sources)


def discovery_pages(pages: Sequence[PageRecord]) -> Iterator[PageRecord]:
    """``sitemap.xml``, listing ``pages``, and ``robots.txt``: written only by
    builds that ask for them with an absolute ``SITEURL`` (`generator.discovery`)."""
    yield record(SITEMAP, "sitemap", pages=tuple(p.save_as for p in pages))
    yield record(ROBOTS, "robots")
