"""The benchmark's corpus and figures (``make bench``): shape and determinism, never speed.

Timing is what the bench measures, not what these tests check; they make
sure that what it measures is a valid, realistic corpus, and that the
figures it reads back from a build are read right.
"""

from __future__ import annotations

import statistics
from collections import Counter

import pytest

from generator.bench.cold import phase_figures
from generator.bench.corpus import generate, write_project
from generator.bench.edits import compare
from generator.timings import Phase, parse_report
from generator.validate import validate


def files_of(briefs: int, seed: int) -> dict[str, bytes]:
    """The project's files as ``write_project`` writes them (UTF-8), kept in memory."""
    files: dict[str, bytes] = {}
    generate(briefs, seed, lambda path, text: files.__setitem__(path, text.encode("utf-8")))
    return files


def test_the_same_arguments_give_the_same_bytes():
    """Figures are compared across changes, so the corpus must not change between runs."""
    first = files_of(30, seed=7)
    assert len(first) > 2000 + 2 * 30 and first == files_of(30, seed=7)


def test_another_seed_gives_another_corpus():
    assert files_of(10, seed=1) != files_of(10, seed=2)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("bench") / "project"
    return root, write_project(root, 40)


def test_the_corpus_passes_the_checks(small):
    """A corpus with errors would not build: the bench would time a refusal."""
    root, _ = small
    result = validate(root)
    assert result.ok, "\n".join(str(p) for p in result.problems[:10])
    assert not result.problems, "\n".join(str(p) for p in result.problems[:10])  # no warnings either


def test_every_quote_is_in_its_seed_and_every_speaker_is_listed(small):
    root, corpus = small
    for brief in corpus.briefs:
        seed = (root / brief.seed).read_text(encoding="utf-8")
        assert 10 <= seed.count("\n") <= 80
        assert all(c.quote in seed and c.by in brief.people for c in brief.cites)
        assert 2 <= len(brief.people) <= 12 and 3 <= len(brief.cites) <= 15


def test_people_and_claims_have_a_long_tail():
    """A few people and claims are in very many briefs, most in few: the pages that cost most exist."""
    corpus = generate(400, 20241031, lambda path, text: None)
    for counts in (Counter(p for b in corpus.briefs for p in b.people),
                   Counter(c.claim for b in corpus.briefs for c in b.cites)):
        assert max(counts.values()) >= 5 * statistics.median(counts.values())
    assert len(corpus.people) >= 2000 and len({p.name for p in corpus.people}) == len(corpus.people)


def test_the_timing_report_is_read_with_each_phase_share():
    stderr = ("0 error(s), 0 warning(s)\n"
              "timing: load 1.500 s wall, 1.250 s cpu\n"
              "timing: render 3.000 s wall, 5.500 s cpu\n"
              "build finished\n")
    assert parse_report(stderr) == [Phase("load", 1.5, 1.25), Phase("render", 3.0, 5.5)]
    figures = phase_figures(stderr, wall=6.0)
    assert [(p.name, p.share) for p in figures] == [("load", 0.25), ("render", 0.5)]
    assert phase_figures("no timings here", wall=6.0) == ()


def test_files_rewritten_added_and_removed_are_counted_apart():
    before = {"a.html": 1, "b.html": 2, "gone.html": 3}
    after = {"a.html": 1, "b.html": 5, "new.html": 6}
    assert compare(before, after) == (1, 1, 1)
