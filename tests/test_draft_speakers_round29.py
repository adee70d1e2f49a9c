"""Speakers, round 29: a participle's aside after the subject may open with "beside",
"alongside", "next to" ("Varga, speaking beside Lindqvist, called …"), and the name in it is
the participle's object; a nickname aside ("— “Tiny” to his crew —", ", “Nani” to everyone on
the quay,") stands between a name and its verb; ", he went on," interrupts the words it
attributes as ", he said," does; "spoke of" a quotation or a figure reports words."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of
from generator.drafting.attribution import find_frames, quoted_spans

MET = "Ines Varga, the city's mayor, met the port's director, Tomas Lindqvist, on Monday."


def _frames(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.verb, f.form, text[f.subject[0]:f.subject[1]] if f.subject else None)
            for f in find_frames(text, quoted_spans(text))]


def test_a_name_after_beside_in_a_participles_aside_is_its_object() -> None:
    found = padded_claims(MET, 'Varga, speaking beside Lindqvist, called the dredging plan "a costly mistake for the town".')
    assert speaker_of(found, "a costly mistake") == "ines-varga"


def test_a_name_in_apposition_after_a_phrase_with_beside_still_speaks() -> None:
    found = padded_claims(MET, "The man beside Varga at the table, Lindqvist, said the dredging would start in spring.")
    assert speaker_of(found, "the dredging would start in spring") == "tomas-lindqvist"


def test_a_nickname_between_dashes_stands_between_the_name_and_its_verb() -> None:
    found = padded_claims('The harbour\'s pilot, Tomas Lindqvist — "Tiny" to his crew — said the channel would '
                          "reopen in May.")
    assert found == [("the channel would reopen in May", "tomas-lindqvist")]


def test_a_nickname_before_a_relative_clause_stands_between_the_name_and_its_verb() -> None:
    found = padded_claims('His sister, Ines Varga, "Nani" to everyone on the quay, who sells fish by the steps, '
                          "said a day without boats cost her about 300 euros.")
    assert found == [("a day without boats cost her about 300 euros", "ines-varga")]


def test_a_dashed_aside_after_the_verb_stays_in_the_words() -> None:
    found = padded_claims('Tomas Lindqvist said the crew — "family" to him — would stay on the quay.')
    assert found == [('the crew — "family" to him — would stay on the quay', "tomas-lindqvist")]


def test_he_went_on_between_commas_attributes_the_sentence() -> None:
    found = padded_claims("Tomas Lindqvist, the port director, said the dredging would start in spring.",
                          "The delays, he went on, were caused by the storms of October.")
    assert speaker_of(found, "were caused by the storms") == "tomas-lindqvist"


def test_a_subject_that_went_on_is_no_speech() -> None:
    assert _frames("The storms went on, he said, for three weeks in October.") == [("said", "before", "he")]


def test_spoke_of_a_quoted_figure_reports_words() -> None:
    found = padded_claims("Tomas Lindqvist, the port director, met the unions on Monday.",
                          'Lindqvist had spoken a week earlier of "several thousand" tonnes of silt in the channel.')
    assert speaker_of(found, "several thousand") == "tomas-lindqvist"


def test_spoke_of_a_thing_with_no_words_or_figure_is_no_frame() -> None:
    assert _frames("Lindqvist spoke of the silt in the channel as an old problem.") == []
