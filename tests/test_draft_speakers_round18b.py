"""Speakers, round 18b: a person's figure owned by possessive or "given by", a ", who"
clause after a role apposition, a time phrase before a subject, a present-tense
", where" clause after a past speech verb, a named person's request relayed by
unnamed aides, and an unnamed source described by nationality and named soon after."""

from __future__ import annotations

from drafthelpers import claims

from generator.drafting.backgroundwhere import background_where
from generator.drafting.relativewho import relative_antecedent

PAD = ("The line reopened at noon on Tuesday after repairs.", "Services were cut by half for two days.")


def _speakers(*paragraphs: str) -> list[tuple[str, str]]:
    return claims(*paragraphs, *PAD)[:len(paragraphs)]


def _by(found: list[tuple[str, str]], words: str) -> str:
    return next(by for quote, by in found if words in quote)


def test_possessive_owns_a_stated_figure() -> None:
    found = _speakers("Ukraine's intelligence chief Kyrylo Budanov spoke in Kyiv on Monday.",
                      "Budanov's figure of 1,000 was higher than an earlier South Korean estimate.")
    assert _by(found, "figure of 1,000") == "kyrylo-budanov"


def test_possessive_without_a_number_is_the_reporters() -> None:
    found = _speakers("Ukraine's intelligence chief Kyrylo Budanov spoke in Kyiv on Monday.",
                      "Officials in Seoul have questioned Budanov's figure since the summer.")
    assert _by(found, "questioned") == ""


def test_given_by_a_titled_name_owns_the_figure() -> None:
    found = _speakers("US Defense Secretary Lloyd Austin spoke in Washington on Thursday.",
                      "Washington's figure, given by Defense Secretary Lloyd Austin on 31 October, was about 10,000 "
                      "in Russia.")
    assert _by(found, "Washington's figure") == "lloyd-austin"


def test_who_after_a_role_apposition_is_the_name() -> None:
    text = "said Issiaka Sawadogo, the association's executive secretary, who put the price at 79 cents"
    assert text[slice(*relative_antecedent(text, 0, text.index("put")))] == "Issiaka Sawadogo"


def test_who_after_an_apposition_on_a_place_is_nobody() -> None:
    text = "met farmers in Bobo-Dioulasso, the cotton capital, who put the price at 79 cents"
    assert relative_antecedent(text, 0, text.index("put")) is None


def test_time_phrase_is_no_part_of_the_subject() -> None:
    found = _speakers("By early November the United States estimated the total at about 10,000 soldiers.")
    assert found[0][1] == "The United States"


def test_present_where_clause_after_a_past_verb_is_the_reporters() -> None:
    text = "Ruiz said 8,000 were in the Kursk region, where Ukrainian forces have held ground since August."
    start = text.index("Ukrainian")
    assert background_where(text, start, "said")
    assert not background_where(text, start, "says")


def test_backshifted_where_clause_stays_the_speakers() -> None:
    text = "Ruiz said 8,000 were in the Kursk region, where Ukrainian forces had held ground since August."
    assert not background_where(text, text.index("Ukrainian"), "said")


def test_unnamed_aides_relay_the_leaders_request() -> None:
    found = _speakers("President Ferdinand Marcos Jr will not attend next week's summit in Vientiane.",
                      "Aides said Marcos had used a call with the Laotian premier to ask for the summit to be delayed.")
    assert _by(found, "to ask for the summit") == "ferdinand-marcos-jr"


def test_unnamed_aides_relaying_an_act_that_is_no_request() -> None:
    found = _speakers("President Ferdinand Marcos Jr will not attend next week's summit in Vientiane.",
                      "Aides said Marcos had used the weekend to rest before the trip to Japan.")
    assert _by(found, "to rest") == ""


def test_source_described_by_nationality_named_soon_after() -> None:
    found = _speakers("The minister spoke on Thursday, while a visiting South Korean official said several thousand "
                      "soldiers had already moved close to the fighting.",
                      "The minister was speaking in Vilnius with Park Jin-seong, South Korea's deputy minister for "
                      "defence policy, who is touring Baltic capitals.")
    assert _by(found, "several thousand") == "park-jin-seong"


def test_source_of_another_nationality_is_not_the_one_named() -> None:
    found = _speakers("The minister spoke on Thursday, while a visiting Japanese official said several thousand "
                      "soldiers had already moved close to the fighting.",
                      "The minister was speaking in Vilnius with Park Jin-seong, South Korea's deputy minister for "
                      "defence policy, who is touring Baltic capitals.")
    assert _by(found, "several thousand") == ""


def test_adding_up_to_a_sum_is_no_second_statement() -> None:
    """", adding up to 140 kilometres" sums a figure: the sentence is one statement, the
    association's, not a reporter's clause beside it."""
    assert claims("About 1,200 lorries a day had been diverted to the bridge at Vidin during the halt, adding up to "
                  "140 kilometres to some journeys, according to the Romanian road freight association.") \
        == [("About 1,200 lorries a day had been diverted to the bridge at Vidin during the halt, adding up to "
             "140 kilometres to some journeys", "The Romanian road freight association")]


def test_adding_that_is_still_a_second_statement() -> None:
    """Negative: "adding that …" attributes what follows to the subject, as before."""
    assert claims("Transport Minister Ana Ruiz said the repairs to the bridge had taken six weeks, adding that the "
                  "ferry would run a reduced timetable until the end of the month.") \
        == [("the repairs to the bridge had taken six weeks", "ana-ruiz"),
            ("the ferry would run a reduced timetable until the end of the month", "ana-ruiz")]


def test_a_dateline_with_an_abbreviated_month_is_no_part_of_the_quote() -> None:
    """"BUCHAREST, Sept. 18 (Balkan Wire) - " opens the story: the quote starts after it, as after
    "MADRID, March 12 (Reuters) - "; a sentence's own full stop still ends no dateline."""
    assert claims("BUCHAREST, Sept. 18 (Balkan Wire) - The car ferry across the Danube resumed service on "
                  "Wednesday after a six-week halt, the port authority said.") \
        == [("The car ferry across the Danube resumed service on Wednesday after a six-week halt",
             "The port authority")]
