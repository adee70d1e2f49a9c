"""Attribution rules of round 14: a business post or trade for the person the story
introduced as one of them, an organisation's acronym that skips "of", a relative
clause on a company after a post in apposition, "quotes X, who …, as saying", "She
reports that", a time clause after a trailing speech verb, a condition before an
interrupting frame, "according to X, <clause>", a clause joined after a trailing frame,
a participle between a number and its noun, "neither … nor", "and had asked", and a
reporter's clause before "a day after X said".

Each test drafts a short invented article (no registry) and checks every candidate's
quote and speaker, in order; the negative cases show what a rule must not do.
"""

from __future__ import annotations

from drafthelpers import claims


def test_a_post_in_the_introduction_names_the_person_later() -> None:
    assert claims("The general manager of the Metro, Jorge Iván Cardona, told reporters that the fault had been found.",
                  "He said the company would run 40 extra buses.",
                  "The gearbox had been serviced in November, the manager added.") == [
        ("the fault had been found", "jorge-ivan-cardona"),
        ("the company would run 40 extra buses", "jorge-ivan-cardona"),
        ("The gearbox had been serviced in November", "jorge-ivan-cardona")]


def test_a_trade_in_the_plural_before_the_introduction_names_the_person() -> None:
    assert claims("Hauliers dispute those figures. Remberto Justiniano, president of the chamber, said members were "
                  "receiving less. \"Every day costs its owner money,\" the haulier said.") == [
        ("Hauliers dispute those figures", ""),
        ("members were receiving less", "remberto-justiniano"),
        ("Every day costs its owner money", "remberto-justiniano")]


def test_a_post_the_story_never_gave_the_person_stays_as_written() -> None:
    assert claims("“We are pumping what we can,” Sikhumbuzo Moyo said at a briefing.",
                  "The manager said two dams had been closed.") == [
        ("We are pumping what we can", "sikhumbuzo-moyo"),
        ("two dams had been closed", "The manager")]


def test_an_acronym_skipping_of_names_the_organisation_s_leader() -> None:
    assert claims("\"The price is robbery,\" said Moses Kollie, president of the Bong County chapter of the "
                  "Rubber Planters Association of Liberia (RPAL).",
                  "Mr Kollie said more than 3,000 farmers sell to the company. The RPAL leader warned that farmers "
                  "would block the road again.") == [
        ("The price is robbery", "moses-kollie"),
        ("more than 3,000 farmers sell to the company", "moses-kollie"),
        ("farmers would block the road again", "moses-kollie")]


def test_a_relative_clause_on_the_company_leaves_the_person_the_subject() -> None:
    assert claims("Luis Fernando Rojas, general manager of Transportes Chiquitano SRL, which runs 120 lorries between "
                  "Santa Cruz and Puerto Quijarro, said his company had switched to gas.") == [
        ("his company had switched to gas", "luis-fernando-rojas")]


def test_quoted_as_saying_reads_past_an_apposition_and_she_reports_is_a_verb() -> None:
    assert claims("Itzel Castrellón has written a book on the drought. She reports that about 55 per cent of the "
                  "water comes from Gatún.",
                  "The book quotes Ricaurte Vásquez, who ran the Authority during the drought, as saying that the "
                  "canal would face \"a drought like 2023 every few years\".") == [
        ("Itzel Castrellón has written a book on the drought", ""),
        ("about 55 per cent of the water comes from Gatún", "itzel-castrellon"),
        ('the canal would face "a drought like 2023 every few years"', "ricaurte-vasquez")]


def test_reports_as_a_noun_attributes_nothing() -> None:
    assert claims("Reports that the dam had failed spread quickly on Monday.") == [
        ("Reports that the dam had failed spread quickly on Monday", "")]


def test_a_time_clause_after_a_trailing_verb_is_when_not_what() -> None:
    assert claims("North Korean military units have been deployed to the Kursk region, NATO Secretary General Mark "
                  "Rutte said on Monday after the alliance's ambassadors were briefed by a South Korean delegation.") == [
        ("North Korean military units have been deployed to the Kursk region", "mark-rutte")]


def test_a_condition_waits_for_its_main_clause_around_the_frame() -> None:
    assert claims("If the talks fail, the minister said, prices will rise.") == [
        ("If the talks fail, the minister said, prices will rise", "The minister")]
    assert claims("Antony Blinken spoke in Washington on Thursday.", "If the talks fail, he said.") == [
        ("Antony Blinken spoke in Washington on Thursday", ""), ("If the talks fail", "antony-blinken")]


def test_according_to_a_name_then_a_clause_is_the_name_s_words() -> None:
    assert claims("Chief financial officer Joris Bakker said the plan would save money every year.",
                  "According to Bakker, VeloNed will not need new equity to carry out the plan.") == [
        ("the plan would save money every year", "joris-bakker"),
        ("VeloNed will not need new equity to carry out the plan", "joris-bakker")]
    assert claims("According to his lawyer, Marisol Ortega, the client was never in Kursk at all.") == [
        ("the client was never in Kursk at all", "marisol-ortega")]


def test_a_clause_joined_after_a_trailing_frame_is_the_speaker_s_but_not_a_relative_one() -> None:
    assert claims("Mark Rutte spoke to reporters on Monday.",
                  "Russia had suffered more than 600,000 dead and wounded, he said, and the soldiers sent by Kim "
                  "would not fill that gap.") == [
        ("Mark Rutte spoke to reporters on Monday", ""),
        ("Russia had suffered more than 600,000 dead and wounded", "mark-rutte"),
        ("the soldiers sent by Kim would not fill that gap", "mark-rutte")]
    assert claims("Mark Rutte spoke to reporters on Monday.",
                  "Russia had suffered more than 600,000 dead and wounded, he said, and then left the room.") == [
        ("Mark Rutte spoke to reporters on Monday", ""),
        ("Russia had suffered more than 600,000 dead and wounded", "mark-rutte")]


def test_a_participle_between_a_number_and_its_noun_attributes_nothing() -> None:
    assert claims("Six more people have tested positive for measles since our last update, bringing the outbreak "
                  "to 23 confirmed cases, up from 17 a week ago.") == [
        ("Six more people have tested positive for measles since our last update, bringing the outbreak to 23 "
         "confirmed cases, up from 17 a week ago", "")]


def test_neither_nor_negates_and_had_asked_coordinates_but_has_maintained_does_not() -> None:
    assert claims("North Korea has not acknowledged sending troops, and the Kremlin has neither confirmed nor "
                  "denied it.") == [
        ("North Korea has not acknowledged sending troops", ""),
        ("the Kremlin has neither confirmed nor denied it", "")]
    assert claims("Mongolia shares long borders with Russia and China and has maintained diplomatic relations with "
                  "both Pyongyang and Seoul for decades.") == [
        ("Mongolia shares long borders with Russia and China and has maintained diplomatic relations with both "
         "Pyongyang and Seoul for decades", "")]


def test_the_clause_before_a_day_after_x_said_is_the_reporter_s() -> None:
    assert claims("Shares in Saab rose 4.8 per cent in Stockholm on Tuesday, the biggest gain on the index, a day "
                  "after Nato Secretary General Mark Rutte said North Korean troops had been deployed to Kursk.") == [
        ("Shares in Saab rose 4.8 per cent in Stockholm on Tuesday, the biggest gain on the index", ""),
        ("North Korean troops had been deployed to Kursk", "mark-rutte")]


def test_and_had_asked_shares_the_subject_of_the_speech_verb_before() -> None:
    assert claims("The Ministry of Trade said in a statement that it would continue to defend exporters in the "
                  "investigations and had asked the US side to treat Vietnam as a market economy.") == [
        ("it would continue to defend exporters in the investigations", "The Ministry of Trade"),
        ("the US side to treat Vietnam as a market economy", "The Ministry of Trade")]
