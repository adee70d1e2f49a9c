"""People, round 18b: the names of documents, rules and processes, one-word compound titles
of German and the Nordic languages, two-word Malaysian honours, the French elided article
before a noun, and "start-up" before a company's name (`names_docends`, `occupations`,
`names_titlewords`, `lexicon`)."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_docends import document_end
from generator.drafting.names_titlewords import title_word
from generator.drafting.occupations import is_title_compound


def test_a_document_or_a_process_is_no_person() -> None:
    text = ("Mary Banotti, a former MEP, ran in the 1997 Presidential Election.\n"
            "Under the act we must publish Children's Safety Codes of Practice and the Children's Risk Assessment Guidance.\n"
            "The Office of Foreign Assets Control designated six entities.\n"
            '"It is fair," said Claire Nicolet, the coordinator.\n')
    assert people(text) == ["Mary Banotti", "Claire Nicolet"]


def test_a_surname_that_is_a_noun_is_kept() -> None:
    text = ('"We object," said Susan Price, a councillor.\n'
            '"It was fun," said Persis Love, the producer.\n')
    assert people(text) == ["Susan Price", "Persis Love"]
    assert document_end(["Susan", "Price"]) is None


def test_a_german_compound_title_is_no_part_of_the_name() -> None:
    text = ('Finanzminister Lars Klingbeil sprach von einem "Haushalt der Investitionen".\n'
            "CDU-Fraktionschef Jens Spahn verteidigte die Reform.\n"
            "Bundeskanzler Friedrich Merz reist am Montag nach Brüssel.\n")
    assert people(text) == ["Lars Klingbeil", "Jens Spahn", "Friedrich Merz"]


def test_a_surname_that_ends_like_a_title_is_kept() -> None:
    assert not is_title_compound("kanzler") and not is_title_compound("chef")
    assert not is_title_compound("administer")
    text = "Olaf Kanzler said the firm would grow.\n"
    assert people(text) == ["Olaf Kanzler"]


def test_a_two_word_malaysian_honour_is_no_part_of_the_name() -> None:
    text = "Former prime minister Tan Sri Muhyiddin Yassin was charged at the Sessions Court.\n"
    assert people(text) == ["Muhyiddin Yassin"]


def test_tan_alone_is_a_surname() -> None:
    text = '"Prices rose," said Tan Wei Ming, an economist.\n'
    assert people(text) == ["Tan Wei Ming"]
    assert not title_word(["Tan", "Sri"], 0)  # no name after the pair


def test_a_french_elided_article_and_noun_is_no_part_of_the_name() -> None:
    text = "L'économiste Ndongo Samba Sylla a jugé le plan « ambitieux ».\n"
    assert people(text) == ["Ndongo Samba Sylla"]


def test_a_name_with_an_apostrophe_keeps_its_capital() -> None:
    text = '"We will appeal," said Marie D\'Alembert, a lawyer.\n'
    assert people(text) == ["Marie D'Alembert"]


def test_a_start_up_names_a_company() -> None:
    text = ("Q&A with Wanjiru Kamau, founder of the agritech start-up Shamba Pride\n"
            '"We grew fast," said Wanjiru Kamau.\n')
    assert people(text) == ["Wanjiru Kamau"]
