"""The twenty-eighth round's rules of claim matching, each on invented words: a toll written in words is a toll
(`claimtallies`); the people who "had taken casualties" are the losers (`claimlosses`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, Extractor, chosen
from generator.drafting.claimtallies import loss_counts

_REGISTRY = _Registry([
    {"id": "flown", "statement": "A first group of up to 4,000 Chadian soldiers was flown to Sudan's Darfur region "
                                "on Sudanese military aircraft in May."},
    {"id": "losses", "statement": "Sudanese forces have lost a great many soldiers in the war, and the Chadian "
                                  "troops will not make up those losses."},
    {"id": "contingent", "statement": "Chad has sent some 5,000 to 6,000 troops to Sudan."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


def _losers(text: str) -> list[str]:
    return sorted(Extractor(_REGISTRY).features(text).losers)


# -- a toll in words ----------------------------------------------------------------------------------------------

def test_a_toll_written_in_words_is_a_toll() -> None:
    assert loss_counts("More than four thousand Chadian soldiers have been killed or wounded") == {(4000.0, None)}
    assert _chosen("More than four thousand Chadian soldiers have been killed or wounded in Sudan's Darfur "
                   "region") is None


def test_a_count_in_words_of_troops_sent_is_no_toll() -> None:
    # near case: the figure counts the troops flown, and the losses are told apart from it
    assert loss_counts("four thousand Chadian soldiers were flown to Darfur, and some were later killed") == set()
    assert _chosen("A first group of four thousand Chadian soldiers was flown to the Darfur region on "
                   "Sudanese military aircraft") == "flown"


# -- the people who took the losses -------------------------------------------------------------------------------

def test_the_people_who_had_taken_casualties_are_the_losers() -> None:
    assert _losers('the Chadians had taken casualties "in the hundreds"') == ["TD"]
    assert _chosen('the Chadians had taken casualties "in the hundreds", both dead and wounded') is None


def test_a_country_that_took_note_of_losses_is_no_loser() -> None:
    # near case: "taken note of" is no taking of losses, and a passive still names its losers
    assert _losers("Chad has taken careful note of the casualties") == []
    assert _losers("Sudanese soldiers had been killed") == ["SD"]


# -- adverbs of how often -----------------------------------------------------------------------------------------

_STRESSED = _Registry([
    {"id": "losses", "statement": "Sudan has lost more men than Chad could ever send, and the Chadian troops will "
                                 "not change that."},
    {"id": "cost", "statement": "The Chadian troops come at a cost to Sudan."},
])


def test_ever_is_no_shared_fact() -> None:
    # "ever" and "always" only stress; with "change" alone the two share one telling word
    words = Extractor(_STRESSED).features("Sudan has always sent more men than it could ever lose").words
    assert not {"ever", "always", "alway"} & words
    assert chosen(ClaimMatcher(_STRESSED).rank("what it changes is the cost to Sudan of ever refusing Chad")) \
        != "losses"


def test_a_restatement_without_ever_still_files() -> None:
    # near case: the shared facts (losses, sending, change) still file the restatement
    assert chosen(ClaimMatcher(_STRESSED).rank("Sudan has lost more men than Chad could send, and the "
                                              "Chadians will not change that")) == "losses"
