"""Drafting from text: dates, metadata, boilerplate, people, countries (fixture tables)."""

from __future__ import annotations

import bisect
from pathlib import Path

import pytest
import yaml

from generator.drafting.boilerplate import find_boilerplate
from generator.drafting.countries import CountryFinder
from generator.drafting.dates import find_dates
from generator.drafting.lines import parse_lines
from generator.drafting.metadata import guess_metadata
from generator.drafting.people import find_people

FIXTURES = Path(__file__).parent / "fixtures" / "draft"


def cases(name: str) -> list[dict]:
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


def whole_text(text: str) -> tuple[list[tuple[int, int]], callable]:
    lines = parse_lines(text)
    starts = [line.start for line in lines]
    return [(0, len(text))], lambda offset: lines[max(bisect.bisect_right(starts, offset) - 1, 0)].number


@pytest.mark.parametrize("case", cases("dates.yaml"), ids=lambda c: c["text"])
def test_find_dates(case: dict) -> None:
    found = find_dates(case["text"])
    assert found, "no date found"
    assert found[0].date == case["date"]


def test_a_date_without_a_year_is_not_a_date() -> None:
    assert find_dates("MADRID, March 12 (Reuters) - on Oct. 30 he said") == []


@pytest.mark.parametrize("case", cases("metadata.yaml"), ids=lambda c: c["name"])
def test_guess_metadata(case: dict) -> None:
    lines = parse_lines(case["page"])
    boilerplate, title = find_boilerplate(lines)
    meta = guess_metadata(lines, {b.line for b in boilerplate}, title)
    assert meta.title.value == case["title"]
    assert meta.publisher.value == case["publisher"]
    assert meta.published.value == case["published"]
    assert list(meta.byline.value) == case["byline"]
    assert all(g.reason for g in (meta.title, meta.publisher, meta.published, meta.byline))


@pytest.mark.parametrize("page", ["boilerplate", "boilerplate-2"])
def test_boilerplate_page(page: str) -> None:
    expected = yaml.safe_load((FIXTURES / f"{page}.expected.yaml").read_text(encoding="utf-8"))
    lines = parse_lines((FIXTURES / f"{page}.txt").read_text(encoding="utf-8"))
    boilerplate, title = find_boilerplate(lines)
    assert [b.line for b in boilerplate] == expected["boilerplate"]
    assert title is not None and title.number == expected["title"]
    assert all(b.reason for b in boilerplate)


def test_boilerplate_repeated_paragraph_keeps_the_last_copy() -> None:
    text = "Headline of the story here\nThe minister said the talks would go on for days.\nThe minister said the talks would go on for days.\n"
    boilerplate, _ = find_boilerplate(parse_lines(text))
    assert [(b.line, b.reason) for b in boilerplate] == [(2, "repeated below at line 3")]


def test_a_time_stamp_ending_like_a_sentence_is_clutter() -> None:
    text = ("Headline of the story here\nPUBLISHED: November 8, 2024 at 11:26 a.m. | UPDATED: November 8, 2024 at 6:02 p.m.\n"
            "The minister said the talks would go on for days.\n")
    boilerplate, _ = find_boilerplate(parse_lines(text))
    assert [(b.line, b.reason) for b in boilerplate] == [(2, "time stamp")]


def test_readers_comments_with_their_names_times_and_buttons_are_clutter() -> None:
    text = ("Headline of the story here\nThe minister said the talks would go on for days and nights.\n"
            "Comments (12)\nmira_k · 2 hours ago\nNobody I know had heard of him on Friday, full stop.\n"
            "Reply · Like (41) · Report\nIoana Radu · 3 hours ago\nThe party deserved this after thirty years.\n"
            "Reply · Like (8) · Report\n")
    boilerplate, _ = find_boilerplate(parse_lines(text))
    assert [(b.line, b.reason) for b in boilerplate][1:] == [
        (4, "a comment's author and time, or its buttons"), (5, "a reader's comment, below the text"),
        (6, "a comment's author and time, or its buttons"), (7, "a comment's author and time, or its buttons"),
        (8, "a reader's comment, below the text"), (9, "a comment's author and time, or its buttons")]


def test_boilerplate_line_numbers_count_blank_lines() -> None:
    text = "\n\nA headline for a story\n\nThe minister said the talks would go on for days.\n\nAdvertisement\n"
    boilerplate, title = find_boilerplate(parse_lines(text))
    assert title.number == 3
    assert [b.line for b in boilerplate] == [7]


@pytest.mark.parametrize("case", cases("names.yaml"), ids=lambda c: c["name"])
def test_find_people(case: dict) -> None:
    spans, line_of = whole_text(case["text"])
    people, _ = find_people(case["text"], spans, None, line_of)
    assert [p.name for p in people] == case["people"]
    assert all(not p.known and p.reason for p in people)


def test_short_forms_become_aliases_and_mentions() -> None:
    text = "Foreign Minister José Manuel Albares arrived. Albares said no. Mr Albares left."
    spans, line_of = whole_text(text)
    people, mentions = find_people(text, spans, None, line_of)
    assert [(p.id, p.name, p.aliases, p.role) for p in people] == [
        ("jose-manuel-albares", "José Manuel Albares", ("Albares",), "Foreign Minister")]
    assert [text[m.start:m.end] for m in mentions] == ["José Manuel Albares", "Albares", "Albares"]


def test_registered_people_are_known(tmp_path: Path) -> None:
    from generator.loader import load_corpus

    (tmp_path / "content" / "people").mkdir(parents=True)
    (tmp_path / "content" / "people" / "kim-yong-hyun.md").write_text(
        "---\nname: Kim Yong-hyun\naliases: [Kim Yong Hyun, Kim]\nrole: Minister\n---\n", encoding="utf-8")
    corpus, problems = load_corpus(tmp_path)
    assert problems == []
    text = "South Korean Defense Minister Kim Yong Hyun met Kim Jong Un's envoy. Kim said nothing."
    spans, line_of = whole_text(text)
    people, mentions = find_people(text, spans, corpus, line_of)
    assert [(p.id, p.known) for p in people] == [("kim-yong-hyun", True), ("kim-jong-un", False)]
    assert mentions[-1].key == "kim-jong-un"  # the last named in full, not the registry's "Kim"


@pytest.mark.parametrize("case", cases("countries.yaml"), ids=lambda c: c["name"])
def test_find_countries(case: dict) -> None:
    spans, line_of = whole_text(case["text"])
    found = CountryFinder(None).find(case["text"], spans, [], line_of)
    assert [c.code for c in found] == case["codes"]


def test_country_names_come_from_the_table_or_pycountry() -> None:
    text = "Russia and Spain talked."
    spans, line_of = whole_text(text)
    assert [(c.code, c.name, c.known) for c in CountryFinder(None).find(text, spans, [], line_of)] == [
        ("RU", "Russia", False), ("ES", "Spain", False)]


def test_a_line_introducing_a_quotation_is_text() -> None:
    text = ("Britain and Norway sign a carbon storage pact\n"
            "The two countries will store carbon dioxide under the North Sea, the ministry said.\n"
            "Ed Miliband said:\n"
            "\"This partnership shows what two North Sea neighbours can achieve together.\"\n")
    boilerplate, _ = find_boilerplate(parse_lines(text))
    assert boilerplate == []
