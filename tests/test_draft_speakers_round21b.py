"""Speakers, round 21 (second pass): words, an aside, then "said Full Name" are the
words of the name after the verb when the words before the aside are a clause or a
measurement (not "The governor, Kathy Hochul, said …"); and an order told with "he" or
"she" is that person's directive, resolved to the judge named before, while a court's
order stays the reporter's account."""

from __future__ import annotations

from drafthelpers import padded_claims


def test_clause_and_aside_before_said_name_are_the_words() -> None:
    found = padded_claims("Rice yields could fall by a fifth, or more, said Thanh Nguyen, an agronomist in Can Tho.",
                          "Bus fares rose 12% in March, the steepest rise in a decade, said Kojo Boateng.",
                          "The governor, Kathy Hochul, said the state would cover the cost.")
    assert found == [("Rice yields could fall by a fifth, or more", "thanh-nguyen"),
                     ("Bus fares rose 12% in March, the steepest rise in a decade", "kojo-boateng"),
                     ("the state would cover the cost", "kathy-hochul")]


def test_a_pronoun_judges_order_is_the_judges() -> None:
    found = padded_claims("Judge Ines Moreira of the Braga District Court convicted the mayor of fraud.",
                          "She ordered him to repay 300,000 euros within a year.",
                          "The court ordered the council to publish its accounts.")
    assert found == [("Judge Ines Moreira of the Braga District Court convicted the mayor of fraud", ""),
                     ("him to repay 300,000 euros within a year", "ines-moreira"),
                     ("The court ordered the council to publish its accounts", "")]


def test_a_trailing_report_of_an_utterance_keeps_the_one_who_spoke() -> None:
    found = padded_claims("Prime Minister Oyun Batbayar told herders in Darkhan that fodder reserves would double, "
                          "the official news agency reported.",
                          "Finance Minister Tevita Lolo said the budget would be cut by a tenth, the state broadcaster reported.",
                          "Spain has pledged 40 million euros for the dam, Teresa Albares said.")
    assert found == [("fodder reserves would double", "oyun-batbayar"),
                     ("the budget would be cut by a tenth", "tevita-lolo"),
                     ("Spain has pledged 40 million euros for the dam", "teresa-albares")]
