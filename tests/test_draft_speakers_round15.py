"""Attribution and coverage rules of round 15: a player's position and a team's staff post
for the person just named, a quotation of several sentences before a trailing frame, a
position as a title in a subject, a quoted name before "said", "according to … estimates",
an unnamed person by an anonymity clause, a source a speaker relays at the end of a
that-clause, a non-answer a source tells, "monitoring" as a noun, "her claim is simple:",
"named three North Korean generals", "…, though X say", a semicolon before "according to",
a contact relative clause, and "Nobody was injured."

Each test drafts a short invented article (no registry) and checks every candidate's
quote and speaker, in order; the negative cases show what a rule must not do.
"""

from __future__ import annotations

from drafthelpers import claims

PAD = ("The line reopened at noon on Tuesday after repairs.", "Services were cut by half for two days.",
       "Freight trains resumed on Wednesday morning.")
"""Statements enough that the draft adds no lead sentence of its own to a short article."""
PADDED = [("The line reopened at noon on Tuesday after repairs", ""), ("Services were cut by half for two days", ""),
          ("Freight trains resumed on Wednesday morning", "")]


def test_a_player_s_position_is_the_player_just_named() -> None:
    assert claims("Hihifo captain Aisea Havili said the late call was \"hard to swallow\". "
                  "\"We had chances to close it out,\" the flanker said.") == [
        ('the late call was "hard to swallow"', "aisea-havili"),
        ("We had chances to close it out", "aisea-havili")]


def test_a_match_official_is_someone_else() -> None:
    assert claims("Hihifo captain Aisea Havili said the late call was \"hard to swallow\". "
                  "\"The call was correct,\" the referee said.") == [
        ('the late call was "hard to swallow"', "aisea-havili"),
        ("The call was correct", "The referee")]


def test_the_coach_described_so_speaks_a_quotation_of_several_sentences() -> None:
    assert claims("Dwayne Greaves said he had worked on his bowling with head coach Desmond Forde over the winter.",
                  "Forde defended the declaration. \"If we declare later, we get six wickets. You need time to bowl "
                  "a side out,\" the coach said.") == [
        ("he had worked on his bowling with head coach Desmond Forde over the winter", "dwayne-greaves"),
        ("Forde defended the declaration", ""),
        ("If we declare later, we get six wickets", "desmond-forde"),
        ("You need time to bowl a side out", "desmond-forde")]


def test_a_coach_the_story_never_described_stays_as_written() -> None:
    assert claims("Forde defended the declaration. \"You need time to bowl a side out on this pitch,\" the coach said.",
                  *PAD) == [
        ("Forde defended the declaration", ""),
        ("You need time to bowl a side out on this pitch", "The coach"), *PADDED]


def test_a_position_before_a_name_is_part_of_the_subject() -> None:
    assert claims("Captain Kyle Holder said the team had done everything right.",
                  "Left-arm spinner Dwayne Greaves finished the match with eight wickets. The 19-year-old said he had "
                  "worked on his arm ball.") == [
        ("the team had done everything right", "kyle-holder"),
        ("Left-arm spinner Dwayne Greaves finished the match with eight wickets", ""),
        ("he had worked on his arm ball", "dwayne-greaves")]


def test_a_quoted_name_before_said_is_no_quotation_the_verb_follows() -> None:
    assert claims("Economist Khurshed Davlatov of the research centre \"Iqtisod\" said the country's dependence on one "
                  "supplier was a known risk.", *PAD) == [
        ("the country's dependence on one supplier was a known risk", "khurshed-davlatov"), *PADDED]


def test_words_closed_on_a_comma_still_take_an_inverted_subject() -> None:
    assert claims("\"We will build the bridge this year,\" said Ana Ruiz, the city engineer.", *PAD) == [
        ("We will build the bridge this year", "ana-ruiz"), *PADDED]


def test_estimates_after_according_to_are_a_noun() -> None:
    assert claims("About 10,000 North Korean troops are now in Russia, according to U.S. and South Korean estimates.",
                  *PAD) == [
        ("About 10,000 North Korean troops are now in Russia, according to U.S. and South Korean estimates", ""),
        *PADDED]


def test_estimates_after_its_subject_is_a_verb() -> None:
    assert claims("The ministry estimates that 10,000 troops are now in Russia.", *PAD) == [
        ("10,000 troops are now in Russia", "The ministry"), *PADDED]


def test_an_anonymity_clause_makes_a_long_subject_nobody() -> None:
    assert claims("A senior diplomat from one of the European Union's member states accredited in Victoria, who spoke "
                  "on condition of anonymity, said EU members would push for new sanctions.", *PAD) == [
        ("EU members would push for new sanctions", ""), *PADDED]


def test_another_relative_clause_leaves_the_named_speaker() -> None:
    assert claims("Ana Ruiz, who spoke at the briefing, said the port had lost 30 per cent of its trade.", *PAD) == [
        ("the port had lost 30 per cent of its trade", "ana-ruiz"), *PADDED]


def test_a_source_at_the_end_of_a_that_clause_is_relayed_by_the_speaker() -> None:
    assert claims("\"We expect the first battles in days,\" Volodymyr Zelenskyy told reporters, adding that more than "
                  "12,000 soldiers were in Russia according to Ukrainian intelligence.", *PAD) == [
        ("We expect the first battles in days", "volodymyr-zelenskyy"),
        ("more than 12,000 soldiers were in Russia according to Ukrainian intelligence", "volodymyr-zelenskyy"),
        *PADDED]


def test_according_to_after_the_reporter_s_words_is_the_source() -> None:
    assert claims("Prices rose by 5 per cent in October, according to the statistics office.", *PAD) == [
        ("Prices rose by 5 per cent in October", "The statistics office"), *PADDED]


def test_a_non_answer_a_source_tells_is_a_claim() -> None:
    assert claims("The Ministry of Foreign Affairs did not respond to the party's request for a meeting, according to "
                  "the Press Office.", *PAD) == [
        ("The Ministry of Foreign Affairs did not respond to the party's request for a meeting", "The Press Office"),
        *PADDED]


def test_a_non_answer_in_the_reporter_s_words_states_nothing() -> None:
    assert claims("The Ministry of Foreign Affairs did not respond to requests for comment.", *PAD) == PADDED


def test_monitoring_as_a_noun_states_something() -> None:
    assert claims("Walter Hyde said the company would fund a reef-monitoring programme with the university.", *PAD) == [
        ("the company would fund a reef-monitoring programme with the university", "walter-hyde"), *PADDED]


def test_closely_monitoring_the_situation_states_nothing() -> None:
    assert claims("Walter Hyde said the company was closely monitoring the situation at the pier.", *PAD) == PADDED


def test_her_claim_is_simple_gives_the_owner_s_words() -> None:
    assert claims("Itzel Castrellon has written a book on the drought. Her central claim is simple: the canal and the "
                  "people drink from the same lake.", *PAD) == [
        ("Itzel Castrellon has written a book on the drought", ""),
        ("the canal and the people drink from the same lake", "itzel-castrellon"), *PADDED]


def test_the_claim_is_simple_with_no_owner_is_the_reporter_s() -> None:
    assert claims("The claim is simple: the canal and the people drink from the same lake.", *PAD) == [
        ("The claim is simple: the canal and the people drink from the same lake", ""), *PADDED]


def test_naming_a_counted_object_with_a_capitalised_name_is_a_disclosure() -> None:
    assert claims("At the Security Council, Ukraine's envoy, Sergiy Kyslytsya, named three North Korean generals he "
                  "said were with the troops.", *PAD) == [
        ("named three North Korean generals he said were with the troops", "sergiy-kyslytsya"), *PADDED]


def test_the_clause_before_though_they_say_is_the_reporter_s() -> None:
    assert claims("Ukraine launched its incursion into Kursk in August and still controls part of the region, though "
                  "Ukrainian commanders say Russian troops have retaken several villages.", *PAD) == [
        ("Ukraine launched its incursion into Kursk in August and still controls part of the region", ""),
        ("Russian troops have retaken several villages", ""), *PADDED]


def test_a_semicolon_before_according_to_ends_the_reporter_s_clause() -> None:
    assert claims("The card names the holder as a native of Tuva; according to Ukraine's military intelligence "
                  "agency, such documents are issued to hide the soldiers' origin.", *PAD) == [
        ("The card names the holder as a native of Tuva", ""),
        ("such documents are issued to hide the soldiers' origin", "Ukraine's military intelligence agency"),
        *PADDED]


def test_a_contact_relative_clause_attributes_nothing() -> None:
    assert claims("The strongest chapters follow the fight over the reservoir, the project the Authority says it "
                  "needs, and which would flood land now home to 2,000 people.", *PAD) == [
        ("The strongest chapters follow the fight over the reservoir, the project the Authority says it needs, and "
         "which would flood land now home to 2,000 people", ""), *PADDED]


def test_a_subject_of_its_own_still_says() -> None:
    assert claims("The Authority says it needs the reservoir to secure the waterway.", *PAD) == [
        ("it needs the reservoir to secure the waterway", "The Authority"), *PADDED]


def test_nobody_was_injured_is_a_statement() -> None:
    assert claims("Eleven of its 32 wagons derailed at about 04:50. Nobody was injured.", *PAD) == [
        ("Eleven of its 32 wagons derailed at about 04:50", ""), ("Nobody was injured", ""), *PADDED]


def test_another_short_sentence_is_no_statement() -> None:
    assert claims("Eleven of its 32 wagons derailed at about 04:50. Nobody asked him.", *PAD) == [
        ("Eleven of its 32 wagons derailed at about 04:50", ""), *PADDED]
