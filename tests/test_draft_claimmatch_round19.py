"""The nineteenth round's rules of claim matching, each on invented words: what a text
says was not yet seen is denied to a text that affirms it (`claimnegation.unseen_words`);
another army doing what the claim says is another actor (`claimactors`); a claim that
states a first is not stated by a text that says nothing of a first (`claimnovelty`)."""

from __future__ import annotations

from generator.drafting.claimactors import ACTOR_SWAP, actor_swap
from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.claimnegation import denied_words, unseen_words
from generator.drafting.claimnovelty import NOVELTY_MISSING, novelty, novelty_missing

_REGISTRY = _Registry([
    {"id": "unseen", "statement": "As of 3 May the United Nations had not yet seen Chadian troops deployed into "
                                  "combat against Sudanese forces."},
    {"id": "in-kufra", "statement": "Chadian troops have moved into Libya's Kufra border region; on 3 May officials "
                                    "put the number there at about 3,000."},
    {"id": "incursion", "statement": "Sudanese forces entered Libya's Kufra region in spring and still hold ground there."},
    {"id": "first", "statement": "The Chadian troops would be the first foreign military to join the war Sudan "
                                 "started against South Sudan."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


def _shared(text: str, claim: str) -> str:
    return next(m.shared for m in ClaimMatcher(_REGISTRY).rank(text) if m.claim == claim)


# -- not yet seen ----------------------------------------------------------------------------------------

def test_what_was_not_yet_seen_is_denied_but_not_the_troops() -> None:
    assert unseen_words("the United Nations had not yet seen troops deployed into combat against forces, but "
                        "we expect it") == {"send", "combat"}
    assert "combat" in denied_words("We have not yet seen them deployed into combat")


def test_a_text_that_affirms_what_was_not_yet_seen_does_not_state_the_denial() -> None:
    text = "By sending its soldiers to fight Sudan, Chad has made itself a party to the war"
    assert _chosen(text) is None
    assert "another country's combat, send" in _shared(text, "unseen")


def test_a_denial_is_still_restated_by_a_denial() -> None:
    assert _chosen("We have not yet seen them deployed into combat against Sudanese forces") == "unseen"
    assert _shared("We have not yet seen them deployed into combat against Sudanese forces", "unseen") == \
        "entities SD; words combat, see, send, troop"


def test_not_seen_without_yet_denies_nothing_more() -> None:
    # "has not seen … in a hundred years" says a first, not that something is awaited
    assert unseen_words("Sudan has not seen a foreign army join its war in a hundred years") == frozenset()
    assert _chosen("Sudan has not seen a foreign army join its war in a hundred years") == "first"


# -- another actor ------------------------------------------------------------------------------------------

def test_another_army_arriving_is_another_actor() -> None:
    text = "about 3,000 Chadian soldiers had arrived in Libya's Kufra region"
    assert _chosen(text) == "in-kufra"
    assert "another actor" in _shared(text, "incursion")


def test_the_same_army_arriving_is_no_other_actor() -> None:
    text = "Sudanese troops have arrived in Libya's Kufra region and still hold ground there"
    assert _chosen(text) == "incursion"
    assert "another actor" not in _shared(text, "incursion")


def test_an_actor_swap_needs_both_the_troops_and_the_countries() -> None:
    assert actor_swap({"troop"}, frozenset({"TD", "LY"}), frozenset({"SD", "LY"})) == (-ACTOR_SWAP, "another actor")
    assert actor_swap({"troop"}, frozenset({"LY"}), frozenset({"SD", "LY"})) == (0.0, "")  # one side adds none
    assert actor_swap(set(), frozenset({"TD", "LY"}), frozenset({"SD", "LY"})) == (0.0, "")  # no troops clash


# -- a first --------------------------------------------------------------------------------------------------

def test_a_first_is_read_from_first_time_and_first_to() -> None:
    assert novelty("the first foreign military to join the war") == (True, True)
    assert novelty("for the first time in a century") == (True, True)
    assert novelty("A first group of up to 2,100 soldiers was flown in") == (False, True)


def test_a_text_that_says_nothing_of_a_first_does_not_state_one() -> None:
    assert _chosen("This is an army of another state joining a war of aggression.") is None
    assert "no first" in _shared("This is an army of another state joining a war of aggression.", "first")


def test_a_first_said_with_first_or_a_negation_is_still_stated() -> None:
    assert _chosen("for the first time a foreign army is joining the war with its own units") == "first"
    assert novelty_missing(True, False, True) == (0.0, "")  # "not since 1917 has …"
    assert novelty_missing(True, False, False) == (-NOVELTY_MISSING, "no first")
    assert novelty_missing(False, False, False) == (0.0, "")  # "a first group of" is no first
