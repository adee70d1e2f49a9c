"""The twentieth round's claim-matching recall, on invented words: restatements told
figuratively (`paraphrases.PHRASES`) — a war spreading to a second front or region, a
side that is winning not needing others' soldiers, losses outrunning recruits, lives held
cheap, the first state to send its army, the price of a deal — each with a near miss left alone."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen

_REGISTRY = _Registry([
    {"id": "widen", "statement": "The Chadian deployment could broaden or prolong the war in Libya and draw other "
                                 "countries in."},
    {"id": "weakness", "statement": "Haftar's turn to Chadian troops is a sign of weakness and shows that his war is "
                                    "going badly."},
    {"id": "losses", "statement": "Haftar's forces have lost a great many fighters, and the Chadian troops will not "
                                  "make up those losses."},
    {"id": "fodder", "statement": "Haftar could use the Chadian troops as cannon fodder, as he has used his own "
                                  "conscripts."},
    {"id": "first", "statement": "The Chadian troops would be the first foreign military to join the war in Libya."},
    {"id": "in-sirte", "statement": "About 2,000 Chadian troops are in Sirte."},
])


def _best(text: str) -> tuple[str | None, str]:
    """The claim ``text`` is filed under, and the reasons of the best-ranked claim."""
    ranked = ClaimMatcher(_REGISTRY).rank(text)
    return chosen(ranked), ranked[0].shared if ranked else ""


# -- a war spreading: a second front, one theatre, others hard to keep out, no longer someone else's ------------

def test_a_front_that_is_now_another_regions_front_too_is_a_war_widened() -> None:
    assert _best("The Libyan front is now a Sahel front too") == (
        "widen", "no entity in common; words country, draw, war, widen")
    # near miss: "now a frozen conflict" says how the war stands, not that it spread
    assert _best("The Libyan war is now a frozen conflict")[0] is None


def test_two_regions_seen_as_one_theatre_is_a_war_widened() -> None:
    assert _best("Libya's war and the security of the Sahel are now one theatre") == (
        "widen", "words country, draw, war, widen")
    # near miss: one theatre *of* the war is a part of it
    assert _best("Sirte is one theatre of the war in Libya")[0] is None


def test_others_hard_to_keep_out_are_countries_drawn_in() -> None:
    assert _best("Once one foreign army is fighting in Libya, it becomes very hard to tell another one to stay "
                 "out") == ("widen", "words country, draw")
    assert _best("Once one army is in, it is impossible to keep the others out") == ("widen", "words country, draw")
    # near misses: keeping prices low, asking someone out
    assert _best("it is very hard to keep prices low in Libya") == (None, "")
    assert _best("it is hard to ask the minister out to dinner in Libya") == (None, "")


def test_no_longer_someone_elses_war_is_a_war_widened() -> None:
    assert _best("When a Chadian army fights in Libya, it is no longer someone else's war") == (
        "widen", "words war, widen")


def test_a_war_that_cannot_stay_local_or_becomes_global_has_widened() -> None:
    assert _best("The war in Libya cannot stay a Libyan war for long") == ("widen", "words war, widen")
    assert _best("The war in Libya is becoming a global conflict") == ("widen", "words war, widen")


def test_every_new_army_that_joins_a_battlefield_draws_countries_in() -> None:
    assert _best("Every new army that walks onto that battlefield makes a settlement harder") == (
        "widen", "words country, draw, prolong")
    # near miss: a member state joining a union is no army joining a war
    assert _best("Every new member state that joins the union makes a settlement harder")[0] is None


# -- weakness: a side that is winning would not need others' soldiers ------------------------------------------

def test_going_to_another_party_for_infantry_is_turning_to_it() -> None:
    assert _best("A commander who is winning does not go to N'Djamena for infantry") == (
        "weakness", "words rely, troop, weaknes")
    # near miss: going somewhere for talks is no turning to others for soldiers
    assert _best("Haftar went to Cairo for talks on the war")[0] is None


def test_no_army_that_is_comfortable_looks_for_soldiers_abroad() -> None:
    assert _best("No army that is comfortable goes looking for soldiers across the Sahara") == (
        "weakness", "words rely, troop, weaknes")
    assert _best("Haftar's is not a regime that is winning its war, or it would not need Chadian infantry") == (
        "weakness", "entities TD; words haftar, troop, war, weaknes")
    # near miss: a government "not winning friends" says nothing of a war
    assert _best("Kigali is not a government that is winning friends in Washington") == (None, "")


# -- losses outrunning recruits ----------------------------------------------------------------------------------

def test_losing_men_faster_than_recruiting_them_is_losses_not_made_up() -> None:
    assert _best("The army is losing men faster than it can recruit them") == (
        "losses", "one telling word; words los, replac, troop")
    assert _best("Haftar loses more men in a month than N'Djamena has sent in total") == (
        "losses", "words haftar, los, replac, troop")
    # near miss: a firm losing customers has lost no men
    assert _best("The firm is losing customers faster than it can recruit them") == (
        None, "one telling word; words los")


# -- cannon fodder: waves, men who stop coming back, lives held cheap -------------------------------------------

def test_sent_forward_in_waves_until_they_stop_coming_back_is_cannon_fodder() -> None:
    assert _best("They are sent forward in waves until they stop coming back") == (None, "words cannon_fodder")
    assert _best("Haftar will send the Chadian troops forward one wave after another") == (
        "fodder", "entities TD; words cannon_fodder, haftar, troop")
    # near miss: refugees arriving in waves are nobody's cannon fodder
    assert _best("Refugees arrive in waves every time the shelling starts") == (None, "")


def test_lives_held_cheap_are_cannon_fodder() -> None:
    assert _best("the Chadians' lives are held as cheaply as those of the army's own conscripts") == (
        "fodder", "entities TD; words cannon_fodder, own, troop")
    # near miss: one who lives cheaply is no one's fodder
    assert _best("She lives cheaply in a flat in the capital with her own conscripts")[0] is None


# -- the first state to send its army ------------------------------------------------------------------------------

def test_the_first_state_to_send_its_army_is_the_first_foreign_military_to_join() -> None:
    assert _best("Chad has become the first state to send its regular army to fight on Haftar's side in Libya") == (
        "first", "entities TD; words foreign, join, military")


# -- the price of a deal: what one side gets paid ------------------------------------------------------------------

_DEAL = _Registry([
    {"id": "drones", "statement": "Chad may get drones and military technology from Haftar's backers in exchange for "
                                  "its troops."},
    {"id": "in-sirte", "statement": "About 2,000 Chadian troops are in Sirte."},
])


def test_the_real_price_or_prize_is_what_one_side_gets_paid() -> None:
    matcher = ClaimMatcher(_DEAL)
    ranked = matcher.rank("The real price for Chad is technology: armed drones and the know-how to fly them")
    assert (chosen(ranked), ranked[0].shared) == ("drones", "entities TD; not named haftar; words get, pay, technology")
    # near miss: the price of a good is no payment for troops
    assert chosen(matcher.rank("The price of oil is technology's biggest worry")) is None
