"""People, round 15: venues, events and trades ending a name; a cooperative's name; a housewife
before a name; a three-word name after a minister's field; a machine's model, a brand's product
and a pack size; a scorecard's entries; a Polynesian name's glottal stop; a route's start."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_fields import name_length_after_field
from generator.drafting.names_okina import okina_start
from generator.drafting.names_places import place_modified
from generator.drafting.names_scorecards import scorecard_entry
from generator.drafting.names_things import thing_names
from generator.drafting.nameshapes import kind_ends


def test_a_venue_an_event_or_a_trade_ends_no_persons_name() -> None:
    text = ("Bay travel to Kensington Oval to play Pickwick in Round 7.\n"
            "Taxis were parked at the Sefika and Pitso Ground ranks.\n"
            "Thanks to our match sponsor Bridgetown Marine Supplies for lunch.\n"
            "Austin spoke after the annual Security Consultative Meeting with Kim Yong-hyun.\n"
            "Dr Marcus Holder, of the University of the West Indies, Cave Hill Campus, said so.\n"
            "Sally Park said the ground was wet.\n")
    assert people(text) == ["Kim Yong-hyun", "Marcus Holder", "Sally Park"]


def test_a_surname_that_is_also_a_noun_of_a_place_is_left_alone() -> None:
    assert kind_ends(["Sally", "Park"]) is None
    assert kind_ends(["Tom", "Field"]) is None
    assert kind_ends(["Kensington", "Oval"]) == 'a venue: "Oval" ends its name'
    assert kind_ends(["Oval"]) is None


def test_a_cooperative_opens_a_companys_name() -> None:
    text = ("Cooperativa Café Timor, the largest buyer, said it had paid members more.\n"
            "Maria Fátima Belo said prices would hold.\n")
    assert people(text) == ["Maria Fátima Belo"]


def test_a_housewife_before_a_name_is_no_part_of_it() -> None:
    text = "Housewife Mavluda Saidova said a family of six needed two sacks a month.\n"
    assert people(text) == ["Mavluda Saidova"]


def test_three_words_after_a_ministers_field_are_the_name() -> None:
    text = ("Minister of Infrastructure and Public Utilities Jotham Napat Kalsakau told reporters so.\n"
            "Minister of Equipment and Water Karim Bennani said the dam was full.\n"
            "Minister for Civil Protection Stavros Kontogeorgis said the fire was out.\n")
    assert people(text) == ["Jotham Napat Kalsakau", "Karim Bennani", "Stavros Kontogeorgis"]


def test_two_words_stay_the_name_when_no_field_word_stands_before_three() -> None:
    assert name_length_after_field(["Water", "Karim", "Bennani"], set()) == 2
    assert name_length_after_field(["Public", "Utilities", "Jotham", "Napat", "Kalsakau"], set()) == 3
    assert name_length_after_field(["Public", "Utilities", "Jotham", "Napat", "Kalsakau"], {"jotham"}) == 2


def test_a_machines_model_and_a_brands_product_are_no_persons() -> None:
    text = ("Domestic services with Twin Otter and ATR aircraft continue to operate.\n"
            "Recall of Reefside brand canned tuna in brine.\n"
            "The authority is recalling three batches of Reefside Canned Tuna in Brine, 185 g, after tests.\n"
            "Ana Ruiz, 45, said the pilots of the aircraft were safe.\n")
    assert people(text) == ["Ana Ruiz"]


def test_a_name_beside_a_machine_noun_in_another_role_is_kept() -> None:
    assert thing_names("Tom Hale flew the aircraft home. Ana Ruiz, 45, said so.") == frozenset()
    assert thing_names("Ana Ruiz said so. The brand is new.") == frozenset()


def test_a_scorecards_entries_are_no_persons() -> None:
    text = ("Wanderers 211 (T. Moore 78; D. Greaves 5-48) & 176-9\n"
            "Left-arm spinner Dwayne Greaves finished with eight wickets.\n")
    assert people(text) == ["Dwayne Greaves"]


def test_a_single_initial_and_surname_with_a_figure_is_no_scorecard() -> None:
    line = "As J. Smith 2019 showed, the method works."
    assert not scorecard_entry(line, line.index("J."), line.index(" 2019"))
    card = "Bay 287 (K. Holder 94, R. Clarke 51)"
    assert scorecard_entry(card, card.index("K."), card.index(" 94"))


def test_a_polynesian_names_glottal_stop_is_kept() -> None:
    text = "Hihifo captain 'Aisea Havili, whose side scored three tries, said the call was hard.\n"
    assert people(text) == ["'Aisea Havili"]


def test_a_single_quotation_mark_is_no_glottal_stop() -> None:
    text = "He said 'Ana Ruiz must go,' and left.\n"
    assert okina_start(text, text.index("Ana"), text.index(" must")) == text.index("Ana")
    text = "It was 'Oscar Hale' on the list, she said.\n"
    assert okina_start(text, text.index("Oscar"), text.index("'", text.index("Oscar"))) == text.index("Oscar")


def test_a_routes_start_is_a_place() -> None:
    text = '"They still charge M9 from Ha Abia to town," said Teboho Ramakatane.\n'
    assert people(text) == ["Teboho Ramakatane"]


def test_a_person_a_letter_goes_from_is_no_route() -> None:
    assert place_modified("A letter from Tom Hale to the border guards arrived.") == frozenset()
    assert place_modified("A call from Tom Hale to the capital's mayor.") == frozenset()
