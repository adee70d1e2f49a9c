"""Who says each statement, on an invented article with every attribution pattern.

``fixtures/draft/speakers.txt`` (not a seed, not an evaluation article) is
drafted against the mini registry ``fixtures/draft/registry``; the expected
speaker and registered claim of each statement are in
``speakers.expected.yaml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.__main__ import main
from generator.drafting.drafter import draft_article
from generator.drafting.transcript import label_name
from generator.loader import load_corpus
from generator.validate import validate

FIXTURES = Path(__file__).parent / "fixtures" / "draft"
ARTICLE = FIXTURES / "speakers.txt"
EXPECTED = yaml.safe_load((FIXTURES / "speakers.expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def draft():
    corpus, problems = load_corpus(FIXTURES / "registry")
    assert problems == []
    return draft_article(ARTICLE.read_text(encoding="utf-8"), "seeds/x.txt", corpus)


def candidate(draft, words: str):
    found = [c for c in draft.claims if words in c.quote]
    assert len(found) == 1, [c.quote for c in draft.claims]
    return found[0]


@pytest.mark.parametrize("item", EXPECTED["claims"], ids=lambda item: item["quote"][:40])
def test_speaker_and_registered_claim(draft, item: dict) -> None:
    claim = candidate(draft, item["quote"])
    assert (claim.by, claim.claim) == (item["by"], item.get("claim"))


def test_every_statement_is_proposed_but_those_that_state_nothing(draft) -> None:
    quotes = " | ".join(c.quote for c in draft.claims)
    assert [words for words in EXPECTED["not_proposed"] if words in quotes] == []
    assert len(draft.claims) == len(EXPECTED["claims"]) + 1  # and "The UN Secretary-General called for restraint"


def test_a_registered_person_under_another_spelling_is_matched_once(draft) -> None:
    known = {p.id: p for p in draft.people if p.known}
    for person_id, aliases in EXPECTED["people"].items():
        assert known[person_id].new_aliases == tuple(aliases)
    assert "volodymyr-zelensky" not in {p.id for p in draft.people}
    assert known["volodymyr-zelenskyy"].name == "Volodymyr Zelenskyy"
    assert "another spelling of \"Volodymyr Zelenskyy\"" in known["volodymyr-zelenskyy"].reason
    assert "add 'Volodymyr Zelensky', 'Zelensky' to the aliases of content/people/volodymyr-zelenskyy.md" in draft.notes


def test_reasons_name_the_resolution(draft) -> None:
    assert "speaker: 'he' → Mark Rutte, last named speaker, line 3" in candidate(draft, "every inch").reason
    assert ("speaker: 'The NATO chief' → Mark Rutte, introduced as \"NATO Secretary General Mark Rutte\", line 2"
            in candidate(draft, "fighter jets").reason)
    assert ("speaker: 'The UN Secretary-General' → António Guterres, registered role "
            "\"Secretary-General of the United Nations\"" in candidate(draft, "drawing more countries").reason)
    assert "the reporter's own words" in candidate(draft, "began in March").reason


def test_a_registered_claim_comes_with_its_score_reasons_and_the_next_two(draft) -> None:
    claim = candidate(draft, "at least 12 drones")
    assert [m.claim for m in claim.matches] == ["drones-entered-estonia", "russia-denies-drone-launches",
                                                "allies-send-air-defence-to-estonia"]
    assert claim.matches[0].shared == "numbers 12; entities EE; words airspac, arriv, dron"


def test_json_gives_null_for_the_reporters_own_words(draft) -> None:
    claims = {c["quote"]: c for c in draft.as_json()["claims"]}
    reporter = candidate(draft, "began in March").quote
    assert claims[reporter]["by"] is None


def test_the_written_draft_passes_the_checks(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "registry" / "content", tmp_path / "content")
    assert main(["--root", str(tmp_path), "draft", str(ARTICLE)]) == 0
    result = validate(tmp_path)
    assert result.ok, [str(p) for p in result.problems]
    brief = next(iter(result.corpus.briefs))
    by_quote = {c.quote: c for c in brief.citations}
    assert by_quote["The incursions began in March, when three drones crashed near the town of Narva"].by \
        == "Draft: the reporter's own words"
    assert by_quote["at least 12 drones had entered Estonian airspace on Saturday night"].claim == "drones-entered-estonia"
    text = (tmp_path / "content" / "briefs" / f"{brief.slug}.md").read_text(encoding="utf-8")
    assert "# registered claim drones-entered-estonia (score 0.97: numbers 12; entities EE; words airspac, arriv, " \
           "dron); next: russia-denies-drone-launches 0.28, allies-send-air-defence-to-estonia 0.10" in text
    assert "add to its aliases: Volodymyr Zelensky, Zelensky" in text
    new = [c.claim for c in brief.citations if c.claim not in result.corpus.claims or
           result.corpus.claims[c.claim].status == "proposed"]
    assert new and all(len(claim) <= 40 and claim.count("-") <= 5 for claim in new)


@pytest.mark.parametrize("paragraph, name", [
    ("VOLODYMYR ZELENSKYY (translated): Very soon, within days, our soldiers will be facing them.", "VOLODYMYR ZELENSKYY"),
    ("ANTONY BLINKEN, US SECRETARY OF STATE: If they are sent into battle, they become targets.", "ANTONY BLINKEN"),
    ("Amina Yusuf, resident of Kisumu (translated): The water came in the night.", "Amina Yusuf"),
    ("President Ferdinand Marcos Jr.: We evacuated everyone we could.", "President Ferdinand Marcos Jr."),
    ("The minister said: we will not stop.", None),
    ("He arrived late. Then he said: no.", None),
])
def test_a_transcript_label_names_its_speaker(paragraph: str, name: str | None) -> None:
    assert label_name(paragraph) == name
