"""The thirteenth round's rules of claim matching, each on invented words: news
paraphrases, two word groups, verbs of exchange shared with no party, and a
sentence's neighbour that must not take a filing away."""

from __future__ import annotations

import pytest

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, _supports, chosen, stem
from generator.drafting.claimwords import CONCEPTS
from generator.drafting.model import ClaimMatch
from generator.drafting.paraphrases import rewrite


@pytest.mark.parametrize("text, expected", [
    # drawing others in, without "into"; "so far" says until when
    ("the blockade could pull in countries that had so far stayed out",
     "the blockade could draw in countries that had  stayed out"),
    ("the strike could drag in the navy", "the strike could draw in the navy"),
    # states as powers, qualified and plural
    ("the talks could draw the great powers into the dispute", "the talks could draw the  countries into the dispute"),
    ("it could draw other states into the war", "it could draw  countries into the war"),
    # an army stretched thin
    ("the stretched army could not hold the line", "the weakened army could not hold the line"),
    # giving: handed, dressed in
    ("the rebels were handed new rifles", "the rebels were given new rifles"),
    ("the junta dressed them in police uniforms", "the junta given in police uniforms"),
    # an artillery round is a shell, and sending shells is supplying them
    ("the mill sent the army 3 million artillery rounds", "the mill supply the army 3 million artillery shells"),
    # a demand
    ("the junta must withdraw its soldiers", "the junta urge withdraw its soldiers"),
    # weakness: no sign of strength, a war one cannot win, soldiers brought in
    ("This is not a sign of the junta's strength", "This is a sign of the junta's weakness"),
    ("the junta cannot win this war", "the junta badly this war"),
    ("the junta is bringing in foreign troops", "the junta is rely foreign troops"),
    # not thinking a thing will happen
    ("I don't think the junta will attack", "I not expect the junta will attack"),
    # pressing someone for a thing
    ("the rebels would press the capital for tanks", "the rebels would get the capital  tanks"),
    ("troops flown in on transport planes", "troops flown in on transport aircraft"),
])
def test_round13_news_paraphrases(text: str, expected: str) -> None:
    assert rewrite(text) == expected


@pytest.mark.parametrize("text", [
    "the decree gave the president emergency powers",    # authority, not states
    "the United States objected",                        # a name, not "other states"
    "the village lies so far from the coast",            # a distance
    "the queue stretched from the gate to the road",     # a length
    "she handed in her notice",                          # not a gift
    "the minister was dressed in black",                 # no one clothed by another
    "two rounds of talks ended",                         # rounds of talks are no shells
    "they must have known",                              # a conclusion, no demand
    "a state that must now import fuel",                 # a need that has come about
    "the farmers are bringing in the harvest",           # no soldiers brought in
    "I don't know",                                      # no belief about what will happen
    "the rebels would press the capital over the arrests",  # pressure to act, not seeking a thing
    "the council plans to vote",                         # "plans" is no plane
])
def test_round13_paraphrases_leave_other_senses_alone(text: str) -> None:
    assert rewrite(text) == text


def test_holding_and_controlling_ground_are_one_word_and_a_plan_is_no_plane() -> None:
    assert CONCEPTS[stem("controlled")] == CONCEPTS[stem("held")] == CONCEPTS[stem("hold")]
    assert CONCEPTS[stem("plan")] == CONCEPTS[stem("intend")]


_TECH = _Registry([{"id": "tech", "statement": "Iran may get weapons technology from Russia in exchange for its drones."},
                   {"id": "oil", "statement": "Norway raised its oil output in the spring."}])


def test_verbs_of_exchange_shared_with_no_party_tell_nothing() -> None:
    """"received … paid" shares only what happens with the claim, and no party: no telling word."""
    matcher = ClaimMatcher(_TECH)
    ranked = matcher.rank("it had received 612 claims and had paid 187 of them")
    assert [(m.claim, m.score, m.shared) for m in ranked] == [("tech", 0.475, "no telling word; words get, pay")]
    assert chosen(ranked) is None


def test_verbs_of_exchange_shared_with_a_party_still_tell() -> None:
    """The same verbs beside a party the claim names are a statement of the exchange."""
    matcher = ClaimMatcher(_TECH)
    ranked = matcher.rank("Iran will get paid for the drones")
    assert [(m.claim, m.score, m.shared) for m in ranked] == [("tech", 0.889, "entities IR; words dron, get, pay")]


def test_a_neighbour_does_not_take_away_a_filing() -> None:
    """Joined with its neighbour a candidate ranks its claim higher but with less lead:
    its own ranking stands; a joined ranking that files it still replaces it."""
    alone = (ClaimMatch("kursk", 0.606, ""), ClaimMatch("russia", 0.137, ""))
    closer = (ClaimMatch("kursk", 0.745, ""), ClaimMatch("russia", 0.726, ""))
    clearer = (ClaimMatch("kursk", 0.745, ""), ClaimMatch("russia", 0.2, ""))
    assert not _supports(alone, closer)
    assert _supports(alone, clearer)
    assert _supports((ClaimMatch("kursk", 0.4, ""),), clearer)  # unfiled alone: the join may file it
