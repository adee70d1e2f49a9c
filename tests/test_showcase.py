"""Keep the showcase content honest: the five seed briefs and their registries.

These tests read the real content of the repository (not fixtures) through
the project's own loader and checks, so that an editorial change which
breaks a quote, an alias or a cross-reference fails the suite.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

from generator.loader import load_corpus
from generator.mentions import Gazetteer
from generator.validate import validate

ROOT = Path(__file__).resolve().parent.parent

MIN_QUOTES = 45
"""Anchored quotes over all briefs (the editorial target; 30 is the floor)."""
MIN_CLAIMS_IN_TWO = 8
"""Claims cited by two or more briefs."""
MIN_CLAIMS_IN_THREE = 4
"""Claims cited by three or more briefs."""
ALLOWED_WARNINGS = {"attribution-conflict"}
"""Disagreements between sources are shown on the site, not fixed."""


@lru_cache(maxsize=1)
def loaded():
    return load_corpus(ROOT)


@lru_cache(maxsize=1)
def validated():
    return validate(ROOT)


@pytest.fixture(scope="module")
def corpus():
    return loaded()[0]


def whole_word(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def briefs_citing(corpus) -> dict[str, set[str]]:
    citing: dict[str, set[str]] = defaultdict(set)
    for brief in corpus.briefs:
        for citation in brief.citations:
            citing[citation.claim].add(brief.slug)
    return citing


# --------------------------------------------------------------------------
# The whole corpus loads and checks cleanly.
# --------------------------------------------------------------------------


def test_load_has_no_errors_or_unexpected_warnings():
    _, problems = loaded()
    unexpected = [p for p in problems if p.severity == "error" or p.code not in ALLOWED_WARNINGS]
    assert not unexpected, "\n".join(map(str, unexpected))


def test_check_has_no_errors_or_unexpected_warnings():
    problems = validated().problems
    unexpected = [p for p in problems if p.severity == "error" or p.code not in ALLOWED_WARNINGS]
    assert not unexpected, "\n".join(map(str, unexpected))


def test_every_seed_has_exactly_one_published_brief(corpus):
    seeds = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "seeds").glob("*.txt"))
    files = sorted(brief.source.file for brief in corpus.briefs)
    assert files == seeds
    assert all(brief.status == "published" for brief in corpus.briefs)


# --------------------------------------------------------------------------
# Registries: every name is one the articles actually use.
# --------------------------------------------------------------------------


def test_every_person_name_and_alias_occurs_in_a_seed(corpus):
    texts = [seed.text for seed in corpus.seeds.values()]
    missing = [
        f"{person.id}: {name!r}"
        for person in corpus.people.values()
        for name in person.names
        if not any(whole_word(name).search(text) for text in texts)
    ]
    assert not missing, missing


def test_every_country_name_and_alias_occurs_in_a_seed(corpus):
    texts = [seed.text for seed in corpus.seeds.values()]
    missing = [
        f"{country.code}: {name!r}"
        for country in corpus.countries.values()
        for name in country.names
        if not any(whole_word(name).search(text) for text in texts)
    ]
    assert not missing, missing


def test_every_name_and_alias_is_matched_as_a_mention(corpus):
    """Not only present, but reachable: no alias is always swallowed by a longer name."""
    gazetteer = Gazetteer.build(corpus)
    matched: set[tuple[str, str, str]] = set()
    for seed in corpus.seeds.values():
        for mention in gazetteer.find(seed):
            matched.add((mention.kind, mention.key, seed.text[mention.start:mention.end]))
    expected = {("person", p.id, n) for p in corpus.people.values() for n in p.names}
    expected |= {("country", c.code, n) for c in corpus.countries.values() for n in c.names}
    assert not expected - matched, sorted(expected - matched)


def test_bare_kim_always_means_the_defence_minister(corpus):
    """Several Kims are registered; a bare "Kim" must never link to the wrong one."""
    gazetteer = Gazetteer.build(corpus)
    bare = [
        (path, mention.key)
        for path, seed in corpus.seeds.items()
        for mention in gazetteer.find(seed)
        if seed.text[mention.start:mention.end] == "Kim"
    ]
    assert bare, "the AP report calls the defence minister plain Kim"
    assert {key for _, key in bare} == {"kim-yong-hyun"}


def test_korean_peninsula_is_not_a_country_mention(corpus):
    gazetteer = Gazetteer.build(corpus)
    for seed in corpus.seeds.values():
        for at in (m.start() for m in re.finditer("Korean Peninsula", seed.text)):
            hits = [m for m in gazetteer.find(seed) if m.start <= at < m.end]
            assert not hits, hits


def test_people_have_role_and_profile(corpus):
    for person in corpus.people.values():
        assert person.role, person.id
        assert person.profile.text.strip(), person.id


def test_bylines_are_registered_people(corpus):
    names = {name for person in corpus.people.values() for name in person.names}
    for brief in corpus.briefs:
        assert set(brief.source.byline) <= names, brief.slug


# --------------------------------------------------------------------------
# Briefs: complete, anchored, and cross-cited.
# --------------------------------------------------------------------------


def test_every_brief_has_people_countries_and_citations(corpus):
    for brief in corpus.briefs:
        assert brief.people, brief.slug
        assert brief.countries, brief.slug
        assert len(brief.citations) >= 3, brief.slug
        assert brief.summary.strip(), brief.slug


def test_every_brief_body_has_the_three_sections(corpus):
    for brief in corpus.briefs:
        for heading in ("## Key points", "## How this source differs", "## Open questions"):
            assert heading in brief.body.text, f"{brief.slug}: {heading}"


def test_every_citation_is_anchored(corpus):
    for brief in corpus.briefs:
        for citation in brief.citations:
            assert citation.anchor is not None, f"{brief.slug}: {citation.quote}"
            assert citation.by.strip(), f"{brief.slug}: {citation.quote}"


def digit_groups(text: str) -> set[str]:
    """``"about 8,000"`` → ``{"8000"}``; ``"3.5mn"`` → ``{"3.5"}``."""
    return {g.replace(",", "") for g in re.findall(r"\d+(?:[.,]\d+)*", text)}


def test_values_name_a_number_written_in_the_quote(corpus):
    for brief in corpus.briefs:
        for citation in brief.citations:
            if citation.value is None:
                continue
            assert isinstance(citation.value, (int, str)), f"{brief.slug}: {citation.value!r}"
            wanted = digit_groups(str(citation.value))
            assert wanted, f"{brief.slug}: no number in value {citation.value!r}"
            assert wanted <= digit_groups(citation.quote), f"{brief.slug}: {citation.value!r} not in {citation.quote!r}"


def test_claims_cited_by_several_briefs_have_statements(corpus):
    for claim_id, slugs in briefs_citing(corpus).items():
        if len(slugs) >= 2:
            assert corpus.claims[claim_id].statement.strip(), claim_id


def test_every_registered_claim_is_cited(corpus):
    unused = set(corpus.claims) - set(briefs_citing(corpus))
    assert not unused, sorted(unused)


def test_editorial_targets(corpus):
    quotes = sum(len(brief.citations) for brief in corpus.briefs)
    citing = briefs_citing(corpus)
    assert quotes >= MIN_QUOTES
    assert sum(len(s) >= 2 for s in citing.values()) >= MIN_CLAIMS_IN_TWO
    assert sum(len(s) >= 3 for s in citing.values()) >= MIN_CLAIMS_IN_THREE


def test_the_attribution_conflict_is_kept(corpus):
    """Two sources give "not yet seen ... in combat" to Blinken, two to Austin."""
    speakers = {
        citation.by
        for brief in corpus.briefs
        for citation in brief.citations
        if citation.claim == "nk-troops-not-yet-in-combat"
    }
    assert {"antony-blinken", "lloyd-austin"} <= speakers
