"""Attribution rules of round 17: a stance of blame ("X blamed the delays on …"), a
characterisation whose "as" opens a quotation ("dismissed the accusations as “…”"),
"according to X," before a clause too long for the phrase's reach, and a disclosure of
"the three" people named.

Each test drafts a short invented article (no registry) and checks the first
candidates' quotes and speakers; the negative cases show what a rule must not do.
"""

from __future__ import annotations

from drafthelpers import claims

from generator.drafting.stanceframes import according_source_end

PAD = ("The line reopened at noon on Tuesday after repairs.", "Services were cut by half for two days.",
       "Freight trains resumed on Wednesday morning.")
FIRST_PAD = ("The line reopened at noon on Tuesday after repairs", "")


def test_a_named_persons_blame_is_their_claim_and_keeps_the_verb() -> None:
    assert claims("The director, Rosa Quispe, blamed the delays on a new payroll system introduced in December.",
                  *PAD)[:2] == [
        ("blamed the delays on a new payroll system introduced in December", "rosa-quispe"), FIRST_PAD]


def test_a_titled_name_before_blamed_is_the_speaker() -> None:
    assert claims("Mayor Amadu Kallon blamed illegal electrical connections in the old market hall.", *PAD)[:2] == [
        ("blamed illegal electrical connections in the old market hall", "amadu-kallon"), FIRST_PAD]


def test_who_is_blamed_or_blames_himself_says_nothing() -> None:
    assert claims("The bridge was blamed for the delays, which lasted a week in the valley.", *PAD)[:2] == [
        ("The bridge was blamed for the delays", ""), ("which lasted a week in the valley", "")]
    assert claims("Mayor Amadu Kallon blamed himself for the delays in the valley last week.", *PAD)[:2] == [
        ("Mayor Amadu Kallon blamed himself for the delays in the valley last week", ""), FIRST_PAD]


def test_a_characterisation_as_a_quotation_is_the_subjects() -> None:
    assert claims("The minister, Rosa Quispe, dismissed the accusations as \"a pack of lies\" spread by rivals.",
                  *PAD)[:2] == [('dismissed the accusations as "a pack of lies" spread by rivals', "rosa-quispe"),
                                FIRST_PAD]


def test_according_to_a_name_before_a_long_clause() -> None:
    text = ("According to Quispe, the ministry has been moving the payments to a new bank before the end of the "
            "month and the teachers in the valley will be paid in full by Friday at the latest.")
    assert claims(text, *PAD)[:2] == [
        ("the ministry has been moving the payments to a new bank before the end of the month and the teachers "
         "in the valley will be paid in full by Friday at the latest", "Quispe"), FIRST_PAD]


def test_according_to_before_an_apposition_is_no_clause() -> None:
    text = ("According to his lawyer, Marisol Ortega Villanueva of the firm in the capital, who represents the "
            "families of the victims in the case before the court in the capital city")
    assert according_source_end(text, 12) is None
    assert according_source_end("According to Blinken, Russia has been equipping them.", 12) == 20


def test_naming_the_three_people_discloses_them() -> None:
    assert claims("Rosa Quispe named the three officials who had signed the contracts in the valley last year.",
                  *PAD)[:2] == [
        ("named the three officials who had signed the contracts in the valley last year", "rosa-quispe"),
        FIRST_PAD]


def test_naming_the_winner_is_no_disclosure() -> None:
    assert claims("Rosa Quispe named the winner of the regional painting prize in the valley last year.",
                  *PAD)[:2] == [
        ("Rosa Quispe named the winner of the regional painting prize in the valley last year", ""), FIRST_PAD]
