"""The cited quotes' features a draft keeps in ``cache/`` for the next (`featurecache`)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.drafting import featurecache
from generator.drafting.claimmatch import ClaimMatcher, Extractor
from generator.loader import load_corpus

QUOTE_TOLD = "Rivas told reporters that about 3,000 troops would stay at the border"
QUOTE_PLAIN = "about 3,000 troops would stay at the border until the talks resumed"
SEED = f"{QUOTE_PLAIN}.\n{QUOTE_TOLD}.\n"
BRIEF = f"""---
title: An older report
slug: older-report
status: published
source:
  file: seeds/000_0000000000000000.txt
summary: An older report.
countries: [ES]
claims:
  - claim: troops-stay-at-border
    quote: "{QUOTE_PLAIN}"
    by: Officials
  - claim: troops-stay-at-border
    quote: "{QUOTE_TOLD}"
    by: Officials
---
"""
ARTICLE = Path(__file__).parent / "fixtures" / "draft" / "article.txt"


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """One country, one claim, one brief citing it with two quotes, one naming "Rivas"."""
    write(tmp_path, "content/countries/es.md", "---\nname: Spain\naliases: [Spanish, Madrid]\n---\n")
    write(tmp_path, "content/claims/troops-stay-at-border.md", "---\nstatement: Troops stay at the border.\n---\n")
    write(tmp_path, "seeds/000_0000000000000000.txt", SEED)
    write(tmp_path, "content/briefs/older-report.md", BRIEF)
    return tmp_path


def corpus_of(root: Path):
    corpus, problems = load_corpus(root)
    assert not [p for p in problems if p.severity == "error"], problems
    return corpus


def test_saved_features_come_back_equal_and_are_used(root: Path) -> None:
    corpus = corpus_of(root)
    first = ClaimMatcher(corpus)
    assert set(first.cited_features) == {QUOTE_PLAIN, QUOTE_TOLD}
    featurecache.save(root / "cache", first.extractor, first.cited_features)
    known = featurecache.load(root / "cache", Extractor(corpus))
    assert known == first.cited_features
    # a quote read before is not read again: the matcher indexes what it is given
    stand_in = Extractor(corpus).features("Spain closed the border")
    again = ClaimMatcher(corpus, known={**known, QUOTE_PLAIN: stand_in})
    assert again.cited_features[QUOTE_PLAIN] is stand_in
    assert again.cited_features[QUOTE_TOLD] == first.cited_features[QUOTE_TOLD]


def test_a_quote_the_registry_now_reads_otherwise_is_read_again(root: Path) -> None:
    first = ClaimMatcher(corpus_of(root))
    featurecache.save(root / "cache", first.extractor, first.cited_features)
    # a person registered since, named in one quote: that quote's features change, the other's do not
    write(root, "content/people/ana-rivas.md", "---\nname: Ana Rivas\naliases: [Rivas]\ncountry: ES\n---\n")
    corpus = corpus_of(root)
    known = featurecache.load(root / "cache", Extractor(corpus))
    assert list(known) == [QUOTE_PLAIN]
    assert "ana-rivas" in ClaimMatcher(corpus).cited_features[QUOTE_TOLD].entities
    assert "ana-rivas" not in first.cited_features[QUOTE_TOLD].entities


def test_a_damaged_file_or_another_codes_file_is_ignored(root: Path) -> None:
    extractor = Extractor(corpus_of(root))
    folder = root / "cache"
    folder.mkdir()
    (folder / featurecache.FEATURES_FILE).write_bytes(b"not a pickle")
    assert featurecache.load(folder, extractor) == {}
    features = extractor.features(QUOTE_PLAIN)
    with open(folder / featurecache.FEATURES_FILE, "wb") as handle:
        pickle.dump(("other code", {QUOTE_PLAIN: (extractor.reading(QUOTE_PLAIN), features)}), handle)
    assert featurecache.load(folder, extractor) == {}
    featurecache.save(folder, extractor, {QUOTE_PLAIN: features})
    assert featurecache.load(folder, extractor) == {QUOTE_PLAIN: features}
    assert sorted(p.name for p in folder.iterdir()) == [featurecache.FEATURES_FILE]  # no partial file left


def test_a_draft_keeps_the_cited_quotes_and_a_dry_run_keeps_nothing(root: Path) -> None:
    cached = root / "cache" / featurecache.FEATURES_FILE
    assert main(["--root", str(root), "draft", "--dry-run", str(ARTICLE)]) == 0
    assert not cached.exists()
    assert main(["--root", str(root), "draft", str(ARTICLE)]) == 0
    with open(cached, "rb") as handle:
        _, saved = pickle.load(handle)
    assert set(saved) == {QUOTE_PLAIN, QUOTE_TOLD}  # the briefs' quotes when it drafted
    known = featurecache.load(root / "cache", Extractor(corpus_of(root)))
    assert set(known) == {QUOTE_PLAIN, QUOTE_TOLD}  # its proposed people name neither quote
