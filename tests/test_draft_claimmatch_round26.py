"""The twenty-sixth round's rules of claim matching, each on invented words: a thing doubted is no thing stated
(`claimopposition`); the people a country's name stands for as the subject of a passive of loss took the losses
(`claimlosses`); the giver of a supply is part of its fact (`claimsubjects.GIVING`); a thing only possible is no
thing done, and a thing done no wish or intention (`claimmood.tense`, `done_clash`)."""

from __future__ import annotations

import re

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, Extractor, chosen
from generator.drafting.claimmood import MOOD_CLASH, done_clash, possibility_clash, tense
from generator.drafting.claimopposition import opposed_words
from generator.drafting.claimsubjects import stance_owners

_REGISTRY = _Registry([
    {"id": "tech", "statement": "Chad may get advanced military technology, including drone technology, from Sudan in "
                               "exchange for its troops."},
    {"id": "kit", "statement": "Sudan has given the Chadian troops Sudanese uniforms and equipment."},
    {"id": "arms", "statement": "Chad has supplied Sudan with artillery shells, rifles and other military equipment."},
    {"id": "losses", "statement": "Sudanese forces have lost a great many soldiers in the war."},
    {"id": "ban", "statement": "Chad wants France to lift its ban on the use of its drones inside Sudan."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


# -- a thing doubted ---------------------------------------------------------------------------------------

def test_a_whether_clause_called_another_matter_is_doubted() -> None:
    assert {"technology", "dron"} <= opposed_words("Whether Khartoum hands over its drone technology is another matter")
    assert opposed_words("whether the ceasefire holds remains far from clear") >= {"hold"}


def test_a_whether_clause_that_is_only_asked_is_not_doubted() -> None:
    assert opposed_words("Reporters asked whether Khartoum would hand over its drone technology") == frozenset()


def test_a_doubted_transfer_is_not_filed_under_the_transfer() -> None:
    assert _chosen("Whether Sudan gives Chad its best drone technology in exchange for troops is another matter") \
        is None
    assert _chosen("Chad may get drone technology from Sudan in exchange for its troops") == "tech"


# -- a passive of loss ---------------------------------------------------------------------------------------

def test_the_subject_of_a_passive_of_loss_is_the_loser() -> None:
    features = Extractor(None).features
    assert features("at least 200 Chadians had been killed and 900 wounded").losers == {"TD"}
    assert features("Sudan killed at least 200 Chadians").losers == frozenset()
    assert features("Chadians were fighting hard, and many were killed").losers == frozenset()



# -- who gives ---------------------------------------------------------------------------------------------

def _givers(text: str) -> list[tuple[str, str]]:
    mentions = list(re.finditer(r"Chad|Sudan", text))
    return sorted(stance_owners(text, mentions, {"Chad": ("TD",), "Sudan": ("SD",)}))


def test_the_subject_of_a_supply_owns_it() -> None:
    assert _givers("Chad could send more soldiers and heavy equipment") == [("supply", "TD")]
    assert _givers("Sudan has given them uniforms") == [("supply", "SD")]


def test_sending_soldiers_alone_is_no_supply() -> None:
    assert _givers("Chad could send more soldiers") == []


def test_a_supply_by_another_giver_is_not_filed_under_the_claims() -> None:
    matcher = ClaimMatcher(_REGISTRY)
    assert matcher.score_against("Chad could send more soldiers and heavy equipment", "kit") \
        < matcher.score_against("Sudan could send more soldiers and heavy equipment", "kit")


# -- a thing only possible -----------------------------------------------------------------------------------

def test_tense_tells_a_thing_done_from_a_thing_possible() -> None:
    assert tense("Chad has supplied Sudan with shells") == (True, False, False)
    assert tense("There is a danger that Chad sends more rifles") == (False, True, False)
    assert tense("Chad has sent rifles and could send more") == (False, False, False)
    assert tense("Chad sent rifles in May") == (False, False, False)  # the month, no possibility
    assert possibility_clash(True, True) == (-MOOD_CLASH, "only possible")
    assert possibility_clash(False, True) == (0.0, "")


# -- a thing done against a wish or an intention -------------------------------------------------------------

def test_tense_reads_a_wish_and_a_perfect_of_inception() -> None:
    assert tense("Chad wants France to lift its ban") == (False, False, True)
    assert tense("the Chadians had begun to take part in combat operations") == (True, False, False)
    assert tense("Chad has asked France to lift its ban") == (False, False, False)  # a request, not its answer
    assert done_clash(True, True) == (-MOOD_CLASH, "already done")
    assert done_clash(False, True) == (0.0, "")


def test_a_wish_granted_is_not_filed_under_the_wish() -> None:
    matcher = ClaimMatcher(_REGISTRY)
    granted = matcher.score_against("France has authorised Chad to use its drones inside Sudan", "ban")
    reported = matcher.score_against("France authorises Chad to use its drones inside Sudan", "ban")
    assert granted < reported - MOOD_CLASH / 2
