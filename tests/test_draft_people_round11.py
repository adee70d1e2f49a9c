"""People and countries, round 11: what the page around a capitalised name shows it to be
(the outlet's own name, a credit or contact line, a thing's name), hyphenated titles, a
family name written first, a speaker before a colon; demonyms opening a civil body's name,
a language's version and a capital beside another city."""

from __future__ import annotations

from pathlib import Path

from generator.drafting.countries import CountryFinder
from generator.drafting.evaluate import load_registry
from drafthelpers import line_spans, people
from generator.drafting.people import find_people

REGISTRY = Path(__file__).parent / "fixtures" / "eval"



def _countries(text: str) -> list[str]:
    return [c.code for c in CountryFinder(None).find(text, line_spans(text), [], lambda offset: 1)]


def test_a_hyphenated_title_is_cut_from_the_name() -> None:
    text = '"These are not abstract numbers," Auditor-General Petrina Shivute-Amukwaya said.'
    assert people(text) == ["Petrina Shivute-Amukwaya"]


def test_a_hyphenated_surname_is_kept_whole() -> None:
    assert people("Johannes Nakale-Haufiku wrote to the committee.") == ["Johannes Nakale-Haufiku"]


def test_the_outlet_named_in_the_copyright_line_is_no_person() -> None:
    text = ('"The canal cannot cut what Lloyd\'s charges," she told Nile Horizon.\n'
            "Hala El-Sayed is an economist.\n"
            "© 2026 Nile Horizon Media. All rights reserved.")
    assert people(text) == ["Hala El-Sayed"]


def test_the_masthead_in_capitals_names_the_outlet() -> None:
    text = "ØRESUND MONTHLY\nThe article appears in the December issue of Øresund Monthly, said Mette Kjærgaard."
    assert people(text) == ["Mette Kjærgaard"]


def test_a_photographer_credited_after_the_copyright_sign_is_no_outlet() -> None:
    text = "Julien Morel said the vote was close.\nPhoto © Julien Morel, The Paris Observer"
    assert people(text) == ["Julien Morel"]


def test_names_on_credit_and_contact_lines_are_furniture() -> None:
    text = ("Text: Jonas Lindqvist-Holm | Photography: Sun-hee Baek\n"
            'Music: "Sierra Dawn" by Lucho Tapia (licensed)\n'
            "Noémie Favre, communications, press@lakeside-ihl.org, +41 22 555 01 84\n"
            "Gabriela Treviño Salinas\n"
            "Staff writer\n"
            "Park Seo-yeon, who led the research, said the system was opaque.")
    assert people(text) == ["Park Seo-yeon"]


def test_a_name_alone_above_another_role_is_kept() -> None:
    text = "SIGNED\nRosemary Kiplagat\nPolice Spokesperson"
    assert people(text) == ["Rosemary Kiplagat"]


def test_things_the_page_names_like_people() -> None:
    text = ("Claudia, is the lithium joint venture with Kanematsu Hoshi on track?\n"
            "The men left in a silver Mazda Demio, which was found burnt out.\n"
            "Information can be given anonymously via Crime Stoppers on 0800 555 111.\n"
            "Leaders of eleven Atacameño Indigenous communities walked out.\n"
            "Watch Kurakhove and Pokrovsk, not just Kursk.\n"
            "This Thread may be Removed Anytime!\n"
            "Keep Current with Maren Holt\n"
            "Management of rural water points by the Ministry of Agriculture, Water and Land Reform\n"
            "Aroha Tane said the men were armed.")
    assert people(text) == ["Aroha Tane"]


def test_a_person_after_a_business_word_without_a_deal_is_kept() -> None:
    text = "Shares rose after Anneli Torkildsen said the dividend was safe."
    assert people(text) == ["Anneli Torkildsen"]


def test_a_name_the_page_keeps_writing_as_a_modifier_is_a_thing() -> None:
    text = ("[PacOps] Coral Link cable fault\n"
            "Sharing what we have on the Coral Link outage.\n"
            "CoralNet confirms a fault on the Coral Link submarine cable.")
    assert people(text) == []


def test_a_person_once_used_as_a_modifier_is_kept() -> None:
    text = "Jeffrey Epstein died in 2019.\nThe Jeffrey Epstein case is closed."
    assert people(text) == ["Jeffrey Epstein"]


def test_a_family_name_first_alias_needs_the_full_name() -> None:
    corpus = load_registry(REGISTRY)
    assert people("Pevkur: Kim's soldiers in Kursk\nHanno Pevkur said so.", corpus) == ["Hanno Pevkur"]


def test_a_surname_alias_still_resolves() -> None:
    corpus = load_registry(REGISTRY)
    assert people("The soldiers Kim lent to Putin", corpus) == ["Vladimir Putin"]


def test_a_speaker_before_a_colon_and_a_quotation() -> None:
    corpus = load_registry(REGISTRY)
    text = 'Zelensky on Monday: "Eleven thousand North Koreans are in Kursk."'
    assert people(text, corpus) == ["Volodymyr Zelenskyy"]


def test_a_headline_colon_without_a_quotation_gives_no_cue() -> None:
    corpus = load_registry(REGISTRY)
    assert people("Zelensky: the talks that never were", corpus) == []


def test_a_demonym_opening_a_civil_body_names_no_state() -> None:
    text = ("Hala El-Sayed, an economist at the American University in Cairo, said so.\n"
            "The company is listed on the Australian Securities Exchange.\n"
            "She spoke at the Portuguese Cultural Centre.\n"
            "In case of discrepancy, the Spanish version prevails.")
    assert _countries(text) == []


def test_a_demonym_opening_a_state_organ_names_the_state() -> None:
    assert _countries("The Russian Defence Ministry said so.") == ["RU"]


def test_a_capital_beside_another_city_is_a_place() -> None:
    assert _countries("Rents are now higher than those of Madrid or Milan.") == []


def test_two_capitals_side_by_side_are_governments() -> None:
    assert _countries("Talks between Washington and Moscow stalled.") == ["US", "RU"]
    assert _countries('"a choice between the West and Moscow"') == ["RU"]


def test_an_address_in_a_long_paragraph_leaves_its_names() -> None:
    text = ("Readers wrote to the council for weeks, and the complaints reached the mayor's office, "
            "which answered each of them in writing and promised a reply by the end of the month; "
            "Ana Ruiz said the answers were vague and sent her own to letters@example.org.")
    assert people(text) == ["Ana Ruiz"]


def test_a_long_paragraph_opening_with_an_imperative_keeps_its_names() -> None:
    text = "Watch the markets this week, Ana Ruiz said, because the central bank will decide on rates."
    assert people(text) == ["Ana Ruiz"]


def test_the_signatory_under_signed_is_read_on_a_clutter_line() -> None:
    text = "Police will seek more time.\nSIGNED\nRosemary W. Kiplagat\nPolice Spokesperson\n"
    people, _ = find_people(text, [(0, 27)], None, lambda offset: 1)
    assert [p.name for p in people] == ["Rosemary W. Kiplagat"]


def test_a_name_under_another_word_on_a_clutter_line_is_not_read() -> None:
    text = "Police will seek more time.\nSHARE\nRosemary W. Kiplagat\nPolice Spokesperson\n"
    people, _ = find_people(text, [(0, 27)], None, lambda offset: 1)
    assert people == []


def test_a_person_the_page_keeps_naming_before_a_campaign_is_kept() -> None:
    text = "Kamala Harris won the state.\nThe Kamala Harris campaign spent more.\nThe Kamala Harris team agreed."
    assert people(text) == ["Kamala Harris"]
