"""People, round 19b: German articles inside a run (`names_german`), long German compound
titles, trades and ranks before a name ("Opener", "Matron"), services, appeals, societies and
missions last in a name (`nameshapes`), place nouns' abbreviations first (`names_placeabbrevs`)."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_german import german_article_inside
from generator.drafting.names_placeabbrevs import place_abbreviation
from generator.drafting.occupations import is_title_compound


def test_a_german_article_after_a_capitalised_word_is_no_name_particle() -> None:
    text = ("Der Gemeinderat hat am Donnerstag den Bau des Hallenbads beschlossen. "
            "Kritik kam vom Bund der Steuerzahler Baden-Württemberg.\n"
            "Fraktionschefin Petra Rühle sagte, das Schwimmbad sei überfällig.\n")
    assert people(text) == ["Petra Rühle"]


def test_surnames_with_van_der_and_von_der_are_kept() -> None:
    assert not german_article_inside(["Ursula", "von", "der", "Leyen"])
    assert not german_article_inside(["Jan", "van", "den", "Berg"])
    text = "Ursula von der Leyen met Pieter van den Berg in Brussels, she said.\n"
    assert people(text) == ["Ursula von der Leyen", "Pieter van den Berg"]


def test_a_long_german_role_compound_is_a_title() -> None:
    assert is_title_compound("baubürgermeister")
    assert not is_title_compound("administer")
    text = "Baubürgermeister Peter Pätzold sprach von einem wichtigen Schritt.\n"
    assert people(text) == ["Peter Pätzold"]


def test_a_sports_role_or_a_nursing_rank_before_a_name_is_stripped() -> None:
    text = ("Opener Fakhar Zaman struck 98 off 54 balls.\n"
            "For informal enquiries contact Matron Joanne Whitfield.\n")
    assert people(text) == ["Fakhar Zaman", "Joanne Whitfield"]


def test_an_opener_surname_is_not_stripped_inside_a_sentence() -> None:
    text = "The award went to Opener Smith Jones, said coach Ana Ruiz.\n"
    assert people(text) == ["Opener Smith Jones", "Ana Ruiz"]


def test_services_appeals_societies_and_missions_are_no_people() -> None:
    text = ("Please pray for Kathleen Brennan, whose Funeral Mass was celebrated on Tuesday.\n"
            "The Saint Vincent de Paul Society collection and the Trócaire Lenten Appeal continue.\n"
            "The National Green Hydrogen Mission promised five million tonnes, said Arvind Subramanian.\n")
    assert people(text) == ["Kathleen Brennan", "Arvind Subramanian"]


def test_a_place_abbreviation_opens_a_place_not_a_person() -> None:
    assert place_abbreviation(["Co.", "Cork"])
    assert not place_abbreviation(["Colm", "Cork"])
    text = ("Peacefully, at home in Ballincollig, Co. Cork, aged 84.\n"
            "Enquiries to funeral director Colm Cork.\n")
    assert people(text) == ["Colm Cork"]


def test_a_circus_a_utility_and_a_body_are_no_people() -> None:
    text = ("Central Library on Regent Circus reopened on Monday, said councillor Rebecca Hawthorne.\n"
            "Die Stadtwerke Stuttgart übernehmen den Betrieb.\n")
    assert people(text) == ["Rebecca Hawthorne"]


def test_a_month_given_name_before_surname_particles_is_kept() -> None:
    text = "The local Algemeen Belang group will be in opposition, its leader Jan van den Berg said.\n"
    assert people(text) == ["Jan van den Berg"]


def test_a_month_before_a_particle_stays_a_date() -> None:
    text = "Results came in Jan van der Berg's absence, said Ana Ruiz on 4 Jan de facto.\n"
    assert people(text) == ["Ana Ruiz"]


def test_a_german_role_noun_and_a_water_utility() -> None:
    text = ("Auch Ökonomin Veronika Grimm warnte vor den Folgen.\n"
            "Yorkshire Water said the leak was fixed, according to engineer Ruth Waters.\n")
    assert people(text) == ["Veronika Grimm", "Ruth Waters"]


def test_a_five_word_headline_run_is_no_signature() -> None:
    text = ("Asia Travel Desk\nChiang Mai Reopens Night Safari\n"
            "The park reopened on Monday after a renovation, said director Somchai Wongsawat.\n")
    assert people(text) == ["Somchai Wongsawat"]


def test_a_signed_name_of_four_words_is_kept() -> None:
    text = "We thank all our volunteers for their work this year.\nMaría José Pérez Gómez\n"
    assert people(text) == ["María José Pérez Gómez"]


def test_a_programme_line_naming_a_person_with_a_title_after_a_comma() -> None:
    text = ("Nordic Energy Summit 2026\n09:30 Opening Keynote: Terje Aasland, Minister of Energy, Norway\n"
            "10:15 Panel: Offshore Wind After Hywind Tampen\nModerator: Ingrid Solberg, Energy Editor, Dagens Næringsliv\n")
    assert people(text) == ["Terje Aasland", "Ingrid Solberg"]


def test_a_programme_line_with_a_body_after_a_comma_is_no_person() -> None:
    text = "Nordic Energy Summit 2026\n11:30 Networking Lunch, Home Affairs\n13:00 Harbour Lounge, National Museum\n"
    assert people(text) == []


def test_father_abbreviated_opens_a_priests_name() -> None:
    text = "Parish Priest: Fr. Anthony Nwosu. Parish Office open on Mondays.\n"
    assert people(text) == ["Anthony Nwosu"]


def test_a_dutch_surname_opened_by_den_alone_stays_a_person() -> None:
    """"den" opens Dutch surnames without "van" ("Joop den Uyl"); German's "den" after a
    weekday ("Donnerstag den Bau") is the one the article rule takes."""
    text = "Former prime minister Joop den Uyl said the coalition would hold.\n"
    assert people(text) == ["Joop den Uyl"]
