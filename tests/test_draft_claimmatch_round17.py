"""The seventeenth round's rules of claim matching, each on invented words: whose losses
a text states (`claimlosses`) and a count of people with no noun of its own
(`claimpeople`)."""

from __future__ import annotations

import pytest

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, Extractor, chosen

_REGISTRY = _Registry([
    {"id": "sent", "statement": "Chad has sent some 3,000 to 4,000 troops to Sudan; the figure depends on who is counting."},
    {"id": "losses", "statement": "Sudanese forces are suffering about 300 casualties a day, more than at any earlier "
                                  "point in the war."},
    {"id": "aid", "statement": "The European Union will announce new humanitarian aid for Sudan."},
    {"id": "widen", "statement": "The Chadian deployment could prolong the war in Sudan and draw other countries in."},
])
_FEATURES = Extractor(None).features


def _filed(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


# -- whose losses ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, loser", [
    ("some of the Chadian soldiers had already been killed or wounded", ["TD"]),
    ("Chadian soldiers fighting for Sudan in Darfur have suffered noticeable losses", ["TD"]),  # not the nearer name
    ("Sudanese losses rose again in March", ["SD"]),
    ("Sudan's heavy casualties", ["SD"]),
])
def test_the_loser_is_the_body_named_before_the_loss(text: str, loser: list[str]) -> None:
    assert sorted(_FEATURES(text).losers) == loser


@pytest.mark.parametrize("text", [
    "Sudan is losing men faster than it can recruit them",          # a verb after a country: who loses, or who kills?
    "Chadian troops will not make up for its battlefield losses",   # "its": a party named elsewhere
    "the war has killed thousands",                                 # nobody's troops
])
def test_no_loser_without_a_body_before_the_loss(text: str) -> None:
    assert _FEATURES(text).losers == frozenset()


def test_one_armys_losses_are_not_anothers() -> None:
    """Chad's dead are no statement of Sudan's daily casualties (0.517 and filed without the rule)."""
    ranked = ClaimMatcher(_REGISTRY).rank("Chadian soldiers fighting for Sudan have suffered heavy losses in their "
                                          "first weeks of combat")
    assert [(m.claim, m.score) for m in ranked] == [("sent", 0.128), ("aid", -0.05), ("losses", -0.05)]
    assert ranked[2].shared == "entities SD; no telling word; another country's los, suffer, troop"
    assert chosen(ranked) is None


def test_the_same_armys_losses_still_match() -> None:
    """Negative: the rule leaves a restatement of the same army's losses as it was."""
    assert _filed("Sudanese forces are losing about 300 men a day") == "losses"


# -- a count of people with no noun of its own -----------------------------------------------------------------

@pytest.mark.parametrize("text, words, owned", [
    ("more than 3,500 of them are now in Sudan", ["troop"], []),
    ("more than 3,500 are now in Sudan", ["troop"], []),
    ("about 3,500 Chadians were now in Sudan", ["troop"], [("troop", "TD")]),
    ("the number of Chadians in Sudan had grown to about 3,500", ["ris", "troop"], [("troop", "TD")]),
])
def test_a_bare_count_of_people_is_a_body_of_troops(text: str, words: list[str], owned: list[tuple[str, str]]) -> None:
    features = _FEATURES(text)
    assert sorted(features.words) == words and sorted(features.owned) == owned


def test_a_bare_count_files_under_the_claim_with_that_count() -> None:
    assert _filed("the number of Chadians in Sudan had grown to about 3,500") == "sent"


@pytest.mark.parametrize("text", [
    "about 3,500 Chadian workers are in Sudan",   # a count with its own noun
    "Chadians in Sudan are worried",              # a nationality with no count
    "3,500 of the tents arrived",                 # "of the …", not "of them"
    "it had received 612 claims and had paid 187 of them",  # "them": the claims the other count names
    "the fund is 3,500 short",                    # no plural verb
])
def test_what_the_count_rule_must_not_read(text: str) -> None:
    assert "troop" not in _FEATURES(text).words
