"""The twenty-fifth round's rules of claim matching, each on invented words: a missile of another range class is
another launch (`claimranges`); who cooperates owns the cooperation (`claimobjects.partner_owners`); a pronoun after
parties the quote counts itself is theirs (`claimreferents`); laying down one's arms is surrendering, air-defence
equipment is technology and technology sent is technology got (`paraphrases`); a count at the fighting is no count
in a country (`claimcounts`)."""

from __future__ import annotations

import re

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, chosen
from generator.drafting.claimobjects import partner_owners
from generator.drafting.claimranges import other_ranges
from generator.drafting.claimreferents import read_references
from generator.drafting.paraphrases import rewrite

_REGISTRY = _Registry([
    {"id": "icbm", "statement": "Iran test-launched an intercontinental ballistic missile into the sea off its southern "
                               "coast during the talks."},
    {"id": "coop", "statement": "Security cooperation among Egypt, Greece and Cyprus is growing."},
    {"id": "tech", "statement": "Chad may get advanced military technology, including drone technology, from Sudan in "
                               "exchange for its troops."},
    {"id": "kit", "statement": "Sudan has given the Chadian troops Sudanese uniforms and equipment."},
    {"id": "arms", "statement": "Chad has supplied Sudan with artillery shells, rifles and other military equipment."},
    {"id": "front", "statement": "More than 3,000 Chadian troops had moved up towards the fighting in northern Sudan by "
                                "the end of May."},
    {"id": "aid", "statement": "Libya wants closer military cooperation and more assistance from Egypt."},
])


def _chosen(text: str) -> str | None:
    return chosen(ClaimMatcher(_REGISTRY).rank(text))


# -- a missile's range class ---------------------------------------------------------------------------------

def test_words_shared_across_range_classes_say_another_launch() -> None:
    assert other_ranges({"short-rang", "missil", "sea"}, {"intercontinental", "missil", "sea"}, {"missil", "sea"}) \
        == {"missil", "sea"}
    assert other_ranges({"missil", "sea"}, {"intercontinental", "missil", "sea"}, {"missil", "sea"}) == set()


def test_a_short_range_salvo_is_no_intercontinental_launch() -> None:
    assert _chosen("Iran fired a salvo of short-range ballistic missiles into the sea off its southern coast") is None


def test_a_long_range_missile_is_still_the_intercontinental_launch() -> None:
    assert _chosen("Iran fired a long-range ballistic missile into the sea off its southern coast") == "icbm"


# -- who cooperates --------------------------------------------------------------------------------------------

def test_the_parties_between_whom_ties_grow_own_them() -> None:
    text = "the ties between Tripoli and Khartoum are growing"
    mentions = list(re.finditer(r"Tripoli|Khartoum", text))
    assert sorted(partner_owners(text, mentions, {"Tripoli": ("LY",), "Khartoum": ("SD",)})) \
        == [("cooperation", "LY"), ("cooperation", "SD")]


def test_growing_ties_between_other_parties_are_not_the_registered_cooperation() -> None:
    assert _chosen("Cairo was alarmed by the growing military ties between Libya and Sudan") is None


def test_growing_ties_among_the_same_parties_are_still_the_cooperation() -> None:
    assert _chosen("the security ties between Cairo, Athens and Nicosia are growing") == "coop"


# -- parties a quote counts itself -----------------------------------------------------------------------------

_PAGE = ("Libyan troops crossed the border on Monday. Khartoum has described the two countries' military cooperation "
         "as a matter for them alone.")


def _reading(quote: str, page: str = _PAGE):
    matcher = ClaimMatcher(_REGISTRY)
    return read_references(quote, page, page.index(quote), 1, matcher.extractor.pattern, matcher.extractor.forms)


def test_a_pronoun_after_parties_the_quote_counts_is_theirs() -> None:
    assert _reading("the two countries' military cooperation as a matter for them alone") is None


def test_a_pronoun_with_no_parties_before_it_is_still_read_from_the_context() -> None:
    page = "Libyan troops crossed the border on Monday. Khartoum said the cooperation was a matter for them alone."
    reading = _reading("the cooperation was a matter for them alone", page)
    assert reading is not None and "Libyan troops" in reading.text


# -- phrases ---------------------------------------------------------------------------------------------------

def test_laying_down_arms_is_surrendering_not_supplying_them() -> None:
    assert "surrender" in rewrite("urged the soldiers to lay down their weapons and give themselves up")
    assert _chosen("a video urged Chadian soldiers sent to Sudan to lay down their weapons and give themselves up "
                   "to the rebels") is None


def test_weapons_given_are_still_supplied() -> None:
    assert _chosen("Chad has given Sudan artillery shells, rifles and other military equipment") == "arms"


def test_air_defence_equipment_sent_is_technology_got() -> None:
    assert "get" in rewrite("Sudan sent drone technology")
    assert _chosen("Sudan had sent air-defence equipment to Chad as payment for the troops") == "tech"


def test_equipment_given_to_troops_is_still_their_kit() -> None:
    assert _chosen("Sudan has given the Chadian troops Sudanese uniforms and equipment") == "kit"


# -- a count at the fighting -----------------------------------------------------------------------------------

def test_a_count_in_a_country_is_no_count_at_the_fighting() -> None:
    assert _chosen("about 3,000 Chadian soldiers were in eastern Sudan") is None


def test_a_count_moving_towards_the_front_is_still_the_count_at_the_fighting() -> None:
    assert _chosen("about 3,000 Chadian soldiers had moved toward the front in northern Sudan") == "front"
