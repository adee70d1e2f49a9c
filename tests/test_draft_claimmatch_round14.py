"""The fourteenth round's rules of claim matching, each on invented words: survey
findings, the words after "fear that" and inside quotation marks read as clauses,
signs and symptoms, a war one is not winning, and asking someone for a thing."""

from __future__ import annotations

import pytest

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen, clauses, stem
from generator.drafting.claimpolls import is_poll_finding
from generator.drafting.claimwords import CONCEPTS
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "drought", "statement": "The drought could push food prices higher across the region."},
    {"id": "tech", "statement": "Iran may get weapons technology from Russia in exchange for its drones."},
])


@pytest.mark.parametrize("text", [
    "62% agree that the drought could push food prices higher",
    "The survey also found that 47% of respondents think food prices will rise",
    "two-thirds of those polled say the drought could push food prices higher",
    "about 40 per cent of farmers fear higher prices",
])
def test_survey_findings_are_poll_findings(text: str) -> None:
    assert is_poll_finding(text)


@pytest.mark.parametrize("text", [
    "90% of the harvest was lost to the drought",        # a share of a thing, not of people's views
    "Officials said 40% of the crop had failed",         # a figure someone states
    "the minister said the drought could push prices up",
    "Half of the wells have run dry",
])
def test_other_shares_are_no_poll_findings(text: str) -> None:
    assert not is_poll_finding(text)


def test_a_survey_finding_is_filed_under_no_claim() -> None:
    """The view it repeats is the claim's, word for word: the finding is still a share of opinion."""
    matcher = ClaimMatcher(_REGISTRY)
    finding = "62% agree that the drought could push food prices higher across the region"
    assert matcher.rank(finding) == [] and matcher.score_against(finding, "drought") == 0.0
    assert chosen(matcher.rank("the drought could push food prices higher across the region")) == "drought"


def test_the_words_after_a_reporting_verb_and_that_are_a_clause() -> None:
    assert clauses("Western officials fear that Iran will be paid in drone technology") == [
        "Western officials fear that Iran will be paid in drone technology",
        "Iran will be paid in drone technology"]


def test_the_reporting_clause_takes_the_speakers_countries_away() -> None:
    """The officials' country clashes with the claim's parties; the fact they fear does not."""
    matcher = ClaimMatcher(_REGISTRY)
    ranked = matcher.rank("German officials fear that Iran will be paid with Russian weapons technology")
    assert [(m.claim, m.score) for m in ranked] == [("tech", 0.889)]
    unframed = matcher.rank("German officials fear Iran will be paid with Russian weapons technology")
    assert [(m.claim, m.score) for m in unframed] == [("tech", 0.7)]  # Germany clashes: no "that", no clause


def test_no_reporting_clause_without_that() -> None:
    """"said" alone, and "assessed that" (a stance the speaker's country may be party to), cut nothing."""
    assert clauses("Officials said Iran will be paid in drone technology") == [
        "Officials said Iran will be paid in drone technology"]
    assert clauses("Germany assessed that Iran will be paid in drone technology") == [
        "Germany assessed that Iran will be paid in drone technology"]


def test_quoted_words_inside_a_sentence_are_a_clause() -> None:
    assert clauses('the farmers\' union called the ban "a symptom of a failing water policy"') == [
        'the farmers\' union called the ban "a symptom of a failing water policy"',
        'the farmers\' union called the ban "a symptom of a failing water policy',
        "a symptom of a failing water policy"]


def test_a_quotation_that_is_the_whole_text_is_not_repeated() -> None:
    assert clauses('"the drought could push food prices higher"') == [
        '"the drought could push food prices higher"', '"the drought could push food prices higher']


def test_symptoms_and_signals_are_signs() -> None:
    assert CONCEPTS[stem("symptom")] == CONCEPTS[stem("signal")] == CONCEPTS[stem("sign")]


@pytest.mark.parametrize("text, expected", [
    ("the junta is not winning the war", "the junta badly the war"),
    ("the rebels weren't winning", "the rebels badly"),
    ("the rebels would ask the capital for tanks", "the rebels would get the capital  tanks"),
    ("the rebels would ask   for tanks", "the rebels would get  tanks"),  # a name taken out leaves spaces
])
def test_round14_news_paraphrases(text: str, expected: str) -> None:
    assert rewrite(text) == expected


@pytest.mark.parametrize("text", [
    "the junta is winning the war",              # no defeat
    "a winning team",                            # no war at all
    "she asked about the prices",                # a question, no thing sought
    "the minister asked reporters to wait",      # a request to act, no "for"
    "it would not ask for help",                 # no one asked: wanting, not getting
])
def test_round14_paraphrases_leave_other_senses_alone(text: str) -> None:
    assert rewrite(text) == text
