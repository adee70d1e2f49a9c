"""Text reuse: narrative shingles, containment both ways, origin clusters."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis import reuse as reuse_module
from generator.analysis.calibration import MARGINS
from generator.analysis.narrative import narrative_runs, words
from generator.analysis.reuse import LINK_THRESHOLD, count_shared, find_origins, narrative_shingles
from test_analysis_support import BriefSpec, make_corpus, real_seed_texts

FIXTURES = Path(__file__).parent / "fixtures" / "analysis" / "reuse"


@pytest.mark.parametrize(
    ("paragraph", "runs"),
    [
        ('Austin said: "We now assess 10,000." He left.', ["Austin said: ", " He left."]),
        ("“We've not yet seen it,” Blinken said.", [" Blinken said."]),
        ("'Our members held firm,' the secretary said.", [" the secretary said."]),
        ("'By 'tin-cupping' to North Korea, Putin is weak.' Then he left.", [" Then he left."]),
        ("Ukraine's army and the soldiers' kit.", ["Ukraine's army and the soldiers' kit."]),
        ('He called it "irresponsible" and urged a halt.', ["He called it ", " and urged a halt."]),
        ('The quote runs on: "and on to the next paragraph', ["The quote runs on: "]),
    ],
)
def test_narrative_runs(paragraph: str, runs: list[str]) -> None:
    assert narrative_runs(paragraph) == runs


def test_words_are_normalised() -> None:
    assert words("U.S. troops’ “2+2” Talks—ÉTÉ") == ["u", "s", "troops", "2", "2", "talks", "été"]


def fixture_corpus(extra: dict[str, str] | None = None):
    texts = {f"f/{p.name}": p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))}
    texts.update(extra or {})
    return make_corpus(texts, [BriefSpec(path[2:-4], path) for path in texts])


def test_independent_reports_quoting_one_speech_do_not_cluster() -> None:
    corpus = fixture_corpus()
    a, b = corpus.seeds["f/speech_a.txt"], corpus.seeds["f/speech_b.txt"]
    assert narrative_shingles(a) & narrative_shingles(b) == set()
    # Counted with their quotations, the two would be one origin.
    whole = [set(" ".join(w[i:i + 5]) for i in range(len(w) - 4)) for w in (words(a.text), words(b.text))]
    assert len(whole[0] & whole[1]) / len(whole[0]) >= LINK_THRESHOLD
    origins = find_origins(corpus.seeds, corpus.briefs)
    assert origins.cluster["speech_a"] == "speech_a" and origins.cluster["speech_b"] == "speech_b"
    assert origins.reuse["speech_a"] == () and origins.reuse["speech_b"] == ()


def test_wire_story_embedded_in_longer_article() -> None:
    origins = find_origins(*_seeds_and_briefs(fixture_corpus()))
    (seen_from_wire,) = origins.reuse["wire"]
    assert (seen_from_wire.other, seen_from_wire.shared) == ("wire_embedded", 85)
    assert (origins.shingle_counts["wire"], origins.shingle_counts["wire_embedded"]) == (88, 235)
    assert round(seen_from_wire.share_of_this, 3) == 0.966  # nearly all of the wire is in the article
    assert round(seen_from_wire.share_of_that, 3) == 0.362  # a third of the article is the wire
    assert origins.reuse["wire_embedded"][0].share_of_this == seen_from_wire.share_of_that
    assert origins.cluster["wire"] == origins.cluster["wire_embedded"] == "wire"


def test_clusters_are_transitive() -> None:
    wire = (FIXTURES / "wire.txt").read_text(encoding="utf-8")
    other = wire + "\nA different local angle, written by another newsroom about ferries and the harbour master's office.\n"
    origins = find_origins(*_seeds_and_briefs(fixture_corpus({"f/again.txt": other})))
    assert {origins.cluster[s] for s in ("again", "wire", "wire_embedded")} == {"again"}
    assert len(set(origins.cluster.values())) == 3


def test_shared_counts_come_from_one_index() -> None:
    shared = count_shared({"a": {"x", "y", "z"}, "b": {"y", "z"}, "c": {"z"}, "d": set()})
    assert shared == {"a": {"b": 2, "c": 1}, "b": {"a": 2, "c": 1}, "c": {"a": 1, "b": 1}, "d": {}}


def test_tiny_overlaps_need_min_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "One two three four five six seven.\n"
    corpus = make_corpus({"a": text, "b": text}, [BriefSpec("a", "a"), BriefSpec("b", "b")])
    assert find_origins(corpus.seeds, corpus.briefs).reuse["a"] == ()
    monkeypatch.setattr(reuse_module, "MIN_SHARED", 3)
    assert find_origins(corpus.seeds, corpus.briefs).cluster["b"] == "a"


# Web clutter in the frozen showcase seeds (raw-file lines), as a brief's `boilerplate` lists it.
SEED_BOILERPLATE = {
    "000": {2},
    "001": {1, 2, 24},
    "002": {1, 3, 7, 8, 9, 11, *range(53, 91)},
    "003": {1, 3, *range(9, 17)},
    "004": set(range(43, 50)),
}


def seed_corpus(boilerplate: bool = True):
    texts = real_seed_texts()
    specs = [BriefSpec(f"s{path[6:9]}", path, boilerplate=frozenset(SEED_BOILERPLATE[path[6:9]] if boilerplate else ()))
             for path in texts]
    return make_corpus(texts, specs)


def test_seeds_dod_release_and_its_rewrite_cluster() -> None:
    origins = find_origins(*_seeds_and_briefs(seed_corpus()))
    assert origins.cluster == {"s000": "s000", "s001": "s001", "s002": "s002", "s003": "s003", "s004": "s003"}
    (rewrite,) = origins.reuse["s004"]
    assert (rewrite.other, rewrite.shared) == ("s003", 72)
    assert (round(rewrite.share_of_this, 3), round(rewrite.share_of_that, 3)) == (0.49, 0.344)
    assert [origins.reuse[s] for s in ("s000", "s001", "s002")] == [(), (), ()]


@pytest.mark.parametrize("boilerplate", [True, False])
def test_seeds_other_pairs_stay_far_below_the_threshold(boilerplate: bool) -> None:
    corpus = seed_corpus(boilerplate)
    shingles = {b.slug: narrative_shingles(corpus.seed_of(b), b.source.boilerplate) for b in corpus.briefs}
    shared = count_shared(shingles)
    for a in shingles:
        for b, n in shared[a].items():
            larger = max(n / len(shingles[a]), n / len(shingles[b]))
            if {a, b} == {"s003", "s004"}:  # the rewrite: above the threshold by more than its calibrated margin
                assert larger >= LINK_THRESHOLD + 3 * MARGINS["LINK_THRESHOLD"]
            else:
                assert larger < LINK_THRESHOLD / 3, (a, b, larger)


def _seeds_and_briefs(corpus):
    return corpus.seeds, corpus.briefs
