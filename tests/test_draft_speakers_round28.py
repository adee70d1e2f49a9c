"""Speakers, round 28: a name closing a participle's aside after the subject ("Ruiz,
speaking after talks with the mayor, Tom Berg, said") is the participle's object, and the
aside is no role of the subject's; a role phrase no introduction fits is the speaker of the
sentence before, when that person's role is of its kind, before the next person named; "its
managing director" is the company's; a bare surname several people share is the one named
in full just before, unless the last of them to speak spoke there; "added 3.1 per cent"
is a share price's gain, not words."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of
from generator.drafting.attribution import find_frames, quoted_spans


def test_a_name_closing_a_participles_aside_is_not_the_speaker() -> None:
    found = padded_claims("Harbour trade fell by a third in October, the port authority reported.",
                          "Ines Varga, speaking at the harbour office after talks with the port's director, "
                          "Tomas Lindqvist, said the dredging would start in spring.")
    assert speaker_of(found, "the dredging would start in spring") == "ines-varga"


def test_a_name_in_apposition_after_a_short_role_still_speaks() -> None:
    found = padded_claims("Harbour trade fell by a third in October, the port authority reported.",
                          "The port's director, Tomas Lindqvist, said the dredging would start in spring.")
    assert speaker_of(found, "the dredging would start in spring") == "tomas-lindqvist"


def test_a_group_including_a_named_member_is_not_read_as_a_participle() -> None:
    text = "The Harbour Pilots, including their chairman, Tomas Lindqvist, said the dredging would start in spring."
    frame = find_frames(text, quoted_spans(text))[0]
    assert text[frame.apposition[0]:frame.apposition[1]] == "Tomas Lindqvist"


def test_a_participles_aside_gives_its_subject_no_role() -> None:
    found = padded_claims("Ines Varga, speaking at ITF headquarters after talks with the federation's chief, "
                          "Tomas Lindqvist, said the strike would go ahead.",
                          "Lindqvist said the pilots had voted for it by a wide margin.",
                          "\"We did not choose this fight,\" the ITF chief told reporters.")
    assert speaker_of(found, "We did not choose this fight") == "tomas-lindqvist"


def test_a_role_phrase_points_back_at_the_last_speaker_before_the_next_one() -> None:
    found = padded_claims("The federation's general secretary, Tomas Lindqvist, met the minister on Monday.",
                          "Lindqvist said the members had voted for the strike by a wide margin.",
                          "\"We did not choose this fight,\" the ITF chief told reporters.",
                          "Ines Varga said the talks would resume on Monday.")
    assert speaker_of(found, "We did not choose this fight") == "tomas-lindqvist"


def test_a_role_phrase_skips_a_last_speaker_of_another_role() -> None:
    found = padded_claims("The city's mayor, Ines Varga, met the strikers on Monday.",
                          "Varga said the talks had been useful.",
                          "\"We did not choose this fight,\" the police chief told reporters.",
                          "Tomas Lindqvist said the officers had voted for the strike.")
    assert speaker_of(found, "We did not choose this fight") == "tomas-lindqvist"


def test_its_managing_director_is_the_one_introduced_later() -> None:
    found = padded_claims("The Coastal Ferry Company has cancelled all crossings to the islands, its managing "
                          "director said on Monday.",
                          "Two engines failed last week.",
                          "\"We will not sail until the engines are safe,\" the managing director, Ines Varga, "
                          "told reporters.")
    assert speaker_of(found, "has cancelled all crossings") == "ines-varga"


def test_his_managing_director_is_a_persons_not_the_companys() -> None:
    found = padded_claims("The Coastal Ferry Company has cancelled all crossings to the islands, his managing "
                          "director said on Monday.",
                          "Two engines failed last week.",
                          "\"We will not sail until the engines are safe,\" the managing director, Ines Varga, "
                          "told reporters.")
    assert speaker_of(found, "has cancelled all crossings") == "His managing director"  # as written, no one's id


def test_a_shared_surname_is_the_one_named_in_full_just_before() -> None:
    found = padded_claims("Park Min-ho opened the new assembly session on Monday.",
                          "Park Min-ho said the budget would pass by December.",
                          "It also fits the warning that Park Ji-won, the finance minister, gave last week. "
                          "Park said the deficit would grow next year.")
    assert speaker_of(found, "the deficit would grow next year") == "park-ji-won"


def test_a_shared_surname_with_nobody_named_just_before_is_the_last_speaker() -> None:
    found = padded_claims("Park Min-ho said the budget would pass by December.",
                          "The budget drew on a plan by Park Ji-won, the finance minister.",
                          "Roads were closed across the capital for the opening.",
                          "Park said the deficit would grow next year.")
    assert speaker_of(found, "the deficit would grow next year") == "park-min-ho"


def test_a_shared_surname_is_the_subject_who_spoke_just_before_over_a_name_in_its_apposition() -> None:
    found = padded_claims("Park Ji-won, the sister of party leader Park Min-ho, warned the council on Monday.",
                          "Park Min-ho said the budget would pass by December.",
                          "Roads were closed across the capital for the opening.",
                          "Park Ji-won, the sister of party leader Park Min-ho, spoke again on Tuesday. "
                          "Park said the deficit would grow next year.")
    assert speaker_of(found, "the deficit would grow next year") == "park-ji-won"


def test_a_share_price_gain_is_no_speech() -> None:
    text = ("Harbour Holdings rose 4.2 per cent in Oslo and Nordic Ferries, which builds the ferries the city "
            "ordered in 2022, added 3.1 per cent.")
    assert find_frames(text, quoted_spans(text)) == []


def test_added_before_words_with_a_figure_still_speaks() -> None:
    found = padded_claims("The chief executive, Ines Varga, added 40 per cent of the staff would move to Oslo.")
    assert speaker_of(found, "40 per cent of the staff would move") == "ines-varga"
