"""Rules of round 17b: words a report relays are their speaker's ("It writes that Rosa
Quispe told her hosts that …"), and an abbreviated given name ("Ma. Teresita Daza")
does not end a sentence.

Each test drafts or splits a short invented text and checks the exact output; the
negative cases show what a rule must not do.
"""

from __future__ import annotations

from drafthelpers import claims

from generator.segment import split_sentences

PAD = ("The line reopened at noon on Tuesday after repairs.", "Services were cut by half for two days.",
       "Freight trains resumed on Wednesday morning.")


def _split(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, 0, len(text))]


def test_a_paper_relaying_what_a_person_told_gives_the_person_as_speaker() -> None:
    assert claims("The Valley Herald leads on the mayor's warning. It writes that Rosa Quispe told her hosts that "
                  "the city \"will almost certainly ask the province for new buses.\"", *PAD)[:2] == [
        ("The Valley Herald leads on the mayor's warning", ""),
        ("the city \"will almost certainly ask the province for new buses.\"", "rosa-quispe")]


def test_a_correspondent_relaying_what_someone_said_gives_that_speaker() -> None:
    assert claims("Its correspondent writes that the mayor, Rosa Quispe, said any new buses would be "
                  "\"fully electric.\"", *PAD)[:1] == [("any new buses would be \"fully electric.\"", "rosa-quispe")]


def test_a_person_telling_what_another_told_them_stays_the_teller() -> None:
    assert claims("Tomas Ruiz said Rosa Quispe had told her that the city would ask the province for new buses.",
                  *PAD)[:1] == [("Rosa Quispe had told her that the city would ask the province for new buses",
                                 "tomas-ruiz")]


def test_a_belief_relayed_in_the_present_stays_the_relaying_speakers() -> None:
    assert claims("Tomas Ruiz says the agency believed the city would ask the province for new buses.", *PAD)[:1] == [
        ("the agency believed the city would ask the province for new buses", "tomas-ruiz")]


def test_an_abbreviated_given_name_does_not_end_the_sentence() -> None:
    assert _split("\"It matters,\" DFA spokesperson Ma. Teresita Daza said in a text. She left.") == [
        "\"It matters,\" DFA spokesperson Ma. Teresita Daza said in a text.", "She left."]
    assert _split("Ma. Cristina Reyes spoke first.") == ["Ma. Cristina Reyes spoke first."]


def test_a_name_ending_in_the_same_word_still_ends_the_sentence() -> None:
    assert _split("It was founded by Jack Ma. The company grew.") == ["It was founded by Jack Ma.", "The company grew."]
    assert _split("He met Ma. Then he left.") == ["He met Ma.", "Then he left."]
