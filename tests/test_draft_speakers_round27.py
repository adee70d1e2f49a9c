"""Speakers, round 27: an abbreviated professional title's stop ("Eng.", "Pr.") ends no
sentence; a school's or university's head ("the rector") is the person titled so, and
"its rector" the one titled so in the next sentence; "X's defence chief" is its defence
minister; a name after an inverted role may have its own apposition; "explained" after a
cause accounts for something; a name in a prepositional phrase after another does not
head the subject; stock phrases that state something besides stay candidates."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of
from generator.drafting.people import PersonMention
from generator.drafting.speakers import _postmodified
from generator.segment import split_sentences


def test_an_engineers_title_stop_keeps_the_frame_in_its_sentence() -> None:
    found = padded_claims("\"We have cleared half of the road, but the slope keeps moving,\" the agency's regional "
                          "manager for Oruro, Eng. Tomas Vela Quispe, told reporters at the site.")
    assert speaker_of(found, "We have cleared half of the road") == "tomas-vela-quispe"


def test_a_title_stop_before_a_sentence_opener_still_ends_the_sentence() -> None:
    text = "The squad flew home from Eng. The Prime Minister met them at the airport."
    assert len(split_sentences(text, 0, len(text))) == 2


def test_the_rector_is_the_person_titled_so() -> None:
    found = padded_claims("About 900 students will follow lessons in English, rector Pr. Amadou Kone Traore told a "
                          "meeting of parents.",
                          "Students queued outside the library on Monday morning.",
                          "The rector said the college had bought 300 new laptops.")
    assert speaker_of(found, "About 900 students will follow lessons") == "amadou-kone-traore"
    assert speaker_of(found, "the college had bought 300 new laptops") == "amadou-kone-traore"


def test_the_rector_nobody_was_titled_stays_as_written() -> None:
    found = padded_claims("About 900 students will follow lessons in English, lecturer Amadou Kone Traore told a "
                          "meeting of parents.",
                          "Students queued outside the library on Monday morning.",
                          "The rector said the college had bought 300 new laptops.")
    assert speaker_of(found, "the college had bought 300 new laptops") == "The rector"


def test_its_rector_is_the_person_titled_so_in_the_next_sentence() -> None:
    found = padded_claims("The college will move all classes online from next week, its rector announced on Monday.",
                          "About 900 students will follow lessons at home, rector Amadou Kone Traore told a "
                          "meeting of parents.")
    assert speaker_of(found, "The college will move all classes online") == "amadou-kone-traore"


def test_its_rector_with_only_a_dean_named_next_stays_as_written() -> None:
    found = padded_claims("The college will move all classes online from next week, its rector announced on Monday.",
                          "About 900 students will follow lessons at home, dean Amadou Kone Traore told a "
                          "meeting of parents.")
    assert speaker_of(found, "The college will move all classes online") == "Its rector"


def test_a_countrys_defence_chief_is_its_defence_minister() -> None:
    found = padded_claims("Kenya's defence minister Amos Kiprono used a visit to Seoul to ask for radar systems.",
                          "Closer cooperation with Nairobi \"would make both our countries safer\", Kenya's defence "
                          "chief told his hosts.")
    assert speaker_of(found, "Closer cooperation with Nairobi") == "amos-kiprono"


def test_a_chief_of_another_field_is_not_the_defence_minister() -> None:
    found = padded_claims("Kenya's defence minister Amos Kiprono used a visit to Seoul to ask for radar systems.",
                          "Closer cooperation with Nairobi \"would make both our countries safer\", Kenya's health "
                          "chief told his hosts.")
    assert speaker_of(found, "Closer cooperation with Nairobi") == "Kenya's health chief"


def test_an_inverted_roles_name_may_have_its_own_apposition() -> None:
    found = padded_claims("\"The river has been recovering since 2015 in every place we measured,\" said the study's "
                          "lead author, Dr. Amina Oumar Saleh, a biologist at the University of Moundou.")
    assert speaker_of(found, "The river has been recovering") == "amina-oumar-saleh"


def test_an_inverted_role_followed_by_a_day_names_nobody() -> None:
    found = padded_claims("\"The river has been recovering since 2015 in every place we measured,\" said the union's "
                          "spokesman, Friday, the last day of talks.")
    assert speaker_of(found, "The river has been recovering") == "The union's spokesman"


def test_a_cause_that_explains_losses_is_no_speaker() -> None:
    found = padded_claims("His lawyer, Ana Ruiz, told the court that the figures were \"made up on a laptop\" and "
                          "that leaks and faulty gauges explained most of the shortfall.")
    assert speaker_of(found, "faulty gauges explained most of the shortfall") == "ana-ruiz"


def test_a_person_who_explains_a_timetable_still_speaks() -> None:
    found = padded_claims("The engineer, Tomas Vela, explained the new timetable to passengers at the station.")
    assert speaker_of(found, "the new timetable to passengers") == "tomas-vela"


def test_a_name_in_a_phrase_after_another_does_not_head_the_subject() -> None:
    text = "Geologist Ana Ruiz of the Universidad Mayor de San Simon said"
    first = PersonMention(text.index("Ana"), text.index(" of"), "ana-ruiz")
    second = PersonMention(text.index("de San"), text.index(" said"), "de-san-simon")
    assert _postmodified(text, first, second)


def test_names_joined_in_a_list_are_not_a_postmodifier() -> None:
    text = "Ana Ruiz of Leeds and Tom Hale said"
    first = PersonMention(0, len("Ana Ruiz"), "ana-ruiz")
    second = PersonMention(text.index("Tom"), text.index(" said"), "tom-hale")
    assert not _postmodified(text, first, second)


EXTRA = "The bridge over the river closed on Monday after the flood."
"""One more statement in the reporter's voice, so that the draft adds no dropped sentence as a lead."""


ONLY_EXTRA = [EXTRA.rstrip(".")]
"""The candidates of a draft whose paragraph under test states nothing: the extra statement alone."""


def _quotes(*paragraphs: str) -> list[str]:
    return [quote for quote, _ in padded_claims(EXTRA, *paragraphs)]


def test_a_discussion_described_in_the_sources_quoted_words_is_a_candidate() -> None:
    assert any("\"strategic partnership\"" in q for q in
               _quotes("The ministry said the two sides discussed their \"strategic partnership\", without giving "
                       "details."))


def test_a_discussion_in_the_reporters_words_stays_no_candidate() -> None:
    assert _quotes("The ministry said the two sides discussed their partnership, without giving details.") == ONLY_EXTRA


def test_watching_for_signs_that_states_a_suspicion() -> None:
    assert any("Velmar was paying" in q for q in
               _quotes("Officials in Sorel said they were watching closely for signs that Velmar was paying for the "
                       "soldiers with missile technology."))


def test_watching_the_reports_closely_states_nothing() -> None:
    assert _quotes("Officials in Sorel said they were watching the reports closely.") == ONLY_EXTRA


def test_a_service_that_visits_twice_a_day_is_a_candidate() -> None:
    assert any("twice a day" in q for q in
               _quotes("Mayor Tom Hale said water trucks will visit Kukum and Ranadi twice a day."))


def test_a_visit_on_one_day_stays_a_schedule() -> None:
    assert _quotes("Mayor Tom Hale said the envoy will visit Kukum on Monday.") == ONLY_EXTRA


def test_a_second_clause_after_a_courtesy_states_something() -> None:
    assert any("how badly Velmar needs" in q for q in
               _quotes("\"For years we were the ones asking,\" she said. \"Now their minister flies in person to say "
                       "thank you, and that tells you how badly Velmar needs the men.\""))


def test_a_second_courtesy_after_a_courtesy_states_nothing() -> None:
    assert _quotes("The mayor said she thanked the volunteers for their work, and she welcomed the decision.") == ONLY_EXTRA


def test_a_second_clause_whose_subject_is_a_name_states_something() -> None:
    assert any("Velmar needs the men" in q for q in
               _quotes("\"Their minister flies in person to say thank you, and Velmar needs the men badly.\" "
                       "she said."))
