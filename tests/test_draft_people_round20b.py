"""People, round 20 (second pass): a ruler's, a chief's or an elder's form of address of the
Pacific, Africa or Asia before a name of two words or more is no part of the name
(`names_addressforms`), and a playing position of rugby or cricket opening a sentence is no
given name (`occupations`), and a Philippine "dela"/"delos" or a Spanish "de los" inside a
surname joins it (`names_particles`), and a name ending in "Parade", "Procession" or "Jubilee"
is an occasion's (`nameshapes.EVENT_ENDS`), and a regnal number above IV closes a name
(`names_regnal`)."""

from __future__ import annotations

from drafthelpers import people


def test_a_form_of_address_before_a_name_of_two_words_is_stripped() -> None:
    text = ("Oba Rilwan Akiolu will flag off the runners at the stadium, organiser Tunde Bello said.\n"
            "Afioga Tuala Tiresa Malietoa welcomed dancers from Tonga, said Mele Fifita.\n"
            "The chiefs met Kgosi Leruo Molotlegi on Monday.\n"
            # near-misses: the same word as a surname, with one word after it or none
            "Oba Minako won the 400 metres, and Kazuki Oba came second.\n"
            "Chinedu Igwe scored twice.\n")
    assert people(text) == ["Rilwan Akiolu", "Tunde Bello", "Tuala Tiresa Malietoa", "Mele Fifita",
                            "Leruo Molotlegi", "Oba Minako", "Kazuki Oba", "Chinedu Igwe"]


def test_a_rugby_or_cricket_position_opening_a_sentence_is_stripped() -> None:
    text = ("Flyhalf Caleb Muntz kicked the winning penalty, coach Glen Jackson said.\n"
            "Wicketkeeper Mohammad Rizwan took four catches.\n"
            "Full-back Liam Williams was injured in the first half.\n"
            # near-miss: the same word not opening a sentence before a name
            "The visitors brought on Ana Flanker, Tom Bell said.\n")
    assert people(text) == ["Caleb Muntz", "Glen Jackson", "Mohammad Rizwan", "Liam Williams",
                            "Ana Flanker", "Tom Bell"]


def test_a_philippine_or_spanish_particle_inside_a_surname_joins_it() -> None:
    text = ("Harbour pilot Ramon dela Cruz guided the ship in, said Lorenzo delos Reyes.\n"
            "Ana de los Santos said prices rose.\n"
            # near-miss: "Los" and "Las" capitalised open a place's name, after no "de"
            "Flights to Los Angeles and Las Vegas were full, Tom Bell said.\n")
    assert people(text) == ["Ramon dela Cruz", "Lorenzo delos Reyes", "Ana de los Santos", "Tom Bell"]


def test_a_name_ending_in_parade_is_an_occasion() -> None:
    text = ("Roads will close for the National Day Parade, Tan Wei Ming said.\n"
            "Bands rehearsed for the State Jubilee in Maseru.\n"
            # near-miss: the word opens the phrase, before a role and a name
            "Parade marshal Ana Ruiz said the route was ready.\n")
    assert people(text) == ["Tan Wei Ming", "Ana Ruiz"]


def test_a_regnal_number_closes_the_name() -> None:
    text = ("Pope Leo XIV met Togbe Afede XIV, the paramount chief, on Monday.\n"
            "King Louis XVI was executed in 1793, historian Ana Ruiz said.\n"
            # near-miss: a team's numeral after a possessive or a state's demonym
            "The Prime Minister's XI beat the French XV, Tom Bell said.\n")
    assert people(text) == ["Leo XIV", "Afede XIV", "Louis XVI", "Ana Ruiz", "Tom Bell"]
