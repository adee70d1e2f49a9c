"""People, round 16b: a name with no evidence of a person and a sign of a thing (`names_evidence`);
lectures, prizes, memorials, forests and car makers by their own words; a military exercise; a
Thai temple; places after "the hamlet of" or joined before a plural kind of place; a ship named
after a knight; commodores and archbishops as titles; a legal form before a full stop; the
apostrophe of a Sesotho name."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_evidence import thing_sign
from generator.drafting.names_okina import okina_start
from generator.drafting.names_places import place_modified
from generator.drafting.nameshapes import kind_ends, not_a_person


def test_a_name_with_no_evidence_and_a_word_the_page_uses_as_a_noun_is_no_persons() -> None:
    text = ("Judges praised Afro Nation in Lisbon.\n"
            "The afro was the theme, chair Esi Edugyan said.\n")
    assert people(text) == ["Esi Edugyan"]


def test_a_word_in_lower_case_does_not_drop_a_person_with_evidence() -> None:
    text = ("On Monday, Frank Tayali opened the runway.\n"
            "The frank was stamped, Tayali told reporters.\n")
    assert people(text) == ["Frank Tayali"]


def test_a_capital_inside_a_word_is_a_brands_not_a_surnames() -> None:
    text = ("Henok Mulubrhan beat Team TotalEnergies at the Kigali Arena.\n"
            "\"The crowd gave me power,\" Mulubrhan said.\n")
    assert people(text) == ["Henok Mulubrhan"]
    assert thing_sign("Team TotalEnergies", frozenset()) == '"TotalEnergies" has a capital inside'
    assert thing_sign("Shane McLennan", frozenset()) is None
    assert thing_sign("Ron DeSantis", frozenset()) is None


def test_a_name_after_the_and_an_adjective_is_a_things() -> None:
    text = ("Ford unveiled the updated Everest Platinum in Melbourne.\n"
            "Everest Platinum buyers will wait, Andrew Birkic said.\n")
    assert people(text) == ["Andrew Birkic"]


def test_the_late_before_a_name_and_a_plural_noun_after_the_are_no_sign_of_a_thing() -> None:
    text = ("Crowds honoured the late Kenneth Kaunda in Lusaka.\n"
            "The soldiers Kim Jong Un lent to Russia are in Kursk.\n")
    assert people(text) == ["Kenneth Kaunda", "Kim Jong Un"]


def test_a_romance_article_opening_a_name_is_a_houses_or_a_places() -> None:
    text = "Director Fernando Sáez said visitors flocked to La Chascona in Barrio Bellavista.\n"
    assert people(text) == ["Fernando Sáez"]
    assert thing_sign("Marine Le Pen", frozenset()) is None


def test_lectures_prizes_memorials_and_gardens_named_after_people_are_no_persons() -> None:
    text = ("Nelson Mandela Lecture draws record crowd\n"
            "Former chief justice Willy Mutunga delivered the lecture, said Sello Hatang.\n"
            "Guests visited the Sir Seewoosagur Ramgoolam Botanical Garden and the Queen Salote Memorial Hall.\n"
            "The Jose Rizal Award went to a teacher.\n")
    assert people(text) == ["Willy Mutunga", "Sello Hatang"]
    assert kind_ends(["Salote", "Memorial", "Hall"]) == 'a place or an event named after someone: "Memorial" is in its name'
    assert kind_ends(["Stuart", "Hall"]) is None


def test_forests_car_makers_exercises_and_thai_temples_are_no_persons() -> None:
    text = ("The race ends at Nyungwe Forest, organiser Eric Manizabayo said.\n"
            "Volvo Cars will build the EX30 in Ghent, chief executive Jim Rowan said.\n"
            "Ships arrived for Exercise Tiger Claw, Commodore Rajesh Menon said.\n"
            "Villagers were moved to Wat Pho Chai, district chief Somchai Wongsawat said.\n")
    assert people(text) == ["Eric Manizabayo", "Jim Rowan", "Rajesh Menon", "Somchai Wongsawat"]
    assert not_a_person("", ["Forest", "Whitaker"], 0, 0) is None


def test_martyrs_day_is_a_holiday_and_an_archbishop_a_title() -> None:
    text = ("Martyrs Day pilgrims walk to Namugongo\n"
            "Archbishop Paul Ssemogerere led mass, he said.\n")
    assert people(text) == ["Paul Ssemogerere"]


def test_places_after_a_kind_and_of_or_joined_before_a_plural_kind() -> None:
    text = ("A landslide buried the hamlet of Lang Nu, Nguyen Thi Hoa said.\n"
            "Vinh Phuc and Thai Nguyen provinces also reported floods, she said.\n")
    assert people(text) == ["Nguyen Thi Hoa"]
    assert place_modified("Tom Hale and Ana Ruiz visited.") == frozenset()


def test_a_ship_named_after_a_knight_is_no_person_but_the_knights_namesake_is() -> None:
    text = ("The frigate Sir Seewoosagur Ramgoolam will join them.\n"
            "Prime Minister Navin Ramgoolam welcomed the crews.\n"
            "Sir David Attenborough sent a message.\n")
    assert people(text) == ["Navin Ramgoolam", "David Attenborough"]


def test_a_legal_form_before_a_full_stop_ends_no_persons_name() -> None:
    text = "The works were done by China Jiangxi Corporation. Minister Frank Tayali said so.\n"
    assert people(text) == ["Frank Tayali"]


def test_the_apostrophe_of_a_sesotho_married_womans_name_is_kept() -> None:
    text = "Queen 'Masenate Mohato Seeiso visited the injured.\n"
    assert people(text) == ["'Masenate Mohato Seeiso"]
    assert okina_start("He said 'Many left' on Monday.", 9, 13) == 9


def test_a_name_with_no_evidence_and_no_sign_of_a_thing_stays() -> None:
    assert people("Visitors met Akosua Mensah at the park gate.\n") == ["Akosua Mensah"]
