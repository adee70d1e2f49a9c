"""The eighteenth round's second pass of claim matching, each rule on invented words: technology
given, provided or offered from the giver's side is technology the other side gets; expecting
a party to do a thing is an expectation (not only a speech verb); a thing expected "soon" is
expected within days (`paraphrases.PHRASES`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "tech", "statement": "Chad may get advanced military technology, including drone technology, from Libya "
                                "in exchange for its troops."},
    {"id": "combat", "statement": "Chadian troops are expected to go into combat against Sudan within days."},
    {"id": "uniforms", "statement": "Libya has given the Chadian troops Libyan uniforms and equipment."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


# -- the giver's side of an exchange of technology ----------------------------------------------------------

def test_technology_given_is_technology_got() -> None:
    assert rewrite("Tripoli can give him know-how") == "Tripoli can give get him know-how"
    assert rewrite("was likely to provide the army with technology for drones") == (
        "was likely to provide get the army with technology for drones")


def test_giving_other_things_is_no_getting_of_technology() -> None:
    assert rewrite("Libya has given the troops uniforms and equipment") == (
        "Libya has given the troops uniforms and equipment")
    # the noun of a warning: "any transfer of technology" states no transfer
    assert rewrite("any transfer of military technology would be dangerous") == (
        "any transfer of military technology would be dangerous")


def test_technology_provided_is_filed_under_the_getting() -> None:
    assert _chosen("Libya was likely to provide Chad with technology for drones, submarines and missiles") == "tech"
    assert _chosen("Libya has given the Chadian troops new boots") != "tech"


# -- expecting a party to act; expected soon ----------------------------------------------------------------

def test_expecting_a_party_to_act_is_an_expectation() -> None:
    assert rewrite("has said it expects the soldiers to enter combat soon") == (
        "has said it expected the soldiers to enter combat within_days")


def test_expects_alone_and_soon_after_are_left() -> None:
    assert rewrite("she expects a deal") == "she expects a deal"
    assert rewrite("the talks are expected to resume soon after the vote") == (
        "the talks are expected to resume soon after the vote")
    assert rewrite("they left soon") == "they left soon"


def test_an_expectation_of_combat_soon_is_filed() -> None:
    assert _chosen("has said it expects the soldiers to enter combat soon") == "combat"
    assert _chosen("the soldiers entered combat") != "combat"
