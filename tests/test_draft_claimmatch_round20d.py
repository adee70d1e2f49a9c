"""The twentieth round's second pass of claim matching, on invented words: a thing opposed,
rejected or denied is no thing stated (`claimopposition`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.claimopposition import opposed_clash, opposed_words

_REGISTRY = _Registry([
    {"id": "could-escalate", "statement": "The Eritrean deployment could escalate the conflict in Tigray and "
                                          "draw in neighbouring states."},
    {"id": "rejects-talks", "statement": "Addis Ababa rejected any mediation by the African Union."},
    {"id": "sends-drones", "statement": "Iran is supplying drones to the Ethiopian army."},
    {"id": "port-deal", "statement": "Ethiopia has signed a deal with Somaliland for access to the sea."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


def _shared(text: str, claim: str) -> str:
    return next(m.shared for m in ClaimMatcher(_REGISTRY).rank(text) if m.claim == claim)


# -- a stance against a thing is no statement of the thing -------------------------------------------------

def test_what_a_verb_of_opposition_governs_is_read_up_to_a_conjunction() -> None:
    # "escalation" and "conflict" are read as the concepts "widen" and "war" (`claimwords`)
    assert opposed_words("Kenya opposed any escalation of the conflict and called for talks") == {"widen", "war"}
    assert opposed_words("the ministry denied that drones were supplied, but said ...") == {"dron", "supply"}
    assert opposed_words("the union cautioned against an escalation") == {"widen"}
    # a negation before the verb leaves the thing open: nothing is opposed
    assert opposed_words("Nairobi did not rule out an escalation of the conflict") == frozenset()
    assert opposed_words("the deployment could escalate the conflict") == frozenset()


def test_a_thing_opposed_is_no_word_shared_with_a_claim_stating_it() -> None:
    text = "It said it opposed any escalation of the conflict in Tigray and urged a ceasefire"
    assert _chosen(text) is None  # filed under could-escalate at 0.577 without the rule
    assert _shared(text, "could-escalate") == "no telling word; opposed tigray, war, widen"
    text = "Iran rejected reports that it is supplying drones to the Ethiopian army"
    assert _chosen(text) is None  # filed under sends-drones at 0.814 without the rule
    assert _shared(text, "sends-drones") == "entities ET, IR; no telling word; opposed dron, supply, troop"


def test_a_near_miss_stating_the_thing_or_opposing_it_too_is_still_filed() -> None:
    text = "The arrival of Eritrean troops could escalate the conflict in Tigray, diplomats warned"
    assert _chosen(text) == "could-escalate"
    text = "Ethiopia's government rejected any mediation by the African Union, officials said"
    assert _chosen(text) == "rejects-talks"
    assert "opposed" not in _shared(text, "rejects-talks")
    assert opposed_clash(frozenset({"war"}), frozenset({"war"}), {"war"}) == set()
    assert opposed_clash(frozenset({"war"}), frozenset(), {"war", "troop"}) == {"war"}


def test_a_quotation_cut_from_what_is_opposed_is_still_opposed() -> None:
    """The quotation is also compared on its own (`claimmatch.clauses`), where no verb of
    opposition stands before it: it keeps what the whole sentence opposes."""
    text = 'Kenya opposed "any escalation of the conflict in Tigray, from whatever side it comes."'
    assert _chosen(text) is None  # the quotation alone was filed under could-escalate at 0.882
    assert _shared(text, "could-escalate") == "no telling word; opposed tigray, war, widen"


def test_and_between_two_nouns_does_not_end_what_is_opposed() -> None:
    """"and" ends what is opposed before a second predicate ("… and called for talks"), not
    between two nouns: "the deal between Ethiopia and Somaliland" is one thing rejected."""
    assert opposed_words("Mogadishu rejects the deal between Ethiopia and Somaliland over sea access") == {
        "agreement", "somaliland", "sea", "acces", "ethiopia"}
    text = "Mogadishu rejects the deal between Ethiopia and Somaliland over access to the sea"
    assert _chosen(text) is None  # filed under port-deal when "and" ended the phrase
    assert _shared(text, "port-deal") == "entities ET; no telling word; opposed acces, agreement, sea, somaliland"
    # the near miss that states the deal is still filed
    assert _chosen("Ethiopia signed an agreement with Somaliland that gives it access to the sea") == "port-deal"
