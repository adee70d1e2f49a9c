"""The sixteenth round's rules of claim matching, each on invented words: the first of two
predicates one modal governs is a fact of its own (`claimfacts`), a party's silence on a
report is not the report, a war made to last longer is prolonged, and "wider" and
"confrontation" as words of a widening war."""

from __future__ import annotations

import pytest

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimfacts import first_predicate
from generator.drafting.claimmatch import ClaimMatcher, chosen, statement_parts
from generator.drafting.claimwords import key_words
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "sent", "statement": "Chad has sent some 3,000 to 4,000 troops to Sudan; the figure depends on who is counting."},
    {"id": "widen", "statement": "The Chadian deployment could broaden or prolong the war in Sudan and draw other countries in."},
    {"id": "shells", "statement": "Chad has supplied Sudan with artillery shells and other equipment."},
    {"id": "egypt", "statement": "Egypt should use its influence to restrain Chad and to press Sudan over the deployment."},
])


def _ranked(text: str) -> list[tuple[str, float]]:
    return [(m.claim, m.score) for m in ClaimMatcher(_REGISTRY).rank(text)]


# -- one modal, two predicates ------------------------------------------------------------------------------

def test_the_first_of_two_predicates_under_one_modal_is_a_fact() -> None:
    assert first_predicate("The Chadian deployment could broaden or prolong the war in Sudan and draw other "
                           "countries in.") == "The Chadian deployment could broaden or prolong the war in Sudan"
    assert first_predicate("Egypt should use its influence to restrain Chad and to press Sudan over it.") \
        == "Egypt should use its influence to restrain Chad"
    assert statement_parts("The deployment could prolong the war and draw other countries in.") \
        == ["The deployment could prolong the war and draw other countries in.", "The deployment could prolong the war"]


@pytest.mark.parametrize("statement", [
    "Chad has supplied Sudan with artillery shells and other equipment.",    # no modal
    "Egypt, Chad and Sudan could meet in Cairo.",                              # "and" before the modal
    "The talks could resume, and the ceasefire would hold.",                   # a new clause after a comma
    "Chad could send shells and the rockets to fire them.",                    # "and" before a noun phrase
    "Chad could send troops and Niger would follow.",                          # "and" before a new subject
])
def test_what_is_no_second_predicate(statement: str) -> None:
    assert first_predicate(statement) is None


def test_a_restatement_of_the_first_predicate_is_filed() -> None:
    """"a dangerous widening of …": the widening alone, without the countries drawn in."""
    ranked = _ranked("Officials called it a dangerous widening of the war in Sudan")
    assert ranked == [("widen", 0.64)]  # 0.509 against the whole statement alone
    assert chosen(ClaimMatcher(_REGISTRY).rank("Officials called it a dangerous widening of the war in Sudan")) == "widen"


def test_the_fact_cut_off_does_not_widen_other_claims() -> None:
    assert chosen(ClaimMatcher(_REGISTRY).rank("Chad delivered more artillery shells to Sudan")) == "shells"


# -- a party's silence -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Chad has still not confirmed the deployment.", "Chad unconfirmed the deployment."),
    ("the government has neither confirmed nor denied it", "the government has unconfirmed it"),
    ("Chad hasn't acknowledged the troops", "Chad unconfirmed the troops"),
    ("Ndjamena declined to confirm the figure", "Ndjamena unconfirmed count"),
])
def test_not_confirming_is_read_as_one_word(text: str, expected: str) -> None:
    assert rewrite(text) == expected


def test_an_unconfirmed_report_is_further_from_the_fact() -> None:
    """The silence weighs as a word the claim lacks: the same words, confirmed, come nearer."""
    assert _ranked("Chad has confirmed the deployment.")[0] == ("sent", 0.392)
    assert _ranked("Chad has still not confirmed the deployment.")[0] == ("sent", 0.191)


# -- a war made to last longer -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("could draw others in and make it last longer", "could draw others in and prolong"),
    ("the war drags on", "the war prolong"),
    ("would drag the conflict out for years", "would prolong for years"),
    # not a drag on something, nor being dragged out of a place
    ("a drag on growth", "a drag on growth"),
    ("he was dragged out of the car", "he was dragged out of the car"),
    ("it will make the talks last longer", "it will make the talks last longer"),
])
def test_lasting_longer_is_prolonged(text: str, expected: str) -> None:
    assert rewrite(text) == expected


# -- a wider confrontation ---------------------------------------------------------------------------------

def test_a_wider_confrontation_is_a_widened_war() -> None:
    assert key_words("a wider confrontation") == frozenset({"widen", "war"})
    assert key_words("a broader conflict") == frozenset({"widen", "war"})
    # "wide" alone is no widening ("a wide range")
    assert "widen" not in key_words("a wide range of goods")
