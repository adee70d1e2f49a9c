"""The eighth round's rules of claim matching, each on invented words: restatements
in figurative words, candidates holding two facts, numbers in words, and the
clean-ups (one table of word groups, one clause cutter, one test of a key word)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from types import SimpleNamespace

import pytest

from generator.drafting import paraphrases, synonyms
from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimids import claim_id
from generator.drafting.claimmatch import (MAX_CUTS, ClaimMatcher, Extractor, clauses, other_owners, owned_words, score,
                                           shared_words, stem)
from generator.drafting.claimnumbers import agreement, measure_of, numbers_of
from generator.drafting.claimwords import CONCEPTS, is_content_word, is_key, key_words, listed_words
from generator.drafting.clauses import clauses as statement_clauses
from generator.drafting.paraphrases import rewrite


# -- clean-ups ---------------------------------------------------------------------------------------------

def test_one_table_of_word_groups() -> None:
    """The groups `paraphrases` used to add live in `synonyms`, with the eighth round's."""
    assert not hasattr(paraphrases, "GROUPS")
    assert [CONCEPTS[stem(w)] for w in ("discussing", "men", "bought", "permission", "reckless")] \
        == ["talk", "troop", "pay", "allow", "irresponsibl"]
    assert all(len({CONCEPTS[stem(w)] for w in group}) == 1 for group in synonyms.GROUPS[-11:])


def test_a_claim_id_and_a_key_word_are_content_words_by_one_definition() -> None:
    """`claimids` keeps "supply" and "family" ("-ly", no adverbs) and drops "don't" and
    "saying", as `is_key` does; matching leaves out more (hedges, numbers in words)."""
    assert claim_id("The supply of grain to family farms has only fallen sharply", Counter()) \
        == "supply-grain-family-farms"
    assert claim_id("We don't think the family farms are saying anything", Counter()) == "not-think-family-farms-anything"
    assert is_content_word("thousands") and not is_key("thousands")
    assert not is_content_word("don't") and not is_content_word("saying") and not is_content_word("sharply")


def test_a_second_fact_is_cut_by_the_clause_cutter() -> None:
    text = "The floods have cut the main road, where aid convoys used to pass every day"
    assert [text[a:b] for a, b in statement_clauses(text, 0, len(text), [])] \
        == ["The floods have cut the main road", "aid convoys used to pass every day"]


# -- candidates holding two facts --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("More than 5,000 refugees have been moved to Chad and most of them are now sheltering in camps near Adre",
     ["More than 5,000 refugees have been moved to Chad", "most of them are now sheltering in camps near Adre"]),
    ("the agency counted 5,000 arrivals in March.[4] Most have since moved on to Libya",  # a footnote mark
     ["the agency counted 5,000 arrivals in March", "Most have since moved on to Libya"]),
    ("The army has moved guns and equipment that are needed for the assault",  # a second object, no subject
     ["The army has moved guns and equipment that are needed for the assault"]),
])
def test_a_bare_and_before_a_second_subject_and_a_footnoted_full_stop_end_a_statement(text: str,
                                                                                      expected: list[str]) -> None:
    assert [text[a:b] for a, b in statement_clauses(text, 0, len(text), [])] == expected


def test_the_words_after_a_colon_and_before_as_with_a_subject_are_a_clause() -> None:
    assert clauses("The envoy said one thing: the talks would resume in Geneva next week") \
        == ["The envoy said one thing: the talks would resume in Geneva next week",
            "the talks would resume in Geneva next week"]
    assert clauses("closer trade ties would benefit both islands as thousands of fishermen prepare to leave")[1] \
        == "closer trade ties would benefit both islands"


def test_a_run_of_commas_gives_at_most_max_cuts_clauses() -> None:
    assert len(clauses("a lot of rain, " * 50 + "fell on the coast")) <= 2 * (MAX_CUTS + 1)


# -- figurative words --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("the blockade could pull neighbouring states into the conflict",
     "the blockade could draw neighbouring states into the conflict"),
    ("the clinic treats forty patients every single day", "the clinic treats forty patients per_day"),
    ("We are talking about days, not weeks", "We are talking about within_days"),
    ("the recruits were used up like ammunition", "the recruits were cannon_fodder ammunition"),
    ("the militia sent them forward wave after wave", "the militia sent them forward cannon_fodder"),
    ("the junta fed the conscripts into the assault", "the junta cannon_fodder the assault"),
    ("it spent waves of untrained recruits", "it spent cannon_fodder"),
    ("they marched until none were left", "they marched cannon_fodder"),
    ("the way it treated its own prisoners", "the way it treated its own infantry"),
    ("the regime has to borrow soldiers from its neighbour", "the regime has to rely soldiers from its neighbour"),
    ("the regime has turned to its neighbour", "the regime has rely its neighbour"),
    ("A government that is winning does not need foreign pilots", "A government that is weakness need foreign pilots"),
    ("If the army were winning its war, it would not ask for help", "If the army were weakness ask for help"),
    ("It is a retreat, not a defeat", "It is a retreat"),
    ("800 soldiers were shipped to the capital", "800 soldiers were sent to the capital"),
    ("the grain was shipped to the capital", "the grain was shipped to the capital"),  # goods: supplied
    ("the sailors had been kitted out with new boots", "the sailors had been given kit with new boots"),
    ("they may strike deep inside the republic", "they may strike long-range inside the republic"),
    ("volunteers fighting on the government's side", "volunteers fighting join"),
    ("the war Ethiopia started in Tigray", "the war in Tigray"),
    ("the council means to sell the port", "the council intend to sell the port"),
    ("relations have never been as close as they are now", "relations grown closer as they are now"),
    ("a truce harder to end than to start", "a truce prolong than to start"),
    ("know-how for its rocket engines", "technology rocket engines"),
    ("every step risks drawing more states in", "every step could drawing more states in"),
    ("a risk of war", "a risk of war"),  # the noun: no possibility of a deed
    ("the rebels took part in the assault", "the rebels join the assault"),
])
def test_figurative_news_paraphrases(text: str, expected: str) -> None:
    assert rewrite(text) == expected


def test_a_war_on_two_continents_is_a_wider_war() -> None:
    assert sorted(key_words("a war in Europe now has a second front in Asia")) == ["front", "war", "widen"]
    assert sorted(key_words("European and Asian ministers met in Bangkok")) \
        == ["asian", "bangkok", "european", "meet", "minister"]  # no war: two continents only


def test_hedges_weights_and_grammar_words_of_the_eighth_round_are_no_key_words() -> None:
    assert sorted(key_words("maybe the same advanced great real consequences cannot tens")) == ["consequenc"]
    assert sorted(key_words("every step we take risks drawing more rebels into the war")) \
        == ["draw", "rebel", "step", "war"]  # "take", a light verb; "risks", a modal


def test_the_items_of_a_list_weigh_as_one_word() -> None:
    assert sorted(listed_words("help with radars, drones and cruise missiles in exchange for grain")) \
        == ["cruis", "dron", "missil", "radar"]
    assert listed_words("He said that, in his view, the talks would fail") == frozenset()  # an aside, no list
    matcher = ClaimMatcher(_Registry([{"id": "tech", "statement": "Iran may get weapons technology from Russia."}]))
    listed = "Iran wants Russian technology for radars, drones and cruise missiles"
    assert [matcher.score_against(text, "tech") for text in (listed, "Iran wants Russian technology for radars",
                                                             "Iran wants Russian technology for radars and drones")] \
        == [0.656, 0.656, 0.576]  # three items count as one; two joined by "and" are no list


# -- actors ------------------------------------------------------------------------------------------------

def test_troops_a_country_names_are_that_countrys() -> None:
    extractor = Extractor(None)
    assert owned_words("about 500 Chadian soldiers crossed the border", len("about 500 Chadian")) == ["troop"]
    chadian = extractor.features("Chadian soldiers crossed into Sudan")
    sudanese = extractor.features("Sudanese troops crossed into Chad")
    assert other_owners(chadian, sudanese) == {"troop"}
    assert score(chadian, sudanese) == (0.45, "entities SD, TD; one telling word; another country's troop; words cros")
    # troops also written without a country, or a body named by a pronoun, may be anyone's
    assert other_owners(extractor.features("troops crossed the river as Chadian troops held"), sudanese) == set()
    assert other_owners(extractor.features("500 of them crossed, where Chadian troops held"), sudanese) == set()


def test_a_family_name_several_registered_people_share_names_none_of_them() -> None:
    assert shared_words([["Kim Yong Hyun", "Kim"], ["Kim Tong Hyung"], ["Lloyd Austin"]]) == {"Kim"}
    people = {"kim-a": SimpleNamespace(id="kim-a", names=("Kim Yong Hyun", "Kim"), country="kr"),
              "kim-b": SimpleNamespace(id="kim-b", names=("Kim Tong Hyung",), country="kr"),
              "austin": SimpleNamespace(id="austin", names=("Lloyd Austin", "Austin"), country="us")}
    features = Extractor(SimpleNamespace(people=people)).features("Kim wants help with satellites, Austin said")
    assert (sorted(features.entities), sorted(features.words)) \
        == (["US", "austin"], ["get", "satellit", "technology", "want"])  # "Kim" is nobody, and no key word


# -- numbers in words --------------------------------------------------------------------------------------

def test_a_range_in_words_shares_its_scale() -> None:
    assert numbers_of("between ten and twelve thousand soldiers") == frozenset({(10000.0, None), (12000.0, None)})
    assert numbers_of("between 10 and 12,000 soldiers") == frozenset({(10.0, None), (12000.0, None)})


def test_a_count_per_day_is_a_count() -> None:
    assert [measure_of(u) for u in ("casualties a day", "soldiers every single day", "% a year", "km")] \
        == [None, None, "%", "km"]
    assert agreement(numbers_of("losing 900 soldiers every single day"), frozenset(),
                     numbers_of("about 900 casualties a day"), frozenset()) == ("same", [900.0])


# -- telling words ---------------------------------------------------------------------------------------


def test_one_telling_word_is_what_a_text_is_about_not_what_it_states() -> None:
    """Sharing a single key word that tells claims apart (and no figure) costs `ONE_WORD`."""
    extractor = Extractor(None)
    losses = extractor.features("Rebel forces have lost many fighters in the war")
    assert score(extractor.features("Twelve deaths have been reported"), losses) \
        == (0.305, "one telling word; words los")
    assert score(extractor.features("The rebels lost many fighters"), losses) == (0.882, "words los, rebel, troop")


def test_words_every_claim_has_do_not_tell() -> None:
    """Words under `TELLING` (a registry's topic words) do not count towards `MIN_TELLING`."""
    extractor = Extractor(None)
    topic = lambda word: 0.1 if word in ("troop", "war") else 1.0  # noqa: E731
    fought = extractor.features("Rebel troops fought in the war")
    joined = extractor.features("Rebel troops joined the war")
    assert score(fought, joined, topic) == (0.395, "one telling word; words rebel, troop, war")


def test_a_phrase_tells_on_its_own_and_a_place_name_once() -> None:
    extractor = Extractor(None)
    assert score(extractor.features("the generals treat them as cannon fodder"),
                 extractor.features("The conscripts are used as cannon fodder")) == (0.333, "words cannon_fodder")
    assert score(extractor.features("they were taught in the Far East"),
                 extractor.features("Instructors worked in the Far East")) \
        == (0.438, "one telling word; words east, far")


def test_a_figure_of_the_whole_statement_counts_for_its_fact() -> None:
    """A fact cut from a statement (`statement_parts`) keeps the statement's numbers
    (`Features.whole_numbers`) for the telling-word rule alone: an agreeing figure spares it."""
    extractor = Extractor(None)
    stranded = extractor.features("About 400 people were stranded in Lanark")
    fact = extractor.features("Floods have stranded whole villages around the town")
    assert score(stranded, fact) == (0.163, "one telling word; words strand")
    assert score(stranded, replace(fact, whole_numbers=frozenset({(400.0, None)}))) == (0.312, "words strand")
    assert score(stranded, replace(fact, whole_numbers=frozenset({(9000.0, None)}))) \
        == (0.163, "one telling word; words strand")


def test_an_agreeing_figure_stands_for_a_second_word() -> None:
    extractor = Extractor(None)
    assert score(extractor.features("Twelve deaths were reported, 40 of them soldiers"),
                 extractor.features("The army has lost 40 soldiers")) == (1.15, "numbers 40; words los, troop")
