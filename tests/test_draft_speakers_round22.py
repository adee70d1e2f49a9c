"""Speakers, round 22: "the Kenyan said" is the athlete of that nationality named just
before; "according to the ruling" is the judge's finding; figures credited to states
alone ("South Korean and US estimates"), an indefinite pronoun with a place ("Nobody in
Baku") and the page naming itself ("This article argues") are nobody's; a quotation
right after a sentence about an unnamed source is that source's however many sentences
it runs to; and a speech verb that only dates the noun before it ("the discovery
announced in 2024") frames no words."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of


def test_a_demonym_stands_for_the_athlete_of_that_nationality() -> None:
    found = padded_claims("Kenya's Daniel Kiprop broke the course record in Accra on Sunday.",
                          "Ghana's Kwame Mensah finished seventh.",
                          '"The heat was less than I feared," the Kenyan said.',
                          '"The Austrian team will appeal," the Austrian said.')
    assert speaker_of(found, "The heat was less") == "daniel-kiprop"
    assert speaker_of(found, "will appeal") == "The Austrian"  # nobody of that nationality named: as written


def test_a_ruling_with_no_owner_is_the_judges() -> None:
    found = padded_claims("Judge Nomsa Dlamini of the Western Cape High Court ruled on Friday that the licence was invalid.",
                          "According to the ruling, the department had ignored the objections.",
                          "The report said the farm had drilled four boreholes.")
    assert speaker_of(found, "the department had ignored") == "nomsa-dlamini"
    assert speaker_of(found, "the farm had drilled") == "The report"


def test_figures_credited_to_states_alone_are_nobodys() -> None:
    found = padded_claims("Sugar output will fall to about 130,000 tonnes, according to Fijian and Australian estimates.",
                          "About 40,000 people have fled, according to UN and Nigerien figures.")
    assert speaker_of(found, "Sugar output") == ""
    assert speaker_of(found, "About 40,000 people") == "UN and Nigerien figures"


def test_an_indefinite_pronoun_with_a_place_is_nobody() -> None:
    found = padded_claims("Nobody in Baku expects the pipeline to be built this decade.",
                          "Officials in Baku expect the pipeline to be built by 2030.")
    assert speaker_of(found, "the pipeline to be built this decade") == ""
    assert speaker_of(found, "by 2030") == ""  # officials nobody names: already nobody


def test_the_page_naming_itself_is_the_reporters_voice() -> None:
    found = padded_claims("This article argues that the sanctions had little effect on grain prices.",
                          "The paper argues that freight insurance cost fell by half in 2024.")
    assert speaker_of(found, "little effect") == ""
    assert speaker_of(found, "freight insurance") == "The paper"  # another's paper, cited: as written


def test_a_quotation_after_an_unnamed_source_is_theirs() -> None:
    found = padded_claims("Peter Lang of the Vienna Energy Institute said the project could revive.",
                          "A European diplomat who follows the talks, speaking on condition of anonymity, was blunter. "
                          '"Nobody in Brussels believes in it. The money has gone to LNG," he said.',
                          'Peter Lang was less sure. "Prices will rise again," he said.')
    assert speaker_of(found, "Nobody in Brussels believes") == ""
    assert speaker_of(found, "The money has gone") == ""
    assert speaker_of(found, "Prices will rise again") == "peter-lang"


def test_a_verb_that_only_dates_a_noun_frames_no_words() -> None:
    found = padded_claims("Ramon Dizon, the company's chief executive, said the first berth would be built in the "
                          "third quarter in the northern area, near the pier announced in 2023.",
                          "The port authority announced on Monday that the pier would close.")
    assert speaker_of(found, "the first berth would be built") == "ramon-dizon"
    assert speaker_of(found, "the pier would close") == "The port authority"


def test_it_after_the_page_naming_itself_is_the_page() -> None:
    found = padded_claims("The Pilots' Corporation paid for the study. This note traces the trade from the first "
                          "talks in 2023 to the signing in May. It argues that the deal is a transaction between equals.",
                          "The Pilots' Corporation published the report on Monday.",
                          "It argues that the pilots are underpaid.")
    assert speaker_of(found, "a transaction between equals") == ""
    assert speaker_of(found, "the pilots are underpaid") == "pilots-corporation"


def test_a_participle_between_an_ordinal_and_its_noun_is_an_adjective() -> None:
    found = padded_claims("This note follows the outbreak from the first reports in the north to the first confirmed "
                          "cases in the capital.",
                          "The ministry said the only reported death was in the south.",
                          "Maria Ruiz, the health minister, confirmed that the clinics would reopen.")
    assert found[0] == ("This note follows the outbreak from the first reports in the north to the first confirmed "
                        "cases in the capital", "")
    assert speaker_of(found, "the only reported death") == "The ministry"
    assert speaker_of(found, "the clinics would reopen") == "maria-ruiz"


def test_a_plural_after_a_number_in_figures_is_a_noun() -> None:
    found = padded_claims("Citizens of the 41 states listed in the annex may apply for the permit online.",
                          "Of the 1,200 who applied, 38 said the form was too long.")
    assert found == [("Citizens of the 41 states listed in the annex may apply for the permit online", ""),
                     ("the form was too long", "")]  # "said" after "38" keeps its words


def test_every_sentence_of_a_quotation_is_the_speaker_named_after_it() -> None:
    found = padded_claims("Ana Ruiz, the mayor, spoke first.",
                          "Peter Lang of the Vienna Energy Institute disagreed.",
                          '"We will not stop. This is our land. We will fight on," Lang said.',
                          '"The river rose by two metres overnight. The dam will hold through the winter," Ruiz said.',
                          '"For nine years the trustee sent the families statements that looked perfect. They were fiction," '
                          'Lang said.')
    assert [speaker_of(found, q) for q in ("We will not stop", "This is our land", "We will fight on")] \
        == ["peter-lang"] * 3
    assert speaker_of(found, "The river rose") == "ana-ruiz"
    assert speaker_of(found, "For nine years") == "peter-lang"  # the last words too short to be a candidate
