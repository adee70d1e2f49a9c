"""People, round 13: an expert's heading line names its speaker; a name after a company
noun is a company's on the whole page; place names opened or ended by other languages'
place words; transport and works companies' trade words; an outlet named "… Info"; a
body's possessive; "the" and a demonym before a national body."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.countries import CountryFinder
from generator.drafting.names_companies import after_company_noun
from generator.drafting.names_places import place_modified
from generator.drafting.people import find_people
from generator.drafting.recordlines import comment_heading_lines


def test_an_experts_heading_line_names_the_speaker() -> None:
    text = ("The centre asked experts to comment.\n"
            "Dr Hana Lindqvist, Senior Lecturer in Strategic Studies, Victoria University, comments:\n"
            '"Moscow is running out of men."\n')
    assert [text[a:b] for a, b in comment_heading_lines(text, [])] == ["Dr Hana Lindqvist"]


def test_an_experts_heading_in_clutter_still_gives_a_person() -> None:
    text = ("Tom Ellery, former defence attaché in Seoul, now a consultant, comments:\n"
            '"Kyiv will use this," he said.\n')
    body = [(text.index('"Kyiv'), len(text) - 1)]  # the heading line is left out, as furniture is
    found, _ = find_people(text, body, None, lambda offset: 1)
    assert [p.name for p in found] == ["Tom Ellery"]


def test_a_line_with_one_comma_before_comments_is_no_heading() -> None:
    text = "Conflict of interest statement: none, comments:\nReaders, comments: closed\n"
    assert comment_heading_lines(text, []) == []


def test_a_name_after_a_company_noun_is_a_company_everywhere() -> None:
    text = ("Fares will rise, the operator Dakar Mobilité said on Tuesday.\n"
            "Dakar Mobilité said the increase was needed.\n"
            '"It is a tax," said Fatou Ba.\n')
    assert after_company_noun(text) == {"Dakar Mobilité"}
    assert people(text) == ["Fatou Ba"]


def test_a_name_with_a_particle_after_a_company_noun() -> None:
    text = ("The plant was built by Spanish group Aguas del Estrecho together with a local firm.\n"
            "Aguas del Estrecho's country director, Javier Ortuño, said so.\n")
    assert people(text) == ["Javier Ortuño"]


def test_a_person_after_a_company_noun_and_a_comma_stays_a_person() -> None:
    text = "A lawyer for the company, Ana Ruiz, said it would appeal. Ana Ruiz said more later.\n"
    assert after_company_noun(text) == set()
    assert people(text) == ["Ana Ruiz"]


def test_other_languages_place_words_open_or_end_place_names() -> None:
    text = ("They will hold a sit-in on Route de Rufisque on Saturday.\n"
            '"People moved to Keur Massar because of the BRT," Moussa Gaye said.\n'
            "The stations, Qo'yliq Bozori and Chilonzor, open today.\n"
            "The patrol ship Isla San Cristóbal followed the fleet.\n"
            "Wisma Putra said it was concerned.\n")
    assert people(text) == ["Moussa Gaye"]


def test_a_given_name_like_a_place_word_is_not_taken() -> None:
    assert people('"We will stay," Isabel Route said.') == ["Isabel Route"]


def test_transport_and_works_trades_are_companies() -> None:
    text = ("The bus, operated by Transportes Occidente, had passed its inspection.\n"
            "The union rejects the plan by Nordmark Terminals to automate.\n"
            "Zitouna Oils, Tunisia's second-largest exporter, expects a fall.\n"
            "Tashkent Metropoliteni said the ring would open.\n")
    assert people(text) == []


def test_an_outlet_named_info_is_no_person() -> None:
    assert people('"Buses are full," Ibrahima Diallo told Teranga Info.') == ["Ibrahima Diallo"]


def test_a_bodys_possessive_is_no_person() -> None:
    text = "Reykjavík City's deputy mayor, Helga Stefánsdóttir, said the city could not pay.\n"
    assert people(text) == ["Helga Stefánsdóttir"]


def test_the_and_a_demonym_before_a_name_may_be_a_person() -> None:
    """"The Briton", "the American" name a person by nationality, as sports and
    foreign news do: "the" and a demonym do not make a national body of the name."""
    text = "The Briton Tom Ellery said the talks had failed. Ellery teaches in Leeds.\n"
    assert people(text) == ["Tom Ellery"]


def test_the_demonym_and_a_title_before_a_person() -> None:
    text = "The Costa Rican President Rodrigo Chaves said the crews had done well.\n"
    assert people(text) == ["Rodrigo Chaves"]


def test_a_reporters_note_names_no_person_of_the_story() -> None:
    text = ('"The troops are learning," Martina Horváthová said.\n'
            "Tomáš Hrubý covers foreign and security policy for the Tatra Times.\n")
    assert people(text) == ["Martina Horváthová"]


def test_a_speaker_who_covers_something_is_still_a_person() -> None:
    text = "Tomáš Hrubý covers the costs, the minister said, and Tomáš Hrubý agreed.\n"
    assert people(text) == ["Tomáš Hrubý"]


def test_a_name_written_before_a_kind_of_place_is_a_place() -> None:
    text = ("The stations, Olmazor, Yangi Hayot and Chilonzor, add 11 km of track.\n"
            '"It is a first," Bahodir Karimov said at the opening of Yangi Hayot station.\n')
    assert place_modified(text) >= {"Yangi Hayot"}
    assert people(text) == ["Bahodir Karimov"]


def test_a_field_in_a_ministrys_name_is_no_person() -> None:
    text = "Most went to Europe, according to the Ministry of Agriculture, Animal Industry and Fisheries.\n"
    assert people(text) == []


def test_a_person_after_a_ministrys_name_and_a_comma_stays_a_person() -> None:
    text = "A spokesman for the Ministry of Health, Grace Nakato, said the figures were wrong.\n"
    assert people(text) == ["Grace Nakato"]


def test_a_body_word_opening_a_name_is_no_title() -> None:
    text = "Hospital San Rafael de Alajuela has received 23 patients from the crash.\n"
    assert people(text) == []


def _countries(text: str) -> list[str]:
    return [g.code for g in CountryFinder(None).find(text, [(0, len(text))], [], lambda offset: 1)]


def test_a_continental_demonym_is_no_state() -> None:
    assert _countries("The bus crashed on the Inter-American Highway near Naranjo.") == []


def test_an_american_official_is_still_a_state() -> None:
    assert _countries("An American official said the bus crashed near Naranjo.") == ["US"]


def test_a_capital_before_a_company_noun_is_a_place() -> None:
    assert _countries("He now runs the Oslo consultancy Nordkapp Risk.") == []


def test_a_capital_as_a_government_still_counts() -> None:
    assert _countries("Oslo said it would send aid.") == ["NO"]
