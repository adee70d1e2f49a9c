"""The twenty-ninth round's rules of claim matching, each on invented words (`paraphrases`): a war made longer, or
one that goes on the longer, is prolonged; countries brought into a war, neighbours pulled in and the next country
to join are other countries drawn in; a subject that is part of a count, placed in a region, states the region's
fact (`claimcountplace.subject_places`); the sending of the troops one army fought is their description
(`claimsettings.without_described`); one's own men running out is weakness, and needing a foreign people's soldiers
is relying on them (`paraphrases`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimcountplace import part_places, subject_places
from generator.drafting.claimmatch import ClaimMatcher, Extractor, _owners, chosen
from generator.drafting.claimsettings import without_described
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "widen", "statement": "The Chadian deployment could broaden or prolong the war in Sudan and draw other "
                                 "countries in."},
    {"id": "contingent", "statement": "Chad has sent some 5,000 to 6,000 troops to Sudan."},
    {"id": "first", "statement": "The Chadian troops would be the first foreign military to join the war in Sudan."},
    {"id": "talks", "statement": "Egypt wants closer cooperation with Ethiopia, which it says would benefit both "
                                 "countries."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


# -- a war made longer --------------------------------------------------------------------------------------------

def test_a_war_made_longer_is_prolonged() -> None:
    assert rewrite("each new army makes the war longer") == "each new army prolong"
    assert rewrite("the longer it goes on, the worse it gets") == "prolong, the worse it gets"
    assert _chosen("each new army makes the conflict longer and makes it easier for the next country to join") \
        == "widen"


def test_a_longer_thing_that_is_no_war_is_left_alone() -> None:
    # near case: a runway made longer, and the longer range of a rocket, prolong nothing
    assert rewrite("the works make the runway longer") == "the works make the runway longer"
    assert rewrite("the longer range of the rocket") == "the longer range of the rocket"
    assert rewrite("it makes it longer") == "it makes it longer"


# -- countries drawn in -------------------------------------------------------------------------------------------

def test_countries_brought_into_a_war_are_drawn_in() -> None:
    assert rewrite("would bring more countries into it") == "would draw more countries into it"
    assert _chosen("the Chadian force would drag the war on and bring more countries into the conflict") == "widen"


def test_countries_brought_into_talks_are_left_alone() -> None:
    # near case: mediation brings countries into talks, not into a war
    assert rewrite("would bring the two countries into talks") == "would bring the two countries into talks"
    assert _chosen("Egypt would bring both countries into talks on closer cooperation") == "talks"


def test_neighbours_pulled_in_are_countries_drawn_in() -> None:
    assert rewrite("the more neighbours get pulled in") == "the more countries get draw in"
    assert rewrite("pulling in its neighbours") == "draw in its countries"
    assert _chosen("the longer it goes on, the more neighbours get pulled in") == "widen"


def test_neighbours_who_move_in_are_left_alone() -> None:
    # near case: neighbours moving in next door are drawn into nothing
    assert rewrite("new neighbours moved in next door") == "new neighbours moved in next door"
    assert _chosen("the longer it goes on, the more neighbours move in") is None


def test_the_next_country_to_join_a_war_is_drawn_in() -> None:
    assert rewrite("easier for the next country to join.") == "easier for other countries drawn in."
    assert rewrite("the next state to join the war") == "other countries drawn in the war"


def test_the_next_country_to_join_a_union_is_left_alone() -> None:
    # near case: a country joining a union or an alliance joins no war
    assert rewrite("Chad was the next country to join the union") == "Chad was the next country to join the union"
    assert _chosen("Chad was the next country to join the African trade union after Sudan") is None


# -- a part of a count as the subject -----------------------------------------------------------------------------

_PLACED = _Registry([
    {"id": "contingent", "statement": "Chad has sent some 5,000 to 6,000 troops to Sudan; the figure depends on who "
                                      "is counting."},
    {"id": "darfur", "statement": "Chadian troops have moved into Sudan's Darfur region; officials put the number "
                                  "already there at about 4,000."},
    {"id": "flown", "statement": "A first group of Chadian soldiers was flown to the Darfur region in May."},
    {"id": "workers", "statement": "Chad has also sent engineers and construction workers to Sudan."},
    {"id": "officers", "statement": "Chad has sent senior officers to Sudan to command its units."},
])


def _placed(text: str) -> str | None:
    return chosen(ClaimMatcher(_PLACED).rank(text))


def test_a_part_of_the_count_placed_in_a_region_states_the_regions_fact() -> None:
    text = "most of the roughly 5,500 Chadian soldiers sent to Sudan were now in the Darfur region"
    assert subject_places(text) == {"darfur"}
    assert part_places(text) == {"darfur"}
    assert _placed(text) == "darfur"


def test_a_count_placed_in_the_country_with_part_of_it_in_a_region_keeps_its_setting() -> None:
    # near cases: the count is the predicate's ("are in Sudan", part of them after it), or no part is placed
    text = "about 5,500 Chadian soldiers are in Sudan, most of them in the Darfur region"
    assert subject_places(text) == frozenset()
    assert _placed(text) == "contingent"
    assert subject_places("most of the 5,500 Chadian soldiers were sent to Sudan in May") == frozenset()
    assert _placed("most of the 5,500 Chadian soldiers were sent to Sudan in May") == "contingent"


# -- the sending of the troops an army fought ---------------------------------------------------------------------

_FOUGHT = _Registry([
    {"id": "contingent", "statement": "Chad has sent some 5,000 to 6,000 troops to Sudan; the figure depends on who "
                                      "is counting."},
    {"id": "darfur", "statement": "Chadian troops have moved into Sudan's Darfur region."},
    {"id": "front", "statement": "Chadian troops are positioned near the front line and are expected to fight soon."},
    {"id": "workers", "statement": "Chad has also sent engineers and construction workers to Sudan."},
])


def _owners_of(text: str) -> dict[str, set[str]]:
    return _owners(Extractor(_FOUGHT).features(text).owned)


def _fought(text: str) -> str | None:
    return chosen(ClaimMatcher(_FOUGHT).rank(text))


def test_the_sending_of_the_enemy_an_army_fought_is_their_description() -> None:
    text = "Libyan forces have fought their first battles with Chadian soldiers deployed by Sudan"
    assert without_described(text, _owners_of) == "Libyan forces have fought their first battles with Chadian soldiers"
    assert _fought(text) is None
    assert [m.claim for m in ClaimMatcher(_FOUGHT).rank(text)][:1] == ["contingent"]


def test_the_sending_stays_when_the_main_clause_names_one_army() -> None:
    # near cases: no second army in the main clause, and troops sent as the subject, keep their participle
    text = "The army has fought alongside some 5,500 Chadian soldiers sent to Sudan"
    assert without_described(text, _owners_of) == text
    assert _fought(text) == "contingent"
    text = "Chadian soldiers sent to Sudan have fought their first battles"
    assert without_described(text, _owners_of) == text


# -- own men running out ------------------------------------------------------------------------------------------

_WEAK = _Registry([
    {"id": "weakness", "statement": "Sudan's turn to Chadian troops is a sign of weakness and shows that its war is "
                                    "going badly."},
    {"id": "contingent", "statement": "Chad has sent some 5,000 to 6,000 troops to Sudan."},
    {"id": "darfur", "statement": "Chadian troops have moved into Sudan's Darfur region."},
])


def _weak(text: str) -> str | None:
    return chosen(ClaimMatcher(_WEAK).rank(text))


def test_own_men_running_out_and_needing_foreigners_is_weakness() -> None:
    assert rewrite("its own soldiers are running low") == "weakness"
    assert rewrite("it cannot find enough men at home") == "it weakness at home"
    # a people two countries share ("Congolese", "Koreans") names no country, so it stays in the text
    assert rewrite("If Sudan needs Congolese in Darfur") == "If Sudan rely on Congolese in Darfur"
    assert _weak("If Sudan needs Congolese in Darfur, it is because its own men are running out") == "weakness"


def test_men_running_out_of_a_place_and_needing_time_are_left_alone() -> None:
    # near cases: men who ran out of a building, men not found, and a need for time, for help or for a lower-case word
    assert rewrite("the men ran out of the building") == "the men ran out of the building"
    assert rewrite("police cannot find the men responsible") == "police cannot find the men responsible"
    assert rewrite("Sudan needs time and needs congolese") == "Sudan needs time and needs congolese"
    assert rewrite("If Sudan needs help in Darfur") == "If Sudan needs help in Darfur"
    assert rewrite("Sudan does not need foreign troops") == "Sudan does not need foreign troops"
    assert _weak("If Sudan needs help in Darfur, it is because its own men are running out") is None
    assert [m.claim for m in ClaimMatcher(_WEAK).rank("If Sudan needs help in Darfur, it is because its own men are "
                                                       "running out")] == ["darfur", "weakness", "contingent"]
