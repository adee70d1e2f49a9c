"""Cross-reference checks over a loaded corpus; each yields `Problem`s.

Parsing problems come from the loader; these checks need the whole corpus
(every id known) and run after it; `generator.validate` runs both, and the
claim analysis's checks, for ``make check`` and the build alike.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import chain
from typing import Any, Iterable, Iterator

from .analysis.checks import claim_items, key_where
from .links import link_error, markdown_images, markdown_links, parse_target
from .memo import Kept, same_objects
from .mentions import Mention
from .model import Brief, Corpus, Markdown, Where, speaker_kind
from .problems import WARNING, Problem, did_you_mean, sort_problems
from .review import check_brief_placeholders, check_review
from .sitepages import check_pages, page_bodies


def check_duplicates(corpus: Corpus) -> Iterator[Problem]:
    by_slug: dict[str, list[Brief]] = defaultdict(list)
    by_seed: dict[str, list[Brief]] = defaultdict(list)
    for brief in corpus.briefs:
        by_slug[brief.slug].append(brief)
        by_seed[corpus.seed_real.get(brief.source.file, brief.source.file)].append(brief)
    for slug, briefs in by_slug.items():
        for brief in briefs[1:]:
            yield Problem(brief.line_of("slug"), "duplicate-slug",
                          f'slug "{slug}" is already used by {briefs[0].where.path}; slugs must be unique')
    for seed, briefs in by_seed.items():
        for brief in briefs[1:]:
            yield Problem(brief.line_of("source", "file"), "duplicate-source",
                          f'seed "{seed}" already has a brief, {briefs[0].where.path}; one brief per seed')


def check_brief_references(corpus: Corpus, brief: Brief) -> Iterator[Problem]:
    for i, person in enumerate(brief.people):
        if person not in corpus.people and not corpus.is_unparsed("people", person):
            yield Problem(brief.line_of("people", i), "unknown-person",
                          f'unknown person id "{person}"{did_you_mean(person, corpus.people)}; '
                          "people are registered in content/people/<id>.md")
    for i, organisation in enumerate(brief.organisations):
        if organisation not in corpus.organisations and not corpus.is_unparsed("organisations", organisation):
            yield Problem(brief.line_of("organisations", i), "unknown-organisation",
                          f'unknown organisation id "{organisation}"'
                          f"{did_you_mean(organisation, corpus.organisations)}; "
                          "organisations are registered in content/organisations/<id>.md")
    for i, code in enumerate(brief.countries):
        if code not in corpus.countries and not corpus.is_unparsed("countries", code):
            yield Problem(brief.line_of("countries", i), "unknown-country",
                          f'country "{code}" is not registered{did_you_mean(code, corpus.countries)}; '
                          f"add content/countries/{code.lower()}.md")
    items: dict[int, int] | None = None  # where each claim item is: made at its first problem, most have none
    for citation in brief.citations:
        if citation.claim not in corpus.claims and not corpus.is_unparsed("claims", citation.claim):
            items = claim_items(brief) if items is None else items
            yield Problem(key_where(brief, citation, "claim", items), "unknown-claim",
                          f'unknown claim id "{citation.claim}"{did_you_mean(citation.claim, corpus.claims)}; '
                          "claims are registered in content/claims/<id>.md")
        if citation.by_id and citation.by not in corpus.speakers and not corpus.is_unparsed("people", citation.by) \
                and not corpus.is_unparsed("organisations", citation.by):
            items = claim_items(brief) if items is None else items
            yield Problem(key_where(brief, citation, "by", items), "unknown-speaker",
                          f'by: "{citation.by}" is neither a registered person nor an organisation'
                          f"{did_you_mean(citation.by, corpus.speakers)}; register it in content/people/ or "
                          "content/organisations/, or write free text with a capital or a space "
                          '("a senior official")')


def check_shared_ids(corpus: Corpus) -> Iterator[Problem]:
    """An id that is both a person's and an organisation's: ``by:`` could not tell which speaks."""
    for key in corpus.people.keys() & corpus.organisations.keys():
        yield Problem(corpus.organisations[key].where, "shared-id",
                      f'"{key}" is the id of a person ({corpus.people[key].where.path}) and of this organisation; '
                      "rename one of the two files")


def proposed_entries(corpus: Corpus) -> frozenset[tuple[str, str]]:
    """(kind, id) of every registry entry still ``proposed``: usually none, so
    that most briefs need no look at their references."""
    return frozenset([*(("person", k) for k, p in corpus.people.items() if p.status == "proposed"),
                      *(("organisation", k) for k, o in corpus.organisations.items() if o.status == "proposed"),
                      *(("country", k) for k, c in corpus.countries.items() if c.status == "proposed"),
                      *(("claim", k) for k, c in corpus.claims.items() if c.status == "proposed")])


def check_reviewed(corpus: Corpus, brief: Brief, proposed: frozenset[tuple[str, str]] | None = None,
                   ) -> Iterator[Problem]:
    """A published brief rests only on reviewed registry entries."""
    if brief.status != "published":
        return
    if proposed is None:
        proposed = proposed_entries(corpus)
    if not proposed:
        return
    refs = [*(("person", p) for p in brief.people), *(("country", c) for c in brief.countries),
            *(("organisation", o) for o in brief.organisations), *(("claim", c.claim) for c in brief.citations),
            *(speaker_ref(corpus, c.by) for c in brief.citations if c.by_id)]
    if proposed.isdisjoint(refs):
        return
    items = claim_items(brief)  # only for a brief resting on a proposed entry: rare
    entries = [(brief.line_of("people", i), corpus.people.get(p), "person", f"content/people/{p}.md")
               for i, p in enumerate(brief.people)]
    entries += [(brief.line_of("organisations", i), corpus.organisations.get(o), "organisation",
                 f"content/organisations/{o}.md") for i, o in enumerate(brief.organisations)]
    entries += [(brief.line_of("countries", i), corpus.countries.get(c), "country", f"content/countries/{c.lower()}.md")
                for i, c in enumerate(brief.countries)]
    for citation in brief.citations:
        entries.append((key_where(brief, citation, "claim", items), corpus.claims.get(citation.claim), "claim",
                        f"content/claims/{citation.claim}.md"))
        if citation.by_id and (speaker := corpus.speakers.get(citation.by)) is not None:
            kind = speaker_kind(speaker)
            entries.append((key_where(brief, citation, "by", items), speaker, kind,
                            f"content/{FOLDERS[kind]}/{citation.by}.md"))
    reported = set()
    for where, entry, kind, path in entries:
        if entry is not None and entry.status == "proposed" and path not in reported:
            reported.add(path)
            yield Problem(where, "unreviewed-entry", f"{kind} entry {path} is still proposed: review it and remove "
                          "`status: proposed`, or keep this brief as `status: draft`")


FOLDERS = {"person": "people", "organisation": "organisations"}
"""Registry folder by speaker kind."""


def speaker_ref(corpus: Corpus, by: str) -> tuple[str, str]:
    return speaker_kind(corpus.speakers.get(by)) or "person", by


def check_registry_references(corpus: Corpus) -> Iterator[Problem]:
    """The countries of people and organisations, and the organisations people speak for, are registered."""
    for entity in chain(corpus.people.values(), corpus.organisations.values()):
        if entity.country and entity.country not in corpus.countries \
                and not corpus.is_unparsed("countries", entity.country):
            yield Problem(entity.line_of("country"), "unknown-country",
                          f'country "{entity.country}" of {entity.id} is not registered; '
                          f"add content/countries/{entity.country.lower()}.md")
    for person in corpus.people.values():
        for i, key in enumerate(person.organisations):
            if key not in corpus.organisations and not corpus.is_unparsed("organisations", key):
                yield Problem(person.line_of("organisations", i), "unknown-organisation",
                              f'unknown organisation id "{key}"{did_you_mean(key, corpus.organisations)}; '
                              "organisations are registered in content/organisations/<id>.md")


def check_registry_links(corpus: Corpus) -> Iterator[Problem]:
    """The links of the registries' profiles and notes, and of the plain pages."""
    bodies: list[tuple[str, Markdown, bool]] = []
    for entity in chain(corpus.people.values(), corpus.organisations.values(), corpus.countries.values()):
        bodies.append((entity.where.path, entity.profile, True))
    bodies.extend((c.where.path, c.notes, True) for c in corpus.claims.values())
    bodies.extend((path, markdown, published) for path, markdown, _, published in page_bodies(corpus.pages.values()))
    for path, markdown, published in bodies:
        yield from _body_links(corpus, path, markdown, None, published)


def check_brief_links(corpus: Corpus, brief: Brief) -> tuple[list[Problem], tuple[str, ...] | None]:
    """The problems of a brief's links, and the other briefs they reach (by
    slug; None when one reaches no brief, so the problem's did-you-mean reads every slug)."""
    problems = list(_body_links(corpus, brief.where.path, brief.body, brief.slug, brief.status == "published"))
    reached: list[str] | None = []
    for href, _ in markdown_links(brief.body):
        target = parse_target(href)
        if target is not None and target.kind in ("brief", "source"):
            slug = target.key or brief.slug
            if slug not in corpus.brief_by_slug:
                reached = None
                break
            reached.append(slug)
    return problems, None if reached is None else tuple(reached)


def _body_links(corpus: Corpus, path: str, markdown: Markdown, slug: str | None, published: bool) -> Iterator[Problem]:
    for href, line in markdown_links(markdown):
        if reason := link_error(corpus, href, slug, published):
            yield Problem(Where(path, line), "bad-link", f'link "{href}": {reason}')
    for src, line in markdown_images(markdown):
        if (target := parse_target(src)) is not None:
            yield Problem(Where(path, line), "bad-link", f'image "{src}": a {target.kind}: link cannot be an '
                          f"image; write it as a link, [text]({src})")


def _registered_names(corpus: Corpus) -> tuple[dict[str, str], dict[str, str]]:
    """Person name → id, and organisation name or alias → id: how bylines and publishers are known."""
    return ({person.name: person.id for person in corpus.people.values()},
            {name: o.id for o in corpus.organisations.values() for name in o.names})


def _unlisted(brief: Brief, mentions: Iterable[Mention], named: tuple[dict[str, str], dict[str, str]],
              ) -> Iterator[Problem]:
    """A person, organisation or country named in the brief's source but missing from the brief."""
    person_named, organisation_named = named
    listed = {("person", p) for p in brief.people} | {("country", c) for c in brief.countries} \
        | {("organisation", o) for o in brief.organisations}
    # Reporters are credited in the byline, and the publisher in the source, not annotated again.
    listed |= {("person", person_named[name]) for name in brief.source.byline if name in person_named}
    if brief.source.publisher in organisation_named:
        listed.add(("organisation", organisation_named[brief.source.publisher]))
    missing: dict[tuple[str, str], int] = {}
    for mention in mentions:
        entity = (mention.kind, mention.key)
        if entity not in listed and mention.line not in brief.source.boilerplate:
            missing.setdefault(entity, mention.line)
    for (kind, key), line in missing.items():
        field = LIST_FIELDS[kind]
        yield Problem(brief.line_of(field), "unlisted-mention",
                      f'{brief.source.file}:{line} names {kind} "{key}", which is not in this brief\'s {field}',
                      WARNING, ((kind, key),))


LIST_FIELDS = {"person": "people", "organisation": "organisations", "country": "countries"}
"""A brief's list of each kind of entity."""


def check_corpus(corpus: Corpus, mentions: dict[str, list[Mention]], known: BriefChecks | None = None,
                 ) -> list[Problem]:
    """All cross-reference problems, sorted by file and line.  ``known`` (the
    dev server's) keeps each brief's problems with what they were found from."""
    proposed = proposed_entries(corpus)
    named = _registered_names(corpus)
    world = known.world(corpus, proposed) if known is not None else None

    def of_brief(brief: Brief) -> list[Problem]:
        seen = mentions.get(brief.slug, ())
        if known is not None:
            kept = known.get(corpus, brief, seen, world)
            if kept is not None:
                return kept
        links, reached = check_brief_links(corpus, brief)
        found = [*check_brief_references(corpus, brief), *check_reviewed(corpus, brief, proposed), *links,
                 *_unlisted(brief, seen, named), *check_brief_placeholders(brief)]
        if known is not None:
            known.keep(corpus, brief, seen, world, reached, found)
        return found

    found: Iterable[Problem] = chain(
        check_duplicates(corpus),
        chain.from_iterable(of_brief(b) for b in corpus.briefs),
        check_registry_references(corpus),
        check_shared_ids(corpus),
        check_registry_links(corpus),
        check_pages(corpus.pages.values()),
        check_review(corpus),
    )
    if known is not None:
        known.sweep()
    return sort_problems(found)


class BriefChecks:
    """The dev server's per-brief problems, each kept with what it was found
    from: the brief, its seed's mentions, the registries and plain pages (as
    one `world`), and the briefs its links reach.  An edit checks again the
    edited brief, or every brief when a registry entry or a brief's status
    changed, but still reports every problem of the project."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[Brief, Any, object, tuple[tuple[str, Brief], ...], list[Problem]]] = {}
        self._world: Kept[object] = Kept()
        self._asked: set[str] = set()

    def world(self, corpus: Corpus, proposed: frozenset[tuple[str, str]]) -> object:
        """A token that is the same object while everything a brief's checks
        read besides the brief and the briefs it links to is the same."""
        entries = (*corpus.people.values(), *corpus.organisations.values(), *corpus.countries.values(),
                   *corpus.claims.values(), *corpus.pages.values())
        rest = (proposed, corpus.unparsed, tuple((b.slug, b.status) for b in corpus.briefs))
        return self._world.get("", (entries, rest), object,
                               lambda kept, now: same_objects(kept[0], now[0]) and kept[1] == now[1])

    def get(self, corpus: Corpus, brief: Brief, mentions: Any, world: object) -> list[Problem] | None:
        path = brief.where.path
        self._asked.add(path)
        kept = self._kept.get(path)
        if kept is None or kept[0] is not brief or kept[1] is not mentions or kept[2] is not world:
            return None
        if any(corpus.brief_by_slug.get(slug) is not other for slug, other in kept[3]):
            return None
        return kept[4]

    def keep(self, corpus: Corpus, brief: Brief, mentions: Any, world: object, reached: tuple[str, ...] | None,
             found: list[Problem]) -> None:
        if reached is None:  # a link to no brief: its did-you-mean reads every slug, so it is found again each time
            self._kept.pop(brief.where.path, None)
            return
        linked = tuple((slug, corpus.brief_by_slug[slug]) for slug in dict.fromkeys(reached))
        self._kept[brief.where.path] = (brief, mentions, world, linked, found)

    def sweep(self) -> None:
        for gone in self._kept.keys() - self._asked:
            del self._kept[gone]
        self._asked = set()
