"""The fifteenth round's rules of claim matching, each on invented words: the same count
of the same troops, a place another registered statement names, "new states" drawn
into a war and "military units"."""

from __future__ import annotations

import pytest

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimcounts import counted_weight
from generator.drafting.claimmatch import ClaimMatcher, Extractor, chosen, score
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "sent", "statement": "Chad has sent some 3,000 to 4,000 troops to Sudan; the figure depends on who is counting."},
    {"id": "darfur", "statement": "Chadian troops have moved into Sudan's Darfur region."},
    {"id": "shells", "statement": "Chad has supplied Sudan with artillery shells and other equipment."},
    {"id": "aid", "statement": "The European Union will announce new humanitarian aid for Sudan."},
    {"id": "widen", "statement": "The Chadian deployment could prolong the war in Sudan and draw other countries in."},
])
_FEATURES = Extractor(None).features
_CLAIM = _FEATURES("Chad has sent some 3,000 to 4,000 troops to Sudan")


def _best(text: str) -> tuple[str, float]:
    ranked = ClaimMatcher(_REGISTRY).rank(text)
    return ranked[0].claim, ranked[0].score


# -- the same count of the same troops ----------------------------------------------------------------------

def test_a_count_restated_with_another_verb_is_the_claim() -> None:
    """"the number of … in Sudan had risen to", "put the contingent at": no verb of sending."""
    assert _best("the number of Chadian soldiers in Sudan had risen to about 3,500") == ("sent", 0.703)
    assert _best("Officials put the overall Chadian contingent in Sudan at about 3,500") == ("sent", 0.576)


def test_without_the_count_the_same_words_say_less() -> None:
    assert _best("the number of Chadian soldiers in Sudan had risen sharply") == ("sent", 0.37)


def test_the_same_count_weighs_the_troops_word() -> None:
    weight = counted_weight(_FEATURES("about 3,500 Chadian soldiers are in Sudan"), _CLAIM, {"troop"}, lambda w: 0.1)
    assert (weight("troop"), weight("send")) == (0.7, 0.1)


@pytest.mark.parametrize("text", [
    "about 3,500 Chadian soldiers are in Sudan, and some 2,000 of them have moved into Darfur",  # another count
    "about 3,500 Chadian soldiers are in the Darfur region",                                   # a place it lacks
    "3,500 men will not fill the holes that Sudan has dug",                                    # not Chad's troops
    "about 3,500 Chadian soldiers are in Sudan, with several hundred already near the front",  # a count in words
    "about 5,000 Chadian soldiers are in Sudan",                                               # another count
])
def test_what_the_count_rule_must_not_weigh(text: str) -> None:
    weight = counted_weight(_FEATURES(text), _CLAIM, {"troop"}, lambda w: 0.1)
    assert weight("troop") == 0.1


# -- a place another registered statement names ------------------------------------------------------------

_DEPLOYED = _FEATURES("Chadian units have been deployed to the Darfur region")
_SENT = _FEATURES("Chad has sent troops to Sudan")


def test_a_registered_place_costs_a_weak_match() -> None:
    """With no telling word shared, naming a place another statement names costs `NAME_EXTRA`."""
    assert score(_DEPLOYED, _SENT, lambda w: 0.3) == (0.575, "entities TD; no telling word; words send, troop")
    assert score(_DEPLOYED, _SENT, lambda w: 0.3, frozenset({"darfur"})) \
        == (0.475, "entities TD; also names darfur; no telling word; words send, troop")


def test_a_registered_place_costs_nothing_against_a_telling_match() -> None:
    """Negative: two telling words shared ("sent", "troops") say the fact; the place is its setting."""
    assert score(_DEPLOYED, _SENT, lambda w: 1.0, frozenset({"darfur"})) == \
        score(_DEPLOYED, _SENT, lambda w: 1.0) == (0.725, "entities TD; words send, troop")


def test_a_place_no_statement_names_costs_nothing() -> None:
    assert score(_FEATURES("Chadian units have been deployed to the Kassala region"), _SENT, lambda w: 0.3,
                 frozenset({"darfur"})) == (0.575, "entities TD; no telling word; words send, troop")


# -- paraphrases ---------------------------------------------------------------------------------------------

def test_new_states_drawn_into_a_war_are_countries() -> None:
    assert rewrite("a step that risks pulling new states into the war") == "a step that could draw  countries into the war"
    assert chosen(ClaimMatcher(_REGISTRY).rank("a dangerous step that risks pulling new states into the war")) \
        == "widen"


@pytest.mark.parametrize("text", ["the new states of Central Asia", "more states are expected to pass the law"])
def test_new_states_elsewhere_stay_states(text: str) -> None:
    assert rewrite(text) == text


def test_military_units_are_units_and_military_aircraft_stay() -> None:
    assert rewrite("military units had been deployed; military aircraft flew them") \
        == "units had been deployed; military aircraft flew them"
