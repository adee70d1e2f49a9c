"""The nineteenth round's second pass of claim matching, on invented words: a fact seen
is no intention or expectation (`claimmood`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.claimmood import MOOD_CLASH, mood, mood_clash

_REGISTRY = _Registry([
    {"id": "intends", "statement": "Sudan intends to use the Chadian troops in front-line operations against Libya."},
    {"id": "trained", "statement": "The Chadians are being trained in northern Sudan by Sudanese instructors from "
                                   "airborne units."},
    {"id": "in-kufra", "statement": "Chadian troops have moved into Libya's Kufra region; officials put the number "
                                    "there at about 3,000."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


def _shared(text: str, claim: str) -> str:
    return next(m.shared for m in ClaimMatcher(_REGISTRY).rank(text) if m.claim == claim)


# -- intention or expectation against a fact seen -----------------------------------------------------------

def test_an_intention_or_expectation_is_read_from_a_verb_before_to() -> None:
    assert mood("Sudan intends to use the troops in front-line operations") == (True, True)
    assert mood("the troops are expected to go into combat within days") == (True, True)
    assert mood("We have seen Chadian forces engage in combat operations") == (False, False)
    # a modal alone is no intention on the claim's side, but it speaks of what is to come
    assert mood("the deployment could prolong the war") == (False, True)


def test_a_fact_seen_is_no_statement_of_an_intention() -> None:
    text = "We have seen Chadian troops engage in combat operations with Libyan forces in Kufra"
    assert _chosen(text) is None
    assert _shared(text, "intends") == "entities LY, TD; no intent; already done; words combat, operation, troop"


def test_an_intention_restated_with_intent_or_a_modal_is_still_filed() -> None:
    assert _chosen("Sudan fully intends to use these Chadian troops in front-line operations against Libya") == "intends"
    text = "Chadian troops will engage in combat operations with Libyan forces in Kufra"
    assert _chosen(text) == "intends"
    assert _shared(text, "intends") == "entities LY, TD; words combat, operation, troop"


def test_a_claim_without_intent_costs_nothing() -> None:
    assert mood_clash(True, False) == (-MOOD_CLASH, "no intent")
    assert mood_clash(True, True) == (0.0, "")
    assert mood_clash(False, False) == (0.0, "")  # a fact against a fact


def test_unlikely_says_what_is_to_come_as_likely_does() -> None:
    """"was unlikely to lead to a war" restates an expectation ("is not expected to trigger a
    war"): "unlikely" is a word of likelihood, and spares the candidate as "likely" does."""
    assert mood("the deployment was unlikely to lead to a war on the peninsula") == (False, True)
    assert mood("the deployment led to a war on the peninsula") == (False, False)
