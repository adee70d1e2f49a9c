"""The twentieth round's third pass of claim matching, on invented words (a war in Tigray):
losses the army can no longer replace, and a hole the newcomers will not fill, are heavy
losses not made up; a war carried beyond a country's borders draws other countries in;
help named by the weapons it is for, and what a state knows about a weapon, are technology
passed on (`paraphrases`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen

_REGISTRY = _Registry([
    {"id": "could-widen", "statement": "The Eritrean deployment could broaden or prolong the war in Tigray and draw "
                                       "other countries in."},
    {"id": "heavy-losses", "statement": "Ethiopian federal forces have lost a great many soldiers, and the Eritrean "
                                        "troops will not make up those losses."},
    {"id": "gets-technology", "statement": "Eritrea may get military technology, including missile technology, from "
                                           "Russia in exchange for its ports."},
    {"id": "in-tigray", "statement": "About 5,000 Eritrean troops are in western Tigray."},
    {"id": "cannon-fodder", "statement": "Ethiopia could use the Eritrean troops as cannon fodder, as it has used its "
                                         "own militia."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


def _shared(text: str, claim: str) -> str:
    return next(m.shared for m in ClaimMatcher(_REGISTRY).rank(text) if m.claim == claim)


# -- losses an army can no longer replace ---------------------------------------------------------------------

def test_an_army_that_cannot_replace_its_dead_has_losses_not_made_up() -> None:
    text = "The federal army could no longer replace its own dead fast enough"
    assert _chosen(text) == "heavy-losses"
    assert _shared(text, "heavy-losses") == "words federal, los, replac, troop"
    text = "the army can no longer replace what it loses in Tigray"
    assert _chosen(text) == "heavy-losses"
    assert _shared(text, "heavy-losses") == "also names tigray; one telling word; words los, replac, troop"
    # near miss: old tanks not replaced are no dead
    assert _chosen("The government could not replace the old tanks it sent to the border") is None


# -- a hole the newcomers will not fill -----------------------------------------------------------------------

def test_a_hole_the_newcomers_will_not_fill_is_a_loss_not_made_up() -> None:
    text = "Five thousand Eritreans will not fill the hole in the federal ranks"
    assert _chosen(text) == "heavy-losses"
    assert _shared(text, "heavy-losses") == "entities ER; words federal, los, replac"
    text = "the Eritrean soldiers would not fill that gap"
    assert _chosen(text) == "heavy-losses"
    assert _shared(text, "heavy-losses") == "entities ER; words los, replac, troop"
    # near miss: a budget gap a levy will not fill is no army's loss (one telling word, under the threshold)
    assert _chosen("The new levy will not fill the gap in the health budget") is None


# -- a war carried beyond a country's borders ----------------------------------------------------------------

def test_a_war_carried_beyond_a_countrys_borders_draws_others_in() -> None:
    text = "The Eritrean brigades could carry this war far beyond Ethiopia's borders"
    assert _chosen(text) == "could-widen"
    assert _shared(text, "could-widen") == "entities ER; not named tigray; words country, draw, war, widen"
    # near miss: a threat that reaches far beyond a region is no war carried across borders
    assert _chosen("The Eritrean threat reaches far beyond the Horn of Africa") is None


# -- help named by the weapons it is for ----------------------------------------------------------------------

def test_help_named_by_its_weapons_is_technology() -> None:
    text = "Asmara will be paid in missile and drone help from Moscow"
    assert _chosen(text) == "gets-technology"
    assert _shared(text, "gets-technology") == "entities RU; words missil, pay, technology"
    # near miss: food aid is no technology
    assert _chosen("Asmara will be paid in food aid from Moscow") is None


# -- what a state knows about a weapon --------------------------------------------------------------------------

def test_what_a_state_knows_about_a_weapon_is_its_know_how() -> None:
    text = "What Asmara really wants is what Moscow knows about missiles and drones"
    assert _chosen(text) == "gets-technology"
    assert _shared(text, "gets-technology") == "entities RU; words get, missil, technology"
    # near miss: what it knows about people is no know-how
    assert _chosen("What Asmara really wants is what Moscow knows about its leaders") is None
