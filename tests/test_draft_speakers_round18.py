"""Speakers, round 18: role phrases in another spelling or with a tenure adjective, a
name after an honorific in an inverted apposition, a lede's description named later,
", who said" after a name, gender learnt only when the pronoun is unambiguous, and an
adverb inside a phrasal request verb."""

from __future__ import annotations

from drafthelpers import claims

from generator.drafting.cataphora import described_head
from generator.drafting.clauses import after_note_mark, short_statement
from generator.drafting.relativewho import relative_antecedent
from generator.drafting.roles import required_words
from generator.drafting.rolewords import one_spelling

PAD = ("The line reopened at noon on Tuesday after repairs.", "Services were cut by half for two days.")


def _speakers(*paragraphs: str) -> list[tuple[str, str]]:
    return claims(*paragraphs, *PAD)[:len(paragraphs)]


def test_british_spelling_of_the_role_finds_the_american_title() -> None:
    assert _speakers("US Defense Secretary Lloyd Austin met his counterpart in Washington on Wednesday.",
                     "The US defence secretary said the allies were consulting closely on a response to the deployment.")[1] \
        == ("the allies were consulting closely on a response to the deployment", "lloyd-austin")


def test_spelling_does_not_make_another_office_fit() -> None:
    assert _speakers("US Secretary of State Antony Blinken met his counterpart in Washington on Wednesday.",
                     "The US defence secretary said the allies were consulting closely on a response to the deployment.")[1] \
        == ("the allies were consulting closely on a response to the deployment", "The US defence secretary")
    assert one_spelling("defence") == "defense" and one_spelling("defense") == "defense"


def test_new_secretary_general_is_the_one_introduced() -> None:
    assert _speakers("NATO Secretary General Mark Rutte spoke to reporters in Brussels on Monday.",
                     "The alliance's new secretary general said Russia was likely helping the North to get around sanctions.")[1] \
        == ("Russia was likely helping the North to get around sanctions", "mark-rutte")


def test_former_is_kept_in_the_words_a_role_asks_for() -> None:
    assert required_words("The alliance's new secretary general") == frozenset({"secretary", "general"})
    assert required_words("The alliance's former secretary general") == frozenset({"secretary", "general", "former"})


def test_honorific_before_a_name_in_an_inverted_apposition() -> None:
    assert _speakers('"These objects tell us that the fort was a factory run by smiths," says the exhibition\'s '
                     'curator, Dr. Marie Jean.') \
        == [("These objects tell us that the fort was a factory run by smiths", "marie-jean")]


def test_lede_description_named_later_with_the_same_noun() -> None:
    found = _speakers("A former cashier in the county told the court that relief money was paid to a company linked "
                      "to the commissioner.", "Both accused have pleaded not guilty.",
                      "Testifying for the prosecution, Samuel Deng Akol, who worked in the finance office as a cashier, "
                      "said he was ordered to process the payments.")
    assert found[0] == ("relief money was paid to a company linked to the commissioner", "samuel-deng-akol")
    assert described_head("A former cashier in Yei River County") == "cashier"


def test_lede_description_not_given_to_someone_of_another_occupation() -> None:
    found = _speakers("A former cashier in the county told the court that relief money was paid to a company linked "
                      "to the commissioner.", "Both accused have pleaded not guilty.",
                      "Testifying for the prosecution, Samuel Deng Akol, who worked in the finance office as a driver, "
                      "said he was ordered to process the payments.")
    assert found[0] == ("relief money was paid to a company linked to the commissioner", "A former cashier in the county")


def test_who_said_after_a_name_is_the_name() -> None:
    assert _speakers("The paper quotes Kremlin spokesman Dmitry Peskov, who said that relations with Pyongyang were "
                     "a sovereign matter for two states.") \
        == [("relations with Pyongyang were a sovereign matter for two states", "dmitry-peskov")]


def test_who_said_after_a_place_is_nobody() -> None:
    assert _speakers("The minister met Dmitry Peskov in Moscow, who said that relations with Pyongyang were "
                     "a sovereign matter for two states.") \
        == [("relations with Pyongyang were a sovereign matter for two states", "")]
    text = "The ministry, which said that it was over."
    assert relative_antecedent(text, 0, text.index("said")) is None


def test_pronoun_about_someone_else_teaches_no_gender() -> None:
    found = _speakers("Agnes Cordice, the retired teacher who led the growers, died on Sunday.",
                      '"She told us the starch would come back," said Ellis Baptiste, a farmer in the village.',
                      "Her successor, Nathaniel Hazell, said she was tough in a meeting and kind everywhere else.",
                      '"She could read a balance sheet better than any accountant we ever hired," he said.')
    assert found[3] == ("She could read a balance sheet better than any accountant we ever hired", "nathaniel-hazell")


def test_gender_still_learnt_when_the_pronoun_is_unambiguous() -> None:
    found = _speakers("Ana Ruiz met the growers on Sunday.",
                      "Ana Ruiz said she was confident the harvest would double next season.",
                      "Marco Díaz said he thought the prices were too low for the farmers in the valley.",
                      '"We will buy every sack the farmers bring to the depot this year," she said.')
    assert found[3] == ("We will buy every sack the farmers bring to the depot this year", "ana-ruiz")


def test_adverb_inside_a_phrasal_request_verb() -> None:
    assert _speakers("President Volodymyr Zelensky spoke in Kyiv on Monday evening.",
                     "He appealed again to Washington and other partners to let Ukraine hit military targets deep "
                     "inside Russia.")[1][1] == "volodymyr-zelensky"


def test_a_new_sentence_after_a_note_mark_is_the_reporters() -> None:
    found = claims("The agency told lawmakers on 13 November that some soldiers had been assigned to marine units.4 "
                   "It is the first time a foreign state has committed ground forces to the war.", *PAD)
    assert ("some soldiers had been assigned to marine units", "The agency") in found
    assert ("It is the first time a foreign state has committed ground forces to the war", "") in found
    assert after_note_mark("marine units.4 It is", len("marine units.4 "))


def test_a_decimal_is_no_note_mark() -> None:
    assert not after_note_mark("grew by 3.4 Percent", len("grew by 3.4 "))
    assert not after_note_mark("in Kursk. It is", len("in Kursk. "))


def test_according_to_after_an_opening_phrase_gives_the_words_after_it() -> None:
    assert _speakers("In return, according to Ana Ruiz, the North was receiving military technology and other support.") \
        == [("the North was receiving military technology and other support", "ana-ruiz")]


def test_according_to_after_a_clause_still_gives_the_words_before_it() -> None:
    assert _speakers("Prices in the capital rose sharply in April, according to Ana Ruiz.") \
        == [("Prices in the capital rose sharply in April", "ana-ruiz")]


def test_a_label_and_a_figure_is_a_statement_though_short() -> None:
    assert short_statement("Budget: €4.2 million") and short_statement("Price: 55 points")
    found = claims(*PAD, "The council approved the plan. Budget: €4.2 million. Page: 2.")
    assert ("Budget: €4.2 million", "") in found and not any(quote.startswith("Page") for quote, _ in found)


def test_a_label_and_a_bare_number_is_no_statement() -> None:
    assert not short_statement("Page: 2") and not short_statement("Lot: A")
