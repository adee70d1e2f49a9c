"""The twentieth round's third pass of claim matching, on invented words: a shared place
tells as the fact when both texts put someone there (`claimpresence`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.claimpresence import present_places
from generator.drafting.model import ClaimGuess

_REGISTRY = _Registry([
    {"id": "chad-troops-in-fezzan", "statement": "Chadian troops have moved into Libya's Fezzan region."},
    {"id": "first-group-flown", "statement": "A first group of 900 Chadian soldiers was flown to the Fezzan "
                                             "region on Libyan aircraft."},
    {"id": "libya-incursion", "statement": "Libyan forces launched an incursion into Chad's Tibesti region "
                                           "in the summer."},
    {"id": "oil-exports", "statement": "Libya's oil exports fell by a third in March."},
    {"id": "un-envoy", "statement": "The UN envoy called for talks between the two governments."},
])


def _ranked(text: str) -> list[tuple[str, float, str]]:
    return [(m.claim, m.score, m.shared) for m in ClaimMatcher(_REGISTRY).rank(text)]


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


def test_presence_is_read_after_a_word_of_being_arriving_or_fighting() -> None:
    assert present_places("Most of them are already in the Fezzan region") == {"fezzan"}
    assert present_places("Sudanese troops clashed with Chadian units in Fezzan last week") == {"fezzan"}
    # flown to a place, an incursion into it: something done there, not someone in it
    assert present_places("A first group was flown to the Fezzan region") == frozenset()
    assert present_places("Libya's incursion into Tibesti began in July") == frozenset()


def test_a_shared_place_of_presence_is_a_restatement() -> None:
    text = "Most of them are already in the Fezzan region"
    assert _chosen(text) == "chad-troops-in-fezzan"  # unfiled without the rule ("one telling word")
    assert _ranked(text)[0][2] == "words fezzan"
    text = "The bulk of the contingent is now in Fezzan, officials said"
    assert _chosen(text) == "chad-troops-in-fezzan"
    assert _ranked(text)[0][2] == "words fezzan, troop"


def test_a_near_miss_naming_the_place_without_presence_or_with_a_weightier_fact_is_left_alone() -> None:
    # the place named as a destination, not as where anyone is
    text = "More flights to the Fezzan region are planned"
    assert _chosen(text) is None
    assert [shared for claim, _, shared in _ranked(text) if claim == "chad-troops-in-fezzan"] == [
        "one telling word; words fezzan"]
    # presence is only the setting of the losses the rest of the sentence states
    text = "Chadian soldiers are fighting in Libya's Fezzan region, and some have already been killed"
    assert _chosen(text) is None
    assert _ranked(text)[0] == ("chad-troops-in-fezzan", 0.45, "entities LY, TD; one telling word; words fezzan, troop")


def test_presence_beside_losses_stated_in_the_next_clause_is_only_their_setting() -> None:
    """The drafter may cut the sentence into two candidates: the clause of presence is
    ranked knowing the clause beside it states losses (`ClaimMatcher.file_all`)."""
    first = "Chadian soldiers are fighting in Libya's Fezzan region"
    assert _chosen(first) == "chad-troops-in-fezzan"
    beside = [_guess(first, 0), _guess("and some have already been killed", len(first) + 2)]
    filed = ClaimMatcher(_REGISTRY).file_all(beside)
    assert [guess.claim for guess in filed] == [None, None]
    assert filed[0].matches[0].shared == "entities LY, TD; one telling word; words fezzan, troop"
    # a clause beside it that states no loss leaves the presence the fact
    beside = [_guess(first, 0), _guess("and more are expected", len(first) + 2)]
    assert [guess.claim for guess in ClaimMatcher(_REGISTRY).file_all(beside)] == ["chad-troops-in-fezzan", None]


def _guess(quote: str, start: int) -> ClaimGuess:
    return ClaimGuess(quote=quote, by="", claim=None, value=None, value_text=None, line=3, reason="", start=start)
