"""People, round 14: a body's name before its acronym; place and company words of other
languages opening or ending a name; an event after "the weekly"; "Prince" before an
initial; "The" and a demonym before a body; lists of places after "parts of" and "city,
including"; a place before "road"; the outlet's language edition; author lines and author
boxes; an open letter's signatories."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_acronyms import spelled_out
from generator.drafting.names_bylines import BylineNames, author_line
from generator.drafting.names_places import place_modified
from generator.drafting.names_signatories import signatory_lines
from generator.drafting.nameshapes import not_a_person
from generator.drafting.pageevidence import OutletNames
from generator.drafting.people import find_people


def test_a_body_spelled_out_before_its_acronym_is_no_person() -> None:
    text = ("Depots of the state-owned Agricultural Development and Marketing Corporation (ADMARC) are empty.\n"
            "Yacimientos Petrolíferos Fiscales Bolivianos (YPFB) said two tankers were waiting.\n"
            "Tiwonge Banda said prices had doubled.\n")
    assert people(text) == ["Tiwonge Banda"]


def test_a_politician_and_his_party_are_not_an_acronym() -> None:
    text = "Pedro Sánchez (PSOE) said the vote would go ahead."
    assert not spelled_out(text, ["Pedro", "Sánchez"], text.index(" ("))
    assert people(text) == ["Pedro Sánchez"]


def test_place_and_company_words_of_other_languages_open_or_end_no_persons_name() -> None:
    text = ("The ships will go to Costa Maya and Cozumel, the mayor said.\n"
            "A car was swept away while crossing Wadi Al Kabir.\n"
            "Aguas de Roatán said a new well field would open.\n"
            "The Thirsty Canal, by Itzel Castrellón. Editorial Puente, 312 pages.\n"
            "Andina Litio wants to raise its extraction of brine.\n"
            "Shirley Connor said households had no water.\n")
    assert people(text) == ["Itzel Castrellón", "Shirley Connor"]


def test_a_company_word_inside_a_name_does_not_reject_it() -> None:
    assert not_a_person("Ana Editora said so.", ["Ana", "Editora"], 0, 11) is None


def test_the_weekly_event_is_no_person() -> None:
    text = ("Prices at the weekly Colombo Tea Auction have fallen.\n"
            "The late Tom Hale founded the auction, Ana Ruiz said.\n")
    assert people(text) == ["Tom Hale", "Ana Ruiz"]


def test_prince_before_an_initial_is_a_given_name() -> None:
    text = ("Bong County Superintendent Prince K. Tokpah called the protest understandable.\n"
            "Britain's Prince William visited the camp.\n")
    assert people(text) == ["Prince K. Tokpah", "William"]


def test_the_and_a_demonym_before_a_body_is_no_person() -> None:
    text = ("The Costa Rican Red Cross said its crews had taken 23 people to hospital.\n"
            "The Spanish Foreign Minister Ana Ruiz said so.\n")
    assert people(text) == ["Ana Ruiz"]


def test_places_listed_after_parts_of_or_city_including_are_places() -> None:
    text = ("The schedule affects suburbs of the city, including Nkulumane, Pumula and Cowdray Park.\n"
            "Power was cut to parts of Al Hamra.\n"
            "Al Hamra was flooded.\n"
            "Cowdray Park residents queued.\n"
            "Al Gore said so.\n")
    assert people(text) == ["Al Gore"]


def test_a_name_before_road_is_a_place_on_the_whole_page() -> None:
    text = "Police closed the Nizwa–Al Hamra road. Floods hit Ibri and Al Hamra on Tuesday."
    assert "Al Hamra" in place_modified(text)
    assert place_modified("Ana Ruiz said the road was shut.") == frozenset()


def test_the_outlets_language_edition_is_the_outlet() -> None:
    outlets = OutletNames("Story\n© 2024 Al-Sour TV. All rights reserved.")
    assert outlets.holds(["Al-Sour", "English"])
    assert not outlets.holds(["Al-Sour", "Roumi"])


def test_an_author_line_with_the_outlet_names_no_person_of_the_story() -> None:
    text = ("Ukraine reports first clashes\n"
            "Hessa Al-Roumi | Al-Sour English, with agencies\n"
            "Rustem Umerov said the fighting had begun.\n"
            "© 2024 Al-Sour TV. All rights reserved.\n")
    assert people(text) == ["Rustem Umerov"]
    assert author_line(text, text.index("Hessa"), text.index(" |"), OutletNames(text))


def test_a_name_and_a_comma_in_a_sentence_is_no_author_line() -> None:
    text = "Ana Ruiz, a spokeswoman for the ministry, said the Daily News had it wrong.\n"
    assert not author_line(text, 0, 8, OutletNames(text))
    assert people(text) == ["Ana Ruiz"]


def test_the_reviewers_box_under_the_story_names_no_person() -> None:
    text = ("Reviewed by Rodrigo Sáenz Arosemena\n"
            "The book is long, Itzel Castrellón said.\n"
            "Rodrigo Sáenz Arosemena is a historian. He teaches at the university.\n")
    body = [(text.index("The book"), len(text) - 1)]
    found, _ = find_people(text, body, None, lambda offset: 1)
    assert [p.name for p in found] == ["Itzel Castrellón"]


def test_a_sentence_opened_by_by_gives_no_byline() -> None:
    assert BylineNames("By Monday, Ana Ruiz had left.\nAna Ruiz is a doctor.\n").authors == frozenset()


def test_an_open_letters_signatories_are_people() -> None:
    text = ("We believe this shortage is already costing lives.\n\n"
            "Yours faithfully,\n\n"
            "Dr Nalini Persaud, Consultant Paediatrician, GPHC\n"
            "Dr Rajiv Singh, Head of Emergency Medicine, GPHC\n"
            "Dr Michael Fung-A-Fat, Anaesthetist, GPHC\n"
            "and 64 other medical practitioners\n"
            "Related statements\n")
    body = [(0, text.index("\n"))]  # the signatures are furniture to the layout
    found, _ = find_people(text, body, None, lambda offset: 1)
    assert [p.name for p in found] == ["Nalini Persaud", "Rajiv Singh", "Michael Fung-A-Fat"]


def test_lines_under_a_closing_stop_at_another_shape() -> None:
    text = "Yours sincerely,\nThe Board of Directors met on Monday to decide.\nTom Hale\n"
    assert signatory_lines(text, []) == []


def test_a_post_in_title_case_after_a_name_is_no_person() -> None:
    text = ("Dr Mere Tawhiri, Research Fellow, Centre for Defence and Security Studies, comments:\n"
            "Ana Ruiz, Senior Lecturer at Massey University, said so.\n")
    assert people(text) == ["Mere Tawhiri", "Ana Ruiz"]


def test_the_and_a_demonym_before_a_person_without_its() -> None:
    text = "The Kenyan Eliud Kipchoge said the race was hard.\n"
    assert people(text) == ["Eliud Kipchoge"]
