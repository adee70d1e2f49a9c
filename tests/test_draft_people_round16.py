"""People, round 16: a club's, a road's, a building's or a company's generic word opening or
ending a name (Spanish, Portuguese, French); a statutory board; a vessel or an island the page
names after a person; the Portuguese particle "do" inside a full name."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_kinds import craft_names, kind_of_name
from generator.drafting.names_particles import inner_particle


def test_a_clubs_first_word_opens_no_persons_name() -> None:
    text = ("Deportivo Lempa win first league title after beating Atlético Izalco on penalties\n"
            "Real Madrid beat Sporting Braga 3-1, coach Carlo Ancelotti said.\n"
            "Stade Rennais and Olympique Lyonnais drew, while Dynamo Dresden lost.\n")
    assert people(text) == ["Carlo Ancelotti"]


def test_a_surname_that_opens_club_names_is_left_alone_at_the_end() -> None:
    text = "Striker Rita Real scored twice, and Bruno Porto said the team was happy.\n"
    assert people(text) == ["Rita Real", "Bruno Porto"]
    assert kind_of_name(["Rita", "Real"]) is None
    assert kind_of_name(["Real", "Madrid"]) == 'a club: "Real" opens its name'
    assert kind_of_name(["Real"]) is None


def test_a_roads_or_a_buildings_first_word_opens_no_persons_name() -> None:
    text = ("LEA TAMBIÉN: Gobierno inaugura nuevo tramo de la Circunvalación de Santo Domingo\n"
            "Works on Ponte Vasco da Gama will last two months, the operator said.\n"
            "Estádio Nacional hosted the final, referee Paulo Mendes said.\n")
    assert people(text) == ["Paulo Mendes"]


def test_a_companys_trade_or_a_boards_name_is_no_persons() -> None:
    text = ("Atlântico Ligações Marítimas said the Kriola Star would be out of service.\n"
            "The Eswatini Sugar Marketing Board said last month that prices would fall.\n"
            "Sime Darby Bhd said output fell, finance director Aminah Yusof said.\n")
    assert people(text) == ["Aminah Yusof"]
    assert kind_of_name(["Sugar", "Marketing", "Board"]) == 'a body, a company or a club: "Board" ends its name'


def test_a_vessel_named_after_a_person_is_a_vessel_on_the_whole_page() -> None:
    text = ("Crossing down to one ferry as Kunta Kinteh goes in for repairs\n"
            "Travellers waited after the ferry Kunta Kinteh was withdrawn, manager Lamin Ceesay said.\n")
    assert people(text) == ["Lamin Ceesay"]
    assert craft_names("Tourists visited Kunta Kinteh Island.") == frozenset({"Kunta Kinteh"})


def test_a_person_with_a_verb_is_kept_though_a_vessel_bears_the_name() -> None:
    text = "The ship Nelson Mandela docked.\nNelson Mandela said in 1994 that peace had come.\n"
    assert people(text) == ["Nelson Mandela"]


def test_the_portuguese_do_keeps_a_full_name_whole() -> None:
    text = ("The President of the CNE, Maria do Rosário Lopes, told observers results would be out.\n"
            "Maria do Carmo Silva, a nurse, said the ward was full.\n")
    assert people(text) == ["Maria do Rosário Lopes", "Maria do Carmo Silva"]


def test_the_english_do_after_a_question_word_joins_no_name() -> None:
    text = "Why do Americans vote on Tuesdays? Ana Ruiz said so.\nBanco do Brasil said profit rose.\n"
    assert people(text) == ["Ana Ruiz"]
    assert not inner_particle("Why do Americans vote", "Why", "do", 6)
    assert inner_particle("Maria do Rosário Lopes", "Maria", "do", 8)


def test_a_romance_roads_councils_and_prizes_first_word_opens_no_persons_name() -> None:
    text = ("The parade passed along Via Cristoforo Colombo and Corso Vittorio Emanuele.\n"
            "Junta de Andalucía and Prefeitura de São Paulo signed the deal.\n"
            "The festival Fête de la Musique drew crowds, organiser Luc Besson said.\n")
    assert people(text) == ["Luc Besson"]


def test_a_title_word_that_opens_club_or_body_names_is_still_a_title() -> None:
    text = ("Sport Minister Ana Ruiz said the stadium would open.\n"
            "Liga president Javier Tebas said the rules were clear.\n"
            "Deportivo coach Oscar Cano said the team played well.\n"
            "Trust Mlambo, a farmer, said the rains came late.\n")
    assert people(text) == ["Ana Ruiz", "Javier Tebas", "Oscar Cano", "Trust Mlambo"]


def test_a_board_ends_a_bodys_name_of_three_words_not_a_surname() -> None:
    text = ("The Coffee Marketing Board said prices rose.\n"
            "Mary Board, a nurse, said shifts were long.\n")
    assert people(text) == ["Mary Board"]
    assert kind_of_name(["Mary", "Board"]) is None


def test_a_clubs_or_a_companys_last_word_ends_no_persons_name() -> None:
    text = ("Orlando Pirates beat Golden Arrows, while Rayon Sports lost to Cruz Azul.\n"
            "Dangote Cement said sales rose, and Sumitomo Mitsui Banking said profit fell.\n"
            "Vila Nova Futebol Clube beat Goiás, coach Ana Cruz said.\n")
    assert people(text) == ["Ana Cruz"]


def test_a_boards_field_before_board_makes_two_words_a_body() -> None:
    assert kind_of_name(["Marketing", "Board"]) == 'a body, a company or a club: "Board" ends its name'
    assert kind_of_name(["Peter", "Board"]) is None
