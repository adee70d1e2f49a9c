"""The eighteenth round's rules of claim matching, each on invented words: the second of two
predicates one modal governs is a fact of its own (`claimfacts.later_predicate`); whoever
condemns owns the condemnation (`claimsubjects`); a bare plural of war is war in general; a
fact before "and are expected to" is compared on its own; troops deployed to a named place
have moved there; wanting help or technology is seeking to get it; figures of weakness and of
turning to a party; an end made harder is a war prolonged; the given names after a shared
family name are no key words (`claimnames`)."""

from __future__ import annotations

import re

import pytest

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimfacts import later_predicate
from generator.drafting.claimmatch import ClaimMatcher, chosen, clauses, statement_facts
from generator.drafting.claimnames import without_names
from generator.drafting.claimsubjects import stance_owners
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "condemned", "statement": "Egypt, Libya and Algeria condemned Sudan's missile launch; Sisi called it reckless."},
    {"id": "widen", "statement": "The Chadian deployment could broaden or prolong the war in Sudan and draw other countries in."},
    {"id": "sent", "statement": "Chad has sent some 3,000 to 4,000 troops to Sudan; the figure depends on who is counting."},
])


def _ranked(text: str) -> list[tuple[str, float]]:
    return [(m.claim, m.score) for m in ClaimMatcher(_REGISTRY).rank(text)]


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


# -- one modal, two predicates: the second ------------------------------------------------------------------

def test_the_second_of_two_predicates_under_one_modal_is_a_fact() -> None:
    assert later_predicate("The Chadian deployment could broaden or prolong the war in Sudan and draw other "
                           "countries in.") == "The Chadian deployment could draw other countries in."
    assert later_predicate("Egypt should use its influence to restrain Chad and to press Sudan over it.") \
        == "Egypt should press Sudan over it."
    assert statement_facts("The deployment could prolong the war and draw other countries in.") == [
        "The deployment could prolong the war and draw other countries in.", "The deployment could prolong the war",
        "The deployment could draw other countries in."]


def test_what_has_no_second_predicate() -> None:
    assert later_predicate("Chad has supplied Sudan with artillery shells and other equipment.") is None
    assert statement_facts("Chad has supplied Sudan with artillery shells and other equipment.") == [
        "Chad has supplied Sudan with artillery shells and other equipment."]


def test_a_restatement_of_the_second_predicate_is_filed() -> None:
    assert _ranked("That could pull in more countries, and the border could become more tense.") == [("widen", 0.5)]
    assert _chosen("That could pull in more countries, and the border could become more tense.") == "widen"


# -- who condemns --------------------------------------------------------------------------------------------

def test_the_run_of_names_before_a_verb_of_condemnation_owns_it() -> None:
    text = "The United States, South Korea and Japan strongly condemned the launch"
    mentions = list(re.finditer(r"United States|South Korea|Japan", text))
    codes = {"United States": ("US",), "South Korea": ("KR",), "Japan": ("JP",)}
    assert sorted(stance_owners(text, mentions, codes)) == [("condemn", "JP"), ("condemn", "KR"), ("condemn", "US")]


def test_a_name_away_from_the_verb_owns_nothing() -> None:
    text = "Japan said the launch was condemned by all"
    assert stance_owners(text, list(re.finditer(r"Japan", text)), {"Japan": ("JP",)}) == frozenset()


def test_another_states_condemnation_is_not_the_registered_one() -> None:
    assert _ranked('Tunisia "strongly condemns" the launch') == [("condemned", 0.067)]
    assert _chosen('Tunisia "strongly condemns" the launch') is None


def test_one_of_the_condemning_states_restates_it() -> None:
    assert _ranked("Libya strongly condemned the launch") == [("condemned", 0.933)]


# -- wars in general --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Baghdad rejects the widening of conflicts", "Baghdad rejects the widening of warfare"),
    ("Cairo opposes all wars", "Cairo opposes all warfare"),
    ("the two conflicts could merge", "the two conflicts could merge"),   # counted: particular wars
])
def test_a_bare_plural_of_war_is_war_in_general(text: str, expected: str) -> None:
    assert rewrite(text) == expected


def test_a_stance_on_wars_in_general_is_not_the_widening_of_one() -> None:
    assert _chosen("Niger rejects the widening of conflicts") is None
    # -0.35 since the twentieth round: the widening rejected is no word shared (`claimopposition`); -0.037 before
    assert _ranked("Niger rejects the widening of conflicts") == [("widen", -0.35)]


# -- a fact, then a forecast ------------------------------------------------------------------------------------

def test_a_fact_before_and_are_expected_to_is_a_clause() -> None:
    assert clauses("About 800 Chadian soldiers have arrived in the Darfur region and are expected to join the "
                   "fighting within days")[1:] == ["About 800 Chadian soldiers have arrived in the Darfur region"]


def test_one_event_in_two_verbs_is_not_cut() -> None:
    assert clauses("Chadian soldiers have left their camps and are moving toward the front line now")[1:] == []


# -- paraphrases ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("troops had been deployed to the Darfur region", "troops had been deployed moved to the Darfur region"),
    ("troops had been deployed to help the army", "troops had been deployed to help the army"),
    ("What he wants is help with missile re-entry", "What he want get is technology missile re-entry"),
    ("Kyiv wants Washington to lift its ban", "Kyiv wants Washington to lift its ban"),
    ("Putin would not be reaching out to Cairo if he was not in trouble",
     "Putin would not be rely Cairo if he weakness "),
    ("would not be knocking on Cairo's door", "would not be rely"),
    ("they reach out", "they reach out"),
    ("It shows that the junta can no longer fill its own ranks", "It shows that the junta weakness  its own ranks"),
    ("the junta can no longer fill the posts", "the junta can no longer fill the posts"),
    ("a power that is not a strong power", "a power that weakness power"),
    ("every new army makes a negotiated end harder", "every new army prolong"),
    ("it pushes the end of the war further out", "it prolong"),
    ("at the end of the year", "at the the year"),
])
def test_general_paraphrases(text: str, expected: str) -> None:
    assert rewrite(text) == expected


# -- the rest of a name ---------------------------------------------------------------------------------------

def test_the_given_names_after_a_shared_family_name_are_taken_out() -> None:
    text = "a country that has to borrow infantry from Kim Jong Un"
    assert without_names(text, list(re.finditer(r"Kim", text)), lambda name: True) \
        == "a country that has to borrow infantry from  "


def test_a_name_not_shared_keeps_the_words_after_it() -> None:
    text = "Sisi Said Bey met Kim Jong Un"
    assert without_names(text, list(re.finditer(r"Sisi", text)), lambda name: False) == "  Said Bey met Kim Jong Un"
    assert without_names("Kim said so", list(re.finditer(r"Kim", "Kim said so")), lambda name: True) == "  said so"
