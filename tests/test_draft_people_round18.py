"""People, round 18: forms of address of other languages, honorifics inside Somali and Arabic
names, lights' characters, places named by a part of their name, a title and a lone surname
after "the", a state's name before a body, and the page's own outlet in title case
(`lexicon`, `names_innertitles`, `names_technical`, `names_localities`, `names_titlethe`,
`pageevidence`)."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_innertitles import inner_title
from generator.drafting.names_localities import part_place
from generator.drafting.names_technical import light_character
from generator.drafting.names_titlethe import the_state_name, the_title_surname


def test_a_form_of_address_is_no_part_of_the_name() -> None:
    text = ('"We boil everything," said Nei Tokanang Ioane, a mother of four in Temwaiku.\n'
            "Mallam Ibrahim Sule, a textile dealer, said the levy was unfair.\n"
            "Encik Rosli Hamzah, a village head, said the river had risen.\n")
    assert people(text) == ["Tokanang Ioane", "Ibrahim Sule", "Rosli Hamzah"]


def test_a_given_name_that_is_a_form_of_address_elsewhere_is_kept() -> None:
    text = "Ato Boldon said the sprint was fast.\nPak Pong Ju said the plan was ready.\n"
    assert people(text) == ["Ato Boldon", "Pak Pong Ju"]


def test_binti_joins_a_malay_name() -> None:
    text = "Puan Siti Aishah binti Ismail, 54, said her house had been under water.\n"
    assert people(text) == ["Siti Aishah binti Ismail"]


def test_sheikh_after_a_given_name_is_part_of_the_name() -> None:
    text = ("The visitors pressed, but Heegan's coach, Abdullahi Sheikh Omar, sent on Abdiwali Mahad Abdi.\n"
            '"I told him to be brave," Omar said after the match.\n'
            "Somali President Hassan Sheikh Mohamud sent a message.\n")
    assert people(text) == ["Abdullahi Sheikh Omar", "Abdiwali Mahad Abdi", "Hassan Sheikh Mohamud"]
    assert inner_title(["Mohamed", "Haji", "Hassan"], 1)


def test_sheikh_before_the_first_name_stays_a_title() -> None:
    assert people("Emir Sheikh Tamim bin Hamad said the talks would go on.\n") == ["Tamim bin Hamad"]
    assert not inner_title(["Sheikh", "Omar"], 0)


def test_a_lights_character_is_no_person() -> None:
    text = ("A lighted yellow special mark buoy (Fl Y 5s) has been laid north of the wreck.\n"
            "The entrance light has been changed to Iso W 4s.\n"
            "The Harbour Master, Captain Jerome Lajikit, said the owners had been ordered to remove it.\n")
    assert people(text) == ["Jerome Lajikit"]
    assert light_character(["Oc", "G"])


def test_a_short_name_with_a_colour_letter_is_kept_when_not_a_rhythm() -> None:
    assert not light_character(["Malcolm", "X"])
    assert not light_character(["Fl"])


def test_a_locality_word_opens_a_neighbourhoods_name() -> None:
    text = ("The commission froze a house in Juba's Hai Malakal area.\n"
            "Residents of Kampung Kijang said the water rose fast.\n"
            "Prosecutor Daniel Akec Makuei said the men sold 40 plots.\n")
    assert people(text) == ["Daniel Akec Makuei"]


def test_a_place_opening_with_a_word_of_size_is_no_person() -> None:
    text = ('"People are coming from Little Corn asking," said Edwin Forbes Campbell.\n'
            "Flights from Grand Cayman were cut, said Marcia Little, a shop owner.\n")
    assert people(text) == ["Edwin Forbes Campbell", "Marcia Little"]


def test_a_given_name_like_a_locality_word_with_a_verb_is_kept() -> None:
    assert people("Hai Nguyen said the shop would close.\n") == ["Hai Nguyen"]
    assert not part_place(["Big", "Sean"], '"Big Sean told"')


def test_a_title_and_a_surname_after_the_is_a_vessels_name() -> None:
    text = ("The Captain Dorsey, which carries 180 passengers, was towed back to Bluefields.\n"
            "The General Belgrano memorial service was held on Sunday.\n"
            "Port captain Ramón Alegría Mairena said a crankshaft had been ordered.\n")
    assert people(text) == ["Ramón Alegría Mairena"]


def test_clergy_after_the_are_people() -> None:
    assert people("The Rev. Michael Doyle blessed the ferry, and Captain Doyle said it was ready.\n") \
        == ["Michael Doyle"]
    assert not the_title_surname(["The", "Reverend"], False)
    assert not the_title_surname(["Captain"], False)


def test_the_and_a_states_name_before_a_name_is_a_body() -> None:
    text = ("The Kiribati Red Cross said it would keep a first-aid team at the Betio end.\n"
            "County commissioner Rhoda Onyancha said schools would be used as shelters.\n")
    assert people(text) == ["Rhoda Onyancha"]


def test_the_and_a_demonym_before_a_name_is_a_person() -> None:
    assert people("The Kenyan Eliud Kipchoge visited a camp and said people needed water.\n") == ["Eliud Kipchoge"]
    assert not the_state_name(["The", "Kenyan"])
    assert the_state_name(["The", "Kenya"])


def test_the_pages_outlet_in_title_case_is_no_person() -> None:
    text = ("Caribe Sur Noticias\n"
            "Corn Island boat suspended\n"
            "The mayor, Cleveland Hooker Archibald, told Caribe Sur that 37 tourists were waiting.\n")
    assert people(text) == ["Cleveland Hooker Archibald"]


def test_a_short_name_of_a_paper_without_its_place_is_its_outlet() -> None:
    text = ("Le Réveil de Dakar\n"
            "Fishermen protest\n"
            "Their leader, Moustapha Dieng, told Le Réveil that the catch had halved.\n"
            "© Le Réveil de Dakar\n")
    assert people(text) == ["Moustapha Dieng"]


def test_a_person_on_a_title_case_first_line_is_kept_in_the_story() -> None:
    text = ("Maria Lopez Ruiz\n"
            "Profile\n"
            "Maria Lopez Ruiz told reporters the plan was sound.\n")
    assert people(text) == ["Maria Lopez Ruiz"]
