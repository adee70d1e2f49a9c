"""Speakers, round 20 (second pass): an "according to X," opening a sentence keeps the
words when a verb of an attitude (expecting, wanting, planning, hoping) follows inside
them; a speech verb of a ", who …" relative clause on the subject says only that clause,
the main predicate after its comma is the reporter's; and ", after having …" states a
second fact, a candidate of its own with the same speaker."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of


def test_according_to_opening_keeps_an_attitude_verb_inside_its_words() -> None:
    found = padded_claims("According to Haruto Sato, Vietnam expects Japanese help with ports, railways and grids.",
                          "Vietnam expects Chinese help with bridges, tunnels and dams.",
                          "According to Ortiz, Brazil says it will not sign the treaty on fisheries.")
    assert found == [("Vietnam expects Japanese help with ports, railways and grids", "haruto-sato"),
                     ("Chinese help with bridges, tunnels and dams", "Vietnam"),
                     ("it will not sign the treaty on fisheries", "Ortiz")]


def test_according_to_then_a_present_attitude_verb_is_a_clause_not_an_apposition() -> None:
    found = padded_claims("According to the minister, Nigeria plans to double refinery output by 2027.",
                          "According to analyst Lena Ortiz, Peru hopes to reopen the copper mine next year.",
                          "According to his lawyer, Marisol Ortega, the contract was void.")
    assert found == [("Nigeria plans to double refinery output by 2027", "The minister"),
                     ("Peru hopes to reopen the copper mine next year", "lena-ortiz"),
                     ("the contract was void", "marisol-ortega")]


def test_relative_clause_speech_verb_leaves_the_main_predicate_to_the_reporter() -> None:
    found = padded_claims("Emeka Obi, who has denied wrongdoing, will be sentenced by the court next month.",
                          "Senator Ana Ruiz, who said the plan, the third this year, would fail, voted against it.")
    assert found == [("Emeka Obi, who has denied wrongdoing", "emeka-obi"),
                     ("will be sentenced by the court next month", ""),
                     ("the plan, the third this year, would fail, voted against it", "ana-ruiz")]


def test_after_having_states_a_second_fact_with_the_same_speaker() -> None:
    found = padded_claims("The assembly notes that Kenya has become the first state to host the summit twice, "
                          "after having hosted it in Nairobi in 2019 with twelve heads of state.",
                          "He resigned from the board after having been told to go by the chairman.")
    assert found == [("Kenya has become the first state to host the summit twice", "The assembly"),
                     ("after having hosted it in Nairobi in 2019 with twelve heads of state", "The assembly"),
                     ("He resigned from the board after having been told to go by the chairman", "")]
