"""Speakers, round 26: "put" a demonym's or a name's losses "at" a figure is an estimate
with no determiner; "said by telephone" names a means, not a passive agent; "the
magistrate" is the person titled so, whoever spoke since; "expected it to" is a
forecast of a thing; a participle aside ("meeting X") names no speaker; "…, argues the
economist Ana Ruiz: “…”" puts a verb of argument before its subject and a quotation."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of


def test_an_estimate_of_a_demonyms_losses_with_no_determiner() -> None:
    found = padded_claims("Earlier this week, Defence Minister Jan Ortega put Velmish losses at more than 3,000 "
                          "killed and wounded.")
    assert speaker_of(found, "put Velmish losses at more than 3,000") == "jan-ortega"


def test_put_with_a_lower_case_object_and_a_place_number_is_no_estimate() -> None:
    found = padded_claims("Defence Minister Jan Ortega arrived in the capital on Friday.",
                          "Mayor Ana Ruiz put pressure on Velmish lawmakers at 10 Downing Street.")
    assert speaker_of(found, "Mayor Ana Ruiz put pressure") == ""


def test_said_by_telephone_is_the_speakers_means() -> None:
    found = padded_claims("Jan Ortega, a retired sergeant, said the men he served with were tired.",
                          "\"They will walk into the fields first. Nobody wanted this war at all,\" Ortega said by telephone "
                          "from Leeds.")
    assert speaker_of(found, "They will walk into the fields first") == "jan-ortega"
    assert speaker_of(found, "Nobody wanted this war at all") == "jan-ortega"


def test_confirmed_by_phone_companies_keeps_its_agent() -> None:
    found = padded_claims("The outage figures, confirmed by phone companies, were high.")
    assert speaker_of(found, "confirmed by phone companies") == ""


def test_the_magistrate_is_the_person_titled_so_whoever_spoke_since() -> None:
    found = padded_claims("Two men appeared before Principal Resident Magistrate Anna Kolde on Friday.",
                          "Defence lawyer Tom Berg asked for bail. \"My clients are not going anywhere,\" he told "
                          "the court.",
                          "The magistrate said that bail could not be granted for offences of that size.")
    assert speaker_of(found, "bail could not be granted") == "anna-kolde"


def test_the_magistrate_nobody_was_titled_stays_as_written() -> None:
    found = padded_claims("Two men appeared in court on Friday.",
                          "Defence lawyer Tom Berg asked for bail. \"My clients are not going anywhere,\" he told "
                          "the court.",
                          "The magistrate said that bail could not be granted for offences of that size.")
    assert speaker_of(found, "bail could not be granted") == "The magistrate"


def test_expected_it_to_is_a_forecast_of_the_thing_named_before() -> None:
    found = padded_claims("Jan Ortega, the utility's director, said crews were laying a new pipe to the market. "
                          "He expected it to be finished by March.")
    assert speaker_of(found, "He expected it to be finished by March") == "jan-ortega"


def test_expected_him_to_stays_no_forecast() -> None:
    found = padded_claims("Jan Ortega, the utility's director, said crews were laying a new pipe to the market. "
                          "He expected him to be finished by March.")
    assert speaker_of(found, "He expected him to be finished by March") == ""


def test_a_name_in_a_participle_aside_is_not_the_speaker() -> None:
    found = padded_claims("Velmish Foreign Minister Ana Ruiz, meeting Tomas Berg in Oslo, said Velm would stay "
                          "neutral until the vote.")
    assert speaker_of(found, "Velm would stay neutral") == "ana-ruiz"


def test_a_name_in_a_short_apposition_is_still_the_speaker() -> None:
    found = padded_claims("Another official, Tomas Berg, said Velm would stay neutral until the vote.")
    assert speaker_of(found, "Velm would stay neutral") == "tomas-berg"


def test_a_participle_before_a_title_names_the_speaker() -> None:
    found = padded_claims("A second expert, visiting professor Tomas Berg, said prices would rise by a tenth.",
                          "The council's head, acting mayor Ana Ruiz, said the market would reopen in May.")
    assert speaker_of(found, "prices would rise by a tenth") == "tomas-berg"
    assert speaker_of(found, "the market would reopen in May") == "ana-ruiz"


def test_an_argument_verb_before_its_subject_and_a_quotation() -> None:
    found = padded_claims("The closure of the mill should worry the whole valley, argues the economist Ana Ruiz: "
                          "\"When a town loses its biggest employer, the shops follow within a year.\"")
    assert speaker_of(found, "the shops follow within a year") == "ana-ruiz"
    assert speaker_of(found, "should worry the whole valley") == "ana-ruiz"


def test_an_argument_verb_after_a_named_subjects_aside_keeps_its_subject() -> None:
    found = padded_claims("Economist Ana Ruiz, who lives in Leeds, warned the council: \"The shops will close "
                          "within a year.\"")
    assert speaker_of(found, "The shops will close within a year") == "ana-ruiz"
