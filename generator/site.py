"""The page index: who cites, mentions and names what, built once.

Every entity page is a lookup in these dictionaries (index once, look up
many); nothing here scans the corpus per entity.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Hashable, Iterator, Sequence

from .memo import Kept, remember
from .mentions import Mention
from .model import Brief, Citation, Claim, Corpus, Country, Organisation, Person


def shown(brief: Brief) -> tuple:
    """What a page that lists a brief's quotes or mentions shows of the brief:
    its link, its title and its source line.  `Cited` and `Mentioned` compare
    by these alone, so that an edit to a brief's summary or body does not
    make every person, country and claim page it quotes render again; the
    templates show nothing else of ``item.brief`` (`brief_card`, which shows
    the summary, takes briefs, not these)."""
    return brief.slug, brief.title, brief.source.publisher, brief.source.published


class _ComparedByWhatIsShown:
    """Equal when the item (``citation`` or ``mention``) is equal and its brief shows the same (`shown`)."""

    brief: Brief

    def _item(self) -> object:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self is other or (self._item() == other._item() and shown(self.brief) == shown(other.brief))

    def __hash__(self) -> int:
        return hash((self._item(), shown(self.brief)))


@dataclass(frozen=True, eq=False)
class Cited(_ComparedByWhatIsShown):
    """A citation together with the brief that makes it."""

    brief: Brief
    citation: Citation

    def _item(self) -> object:
        return self.citation

    @cached_property
    def refs(self) -> tuple[tuple[str, str], ...]:
        """The claim and the speaker this quote shows by name: a page listing it
        looks them up.  Kept with the quote, which the dev server keeps while
        its brief is unchanged, so that listing pages does not make them again."""
        citation = self.citation
        # A speaker id is a person's or an organisation's (never both: `checks.check_shared_ids`).
        return (("claim", citation.claim), ("person", citation.by), ("organisation", citation.by)) \
            if citation.by_id else (("claim", citation.claim),)


@dataclass(frozen=True, eq=False)
class Mentioned(_ComparedByWhatIsShown):
    """A mention together with the brief whose source holds it."""

    brief: Brief
    mention: Mention

    def _item(self) -> object:
        return self.mention


@dataclass(frozen=True)
class SiteIndex:
    """Lookups from each entity to what refers to it."""

    corpus: Corpus
    briefs: tuple[Brief, ...]
    """Published briefs, newest first; drafts are checked but not published."""
    people: dict[str, Person]
    """Published people (a ``proposed`` entry has no page until reviewed)."""
    countries: dict[str, Country]
    claims: dict[str, Claim]
    by_claim: dict[str, list[Cited]]
    by_speaker: dict[str, list[Cited]]
    """Person or organisation id → citations whose ``by`` is that id."""
    by_sentence: dict[str, dict[tuple[int, int], list[Citation]]]
    """Brief slug → (paragraph, sentence) → citations anchored there."""
    mentions_in: dict[str, list[Mention]]
    """Brief slug → every mention in its source, in text order."""
    mentions_of: dict[tuple[str, str], list[Mentioned]]
    """(kind, key) → sentences naming it outside boilerplate, across all sources
    (one entry per sentence, in brief order)."""
    briefs_naming: dict[tuple[str, str], list[Brief]]
    """(kind, key) → briefs that list the person, organisation or country."""
    quotes_naming: dict[tuple[str, str], list[Cited]]
    """(kind, key) → citations whose quote names the person, organisation or country."""
    people_of: dict[str, list[str]]
    """Country code → ids of people of that country, by name."""
    n_sources: dict[str, int]
    """Claim id → number of distinct briefs citing it (a brief may quote a claim twice)."""
    claim_order: list[str]
    """Claim ids, cited by most sources first, then by id."""
    organisations: dict[str, Organisation]
    """Published organisations."""
    members_of: dict[str, list[str]]
    """Organisation id → ids of the published people who speak for it, by name."""


def on_site(corpus: Corpus, entities: dict) -> dict:
    """The entries with a page: the published ones (in a draft preview, all)."""
    return {key: entity for key, entity in entities.items() if corpus.on_site(entity.status)}


@dataclass(frozen=True, slots=True)
class BriefPart:
    """What one published brief adds to the index: the same objects for as
    long as the brief, its mentions and the set of entities with pages are
    unchanged (`build_index`'s ``known``), so an edit makes only its own."""

    cited: tuple[Cited, ...]
    """One per citation, in order."""
    by_sentence: dict[tuple[int, int], list[Citation]]
    mentions_in: list[Mention]
    mentioned: tuple[Mentioned, ...]
    """Its sentences naming an entity, one per (entity, sentence), outside boilerplate."""
    quotes_naming: tuple[tuple[tuple[str, str], Cited], ...]


@dataclass
class KnownParts:
    """The dev server's brief parts, by brief path, with what each was made from."""

    parts: Kept[BriefPart] = field(default_factory=lambda: Kept())
    has_page: frozenset[tuple[str, str]] = frozenset()
    """The last build's entities with pages: kept so that an equal set is the
    same object, and each part compares it by identity."""
    last: Lists | None = None
    """The lists of the last index, patched for the briefs whose part changed."""


Table = dict[Hashable, list[Any]]


@dataclass(frozen=True)
class Lists:
    """The index's lists from each entity to what refers to it, with the briefs' parts they were made from."""

    parts: dict[str, tuple[Brief, BriefPart]]
    """Brief slug → the brief and its part."""
    has_page: frozenset[tuple[str, str]]
    tables: tuple[Table, ...]
    """``by_claim``, ``by_speaker``, ``mentions_of``, ``quotes_naming``, ``briefs_naming``
    (the order of `contributions`); each list in brief order."""
    n_sources: dict[str, int]
    """Claim id → number of distinct briefs citing it."""


BY_CLAIM, BY_SPEAKER, MENTIONS_OF, QUOTES_NAMING, NAMING = range(5)

PATCH_SHARE = 8
"""When more than one brief in this many changed (and more than `PATCH_MIN`),
the lists are made afresh: patching each touched list would cost more than
one pass over every part."""
PATCH_MIN = 8


def contributions(brief: Brief, part: BriefPart) -> Iterator[tuple[int, Hashable, Any]]:
    """(table, key, item) for everything one brief adds to the index's lists, in list order."""
    for cited in part.cited:
        yield BY_CLAIM, cited.citation.claim, cited
        if cited.citation.by_id:
            yield BY_SPEAKER, cited.citation.by, cited
    for mentioned in part.mentioned:
        yield MENTIONS_OF, (mentioned.mention.kind, mentioned.mention.key), mentioned
    for entity, cited in part.quotes_naming:
        yield QUOTES_NAMING, entity, cited
    for person in brief.people:
        yield NAMING, ("person", person), brief
    for code in brief.countries:
        yield NAMING, ("country", code), brief
    for key in brief.organisations:
        yield NAMING, ("organisation", key), brief


def build_index(corpus: Corpus, mentions: dict[str, list[Mention]], known: KnownParts | None = None) -> SiteIndex:
    """The index of the published briefs; ``known`` (the dev server's) keeps
    each brief's part with what it was made from, and the last index's lists,
    so that an edit touches only the lists of what the edited brief names."""
    briefs = tuple(b for b in corpus.briefs if corpus.on_site(b.status))
    people, countries, claims = on_site(corpus, corpus.people), on_site(corpus, corpus.countries), \
        on_site(corpus, corpus.claims)
    organisations = on_site(corpus, corpus.organisations)
    has_page = frozenset([*(("person", key) for key in people), *(("country", key) for key in countries),
                          *(("organisation", key) for key in organisations)])
    if known is not None:
        has_page = known.has_page = known.has_page if known.has_page == has_page else has_page
    kept = known.parts if known is not None else None
    parts = [_part(brief, mentions.get(brief.slug, ()), has_page, kept) for brief in briefs]
    if kept is not None:
        kept.sweep()
    lists = entity_lists(briefs, parts, has_page, known.last if known is not None else None)
    if known is not None:
        known.last = lists
    by_claim, by_speaker, mentions_of, quotes_naming, naming = lists.tables
    people_of: dict[str, list[str]] = defaultdict(list)
    members_of: dict[str, list[str]] = defaultdict(list)
    for person in sorted(people.values(), key=lambda p: p.name):
        if person.country:
            people_of[person.country].append(person.id)
        for key in person.organisations:
            members_of[key].append(person.id)
    n_sources = lists.n_sources
    claim_order = sorted(claims, key=lambda c: (-n_sources.get(c, 0), -len(by_claim.get(c, ())), c))
    by_sentence = {b.slug: p.by_sentence for b, p in zip(briefs, parts) if p.by_sentence}
    mentions_in = {b.slug: p.mentions_in for b, p in zip(briefs, parts)}
    return SiteIndex(corpus, briefs, people, countries, claims, by_claim, by_speaker, by_sentence,
                     mentions_in, mentions_of, naming, quotes_naming,
                     dict(people_of), n_sources, claim_order, organisations, dict(members_of))


def entity_lists(briefs: Sequence[Brief], parts: Sequence[BriefPart], has_page: frozenset[tuple[str, str]],
                 last: Lists | None = None) -> Lists:
    """The lists from each entity to what refers to it, in brief order: made
    afresh, or ``last``'s with only the lists that a changed brief was or is
    in made again (the others are the very same list objects, so the pages
    showing them compare equal at once)."""
    now = {brief.slug: (brief, part) for brief, part in zip(briefs, parts)}
    if last is not None and last.has_page is has_page:
        changed = {slug for slug in now.keys() | last.parts.keys()
                   if now.get(slug, (None, None))[1] is not last.parts.get(slug, (None, None))[1]}
        if len(changed) <= max(PATCH_MIN, len(now) // PATCH_SHARE):
            tables = _patched(last, briefs, now, changed)
            n_sources = dict(last.n_sources)
            for claim in {c.citation.claim for slug in changed for parts in (now, last.parts) if slug in parts
                          for c in parts[slug][1].cited}:
                _count_sources(n_sources, claim, tables[BY_CLAIM].get(claim, ()))
            return Lists(now, has_page, tables, n_sources)
    made: tuple[Table, ...] = tuple(defaultdict(list) for _ in range(5))
    for brief, part in zip(briefs, parts):
        for table, key, item in contributions(brief, part):
            made[table][key].append(item)
    tables = tuple(dict(table) for table in made)
    n_sources = {}
    for claim, cited in tables[BY_CLAIM].items():
        _count_sources(n_sources, claim, cited)
    return Lists(now, has_page, tables, n_sources)


def _count_sources(n_sources: dict[str, int], claim: str, cited: Sequence[Cited]) -> None:
    """A brief may quote a claim twice: its sources are the distinct briefs."""
    if cited:
        n_sources[claim] = len({c.brief.slug for c in cited})
    else:
        n_sources.pop(claim, None)


def _patched(last: Lists, briefs: Sequence[Brief], now: dict[str, tuple[Brief, BriefPart]],
             changed: set[str]) -> tuple[Table, ...]:
    rank = {brief.slug: i for i, brief in enumerate(briefs)}
    added: dict[tuple[int, Hashable], list[Any]] = defaultdict(list)
    for slug in sorted(changed & now.keys(), key=rank.__getitem__):
        for table, key, item in contributions(*now[slug]):
            added[table, key].append(item)
    touched = set(added)
    for slug in changed & last.parts.keys():
        touched.update((table, key) for table, key, _ in contributions(*last.parts[slug]))
    tables = tuple(dict(table) for table in last.tables)
    for table, key in touched:
        items = [item for item in tables[table].get(key, ()) if _slug(item) not in changed]
        items += added.get((table, key), ())
        items.sort(key=lambda item: rank[_slug(item)])  # stable: a brief's items keep their order
        if items:
            tables[table][key] = items
        else:
            tables[table].pop(key, None)
    return tables


def _slug(item: Any) -> str:
    return item.slug if isinstance(item, Brief) else item.brief.slug


def _part(brief: Brief, mentions: Sequence[Mention], has_page: frozenset[tuple[str, str]],
          known: Kept[BriefPart] | None) -> BriefPart:
    return remember(known, brief.where.path, (brief, mentions, has_page), lambda: brief_part(brief, mentions, has_page))


def brief_part(brief: Brief, mentions: Sequence[Mention], has_page: frozenset[tuple[str, str]]) -> BriefPart:
    cited = tuple(Cited(brief, citation) for citation in brief.citations)
    by_sentence: dict[tuple[int, int], list[Citation]] = defaultdict(list)
    for citation in brief.citations:
        for sentence in citation.anchor.sentences if citation.anchor else ():
            by_sentence[sentence].append(citation)
    found = [m for m in mentions if (m.kind, m.key) in has_page]
    mentioned, seen = [], set()
    for mention in found:
        sentence = (mention.kind, mention.key, mention.paragraph, mention.sentence)
        if mention.line not in brief.source.boilerplate and sentence not in seen:
            seen.add(sentence)
            mentioned.append(Mentioned(brief, mention))
    return BriefPart(cited, dict(by_sentence), found, tuple(mentioned), tuple(_quotes_naming(cited, found)))


def _quotes_naming(cited: Sequence[Cited], mentions: Sequence[Mention]) -> Iterator[tuple[tuple[str, str], Cited]]:
    """(entity, citation) for each entity the citation's quoted words name (by bisection)."""
    starts = [m.start for m in mentions]
    for item in cited:
        anchor = item.citation.anchor
        if anchor is None:
            continue
        first = bisect.bisect_left(starts, anchor.start)
        last = bisect.bisect_left(starts, anchor.end)
        for entity in dict.fromkeys((m.kind, m.key) for m in mentions[first:last]):
            yield entity, item
