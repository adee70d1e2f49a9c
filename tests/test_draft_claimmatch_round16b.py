"""The sixteenth round's second pass of claim matching, each rule on invented words:
crossing into a region (or an incursion into it) is entering it, identifying people as officers is naming them, states or regions drawn into
a war are countries drawn in, troops used against an enemy are used in combat, help with
a "spy-satellite" programme is technology, and a likelihood is an expectation."""

from __future__ import annotations

import pytest

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.claimwords import key_words
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "sent", "statement": "Chad has sent some 3,000 to 4,000 troops to Sudan; the figure depends on who is counting."},
    {"id": "darfur", "statement": "Chadian troops have moved into Sudan's Darfur border region; officials put the number "
                                  "already there at about 2,000."},
    {"id": "incursion", "statement": "Sudanese forces entered Chad's Ouaddai region in spring 2024 and still hold ground "
                                     "there."},
    {"id": "colonels", "statement": "Two Chadian colonels, named by Sudan, are with the Chadian force in Sudan."},
    {"id": "widen", "statement": "The Chadian deployment could broaden or prolong the war in Sudan and draw other "
                                 "countries in."},
    {"id": "combat", "statement": "Chadian troops are expected to go into combat against the rebels within days."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


# -- entering a place ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("forces crossed into the region", "forces entered into the region"),
    ("since its forces crossed the border in spring", "since its forces entered the border in spring"),
    ("their surprise push across the border", "their surprise entered across the border"),
    ("launched its incursion into the region", "launched its incursion entered into the region"),
])
def test_crossing_in_is_entering(text: str, expected: str) -> None:
    assert rewrite(text) == expected


@pytest.mark.parametrize("text", [
    "the talks crossed a red line",           # a figure of speech: no border, no "into"
    "a cross-border strike",                   # no verb
    "Egypt will push Sudan to sign",           # pushing someone: pressure
    "troops crossed into Sudan",               # a country: not "the" region
])
def test_what_is_no_entering(text: str) -> None:
    assert "enter" not in key_words(text)


def test_a_restatement_of_an_incursion_is_filed() -> None:
    assert _chosen("Sudanese troops crossed into the Ouaddai region and still control several hundred square "
                   "kilometres of it") == "incursion"


# -- naming officers ----------------------------------------------------------------------------------------

def test_identified_as_officers_is_named() -> None:
    assert rewrite("The envoy identified them as Colonel Ali and Colonel Musa") \
        == "The envoy named them as Colonel Ali and Colonel Musa"
    assert _chosen("The envoy identified them as Colonel Ali Mahamat and Colonel Idriss Musa, both of Chad") \
        == "colonels"


def test_identified_as_a_thing_names_no_one() -> None:
    assert rewrite("Sudan identified the deployment as a threat") == "Sudan identified the deployment as a threat"
    assert rewrite("it was identified as a risk") == "it was identified as a risk"


# -- drawing countries in -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("a war far away could pull in states from other regions",
     "a war far away could draw in countries from other regions"),
    ("risked dragging an entire second region into the war", "could dragging an entire second countries into the war"),
    ("drawing the whole continent into the conflict", "drawing the whole countries into the conflict"),
])
def test_states_and_regions_drawn_in_are_countries(text: str, expected: str) -> None:
    assert rewrite(text) == expected


@pytest.mark.parametrize("text", [
    "the states of the region signed the pact",       # no drawing in
    "the drought has drawn the region into poverty",  # drawn into no war
    "the river drags the whole region into the sea",
])
def test_states_not_drawn_into_a_war_stay_states(text: str) -> None:
    assert rewrite(text) == text


def test_a_region_drawn_in_is_filed() -> None:
    assert _chosen("the deployment could pull in states from other regions and widen the war in Sudan") == "widen"


# -- used against -------------------------------------------------------------------------------------------

def test_troops_used_against_an_enemy_are_in_combat() -> None:
    assert rewrite("before these soldiers are used against us") == "before these soldiers are used in combat against us"
    assert _chosen("We are talking about days, not months, before these Chadian soldiers are used against the "
                   "rebels") == "combat"


def test_things_used_against_a_country_are_no_combat() -> None:
    assert rewrite("the veto was used against Sudan") == "the veto was used against Sudan"
    assert rewrite("sanctions used against Chad") == "sanctions used against Chad"


# -- technology and likelihood ------------------------------------------------------------------------------

def test_help_for_a_hyphenated_programme_is_technology() -> None:
    assert rewrite("rewarded with help for its spy-satellite program") == "rewarded with technology satellite program"
    assert rewrite("help for its flood-relief program") == "help for its flood-relief program"


def test_likelihood_is_expectation() -> None:
    assert key_words("a likelihood of fighting") == key_words("fighting is expected")
    assert "expect" not in key_words("a high level of fighting")


# -- influence at will --------------------------------------------------------------------------------------

_MORE = _Registry([
    {"id": "egypt", "statement": "Egypt should use its influence to restrain Chad and to press Sudan over the deployment."},
    {"id": "weak", "statement": "Sudan's turn to Chadian troops is a sign of weakness and shows that its war is going badly."},
    {"id": "fodder", "statement": "Sudan could use the Chadian troops as \"cannon fodder\", as it has used its own infantry."},
    {"id": "losses", "statement": "Sudanese forces have lost a great many soldiers in the war, and the Chadian troops will "
                                  "not make up those losses."},
])


def _chosen_more(text: str) -> str | None:
    return chosen(ClaimMatcher(_MORE).rank(text))


@pytest.mark.parametrize("text", [
    "Egypt could stop this tomorrow if it chose to",
    "Egypt could end this with one phone call to Khartoum",
    "Egypt could put an end to this if it wanted to",
])
def test_who_could_stop_it_at_will_has_influence(text: str) -> None:
    assert "has the influence to restrain this" in rewrite(text)
    assert _chosen_more(text) == "egypt"


@pytest.mark.parametrize("text", [
    "the rain could stop the match",                 # no will, no "this"
    "Egypt could stop this, officials said",         # no will said
])
def test_what_could_stop_says_no_influence(text: str) -> None:
    assert rewrite(text) == text


# -- weakness -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("if the general had the men, he would not be borrowing them", "weakness, he would not be rely them"),
    ("it would not be knocking if its own recruitment were going well", "it would not be knocking weakness"),
    ("he is so short of soldiers that", "he is so weakness that"),
    ("an admission that the army has run short of its own men", "a sign that the army has weakness"),
    ("an army that is winning does not go shopping abroad", "an army that is weakness rely abroad"),
])
def test_figures_of_weakness(text: str, expected: str) -> None:
    assert rewrite(text) == expected


@pytest.mark.parametrize("text", [
    "if the bank had the money, it would lend it",         # no men
    "hospital admission rose",                              # no "admission that"
    "the shop is short of bread",                           # no men
    "shoppers went to the market",                          # no "go shopping"
])
def test_what_is_no_weakness(text: str) -> None:
    assert rewrite(text) == text


def test_a_figure_of_weakness_is_filed() -> None:
    assert _chosen_more("If Khartoum had the men it needed, it would not be borrowing them from Chad") == "weak"


# -- used like one's own men --------------------------------------------------------------------------------

def test_used_as_its_own_men_is_so_used() -> None:
    assert rewrite("the way they spend their own men") == "as it has used their own men"
    assert rewrite("spending them like ammunition") == "cannon_fodder"
    assert _chosen_more("Sudanese commanders will spend those Chadian boys the way they spent their own "
                        "prisoners") == "fodder"


@pytest.mark.parametrize("text", [
    "the party used the report as ammunition",       # "as", an argument
    "the way they spend their budget",               # not their own men
    "as they spent their holidays",
])
def test_what_is_not_used_so(text: str) -> None:
    assert rewrite(text) == text


# -- filling a hole -----------------------------------------------------------------------------------------

def test_filling_the_hole_is_replacing() -> None:
    assert rewrite("a few thousand will not fill that hole") == "a few thousand will not replace losses"
    assert _chosen_more("Sudan has lost a staggering number of men, and a few thousand Chadians will not fill "
                        "that hole") == "losses"


@pytest.mark.parametrize("text", ["she will fill the role", "fill the form", "a gap in the market"])
def test_what_fills_no_hole(text: str) -> None:
    assert rewrite(text) == text


# -- seeking help -------------------------------------------------------------------------------------------

def test_seeking_help_is_getting_it() -> None:
    assert rewrite("Chad is likely to seek Sudanese aid") == "Chad is likely to get Sudanese aid"
    assert rewrite("Chad is likely to seek Sudanese help with its missiles") \
        == "Chad is likely to get Sudanese technology missiles"


@pytest.mark.parametrize("text", ["Chad will seek to avoid a war", "the minister will seek re-election",
                                  "they sought asylum in Chad"])
def test_seeking_to_do_is_no_getting(text: str) -> None:
    assert rewrite(text) == text


# -- a war no longer local ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("This is no longer an African war with Asian spectators", "This is widen war with Asian spectators"),
    ("it is no longer only a regional conflict", "it is widen conflict"),
    ("the war has already gone global.", "the war has already widen ."),
])
def test_a_war_no_longer_local_has_widened(text: str, expected: str) -> None:
    assert rewrite(text) == expected


@pytest.mark.parametrize("text", [
    "This is no longer a problem",            # no war
    "the brand has gone global with its ads",  # not said at a clause's end, nor of a war ("with" follows)
])
def test_what_has_not_widened(text: str) -> None:
    assert rewrite(text) == text


# -- calling on again ---------------------------------------------------------------------------------------

def test_calling_once_more_on_is_urging() -> None:
    assert rewrite("I call once more on Chad to withdraw") == "I urge Chad to withdraw"
    assert rewrite("they called again upon Chad") == "they urge Chad"
    assert rewrite("he called once more") == "he called once more"     # no one called on


# -- strengthening ------------------------------------------------------------------------------------------

def test_raising_to_a_new_level_is_strengthening() -> None:
    assert rewrite("agreed to raise the combined deterrence of our alliance to a new level") \
        == "agreed to strengthen the combined deterrence of our alliance "
    assert key_words("agreed to reinforce deterrence") == key_words("agreed to strengthen deterrence")


@pytest.mark.parametrize("text", ["they raised the question at the summit", "prices rose to a new high"])
def test_what_is_no_strengthening(text: str) -> None:
    assert rewrite(text) == text
