"""People, round 12: initials alone name nobody ("Mr D"); an office missing from the title
table ("Deputy Ombudsman"); a title's field going on after "and"; ships listed after their
plural noun; legal forms of other countries; a demonym ending a name of three words; a
short form of an earlier full name; a place after a capitalised preposition; a name ending
with a common noun; what a role is "of"; a number inside a name."""

from __future__ import annotations

from generator.drafting.institutions import company_names
from drafthelpers import line_spans, people
from generator.drafting.people import find_people



def test_initials_alone_name_nobody() -> None:
    text = '"I was sent a bill I could not pay," Mr D told the Ombudsman. Mr D, a customer in Inverness, complained.'
    assert people(text) == []


def test_a_titled_surname_is_still_a_person() -> None:
    assert people('"We will not pay," Mr Haddad said.') == ["Haddad"]


def test_an_office_before_a_name_is_its_title() -> None:
    text = 'Deputy Ombudsman Fiona McAllister said: "Rules exist so that customers do not pay."'
    people, _ = find_people(text, line_spans(text), None, lambda offset: 1)
    assert [(p.name, p.role) for p in people] == [("Fiona McAllister", "Deputy Ombudsman")]


def test_an_office_ends_no_name() -> None:
    assert people("Energy Complaints Ombudsman is a trading name of Consumer Redress Ltd.") == []


def test_a_titles_field_after_and_is_no_part_of_the_name() -> None:
    text = "Minister of Equipment and Water Karim Bennani, who inaugurated the unit, said it would open."
    assert people(text) == ["Karim Bennani"]


def test_a_name_after_and_with_no_title_before_keeps_its_words() -> None:
    text = "The talks brought together Ana Ruiz and Tomas Errazuriz Vial, who said little."
    assert people(text) == ["Ana Ruiz", "Tomas Errazuriz Vial"]


def test_ships_after_their_plural_noun_are_no_people() -> None:
    text = "The ferries Petar Hektorović and Ivan Meštrović would keep sailing, said Ana Babić."
    assert people(text) == ["Ana Babić"]


def test_people_after_a_plural_noun_for_people_stay_people() -> None:
    text = "The ministers Ana Ruiz and Tom Hale would keep talking, the statement said."
    assert people(text) == ["Ana Ruiz", "Tom Hale"]


def test_a_legal_form_makes_a_company_name() -> None:
    assert sorted(company_names("Thanh Long Steel JSC cut jobs. Novi Dnevnik d.o.o., Zagreb")) == [
        "Novi Dnevnik", "Thanh Long", "Thanh Long Steel"]
    text = 'Thanh Long Steel JSC will cut jobs. "Thanh Long will not be the last," he said.'
    assert people(text) == []


def test_a_legal_form_needs_two_capitalised_words() -> None:
    assert company_names("the firm is a jsc now, said Ana") == set()


def test_a_demonym_ending_a_name_of_three_words_is_a_given_name() -> None:
    text = "Its secretary-general, Dinh Quoc Thai, said other producers were considering cuts."
    assert people(text) == ["Dinh Quoc Thai"]


def test_a_demonym_after_a_place_is_no_name() -> None:
    assert people("The minister met Bangkok Chiang Thai, the paper said.") == []


def test_a_short_form_of_an_earlier_full_name_is_the_same_person() -> None:
    text = 'Dr Nurul Aisyah Kamaruddin, a senior lecturer, said so.\n"Seoul should worry," Nurul Aisyah said.'
    people, _ = find_people(text, line_spans(text), None, lambda offset: 1)
    assert [(p.name, p.aliases) for p in people] == [("Nurul Aisyah Kamaruddin", ("Nurul Aisyah",))]


def test_a_different_second_word_is_another_person() -> None:
    text = 'Dr Nurul Aisyah Kamaruddin, a lecturer, said so.\n"Seoul should worry," Nurul Huda said.'
    assert people(text) == ["Nurul Aisyah Kamaruddin", "Nurul Huda"]


def test_a_capitalised_preposition_opens_a_place() -> None:
    text = "At Dickoya Estate near Hatton, the pluckers were idle. Inside Namboole, work goes on."
    assert people(text) == []


def test_a_name_ending_in_a_common_noun_is_a_thing() -> None:
    text = "Prices at the weekly Colombo Tea Auction fell. The auction is run by brokers; tea is sold."
    assert people(text) == []


def test_a_surname_the_page_never_writes_in_lower_case_stays() -> None:
    text = "Prices at the weekly auction fell, Ana Ruiz Vega wrote. The auction is run by brokers."
    assert people(text) == ["Ana Ruiz Vega"]


def test_what_a_role_is_of_is_a_body() -> None:
    text = '"Few are ready," said Grace Nakato, chief executive of Rwenzori Highland Exports, on Monday.'
    assert people(text) == ["Grace Nakato"]


def test_a_relation_other_than_a_role_keeps_the_person() -> None:
    text = "The award went to a daughter of Tom Hale Barrow, the paper reported."
    assert people(text) == ["Tom Hale Barrow"]


def test_a_number_inside_a_name_is_no_persons() -> None:
    text = "The board set a target of bringing Dordi Khola-2 into operation, Rajendra Man Shrestha wrote."
    assert people(text) == ["Rajendra Man Shrestha"]


def test_a_person_introduced_by_one_name_is_a_person() -> None:
    text = "A worker at the plant, who gave only her first name, Lan, said staff had been told."
    assert people(text) == ["Lan"]


def test_a_single_word_with_a_cue_alone_names_nobody() -> None:
    assert people("A worker at the plant, Lan, said staff had been told.") == []


def test_a_bodys_name_after_the_holding_a_titles_word_is_no_person() -> None:
    text = "The dividend is subject to approval by the Annual General Meeting, Ana Ruiz said."
    assert people(text) == ["Ana Ruiz"]


def test_a_title_and_a_surname_without_the_stay_a_person() -> None:
    assert people('"No," Unification Minister Kim said.') == ["Kim"]


def _countries(text: str) -> list[str]:
    from generator.drafting.countries import CountryFinder
    return [c.code for c in CountryFinder(None).find(text, line_spans(text), [], lambda offset: 1)]


def test_a_demonym_before_private_people_is_no_state() -> None:
    assert _countries("A German couple waiting in the queue said they had missed two days.") == []


def test_a_demonym_before_officials_is_the_state() -> None:
    assert _countries("German officials said the queue would clear.") == ["DE"]


def test_a_surname_the_page_writes_only_as_an_adjective_stays() -> None:
    """Only a noun use makes a name's last word its kind: "young people" is no "the young"."""
    assert people("Neil Young cancelled the tour. Young fans were upset, and young people wrote.") == ["Neil Young"]
    assert people("Gordon Brown wrote the preface. The brown envelope arrived.") == ["Gordon Brown"]
