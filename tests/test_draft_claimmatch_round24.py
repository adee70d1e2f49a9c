"""The twenty-fourth round's rules of claim matching, each on invented words: a figure of losses is
compared only with a text stating losses (`claimtallies`: "3,000 killed" is no strength of troops sent); the party a verb
of pressing or urging takes as its object owns the demand (`claimobjects`: "press Chad" is not
"press Libya"); arriving in a place or reaching it is presence there (`claimpresence`)."""

from __future__ import annotations

import re

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.claimobjects import pressed_owners
from generator.drafting.claimpresence import present_places
from generator.drafting.claimtallies import loss_counts

_REGISTRY = _Registry([
    {"id": "press", "statement": "Egypt should use its influence to restrain Chad and to press Libya over the deployment."},
    {"id": "withdraw", "statement": "Chad should withdraw its troops from Sudan."},
    {"id": "darfur", "statement": "Chadian troops have moved into Sudan's Darfur border region."},
    {"id": "sent", "statement": "Chad has sent some 3,000 to 4,000 troops to Sudan; the figure depends on who is counting."},
    {"id": "widen", "statement": "The Chadian deployment could broaden or prolong the war in Sudan and draw other countries in."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


# -- whom a demand presses -----------------------------------------------------------------------------------

def test_the_object_of_pressing_owns_it() -> None:
    text = "Washington urged Cairo and Tripoli to keep out, and pressed Khartoum for talks"
    mentions = list(re.finditer(r"Washington|Cairo|Tripoli|Khartoum", text))
    codes = {"Washington": ("US",), "Cairo": ("EG",), "Tripoli": ("LY",), "Khartoum": ("SD",)}
    assert sorted(pressed_owners(text, mentions, codes)) == [("pressur", "SD"), ("urg", "EG"), ("urg", "LY")]


def test_a_demand_with_no_object_named_has_no_owner() -> None:
    text = "Chad should withdraw its troops, and Egypt urged them to"
    assert pressed_owners(text, list(re.finditer(r"Chad|Egypt", text)), {"Chad": ("TD",), "Egypt": ("EG",)}) \
        == frozenset()


def test_pressing_another_party_is_not_the_registered_demand() -> None:
    assert _chosen("Egypt must press Chad over the deployment") is None


def test_pressing_the_same_party_by_another_name_is_still_the_demand() -> None:
    assert _chosen("Cairo must press Tripoli over the deployment") == "press"


# -- arriving is presence ------------------------------------------------------------------------------------

def test_arriving_in_or_reaching_a_place_is_presence() -> None:
    assert present_places("The first of them arrived in Darfur last week") == {"darfur"}
    assert present_places("Some 3,000 Chadian soldiers have reached the Darfur region") == {"darfur"}
    assert present_places("The talks reached an agreement in principle") == frozenset()


def test_troops_that_arrived_in_the_region_restate_their_move_there() -> None:
    assert _chosen("The first Chadian units arrived in Darfur last week") == "darfur"
    assert _chosen("The first Chadian units reached Darfur last week") == "darfur"


def test_troops_flown_to_the_region_are_not_yet_there() -> None:
    assert _chosen("The first Chadian units were flown to Darfur last week") is None


# -- a toll is no troop strength -----------------------------------------------------------------------------

def test_the_figures_of_losses_are_told_from_other_figures() -> None:
    assert loss_counts("Some 3,000 Chadian soldiers have been killed or wounded") == {(3000.0, None)}
    assert loss_counts("Chad has lost 3,000 soldiers in Sudan") == {(3000.0, None)}
    assert loss_counts("Chad has sent 3,500 soldiers to Sudan, and some have been killed") == frozenset()


def test_a_count_of_the_killed_is_not_a_count_of_troops_sent() -> None:
    assert _chosen("Some 3,000 Chadian soldiers have been killed or wounded in Sudan") is None
    assert _chosen("Chad has lost 3,000 soldiers in Sudan") is None


def test_a_count_of_troops_beside_losses_is_still_their_strength() -> None:
    assert _chosen("Chad has sent 3,500 soldiers to Sudan, and some have been killed") == "sent"
