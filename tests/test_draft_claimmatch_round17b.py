"""The seventeenth round's second pass of claim matching, each on invented words: a
participle one text denies and the other affirms (`claimnegation`), a date's "end of"
(`paraphrases`), a subject's second predicate (`claimfacts.second_predicate`), asking
for help and sharing intelligence (`paraphrases`)."""

from __future__ import annotations

import pytest

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimfacts import second_predicate
from generator.drafting.claimmatch import ClaimMatcher, Extractor, chosen, clauses
from generator.drafting.claimnegation import denied_words
from generator.drafting.claimwords import key_words
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "trained", "statement": "Sudan has trained the Chadian troops in artillery, drones and trench clearing."},
    {"id": "sent", "statement": "Chad has sent some 3,000 to 4,000 troops to Sudan; the figure depends on who is counting."},
    {"id": "intends", "statement": "Sudan intends to use the Chadian troops in front-line operations against Eritrea."},
    {"id": "test", "statement": "Chad test-fired a long-range rocket at the end of March 2025, while talks with Niger "
                                "were under way."},
    {"id": "tech", "statement": "Chad may get advanced rocket technology from Sudan in exchange for its troops."},
])
_FEATURES = Extractor(None).features


def _filed(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


# -- a participle denied ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, denied", [
    ("many of them were hit by drones they were not trained to counter", ["train"]),
    ("the troops had never been equipped for winter", ["supply"]),
    ("the war is not going the way he planned", []),          # no participle right after "not"
    ("Sudan has trained the troops in drones", []),
])
def test_a_participle_after_not_is_denied(text: str, denied: list[str]) -> None:
    assert sorted(denied_words(text)) == denied


def test_a_denied_word_is_no_shared_word() -> None:
    assert _filed("40 Chadian troops were killed by drones they were not trained to counter") is None


def test_an_affirmed_word_still_files() -> None:
    assert _filed("Sudan has trained the Chadian soldiers in artillery, drones and trench clearing") == "trained"


def test_a_claim_that_negates_keeps_the_word() -> None:
    # the other text negates too: the rule stays out of denials restated as denials
    registry = _Registry([{"id": "unseen", "statement": "The troops have not been trained in drones or artillery "
                                                         "by Sudan."}])
    rank = ClaimMatcher(registry).rank("Chadian soldiers were not trained in drones or artillery by Sudan")
    assert rank and "train" in rank[0].shared


# -- the end of a month --------------------------------------------------------------------------------------------

def test_the_end_of_a_month_is_a_date() -> None:
    assert "end" not in key_words("at the end of October 2024") and "end" not in key_words("by the end of next year")


def test_the_end_of_a_war_is_a_fact() -> None:
    assert rewrite("a negotiated end of the war") == "a negotiated end of the war"
    assert "end" in key_words("a negotiated end to the war")


def test_an_end_that_is_a_date_files_nothing() -> None:
    assert _filed("a negotiated end to the war and has abstained in several votes on it") is None


# -- a second predicate ----------------------------------------------------------------------------------------

def test_the_second_predicate_is_a_clause_of_its_own() -> None:
    text = "Sudan had trained and equipped the 3,000 Chadian soldiers it brought in and intends to send them into " \
           "battle against Eritrea"
    assert second_predicate(text) == "Sudan intends to send them into battle against Eritrea"
    assert "Sudan intends to send them into battle against Eritrea" in clauses(text)
    assert _filed(text) == "intends"


@pytest.mark.parametrize("text", [
    "Sudan had trained and equipped the soldiers",                    # "and" between participles: one predicate
    "Sudan had trained the soldiers, and Chad wants them back",       # a new subject
    "Trained and equipped soldiers and tanks to spare",               # no auxiliary: no subject found
])
def test_no_second_predicate(text: str) -> None:
    assert second_predicate(text) is None


# -- asking for a transfer, sharing intelligence -------------------------------------------------------------------------

def test_asking_for_technology_is_getting_it() -> None:
    assert "get" in key_words("Chad will very likely ask for technology transfers")
    assert _filed("Chad will very likely ask for rocket technology transfers") == "tech"


@pytest.mark.parametrize("text", ["Chad asked for calm", "it would not ask for help"])  # no transfer: wanting
def test_asking_for_other_things_is_no_getting(text: str) -> None:
    assert rewrite(text) == text


def test_sharing_intelligence_is_cooperation() -> None:
    assert "cooperation" in key_words("Kyiv would send a delegation to share intelligence")
    assert "cooperation" not in key_words("the two shared a border")
