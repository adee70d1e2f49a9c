"""The project's code on real reporting: the frozen copy of the showcase.

``tests/fixtures/showcase/`` holds the showcase's ``content/`` and ``seeds/``
as they were when these tests were written, so that new articles in the live
project (``make draft``) or editorial changes to it never move these facts.
What the live project must satisfy is what ``make check`` and the build
enforce; ``tests/test_build.py`` builds it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from generator.loader import load_corpus
from generator.mentions import Gazetteer
from generator.validate import validate

SHOWCASE = Path(__file__).parent / "fixtures" / "showcase"
ALLOWED_WARNINGS = {"attribution-conflict"}
"""Disagreements between sources are shown on the site, not fixed."""


@lru_cache(maxsize=1)
def loaded():
    return load_corpus(SHOWCASE)


@lru_cache(maxsize=1)
def validated():
    return validate(SHOWCASE)


@pytest.fixture(scope="module")
def corpus():
    return loaded()[0]


def unexpected(problems) -> list[str]:
    return [str(p) for p in problems if p.severity == "error" or p.code not in ALLOWED_WARNINGS]


def test_load_has_no_errors_or_unexpected_warnings():
    assert unexpected(loaded()[1]) == []


def test_check_has_no_errors_or_unexpected_warnings():
    assert unexpected(validated().problems) == []


def test_the_frozen_copy_is_five_published_briefs_one_per_seed(corpus):
    """The analysis tests annotate these five seeds; this says they are all here."""
    seeds = sorted(p.relative_to(SHOWCASE).as_posix() for p in (SHOWCASE / "seeds").glob("*.txt"))
    assert sorted(brief.source.file for brief in corpus.briefs) == seeds
    assert len(seeds) == 5
    assert all(brief.status == "published" for brief in corpus.briefs)


def test_every_citation_is_anchored(corpus):
    for brief in corpus.briefs:
        for citation in brief.citations:
            assert citation.anchor is not None, f"{brief.slug}: {citation.quote}"


# --------------------------------------------------------------------------
# Mentions: the gazetteer on real articles.
# --------------------------------------------------------------------------


def test_every_registered_name_is_found_as_a_mention(corpus):
    """No name or alias of the showcase is always swallowed by a longer one."""
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


# --------------------------------------------------------------------------
# Analysis: what the checks keep.
# --------------------------------------------------------------------------


def test_the_attribution_conflict_is_kept(corpus):
    """Sources give "not yet seen ... in combat" to Blinken and to Austin: the check warns, both stay."""
    speakers = {
        citation.by
        for brief in corpus.briefs
        for citation in brief.citations
        if citation.claim == "nk-troops-not-yet-in-combat"
    }
    assert {"antony-blinken", "lloyd-austin"} <= speakers
    warnings = [p.message for p in validated().problems if p.code == "attribution-conflict"]
    combat = [m for m in warnings if m.startswith('"we\'ve not yet seen these soldiers deploy into combat')]
    assert len(combat) == 2  # the Defense Department's release and the dpa-AFX rewrite of it
    assert all('to "lloyd-austin"' in m and 'to "antony-blinken"' in m for m in combat)
