"""People, round 17b: labels before a colon in listings and notices, a role noun before a
name ending in a place's word, and death notices' headings (`names_colonlabels`,
`names_rolebefore`, `names_obituary`)."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_colonlabels import colon_label
from generator.drafting.names_obituary import heads
from generator.drafting.names_rolebefore import noun_before


def test_a_label_before_a_colon_and_lower_case_text_is_no_person() -> None:
    text = ("Travel Tip: acclimatise for two days in Cusco.\n"
            "Insider Tip: arrive before 8am, said Giulia Bertolini, a local guide.\n")
    assert people(text) == ["Giulia Bertolini"]


def test_a_listings_label_before_a_sentence_is_no_person() -> None:
    text = ("Fluvial Procession: Saturday dawn, from Mandaue to Pier 1.\n"
            "Mayor Nestor Archival urged visitors to book hotels early.\n")
    assert people(text) == ["Nestor Archival"]


def test_a_transcripts_turns_are_speakers() -> None:
    text = ("Patricia Karvelas: Minister, are the buybacks working?\n"
            "Murray Watt: They are.\n"
            "Patricia Karvelas: Farmers say towns are dying.\n"
            "Murray Watt: We have set aside money.\n")
    assert people(text) == ["Patricia Karvelas", "Murray Watt"]
    assert not colon_label(text, [(0, 17), (95, 112)])


def test_a_turn_opening_with_i_is_a_speakers() -> None:
    assert not colon_label("Tom Hale: I think so.\n", [(0, 8)])
    assert colon_label("Please Note: power may be restored early.\n", [(0, 11)])
    assert not colon_label("The chair, Tom Hale: no comment.\n", [(11, 19)])  # not at a line's opening


def test_a_role_noun_makes_a_places_word_last_a_surname() -> None:
    text = "Local guide Edvaldo Santos Lima leads walks to the cave lake.\n"
    assert people(text) == ["Edvaldo Santos Lima"]
    assert noun_before(text, 12)


def test_a_place_after_a_preposition_is_no_person() -> None:
    text = "Flights to Santos Lima resumed on Monday, said Ana Ruiz.\n"
    assert not noun_before(text, 11)
    assert people(text) == ["Ana Ruiz"]


def test_a_death_notices_heading_names_given_names_and_surname() -> None:
    text = ("CAMPBELL, Margaret Anne. Passed away peacefully at Dunedin Hospital.\n"
            "O'SULLIVAN, Mary (née Murphy), Ballincollig, Co. Cork.\n")
    assert people(text) == ["Margaret Anne Campbell", "Mary O'Sullivan"]


def test_an_agency_dateline_is_no_death_notice() -> None:
    assert heads("NAIROBI, Kenya (AP) - Rain fell for a week.\n") == []
    assert heads("The family, Margaret Anne, left.\n") == []  # no surname in capitals at the line's opening


def test_places_heads_and_ends_of_other_kinds_are_no_people() -> None:
    text = ("Thousands of homes in Kabupaten Demak were flooded, officials said.\n"
            "Homes sold on Saturday, said agent Michael Kollosche.\n")
    assert people(text) == ["Michael Kollosche"]


def test_a_given_name_is_no_indonesian_place_head() -> None:
    text = "\"We are ready,\" said coach Jim Beach of Desa Wonosari.\n"  # "Desa" opens the village alone
    assert people(text) == ["Jim Beach"]


def test_a_number_word_opens_no_name() -> None:
    text = "Sri Lanka won by Six Wickets on Sunday, captain Charith Asalanka told reporters.\n"
    assert people(text) == ["Charith Asalanka"]


def test_a_paper_beside_another_paper_is_no_person() -> None:
    text = "Diario Tiempo and Proceso Digital said the vote was 70 to 58.\n"
    assert people(text) == []


def test_people_beside_each_other_stay_people() -> None:
    text = "Ana Ruiz and Proceso Digital said the vote was 70 to 58.\n"  # no paper's word in either
    assert people(text) == ["Ana Ruiz", "Proceso Digital"]


def test_an_indonesian_title_is_no_part_of_the_name() -> None:
    text = "Gubernur Ahmad Luthfi meninjau lokasi pada Minggu.\n"
    assert people(text) == ["Ahmad Luthfi"]


def test_a_title_like_word_labelling_a_results_list_names_nobody() -> None:
    text = ("General Classification: 1. Rodrigo Contreras; 2. Harold Tejada at 0:34\n"
            "Team director Luis Fernando Saldarriaga said his riders would defend the lead.\n")
    assert people(text) == ["Rodrigo Contreras", "Harold Tejada", "Luis Fernando Saldarriaga"]


def test_a_title_and_surname_taking_turns_in_a_transcript_are_a_person() -> None:
    text = ("Senator Whitlock: The bill is fair.\n"
            "Anchor Ana Ruiz: Is it?\n"
            "Senator Whitlock: It is.\n")
    assert "Whitlock" in people(text)
