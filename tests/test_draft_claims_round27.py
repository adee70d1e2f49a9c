"""The twenty-seventh round's rules of claim matching, each on invented words: taking troops out of a place and a
call for a party to act (`paraphrases`); "planned" after a count is a schedule, and "more dangerous" a raised
threat (`paraphrases`); evidence a text says there is none of is denied (`claimnegation`); a count with only
part of it in a region is the whole contingent's (`claimcountplace.whole_count`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimcountplace import part_places
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.claimnegation import denied_words
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "withdraw", "statement": "Chad should withdraw its troops from Sudan."},
    {"id": "frontline", "statement": "Sudan intends to use the Chadian troops in front-line operations against Libya."},
    {"id": "launch", "statement": "France saw no sign of Sudanese involvement in the Chadian missile launch."},
    {"id": "contingent", "statement": "Chad has sent some 2,000 to 3,000 troops to Sudan; the figure depends on who "
                                      "is counting."},
    {"id": "darfur", "statement": "Chadian troops have moved into Sudan's Darfur region; on 3 May French officials "
                                  "put the number already there at about 1,500."},
    {"id": "sahel", "statement": "The deployment is not expected to trigger a war in the Sahel but could raise "
                                 "security threats there."},
    {"id": "arms", "statement": "Chad has supplied Sudan with artillery shells, rifles and other military equipment."},
])


def _ranked(text: str) -> list:
    return ClaimMatcher(_REGISTRY).rank(text)


def _chosen(text: str) -> str | None:
    return chosen(_ranked(text))


# -- taking troops out, a call for a party to act -----------------------------------------------------------------

def test_taking_troops_out_of_a_place_is_withdrawing_them() -> None:
    assert rewrite("to take its soldiers out of Sudan") == "to withdraw its soldiers from Sudan"
    assert _chosen("Chad was told to take its soldiers out of Sudan") == "withdraw"
    assert "withdraw" not in rewrite("to take the money out of the budget")  # no troops: nothing withdrawn


def test_a_call_for_a_party_to_act_is_an_appeal() -> None:
    assert rewrite("repeated Niger's call for Chad to take its soldiers out of Sudan").startswith(
        "repeated Niger's urge Chad to withdraw")
    assert rewrite("its call for  to act") == "its urge to act"  # the name already taken out
    assert _chosen("repeated Niger's call for Chad to take its soldiers out of Sudan") == "withdraw"
    # a call for a thing is left alone
    assert rewrite("She called for talks to resume") == "She called for talks to resume"
    assert rewrite("a call for calm to return") == "a call for calm to return"


# -- a schedule, a raised threat ------------------------------------------------------------------------------------

def test_planned_after_a_count_is_a_schedule() -> None:
    assert rewrite("41 planned operations had been cancelled") == "41 scheduled operations had been cancelled"
    assert _chosen("41 planned operations had been cancelled since Monday") is None
    # the planned use of troops is still an intention
    assert "planned" in rewrite("the planned use of the Chadian troops in front-line operations")
    assert _chosen("the planned use of the Chadian troops in front-line operations against Libya") == "frontline"


def test_a_place_made_more_dangerous_faces_a_raised_threat() -> None:
    assert rewrite("it makes the Sahel more dangerous") == "it makes the Sahel raise threat"
    assert _chosen("The deployment makes the Sahel more dangerous") == "sahel"
    # "dangerous" alone stays a qualifier
    assert rewrite("a dangerous escalation") == "a dangerous escalation"
    assert _chosen("The deployment makes the Sahel dangerous for traders") is None


# -- evidence denied ---------------------------------------------------------------------------------------------

def test_no_sign_of_a_thing_denies_the_evidence() -> None:
    assert denied_words("France saw no sign of Sudanese involvement") == {"show"}
    assert denied_words("there was no evidence that they fired") == {"show"}
    # "no sign" without "of" or "that" denies nothing
    assert denied_words("The talks gave no sign, and ended") == frozenset()


def test_evidence_seen_is_no_statement_that_none_was() -> None:
    assert _chosen("Paris had seen evidence that Chadian soldiers were in Sudan") is None
    assert _chosen("France saw no evidence that Sudan had a hand in the Chadian missile launch") == "launch"


# -- a part of the count in a region ------------------------------------------------------------------------------

def test_the_region_where_part_of_a_count_is() -> None:
    assert part_places("about 2,500 Chadian troops are in Sudan, most of them in the Darfur region") == {"darfur"}
    assert part_places("about 2,500 Chadian troops are in the Darfur region") == frozenset()


def test_a_count_with_part_of_it_in_a_region_is_the_whole_contingent() -> None:
    ranked = _ranked("French officials estimate that about 2,000 Chadian troops are in Sudan, most of them in Darfur")
    assert chosen(ranked) == "contingent"
    assert "count beyond darfur" in next(m.shared for m in ranked if m.claim == "darfur")
    # a count given for the region is the region's
    assert _chosen("French officials estimate that about 1,500 Chadian troops are in Sudan's Darfur region") \
        == "darfur"
