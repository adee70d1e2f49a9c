"""Speakers, round 19b: a post qualified by a proper name ("the Villa coach") is the
person just named; "claims"/"admitted" with a bare noun phrase report a thing, not
words."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of

from generator.drafting.possession import owns_object
from generator.drafting.qualifiedrole import qualified_head


def test_qualified_post_is_the_person_named_before() -> None:
    found = padded_claims("Arsenal beat Aston Villa 2-1 at the Emirates on Saturday.",
                           "Unai Emery said his side deserved at least a point. "
                           "\"We defended well for 90 minutes,\" the Villa coach said.")
    assert speaker_of(found, "defended well") == "unai-emery"


def test_qualified_office_chief_is_the_person_named_before() -> None:
    found = padded_claims("Japanese Defence Minister Minoru Kihara met Gilberto Teodoro on Monday.",
                           "Teodoro said the deal would deter coercion in the South China Sea.",
                           "\"This is a historic step for both of our navies,\" the Philippine defence chief said.")
    assert speaker_of(found, "historic step") == "gilberto-teodoro"


def test_bare_post_without_qualifier_is_not_a_qualified_post() -> None:
    assert qualified_head("the coach") is None
    assert qualified_head("the Villa coach") == "coach"
    assert qualified_head("the Chinese foreign ministry") is None  # no person's post


def test_claims_with_a_thing_is_the_reporters_narration() -> None:
    found = padded_claims("Chinese coast guard ships entered Japanese waters for 92 hours on Sunday.",
                           "China claims the islands, which it calls the Diaoyu.")
    assert speaker_of(found, "the islands") == ""


def test_admitted_counts_is_a_plea_not_words() -> None:
    found = padded_claims("Judge Patricia Allenby jailed Martin Cole for four years on Friday.",
                           "Cole, 61, had admitted three counts of misconduct in public office.")
    assert speaker_of(found, "three counts") == ""


def test_claims_with_a_clause_stays_the_speakers() -> None:
    assert owns_object("Moscow claims Ukraine shelled the plant.", 13) is False
    assert owns_object("Moscow claims it has captured the village.", 13) is False
    found = padded_claims("Kremlin spokesman Dmitry Peskov claims Ukrainian drones were shot down over Kursk on Sunday.")
    assert speaker_of(found, "drones were shot down") == "dmitry-peskov"
