"""Builders for small corpora in the analysis tests, without the loader.

``make_corpus`` takes seed texts and brief specs and returns the frozen model
the loader would: paragraphs are the non-blank lines (one sentence each),
and a citation anchors to the first paragraph holding its quote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.model import (
    Anchor, Brief, Citation, Claim, Corpus, Markdown, Paragraph, Person, Seed, Sentence, Source, Where,
)

SHOWCASE_SEEDS = sorted((Path(__file__).parent / "fixtures" / "showcase" / "seeds").glob("*.txt"))
"""The five seeds of the frozen showcase: real reporting that never changes under the tests."""


def make_seed(path: str, text: str) -> Seed:
    paragraphs, offset = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            sentence = Sentence(1, offset, offset + len(line), text)
            paragraphs.append(Paragraph(len(paragraphs) + 1, number, offset, offset + len(line), text, (sentence,)))
        offset += len(line) + 1
    return Seed(path, text, tuple(paragraphs))


@dataclass
class Cite:
    """A citation spec: what an author writes in a brief's ``claims`` list."""

    claim: str
    quote: str
    by: str
    value: Any = None


@dataclass
class BriefSpec:
    slug: str
    seed: str
    """Seed path (a key of the texts given to `make_corpus`)."""
    cites: list[Cite] = field(default_factory=list)
    publisher: str | None = None
    published: dt.date | None = None
    boilerplate: frozenset[int] = frozenset()
    status: str = "published"


def make_citation(seed: Seed, cite: Cite, path: str, line: int, people: dict[str, Person]) -> Citation:
    start = seed.text.find(cite.quote)
    anchor = None
    if start >= 0:
        paragraph = next(p for p in seed.paragraphs if p.start <= start < p.start + len(p.text) + 1)
        anchor = Anchor(start, start + len(cite.quote), ((paragraph.index, 1),))
    return Citation(cite.claim, cite.quote, cite.by, cite.by in people, cite.value, None, anchor, Where(path, line))


def make_person(id: str, name: str, country: str | None = None) -> Person:
    return Person(id, name, (), "", country, None, Markdown("", 1), "published", Where(f"content/people/{id}.md", 1))


def make_corpus(texts: dict[str, str], specs: list[BriefSpec], people: list[Person] = (),
                claims: dict[str, str] | None = None) -> Corpus:
    seeds = {path: make_seed(path, text) for path, text in texts.items()}
    by_id = {p.id: p for p in people}
    briefs = tuple(_brief(spec, seeds[spec.seed], by_id) for spec in specs)
    claim_ids = claims or {c.claim: c.claim.replace("-", " ") for s in specs for c in s.cites}
    registry = {i: Claim(i, text, Markdown("", 1), "published", Where(f"content/claims/{i}.md", 1)) for i, text in claim_ids.items()}
    return Corpus("", seeds, by_id, {}, registry, briefs, {b.slug: b for b in briefs}, speakers=dict(by_id))


def _brief(spec: BriefSpec, seed: Seed, people: dict[str, Person]) -> Brief:
    path = f"content/briefs/{spec.slug}.md"
    citations = tuple(make_citation(seed, c, path, 20 + 4 * i, people) for i, c in enumerate(spec.cites))
    source = Source(spec.seed, spec.publisher, spec.published, (), None, spec.boilerplate)
    return Brief(spec.slug, spec.slug, spec.status, source, "", (), (), citations, Markdown("", 30), Where(path, 1))


def real_seed_texts() -> dict[str, str]:
    """``{"seeds/000_….txt": text}`` for the frozen showcase seeds, keyed as a brief names its seed."""
    return {f"seeds/{p.name}": p.read_text(encoding="utf-8") for p in SHOWCASE_SEEDS}


def test_make_corpus_anchors_quotes() -> None:
    corpus = make_corpus({"s.txt": "Title\n\nAbout 8,000 troops.\n"},
                         [BriefSpec("b", "s.txt", [Cite("c", "8,000 troops", "x")])])
    citation = corpus.briefs[0].citations[0]
    assert (citation.anchor.fragment, citation.by_id) == ("p2s1", False)
    assert [p.line for p in corpus.seeds["s.txt"].paragraphs] == [1, 3]
