"""People, round 21: "Comrade" and "His Excellency" are forms of address, no part of the name
(`names_addressforms`); a sports page's descriptor before a surname is no given name
(`occupations.DESCRIPTOR_NOUNS`); a club with a particle on a score or standings line is no
person (`names_teams`); the Korean surnames "No" and "O" open a name (`names_koreansurnames`); a title-case name ending in a noun in "-ership" or "-ionship" is a
treaty's or a contest's (`names_suffixnouns`);
a Russian form of a Ukrainian given name is the registered person (`cognatenames`)."""

from __future__ import annotations

from pathlib import Path

from drafthelpers import people
from generator.drafting.evaluate import load_registry

REGISTRY = Path(__file__).parent / "fixtures" / "eval"


def test_comrade_and_excellency_are_forms_of_address() -> None:
    text = ("Respected Comrade Tran Quoc Minh received the delegation in Hanoi on Monday.\n"
            "His Excellency Babatunde Olawale, Governor of Kano State, opened the hub.\n"
            "Comrade Valdés said the plan gives priority to food, Ernesto Valdés Ruiz added.\n"
            # near-miss: a film's title with the word inside, and a surname alone after it
            "The series Comrade Detective was praised by critic Anna Moss.\n")
    assert people(text) == ["Tran Quoc Minh", "Babatunde Olawale", "Ernesto Valdés Ruiz", "Anna Moss"]


def test_a_descriptor_before_a_surname_is_no_given_name() -> None:
    text = ("Teenager Ortiz rescues point for Unión\n"
            "Debutant Mané scored twice on Sunday.\n"
            "Mateo Ortiz, 17, curled in a free kick, coach Gustavo Pereyra said.\n"
            # near-miss: a descriptor before a full name keeps the full name
            "Rookie Ana Silva said she was pleased.\n")
    assert people(text) == ["Mateo Ortiz", "Gustavo Pereyra", "Ana Silva"]


def test_a_club_with_a_particle_on_a_score_or_standings_line_is_no_person() -> None:
    text = ("Sport Club do Recife 2-1 Atlético do Porto Velho\n"
            "The home side came back against Atlético do Porto Velho, coach Márcio Andrade said.\n"
            "Standings: 1. Jaraaf de Dakar 21; 2. Teungueth de Rufisque 20; 3. Casa Sports 19\n"
            "Jaraaf de Dakar went top after the win.\n"
            # near-miss: a person with a particle, named in a sentence with no score
            "Maria do Rosário Lopes, the club's president, said the title was deserved.\n")
    assert people(text) == ["Márcio Andrade", "Maria do Rosário Lopes"]


def test_no_and_o_are_korean_surnames_before_two_syllables() -> None:
    text = ("The list includes North Korea's defence minister, No Kwang Chol, officials said.\n"
            "The measures also target O Su Yong, the head of the department.\n"
            # near-miss: "No" before words of another shape inside a sentence
            "He watched the film No Time Like Now with Anna Berg.\n")
    assert people(text) == ["No Kwang Chol", "O Su Yong", "Anna Berg"]


def test_a_russian_given_name_is_the_registered_ukrainian_person() -> None:
    corpus = load_registry(REGISTRY)
    text = ("Ukrainian leader Vladimir Zelensky said on Monday that Kiev needed more missiles.\n"
            # near-miss: another given name with the same surname is another person
            "Kiev's mayor, Vitaly Zelensky, said the drones were shot down.\n")
    assert people(text, corpus) == ["Volodymyr Zelenskyy", "Vitaly Zelensky"]


def test_a_name_ending_in_ership_or_ionship_is_no_person() -> None:
    text = ("Kim Jong Un ratified the Treaty on Comprehensive Strategic Partnership with Russia.\n"
            "Team Kenya won the African Cross Country Championship, coach Daniel Rotich said.\n"
            # near-miss: a surname in "-ship" that is neither
            "Don Blankenship said the mine was safe.\n")
    assert people(text) == ["Kim Jong Un", "Daniel Rotich", "Don Blankenship"]
