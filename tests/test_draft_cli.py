"""``python -m generator draft``: seeds copy rules, the written draft passes the checks, JSON shape."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from generator.__main__ import main
from generator.documents import FrontMatterError, parse_document
from generator.drafting.drafter import draft_article
from generator.drafting.yamltext import quoted
from generator.validate import validate

ARTICLE = Path(__file__).parent / "fixtures" / "draft" / "article.txt"
OLD_SEED = "Officials said about 3,000 troops would stay at the border until the talks resumed.\n"
OLD_BRIEF = """---
title: An older report
slug: older-report
status: published
source:
  file: seeds/000_0000000000000000.txt
summary: An older report.
people: [jose-manuel-albares]
countries: [ES]
claims:
  - claim: troops-stay-at-border
    quote: "about 3,000 troops would stay at the border until the talks resumed"
    by: Officials
---
"""


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A tiny project: one person, one country, one claim cited by one brief."""
    write(tmp_path, "content/people/jose-manuel-albares.md",
          "---\nname: José Manuel Albares\naliases: [Albares]\nrole: Foreign Minister of Spain\ncountry: ES\n---\n")
    write(tmp_path, "content/countries/es.md", "---\nname: Spain\naliases: [Spanish, Madrid]\n---\n")
    write(tmp_path, "content/claims/troops-stay-at-border.md", "---\nstatement: Troops stay at the border.\n---\n")
    write(tmp_path, "seeds/000_0000000000000000.txt", OLD_SEED)
    write(tmp_path, "content/briefs/older-report.md", OLD_BRIEF)
    assert validate(tmp_path).ok
    return tmp_path


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def draft(root: Path, *options: str, path: Path = ARTICLE) -> int:
    return main(["--root", str(root), "draft", *options, str(path)])


def new_seed_name(data: bytes) -> str:
    return f"seeds/001_{hashlib.sha256(data).hexdigest()[:16]}.txt"


def test_draft_copies_the_seed_and_passes_the_checks(root: Path, capsys) -> None:
    before = files(root)
    assert draft(root) == 0
    after = files(root)
    data = ARTICLE.read_bytes()
    assert after[new_seed_name(data)] == data  # byte for byte, next free number
    added = sorted(set(after) - set(before))
    assert "content/briefs/minister-says-we-wont-back-down-as-border-talks.md" in added
    assert {"content/people/yvan-gil.md", "content/people/gladys-urbina.md", "content/countries/ve.md"} <= set(added)
    assert all(after[p] == before[p] for p in before)  # nothing overwritten
    result = validate(root)
    assert result.ok, [str(p) for p in result.problems]
    assert "the draft passes the checks" in capsys.readouterr().out


def test_written_brief_reads_back_exactly(root: Path) -> None:
    assert draft(root) == 0
    brief = next(b for b in validate(root).corpus.briefs if b.slug != "older-report")
    expected = draft_article(ARTICLE.read_text(encoding="utf-8"), brief.source.file)
    assert brief.status == "draft"
    assert [c.quote for c in brief.citations] == [c.quote for c in expected.claims]
    assert all(c.anchor is not None for c in brief.citations)
    assert any("'" in c.quote and '"' in c.quote for c in brief.citations)  # both kinds of mark round-trip
    assert brief.people == ("jose-manuel-albares", "yvan-gil", "gladys-urbina")
    assert brief.countries == ("ES", "VE")
    assert sorted(brief.source.boilerplate) == [2, 3, 4, 10, 11, 12]
    assert brief.source.byline == ("Jane Roe", "Carlos Núñez")
    assert str(brief.source.published) == "2025-03-05"
    assert brief.citations[0].claim == "troops-stay-at-border"  # an existing claim that clearly matches
    assert brief.citations[0].by == "jose-manuel-albares"


def test_proposed_entries_are_marked(root: Path) -> None:
    assert draft(root) == 0
    corpus = validate(root).corpus
    assert corpus.people["yvan-gil"].status == "proposed"
    assert corpus.people["yvan-gil"].role == "Foreign Minister"
    assert corpus.people["yvan-gil"].country == "VE"
    assert corpus.countries["VE"].status == "proposed"
    assert corpus.people["jose-manuel-albares"].status == "published"
    new_claims = [c for c in corpus.claims.values() if c.id != "troops-stay-at-border"]
    assert new_claims and all(c.statement.startswith("Draft, not yet reviewed") for c in new_claims)


def test_drafting_again_adds_no_second_brief(root: Path, capsys) -> None:
    assert draft(root) == 0
    first = files(root)
    assert draft(root) == 0
    assert files(root) == first
    assert "is already drafted as content/briefs/" in capsys.readouterr().out


def test_a_seed_copied_by_hand_is_drafted_without_a_copy(root: Path) -> None:
    data = ARTICLE.read_bytes()
    (root / "seeds" / "by-hand.txt").write_bytes(data)
    assert draft(root) == 0
    assert sorted(p.name for p in (root / "seeds").iterdir()) == ["000_0000000000000000.txt", "by-hand.txt"]
    assert any(b.source.file == "seeds/by-hand.txt" for b in validate(root).corpus.briefs)


def test_refuses_to_overwrite_a_different_file_of_the_same_name(root: Path, capsys) -> None:
    data = ARTICLE.read_bytes()
    clash = root / f"seeds/007_{hashlib.sha256(data).hexdigest()[:16]}.txt"
    clash.write_bytes(b"an edited seed\n")
    before = files(root)
    assert draft(root) == 2
    assert files(root) == before
    error = capsys.readouterr().err
    assert "has this article's name but different bytes" in error and "never edited or overwritten" in error


def test_never_overwrites_an_existing_brief_or_registry_entry(root: Path) -> None:
    write(root, "content/briefs/minister-says-we-wont-back-down-as-border-talks.md", "not a brief\n")
    write(root, "content/people/yvan-gil.md", "---\nname: Yván Gil\n---\n")
    before = files(root)
    assert draft(root) == 0
    after = files(root)
    assert all(after[p] == before[p] for p in before)
    assert "content/briefs/minister-says-we-wont-back-down-as-border-talks-2.md" in after


def test_dry_run_writes_nothing(root: Path, capsys) -> None:
    before = files(root)
    assert draft(root, "--dry-run") == 0
    assert files(root) == before
    out = capsys.readouterr().out
    assert f"would copy the article to {new_seed_name(ARTICLE.read_bytes())}" in out
    assert "status: draft" in out


def test_dry_run_json_shape(root: Path, capsys) -> None:
    before = files(root)
    assert draft(root, "--dry-run", "--json") == 0
    assert files(root) == before
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["title", "publisher", "published", "byline", "boilerplate", "people", "organisations",
                          "countries", "claims"]
    assert data["title"] == "Minister says 'we won't back down' as border talks stall"
    assert data["publisher"] == "Reuters"  # the wire in the dateline, before the page's copyright holder
    assert data["published"] == "2025-03-05"
    assert data["byline"] == ["Jane Roe", "Carlos Núñez"]
    assert data["boilerplate"] == [2, 3, 4, 10, 11, 12]
    assert data["people"][:2] == [{"id": "jose-manuel-albares", "name": "José Manuel Albares", "known": True},
                                  {"id": "yvan-gil", "name": "Yván Gil", "known": False}]
    assert data["countries"] == [{"code": "ES", "name": "Spain"}, {"code": "VE", "name": "Venezuela"}]
    assert data["organisations"] == []  # "(Reuters)" in the dateline is the publisher
    assert len(data["claims"]) >= 3
    for claim in data["claims"]:
        assert set(claim) == {"quote", "by", "claim", "value"}
        assert claim["quote"] in ARTICLE.read_text(encoding="utf-8")
    assert data["claims"][0]["value"] == {"amount": 3000, "qualifier": "about", "unit": "troops"}


def test_not_utf8_is_refused(root: Path, tmp_path_factory, capsys) -> None:
    bad = tmp_path_factory.mktemp("in") / "bad.txt"
    bad.write_bytes(b"caf\xe9\n")
    assert draft(root, path=bad) == 2
    assert "is not UTF-8 text" in capsys.readouterr().err


@pytest.mark.parametrize("text", [
    'He said "no" and it\'s over', "back\\slash", "line\u2028separator", "tab\there", "# not a comment: - [x]",
    "“curly” ‘single’ José", "emoji 😀", "null", "---", " leading space",
])
def test_yaml_strings_round_trip(text: str) -> None:
    assert yaml.safe_load(quoted(text)) == text
    document = parse_document(f"---\nquote: {quoted(text)}\n---\n")
    assert document.data == {"quote": text}


def test_a_control_character_is_refused_even_when_escaped() -> None:
    """The drafter refuses articles with control characters, so no quote needs one."""
    with pytest.raises(FrontMatterError) as refused:
        parse_document("---\nquote: " + quoted("a \x07bell") + "\n---\n")
    assert (refused.value.code, refused.value.line) == ("control-character", 2)


@pytest.mark.parametrize("article", sorted((Path(__file__).parent / "fixtures" / "eval").glob("*.txt")), ids=lambda p: p.stem)
def test_every_evaluation_article_drafts_into_a_valid_project(tmp_path: Path, article: Path) -> None:
    """Norway's code NO is a boolean to YAML 1.1, "Støre" has a letter NFKD keeps…"""
    (tmp_path / "content").mkdir()
    assert draft(tmp_path, path=article) == 0
    result = validate(tmp_path)
    assert result.ok, [str(p) for p in result.problems]
    assert len(result.corpus.briefs) == 1 and result.corpus.briefs[0].status == "draft"
