"""Attribution rules of round 13: a speaker heading above quoted paragraphs, a source
relayed "according to" a titled person, a trade noun for a person the story described
so, an unnamed spokesman named in the next sentence, views stated by "doubts that" and
"does not expect", a participle giving a value, a plural noun taken for a speech verb,
and a minister's page speaking for "the Government".

Each test drafts a short invented article (no registry) and checks every candidate's
quote and speaker, in order; the negative cases show what a rule must not do.
"""

from __future__ import annotations

from drafthelpers import claims
from generator.drafting.cataphora import indefinite_head
from generator.drafting.headings import heading_name


def test_a_speaker_heading_gives_the_quoted_paragraphs_below_it_their_speaker() -> None:
    assert claims("Expert reaction: troops reach the front", "The centre asked experts to comment.",
                  "Dr Ana Ruiz, Senior Lecturer in Strategic Studies, Northgate University, comments:",
                  "“The number matters less than what it tells us about Moscow.",
                  "“These soldiers will also be learning.”",
                  "Tom Hale, former defence attache in Seoul, comments:",
                  "“Kyiv will use this to press Washington again.”") == [
        ("The number matters less than what it tells us about Moscow", "ana-ruiz"),
        ("These soldiers will also be learning", "ana-ruiz"),
        ("Kyiv will use this to press Washington again", "tom-hale")]


def test_a_heading_is_a_name_not_a_role_nor_a_sentence() -> None:
    assert heading_name("Professor Jae-hoon Bae, Director, Korea Programme, comments:") == "Professor Jae-hoon Bae"
    assert heading_name("The minister said:") is None
    assert heading_name("Conflict of interest statement: None declared.") is None
    assert heading_name("He said the plan would work. Ruiz says:") is None
    assert claims("The minister said:", "“We will build the bridge.”") == [("We will build the bridge", "")]


def test_according_to_a_titled_person_reads_past_the_title_and_relays_the_body() -> None:
    assert claims("The agency briefed two lawmakers, Rep. Park Min-seok and Rep. Yoon Hae-jin, on Monday.",
                  "According to Rep. Yoon, the agency said the soldiers were struggling with drones.") == [
        ("The agency briefed two lawmakers, Rep. Park Min-seok and Rep. Yoon Hae-jin, on Monday", ""),
        ("the soldiers were struggling with drones", "yoon-hae-jin")]
    assert claims("Prices rose by 4 per cent, according to the ministry.") == [
        ("Prices rose by 4 per cent", "The ministry")]


def test_a_trade_noun_is_the_person_the_story_described_with_it() -> None:
    assert claims("In a notice signed by town clerk Sikhumbuzo Moyo, the council said water would be cut.",
                  "“We are pumping what we can,” Moyo said at a briefing.",
                  "The town clerk said two dams had been closed.") == [
        ("water would be cut", "The council"),
        ("We are pumping what we can", "sikhumbuzo-moyo"),
        ("two dams had been closed", "sikhumbuzo-moyo")]


def test_a_trade_noun_the_story_never_gave_the_person_stays_as_written() -> None:
    assert claims("“We are pumping what we can,” Sikhumbuzo Moyo said at a briefing.",
                  "The farmer said two dams had been closed.") == [
        ("We are pumping what we can", "sikhumbuzo-moyo"),
        ("two dams had been closed", "The farmer")]


def test_the_lecturer_is_the_academic_named_before() -> None:
    assert claims("Dr Milica Jovanovic, a lecturer in security studies at the University of Belgrade, "
                  "spoke on Monday.",
                  "Jovanovic said North Korea would expect a reward. The lecturer believes that the real payment "
                  "is in missile technology.")[1:] == [
        ("North Korea would expect a reward", "milica-jovanovic"),
        ("the real payment is in missile technology", "milica-jovanovic")]


def test_an_unnamed_spokesman_named_in_the_next_sentence_is_that_person() -> None:
    assert indefinite_head("a Pentagon spokesman") == "spokesman" and indefinite_head("the spokesman") is None
    assert claims("North Korean soldiers have suffered several hundred casualties, a Pentagon spokesman said "
                  "on Wednesday.",
                  "Maj. Gen. Pat Ryder, the spokesman, said the losses came in the past week.") == [
        ("North Korean soldiers have suffered several hundred casualties", "pat-ryder"),
        ("the losses came in the past week", "pat-ryder")]


def test_someone_else_named_next_leaves_the_spokesman_unnamed() -> None:
    assert claims("North Korean soldiers have suffered several hundred casualties, a Pentagon spokesman said "
                  "on Wednesday.",
                  "Ana Ruiz, another official, said the losses came in the past week.") == [
        ("North Korean soldiers have suffered several hundred casualties", "A Pentagon spokesman"),
        ("the losses came in the past week", "ana-ruiz")]


def test_a_doubt_and_a_view_negated_by_do_are_still_the_holders() -> None:
    assert claims("Gabor Halmi, a former ambassador to Seoul, spoke to the weekly.",
                  "Halmi said the troops were poorly trained. The former diplomat also doubts that Russia will "
                  "keep the soldiers away from the front.")[1:] == [
        ("the troops were poorly trained", "gabor-halmi"),
        ("Russia will keep the soldiers away from the front", "gabor-halmi")]
    assert claims("Park Seon-hee, a professor at Kyungnam University, said the deal was costly.",
                  "She does not expect a war on the peninsula as a result.") == [
        ("the deal was costly", "park-seon-hee"), ("a war on the peninsula as a result", "park-seon-hee")]


def test_not_saying_is_no_view() -> None:
    assert claims("Park Seon-hee, a professor at Kyungnam University, said the deal was costly.",
                  "She did not say whether talks would resume.") == [
        ("the deal was costly", "park-seon-hee"), ("She did not say whether talks would resume", "")]


def test_a_participle_giving_a_value_is_no_speech_but_said_is() -> None:
    assert claims("Botswana has the world's largest elephant population, estimated at about 130,000 animals.") == [
        ("Botswana has the world's largest elephant population, estimated at about 130,000 animals", "")]
    assert claims("In Paiporta, the mayor, Maribel Albalat, said at least 40 residents had died.") == [
        ("at least 40 residents had died", "maribel-albalat")]


def test_states_before_an_infinitive_is_a_noun_not_a_speech_verb() -> None:
    assert claims("An official at the embassy said Kyiv had asked Gulf states to raise the issue with Moscow.") == [
        ("Kyiv had asked Gulf states to raise the issue with Moscow", "")]
    assert claims("The ministry states that the border will reopen on Monday.") == [
        ("the border will reopen on Monday", "The ministry")]


def test_a_ministers_answer_speaks_for_the_government() -> None:
    assert claims("Question for Foreign Office",
                  "To ask the Secretary of State what assessment he has made of the deployment.",
                  "Answered by Helen Mayhew-Ross (Minister of State)",
                  "We assess that 10,000 troops have been sent. The Government's view is that it shows how "
                  "desperate Putin has become.")[1:] == [
        ("We assess that 10,000 troops have been sent", "helen-mayhew-ross"),
        ("it shows how desperate Putin has become", "helen-mayhew-ross")]


def test_the_government_in_a_news_story_stays_the_government() -> None:
    assert claims("Ana Ruiz said the troops were poorly trained.",
                  "The Government's view is that it shows how desperate Putin has become.") == [
        ("the troops were poorly trained", "ana-ruiz"),
        ("it shows how desperate Putin has become", "The Government")]
