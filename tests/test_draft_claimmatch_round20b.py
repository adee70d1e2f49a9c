"""The twentieth round's second pass of claim matching, on invented words: a count placed in
a region apart is the region's count (`claimcountplace`), and the place a movement left is
not where the movers are (`claimorigins`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.claimorigins import without_origins

_REGISTRY = _Registry([
    {"id": "in-libya", "statement": "Chad has sent about 2,000 troops to Libya."},
    {"id": "in-fezzan", "statement": "Chadian troops have moved into Libya's Fezzan region."},
    {"id": "trained", "statement": "The Chadian soldiers are being trained at camps near Kufra by Libyan instructors."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


def _shared(text: str, claim: str) -> str:
    return next(m.shared for m in ClaimMatcher(_REGISTRY).rank(text) if m.claim == claim)


# -- a count placed in a region apart -----------------------------------------------------------------------

def test_the_contingents_count_placed_in_a_region_is_the_regions_fact() -> None:
    text = "about 2,000 Chadians were now deployed in the Fezzan region"
    assert _chosen(text) == "in-fezzan"
    assert _shared(text, "in-libya") == "count of fezzan; entities TD; words send, troop"
    # near miss: the count is placed in Libya, the region only as where some of them are
    text = "about 2,000 Chadian soldiers are in Libya, some of them in the Fezzan region"
    assert _chosen(text) == "in-libya"
    assert _shared(text, "in-libya") == "numbers 2,000; entities LY, TD; words troop"


# -- the place a movement left ---------------------------------------------------------------------------

def test_the_place_a_movement_left_is_no_evidence_of_being_there() -> None:
    text = "a large part of the force has now moved from its training camps near Kufra to the Fezzan region"
    assert _chosen(text) == "in-fezzan"
    assert _shared(text, "in-fezzan") == "words fezzan, mov, troop"
    assert _chosen("more than 500 Chadian soldiers have left their training camps near Kufra and are heading "
                   "south") is None
    # near miss: "instructors from Libyan units" says whose the instructors are, and "troops sent
    # from Chad" who sends them; neither is a place left
    text = "instructors from Libyan units are training Chadian soldiers at camps near Kufra"
    assert without_origins(text) == text
    assert _chosen(text) == "trained"
    assert without_origins("2,000 troops were sent from Chad to Libya") == "2,000 troops were sent from Chad to Libya"

