"""Who says what on pages that are one person's words, and a few attribution
patterns around them (``generator.drafting.documents``, ``attribution``,
``speakers``, ``roles``, ``transcript``).  Each case is an invented page drafted
with no registry; the expected speakers are exact."""

from __future__ import annotations

from generator.drafting.documents import page_voices
from generator.drafting.drafter import draft_article


def speakers(text: str) -> list[tuple[str, str]]:
    """(quote, by) of every candidate claim of ``text``, in order."""
    return [(c.quote, c.by) for c in draft_article(text, "seeds/x.txt", None).claims]


SPEECH = """City of Harlow Bay
Mayor's Budget Speech 2026
Delivered by the Mayor, Cr Ana Ruiz-Lind, at the Council Meeting, Tuesday 23 June 2026
Welcome to the town hall.

I stood here a year ago and promised a careful budget. The general rate will rise by 3.4 per cent this year.

We will replace 14 kilometres of stormwater pipe in Eastbrook.

Councillor Tom Hale has said that the rate rise should have been zero.

Officials said the surplus would be $2 million.
"""


def test_a_speech_page_is_its_speakers_words_from_its_first_person_on():
    assert speakers(SPEECH) == [
        ("Delivered by the Mayor, Cr Ana Ruiz-Lind, at the Council Meeting, Tuesday 23 June 2026", ""),
        ("I stood here a year ago", "ana-ruiz-lind"),
        ("The general rate will rise by 3.4 per cent this year", "ana-ruiz-lind"),
        ("We will replace 14 kilometres of stormwater pipe in Eastbrook", "ana-ruiz-lind"),
        ("the rate rise should have been zero", "tom-hale"),  # what the speaker relays stays its teller's
        ("the surplus would be $2 million", ""),  # people nobody names are nobody, not the speaker
    ]


WRITTEN_ANSWER = """Written questions and answers
Asked by Tom Hale (Eastbrook)
To ask the Secretary of State what assessment has been made of the number of troops deployed.
Answered by Ana Ruiz-Lind (Minister of State)
We assess that more than 10,000 troops have been deployed since October.

North Korea must withdraw its troops from Russia.
"""


def test_a_written_answer_is_the_answering_ministers_and_the_question_is_not():
    assert speakers(WRITTEN_ANSWER) == [
        ("To ask the Secretary of State what assessment has been made of the number of troops deployed", ""),
        ("Answered by Ana Ruiz-Lind (Minister of State)", ""),
        ("We assess that more than 10,000 troops have been deployed since October", "ana-ruiz-lind"),
        ("North Korea must withdraw its troops from Russia", "ana-ruiz-lind"),
    ]


COLUMN = """The Harbour Times
Opinion
By Jane Doe
I have lived in Eastbrook for twenty years. The general rate will rise by 3.4 per cent this year.

We deserve better from the council, and Mayor Ana Ruiz-Lind knows it.
"""


def test_a_column_in_the_first_person_stays_the_reporters_voice():
    assert [by for _, by in speakers(COLUMN)] == ["", "", ""]


def test_page_voices_needs_a_line_naming_a_speaker_and_a_first_person_paragraph():
    text = "Petition started by Ana Ruiz\nThe ferry is late.\nWe ask for a new boat.\n"
    spans = [(29, 47), (48, 70)]
    voices = page_voices(text, spans, {"ana-ruiz": ("Ana Ruiz",)})
    assert {at: v.by for at, v in voices.items()} == {48: "ana-ruiz"}  # from the first person on
    assert page_voices(text.replace("Petition started by", "Presented by"), spans, {"ana-ruiz": ("Ana Ruiz",)}) == {}


def test_an_unnamed_official_where_they_work_is_nobody():
    text = ("Harbour talks stall\n"
            "A senior official of the Harbour Security Bureau told reporters that the talks had failed.\n\n"
            "Tom Hale of the Harbour Security Bureau said the port would stay shut.\n")
    assert speakers(text) == [
        ("the talks had failed", ""),
        ("the port would stay shut", "tom-hale"),  # a name with the same words is someone
    ]


def test_the_official_with_nobody_named_as_one_is_nobody():
    text = ("Harbour talks stall\n"
            "A senior official in the delegation said the talks had failed.\n\n"
            "\u201cWe will not reopen it,\u201d the official said.\n")
    assert speakers(text) == [("the talks had failed", ""), ("We will not reopen it", "")]


def test_an_inverted_role_with_a_name_in_apposition_is_the_named_person():
    text = ("Ferry cuts\n"
            "\u201cWe cannot crew a full winter schedule,\u201d said Fundy Link's general manager, Arnaud Thériault.\n\n"
            "\u201cWe cannot sail,\u201d said Tom Hale, Ana Ruiz.\n")
    assert speakers(text)[0] == ("We cannot crew a full winter schedule", "arnaud-theriault")


def test_a_speech_verb_after_whom_is_inside_a_noun_phrase():
    text = ("Generals named\n"
            "Tom Hale said the force had moved. He named three officers whom Ukraine believes command the force.\n")
    assert speakers(text)[-1] == ("named three officers whom Ukraine believes command the force", "tom-hale")


def test_a_plural_noun_before_of_is_no_speech_verb():
    text = ("Panel\n"
            "Opening the event, Dr Ana Ruiz noted that estimates of the force now ranged from 10,000 to 12,000.\n")
    assert speakers(text) == [("estimates of the force now ranged from 10,000 to 12,000", "ana-ruiz")]


def test_whatever_someone_says_is_no_attribution():
    text = ("Prisoners\n"
            "It follows that captured soldiers are prisoners of war, whatever Pyongyang says about them.\n\n"
            "Pyongyang says the soldiers are volunteers.\n")
    assert speakers(text) == [
        ("It follows that captured soldiers are prisoners of war, whatever Pyongyang says about them", ""),
        ("the soldiers are volunteers", "Pyongyang"),
    ]


def test_secretary_of_state_is_a_title_not_a_state_pointed_back_at():
    text = ("Talks\n"
            "Secretary of State Antony Blinken met Defense Secretary Lloyd Austin on Monday.\n\n"
            "Austin said the troops were in Kursk.\n\n"
            "The secretary of state said the troops would be fair game.\n")
    assert speakers(text)[-1] == ("the troops would be fair game", "antony-blinken")


def test_the_lawmaker_is_the_member_of_parliament_named_before():
    text = ("Briefing\n"
            "Representative Park Sun-won told reporters that the agency had seen a second wave.\n\n"
            "According to the lawmaker, the soldiers have Russian uniforms.\n")
    assert speakers(text)[-1] == ("the soldiers have Russian uniforms", "park-sun-won")


def test_a_time_stamped_label_may_describe_its_speaker_at_length():
    text = ("Transcript\n"
            "0:52 Hilario Quispe, president of the community: We are not against the mine.\n"
            "6:45 Driver Julio Ccahuana, who has been parked at the bridge for eight days: I earn nothing while I sit here.\n"
            "9:10 The company's relations manager, Verónica Salas, in a video call: We have paid eighteen million soles.\n")
    assert [by for _, by in speakers(text)] == ["hilario-quispe", "julio-ccahuana", "veronica-salas"]


def test_without_a_time_stamp_a_label_names_its_speaker_first():
    text = ("Interview\n"
            "Hilario Quispe, president of the community: We are not against the mine.\n\n"
            "The company's relations manager, Verónica Salas, in a video call: We have paid eighteen million soles.\n")
    assert speakers(text)[-1][1] != "veronica-salas"


def test_a_verb_of_telling_someone_attributes_with_its_object():
    text = ("Budget\n"
            "Our chief executive, Marcus Whitfield, has assured me that the city will finish with a surplus.\n\n"
            "The win assured them that they would qualify for the final.\n")
    assert speakers(text) == [
        ("the city will finish with a surplus", "marcus-whitfield"),
        ("The win assured them that they would qualify for the final", ""),  # no one who speaks
    ]


def test_when_asked_after_a_trailing_verb_is_when_not_what():
    text = ("Treaty\n"
            "\u201cWe have a treaty with them. Its fourth article speaks for itself, and I have nothing to add,\u201d "
            "Tom Hale said when asked by a journalist whether the units were in the region.\n")
    assert ("Its fourth article speaks for itself", "tom-hale") in speakers(text)


def test_a_feeling_voiced_or_words_repeated_that_attribute():
    text = ("Council\n"
            "Japan's representative, Kazuyuki Yamazaki, voiced concern that the shells had been shipped.\n\n"
            "His spokesman, Dmitry Peskov, repeated on Wednesday that the cooperation was lawful.\n\n"
            "The fund repeated that pattern in 2020 with its shells.\n")
    assert speakers(text) == [
        ("the shells had been shipped", "kazuyuki-yamazaki"),
        ("the cooperation was lawful", "dmitry-peskov"),
        ("The fund repeated that pattern in 2020 with its shells", ""),
    ]


def test_a_capitalised_name_word_is_no_speech_verb_in_a_subject():
    text = ("Losses\n"
            "Press secretary Pat Ryder told reporters the United States assessed that Russian forces were losing "
            "1,200 soldiers a day.\n")
    assert speakers(text) == [("Russian forces were losing 1,200 soldiers a day", "pat-ryder")]


def test_describing_something_as_a_thing_attributes_but_a_passive_does_not():
    text = ("Deployment\n"
            "Tom Hale is responsible for the deployment, which he has publicly described as a legitimate exercise "
            "of treaty obligations.\n\n"
            "The deal was described as a turning point for the region.\n")
    assert speakers(text) == [
        ("Tom Hale is responsible for the deployment", ""),
        ("as a legitimate exercise of treaty obligations", "tom-hale"),
        ("The deal was described as a turning point for the region", ""),
    ]


def test_a_judges_holding_that_attributes_but_holding_talks_does_not():
    text = ("Ruling\n"
            "Justice Ada Nwosu granted the order after hearing both sides, holding that the operator had shown "
            "a serious question.\n\n"
            "The ministers met in Rome on Monday, holding talks on trade and fishing.\n")
    assert speakers(text) == [
        ("Justice Ada Nwosu granted the order after hearing both sides", ""),
        ("the operator had shown a serious question", "ada-nwosu"),
        ("The ministers met in Rome on Monday, holding talks on trade and fishing", ""),
    ]


def test_put_it_bluntly_with_a_colon_attributes_unquoted_words():
    text = ("Fair game\n"
            "Defense Secretary Lloyd Austin put it bluntly on Thursday: if the soldiers join the fighting, "
            "they are fair game.\n\n"
            "The crew put it on the table: three options for the winter timetable.\n")
    assert speakers(text) == [
        ("if the soldiers join the fighting, they are fair game", "lloyd-austin"),
        ("The crew put it on the table: three options for the winter timetable", ""),
    ]
