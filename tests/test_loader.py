"""The loader: every file parsed once into exact model records."""

import datetime as dt
from pathlib import Path

from generator.loader import load_corpus
from generator.model import Anchor, LineSet, Source, Where

FIXTURE = Path(__file__).parent / "fixtures" / "site"


def test_loads_every_record_of_the_fixture_site():
    corpus, problems = load_corpus(FIXTURE)
    assert problems == []
    assert [b.slug for b in corpus.briefs] == ["alpha", "beta"]  # newest first
    assert sorted(corpus.people) == ["ann-writer", "jan-novak"]
    assert sorted(corpus.countries) == ["RU", "US"]
    assert sorted(corpus.claims) == ["border-closed", "troops-crossed", "us-response"]
    assert sorted(corpus.seeds) == ["seeds/001_alpha.txt", "seeds/002_beta.txt"]


def test_brief_record():
    corpus, _ = load_corpus(FIXTURE)
    alpha = corpus.brief_by_slug["alpha"]
    assert alpha.source == Source(
        file="seeds/001_alpha.txt", publisher="Fixture Times", published=dt.date(2024, 10, 31),
        byline=("Ann Writer",), url="https://example.org/alpha?a=1&b=2", boilerplate=LineSet.of([(4, 4), (10, 10)]))
    assert (alpha.title, alpha.status, alpha.people, alpha.countries) == (
        "Ministers meet <after> talks & more", "published", ("jan-novak",), ("RU", "US"))
    assert alpha.body.line == 31 and alpha.body.text.startswith("Novak [said troops crossed]")
    first, spanning, second_occurrence, _ = alpha.citations
    assert (first.claim, first.by, first.by_id, first.value, first.where) == (
        "troops-crossed", "jan-novak", True, "about 2,000", Where("content/briefs/alpha.md", 15))
    assert first.anchor == Anchor(start=134, end=179, sentences=((4, 1),))
    assert spanning.anchor.sentences == ((5, 1), (5, 2))
    assert (second_occurrence.by_id, second_occurrence.occurrence, second_occurrence.anchor.fragment) == (
        True, 2, "p6s1")


def test_registry_records():
    corpus, _ = load_corpus(FIXTURE)
    novak = corpus.people["jan-novak"]
    assert (novak.name, novak.aliases, novak.role, novak.country, novak.status) == (
        "Jan Novak", ("Novak",), "Defence minister", "RU", "published")
    assert novak.profile.text.strip() == "Named in both fixture sources."
    ru = corpus.countries["RU"]
    assert (ru.name, ru.official_name, ru.aliases) == ("Ruritania", "Russian Federation", ("Ruritanian", "Strelsau"))
    assert corpus.countries["US"].name == "United States"
    assert corpus.claims["border-closed"].statement == "The border is closed"


def test_anchor_points_at_the_quote():
    corpus, _ = load_corpus(FIXTURE)
    seed = corpus.seeds["seeds/001_alpha.txt"]
    for citation in corpus.brief_by_slug["alpha"].citations:
        folded = " ".join(seed.text[citation.anchor.start:citation.anchor.end].split())
        assert folded.replace("“", '"').replace("”", '"') == citation.quote.replace("“", '"').replace("”", '"')
