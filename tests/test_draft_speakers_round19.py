"""Speakers, round 19: relatives quoted by their relation, an envoy introduced as an
ambassador, a counterfactual "would have added", an unnamed tradesperson, a
telling participle with "that", a long quotation split over paragraphs, a witness
introduced by "Testifying", and a sentence's own subject after a name's comma."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of

from generator.drafting.sources import unnamed_source


def test_relative_named_in_apposition_speaks_by_relation() -> None:
    found = padded_claims("Teodor Varga, the violinist, has died at 91.",
                           "His son, Gábor Varga, said his father had played every morning until last year.",
                           "\"He never practised less than three hours a day,\" his son said.")
    assert speaker_of(found, "three hours") == "gabor-varga"


def test_relative_named_after_the_verb_speaks_by_relation() -> None:
    found = padded_claims("Lucía Paredes, a poet, died on Saturday.",
                           "\"She wrote on the backs of bus tickets,\" said her daughter Carmen Paredes.",
                           "Her daughter said the family would hold a reading instead of a funeral.")
    assert speaker_of(found, "reading instead") == "carmen-paredes"


def test_relation_nobody_was_introduced_with_names_nobody() -> None:
    found = padded_claims("Lucía Paredes, a poet, died on Saturday.",
                           "\"She wrote on the backs of bus tickets,\" said her daughter Carmen Paredes.",
                           "Her nephew said the family would hold a reading instead of a funeral.")
    assert speaker_of(found, "reading instead") != "carmen-paredes"


def test_envoy_is_the_ambassador_introduced_before() -> None:
    found = padded_claims("At the Security Council, Ukraine's ambassador Sergiy Kyslytsya named three generals.",
                           "The envoy told the council that about 2,100 soldiers had been flown to the region.")
    assert speaker_of(found, "2,100") == "sergiy-kyslytsya"


def test_would_have_added_is_the_reporters() -> None:
    found = padded_claims("The work was due to begin in October and would have added about 3.6 hectares of land.")
    assert speaker_of(found, "3.6 hectares") == ""


def test_plain_added_still_speaks() -> None:
    found = padded_claims("Mayor Ingrid Solberg spoke on Monday and added that the plan could return in two years.")
    assert speaker_of(found, "two years") == "ingrid-solberg"


def test_unnamed_tradesperson_is_nobody() -> None:
    found = padded_claims("A transporter in Douala said freight rates had risen by about 18% since November.")
    assert speaker_of(found, "18%") == ""
    assert unnamed_source("A transporter in Duisburg")
    assert not unnamed_source("A local newspaper")  # a medium, not a person: left to the organisation rules


def test_telling_someone_that_attributes() -> None:
    found = padded_claims("Kremlin spokesman Dmitry Peskov declined to confirm the reports, telling reporters in Moscow "
                           "that military cooperation between the two countries \"is not directed against anyone\".")
    assert speaker_of(found, "military cooperation") == "dmitry-peskov"


def test_telling_a_story_attributes_nothing() -> None:
    found = padded_claims("Ana Ruiz read the letter aloud, telling the story of her family in the village.")
    assert found == [("Ana Ruiz read the letter aloud, telling the story of her family in the village", "")]


def test_quotation_paragraph_goes_on_after_quote_then_frame() -> None:
    found = padded_claims("\"By sending its soldiers, North Korea has made itself a party to the war,\" "
                           "Foreign Minister Winston Peters said.",
                           "\"Today we call on Pyongyang to withdraw its troops from Russia.\"")
    assert speaker_of(found, "withdraw its troops") == "winston-peters"


def test_quotation_paragraph_after_reporters_sentence_stays_empty() -> None:
    found = padded_claims("Foreign Minister Winston Peters announced the sanctions on Monday.",
                           "\"Today we call on Pyongyang to withdraw its troops from Russia.\"")
    assert speaker_of(found, "withdraw its troops") == ""


def test_testifying_makes_a_witness() -> None:
    found = padded_claims("Testifying for the prosecution, James Tombe Loku said he was ordered to process eleven payments.",
                           "Under cross-examination by defence lawyer Peter Malish Jada, the witness admitted that he had "
                           "not raised his concerns in writing.")
    assert speaker_of(found, "not raised") == "james-tombe-loku"


def test_clause_after_a_name_is_no_role_of_it() -> None:
    found = padded_claims("Under cross-examination by defence lawyer Peter Malish Jada, the witness admitted that he had "
                           "not raised his concerns in writing.")
    assert speaker_of(found, "not raised") != "peter-malish-jada"
