"""The page index: who cites, mentions and names what, built once.

Every entity page is a lookup in these dictionaries (index once, look up
many); nothing here scans the corpus per entity.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator, Sequence

from .memo import Kept, remember
from .mentions import Mention
from .model import Brief, Citation, Claim, Corpus, Country, Person


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
        return (("claim", citation.claim), ("person", citation.by)) if citation.by_person \
            else (("claim", citation.claim),)


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
    """Person id → citations whose ``by`` is that person."""
    by_sentence: dict[str, dict[tuple[int, int], list[Citation]]]
    """Brief slug → (paragraph, sentence) → citations anchored there."""
    mentions_in: dict[str, list[Mention]]
    """Brief slug → every mention in its source, in text order."""
    mentions_of: dict[tuple[str, str], list[Mentioned]]
    """(kind, key) → sentences naming it outside boilerplate, across all sources
    (one entry per sentence, in brief order)."""
    briefs_naming: dict[tuple[str, str], list[Brief]]
    """(kind, key) → briefs that list the person or country."""
    quotes_naming: dict[tuple[str, str], list[Cited]]
    """(kind, key) → citations whose quote names the person or country."""
    people_of: dict[str, list[str]]
    """Country code → ids of people of that country, by name."""
    n_sources: dict[str, int]
    """Claim id → number of distinct briefs citing it (a brief may quote a claim twice)."""
    claim_order: list[str]
    """Claim ids, cited by most sources first, then by id."""


def published(entities: dict) -> dict:
    return {key: entity for key, entity in entities.items() if entity.status == "published"}


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


def build_index(corpus: Corpus, mentions: dict[str, list[Mention]], known: KnownParts | None = None) -> SiteIndex:
    """The index of the published briefs; ``known`` (the dev server's) keeps
    each brief's part with what it was made from."""
    briefs = tuple(b for b in corpus.briefs if b.status == "published")
    people, countries, claims = published(corpus.people), published(corpus.countries), published(corpus.claims)
    has_page = frozenset([*(("person", key) for key in people), *(("country", key) for key in countries)])
    if known is not None:
        has_page = known.has_page = known.has_page if known.has_page == has_page else has_page
    kept = known.parts if known is not None else None
    parts = [_part(brief, mentions.get(brief.slug, ()), has_page, kept) for brief in briefs]
    if kept is not None:
        kept.sweep()
    by_claim: dict[str, list[Cited]] = defaultdict(list)
    by_speaker: dict[str, list[Cited]] = defaultdict(list)
    mentions_of: dict[tuple[str, str], list[Mentioned]] = defaultdict(list)
    quotes_naming: dict[tuple[str, str], list[Cited]] = defaultdict(list)
    naming: dict[tuple[str, str], list[Brief]] = defaultdict(list)
    for brief, part in zip(briefs, parts):
        for cited in part.cited:
            by_claim[cited.citation.claim].append(cited)
            if cited.citation.by_person:
                by_speaker[cited.citation.by].append(cited)
        for mentioned in part.mentioned:
            mentions_of[mentioned.mention.kind, mentioned.mention.key].append(mentioned)
        for entity, cited in part.quotes_naming:
            quotes_naming[entity].append(cited)
        for person in brief.people:
            naming["person", person].append(brief)
        for code in brief.countries:
            naming["country", code].append(brief)
    people_of: dict[str, list[str]] = defaultdict(list)
    for person in sorted(people.values(), key=lambda p: p.name):
        if person.country:
            people_of[person.country].append(person.id)
    n_sources = Counter({claim: len({c.brief.slug for c in cited}) for claim, cited in by_claim.items()})
    claim_order = sorted(claims, key=lambda c: (-n_sources[c], -len(by_claim.get(c, ())), c))
    by_sentence = {b.slug: p.by_sentence for b, p in zip(briefs, parts) if p.by_sentence}
    mentions_in = {b.slug: p.mentions_in for b, p in zip(briefs, parts)}
    return SiteIndex(corpus, briefs, people, countries, claims, dict(by_claim), dict(by_speaker), by_sentence,
                     mentions_in, dict(mentions_of), dict(naming), dict(quotes_naming),
                     dict(people_of), dict(n_sources), claim_order)


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
