"""The page index: who cites, mentions and names what, built once.

Every entity page is a lookup in these dictionaries (index once, look up
many); nothing here scans the corpus per entity.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass

from .mentions import Mention
from .model import Brief, Citation, Claim, Corpus, Country, Person


@dataclass(frozen=True)
class Cited:
    """A citation together with the brief that makes it."""

    brief: Brief
    citation: Citation


@dataclass(frozen=True)
class Mentioned:
    """A mention together with the brief whose source holds it."""

    brief: Brief
    mention: Mention


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


def build_index(corpus: Corpus, mentions: dict[str, list[Mention]]) -> SiteIndex:
    briefs = tuple(b for b in corpus.briefs if b.status == "published")
    people, countries, claims = published(corpus.people), published(corpus.countries), published(corpus.claims)
    by_claim, by_speaker, by_sentence = _index_citations(briefs)
    has_page = {("person", key) for key in people} | {("country", key) for key in countries}
    mentions_in, mentions_of = _index_mentions(briefs, mentions, has_page)
    people_of: dict[str, list[str]] = defaultdict(list)
    for person in sorted(people.values(), key=lambda p: p.name):
        if person.country:
            people_of[person.country].append(person.id)
    n_sources = Counter({claim: len({c.brief.slug for c in cited}) for claim, cited in by_claim.items()})
    claim_order = sorted(claims, key=lambda c: (-n_sources[c], -len(by_claim.get(c, ())), c))
    return SiteIndex(corpus, briefs, people, countries, claims, by_claim, by_speaker, by_sentence,
                     mentions_in, mentions_of, _index_naming(briefs), _index_quotes_naming(briefs, mentions_in),
                     dict(people_of), dict(n_sources), claim_order)


def _index_citations(briefs: tuple[Brief, ...]):
    by_claim: dict[str, list[Cited]] = defaultdict(list)
    by_speaker: dict[str, list[Cited]] = defaultdict(list)
    by_sentence: dict[str, dict[tuple[int, int], list[Citation]]] = defaultdict(lambda: defaultdict(list))
    for brief in briefs:
        for citation in brief.citations:
            by_claim[citation.claim].append(Cited(brief, citation))
            if citation.by_person:
                by_speaker[citation.by].append(Cited(brief, citation))
            for sentence in citation.anchor.sentences if citation.anchor else ():
                by_sentence[brief.slug][sentence].append(citation)
    return dict(by_claim), dict(by_speaker), {k: dict(v) for k, v in by_sentence.items()}


def _index_naming(briefs: tuple[Brief, ...]) -> dict[tuple[str, str], list[Brief]]:
    naming: dict[tuple[str, str], list[Brief]] = defaultdict(list)
    for brief in briefs:
        for person in brief.people:
            naming["person", person].append(brief)
        for code in brief.countries:
            naming["country", code].append(brief)
    return dict(naming)


def _index_quotes_naming(briefs: tuple[Brief, ...], mentions_in: dict[str, list[Mention]],
                         ) -> dict[tuple[str, str], list[Cited]]:
    """(kind, key) → citations whose quoted words name it (by bisection)."""
    naming: dict[tuple[str, str], list[Cited]] = defaultdict(list)
    for brief in briefs:
        mentions = mentions_in.get(brief.slug, [])
        starts = [m.start for m in mentions]
        for citation in brief.citations:
            if citation.anchor is None:
                continue
            first = bisect.bisect_left(starts, citation.anchor.start)
            last = bisect.bisect_left(starts, citation.anchor.end)
            for entity in dict.fromkeys((m.kind, m.key) for m in mentions[first:last]):
                naming[entity].append(Cited(brief, citation))
    return dict(naming)


def _index_mentions(briefs: tuple[Brief, ...], mentions: dict[str, list[Mention]],
                    has_page: set[tuple[str, str]]):
    mentions_in: dict[str, list[Mention]] = {}
    mentions_of: dict[tuple[str, str], list[Mentioned]] = defaultdict(list)
    for brief in briefs:
        found = [m for m in mentions.get(brief.slug, ()) if (m.kind, m.key) in has_page]
        mentions_in[brief.slug] = found
        seen: set[tuple[str, str, int, int]] = set()
        for mention in found:
            sentence = (mention.kind, mention.key, mention.paragraph, mention.sentence)
            if mention.line not in brief.source.boilerplate and sentence not in seen:
                seen.add(sentence)
                mentions_of[mention.kind, mention.key].append(Mentioned(brief, mention))
    return mentions_in, dict(mentions_of)
