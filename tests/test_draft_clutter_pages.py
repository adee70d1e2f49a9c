"""Rules read off pages made mostly of clutter (alert pages, running orders, digests of
posts, wiki articles, legal acts), each on an invented page fragment."""

from __future__ import annotations

import pytest

from generator.drafting.boilerplate import find_boilerplate
from generator.drafting.countries import CountryFinder
from generator.drafting.lines import parse_lines
from test_draft_boilerplate import marked, shape
from test_draft_general_rules import _metadata


@pytest.mark.parametrize("text, expected", [
    ("Written by the desk from 12 sources · Updated 3 May 2031, 9:05", ("navigation", "items apart by middle dots")),
    ("Posted 21:58 on 4 May · 1.6M views", ("navigation", "items apart by middle dots")),
    ("Mayor                    Town Clerk", ("navigation", "items apart by wide gaps")),
    ("WEATHER  Tarn 24/13  Vell 25/16", ("navigation", "items apart by wide gaps")),
    ("Ferries sail again.  The strike is over", None),  # a typist's two spaces after a full stop
    ("Download the annual report (PDF, 3.4 MB)", ("link", "a link to a file")),
    ("This article is about the 2031 strike. For the 2029 strike, see below.",
     ("credit", "the page's note on itself")),
    ("This transcript has been edited for clarity and may contain errors.", ("credit", "the page's note on itself")),
    ("Translated from Danish by the desk. Posts are given in full.", ("credit", "where the text was first published")),
    ("Editor's note: statement issued by the ferry company, 3 May 2031.",
     ("credit", "where the text was first published")),
    ("[Image: the harbour at night, with three ferries]", ("widget", "a picture's placeholder")),
    ("[VIDEO: the captains walk to the quay]", None),  # a transcript's note of what was seen
    ("This report, published on Monday, found that fares had doubled.", None),  # the story's report
])
def test_furniture_of_clutter_pages(text: str, expected: tuple[str, str] | None) -> None:
    assert shape(text) == expected


def test_a_wiki_reference_list_under_a_heading_with_an_edit_mark_is_clutter() -> None:
    text = ("The Tarn ferry strike of 2031\nThe ferry strike in Tarn lasted nine days and ended with a new pay deal.\n"
            "References[edit]\n1. ^ \"Ferries stop\". Tarn Post. 3 May 2031.\n2. ^ \"Deal signed\". Vell Times. 12 May 2031.\n")
    assert marked(text) == [(3, "a list of sources"), (4, "a list of sources"), (5, "a list of sources")]


def test_an_infobox_of_tab_separated_rows_is_a_list_of_facts() -> None:
    text = ("The Tarn ferry strike of 2031\nDate\t3–12 May 2031 (9 days)\nLocation\tTarn harbour, Vell Province\n"
            "Parties\tFerry Workers' Union; Tarn Ferries Ltd; the harbour board\n"
            "The ferry strike in Tarn lasted nine days and ended with a new pay deal.\n")
    facts = "a list of facts: labels and values"
    assert marked(text) == [(2, facts), (3, facts), (4, facts)]


def test_an_alert_in_another_script_above_its_translation_is_clutter() -> None:
    text = ("Fire alerts for the coast\nThe messages below were sent to phones in the area on Tuesday night.\n"
            "🔴 ΕΚΚΕΝΩΣΗ: Πυρκαγιά στην περιοχή σας.\n"
            "🔴 EVACUATION: Wildfire in your area. Move towards the coast road at once.\n")
    assert marked(text) == [(3, "the original-language copy of the line below")]


def test_lines_opening_with_the_same_label_by_every_item_are_furniture() -> None:
    post = "The {} said the ferries would not sail before Friday, and that talks would go on.\n"
    text = ("Tarn channels on the ferry strike\nThe channels below reported the strike on Tuesday, in their own words.\n"
            + "".join(post.format(who) + f"SUPER: {name}\n———\n" for who, name in (
                ("board", "Ana Ruiz / Harbour board"), ("union", "Bo Tern / Ferry union"), ("company", "Eva Lund / Tarn Ferries"))))
    items = "furniture repeated by every item of a list"
    assert [n for n, reason in marked(text) if reason == items] == [4, 7, 10]


def test_a_speakers_label_that_opens_sentences_is_no_template() -> None:
    text = ("The harbour master's ferry briefing\nThe harbour master took questions from reporters on Tuesday about the strike.\n"
            "QUESTION: The union says the ferries –\nQUESTION: Thank you.\nQUESTION: Thanks, sir.\n"
            "The harbour master said talks would resume at the ministry on Thursday morning.\n")
    assert marked(text) == []


def test_a_cue_in_capitals_is_clutter_and_a_crosshead_in_capitals_is_text() -> None:
    text = ("Evening news on Friday night\nPRESENTER: Good evening. The ferry strike in Tarn is over after nine days.\n"
            "VO – TARN HARBOUR / QUAY\nPRESENTER: The union and the company signed a deal on pay and hours.\n"
            "PAY AND HOURS AGREED\nPRESENTER: The first ferries will sail on Saturday morning, the company said.\n")
    assert marked(text) == [(3, "a cue in capitals, of a script or a running order")]


@pytest.mark.parametrize("text, title", [
    # a headline holding a date and five words in small letters is no date line
    ("Tarn Civil Protection\nFire in Tarn: alerts and situation update, 22 July 2031\n"
     "The fire broke out on Tuesday afternoon and was driven towards the coast by strong winds.\n", 2),
    # a banner written as a sentence above the headline does not end the headline block
    ("Tarn Civil Protection\n⚠ ACTIVE EMERGENCY: Fire in Tarn. Follow the instructions of the authorities.\n"
     "Fire near the Tarn coast road\nThe fire broke out on Tuesday afternoon and was driven towards the coast.\n", 3),
    # a legal act's or a meeting's title runs on past twenty words, with no end mark
    ("Law portal\nMenu   Search   Help\nCouncil Regulation 2031/7 of 3 May 2031 on the ferry services between "
     "the islands of Tarn and Vell and on the fares charged to residents of both islands\n"
     "THE COUNCIL, having regard to the treaty, has adopted this regulation.\n", 3),
])
def test_the_title_of_a_clutter_page(text: str, title: int) -> None:
    _, found = find_boilerplate(parse_lines(text))
    assert found is not None and found.number == title


def _countries(text: str) -> list[str]:
    lines = parse_lines(text)
    return [g.code for g in CountryFinder(None).find(text, [(l.start, l.start + len(l.text)) for l in lines], [],
                                                     lambda _: 1)]


@pytest.mark.parametrize("text, codes", [
    ("Costs rose to US$2.08 a pound, the company said.", []),  # a currency
    ("A Liberian-flagged tanker was boarded off the coast.", ["LR"]),  # the flag state
    ("Russian-speaking residents left the town.", []),  # a language, not the state
    ("Kowalczyk, of Polish Radio, asked the minister about the troops.", []),  # an outlet
    ("The Hellenic Police closed the coast road.", ["GR"]),
    ("Lakes in Greenland are draining faster, researchers said.", []),  # a territory, not a state
])
def test_countries_of_currencies_compounds_outlets_and_territories(text: str, codes: list[str]) -> None:
    assert _countries(text) == codes


def test_a_list_of_participants_one_a_line_is_no_byline() -> None:
    text = ("Ferries after the strike: a panel\nSpeakers\nAna Ruiz, Chief Executive, Tarn Ferries\n"
            "Bo Tern, former harbour master of Vell\nThe panel met in Tarn on Tuesday to discuss the strike and the fares.\n"
            "Ana Ruiz said the company had lost a month of trade and would not raise fares to make it up.\n")
    assert _metadata(text).byline.value == ()


def test_a_name_alone_under_the_headline_is_still_the_byline() -> None:
    text = ("Ferries sail again after the strike\nEva Lund\n"
            "The ferries sailed again on Saturday after a nine-day strike over pay and hours.\n"
            "The union said the deal was the best it could get.\n")
    assert _metadata(text).byline.value == ("Eva Lund",)


def test_a_long_document_title_wins_over_the_portals_tag_line() -> None:
    text = ("Law portal\nAccess to the law of the islands\nMenu   Search   Help\n"
            "Council Regulation 2031/7 of 3 May 2031 on the ferry services between the islands of Tarn and Vell "
            "and on the fares charged to residents of both islands\n"
            "THE COUNCIL, having regard to the treaty, has adopted this regulation.\n")
    assert _metadata(text).title.value.startswith("Council Regulation 2031/7")


def test_a_long_caption_with_its_credit_is_no_title() -> None:
    text = ("Ferries sail again after the strike\nThe first ferry leaves Tarn harbour for Vell on Saturday morning "
            "after the nine-day strike over pay and hours ended. © Eva Lund, Tarn Post\n"
            "The ferries sailed again on Saturday after a nine-day strike over pay and hours.\n")
    assert _metadata(text).title.value == "Ferries sail again after the strike"


def test_lines_of_another_printed_column_are_clutter() -> None:
    text = ("Ferries sail again after the strike\n"
            "The ferries sailed again on Saturday after a nine-day strike over pay and hours.\n"
            "hours at the Vell marina will be ex-\ntended from May 1, the harbour board\nsaid yesterday, in answer to\n"
            "The union said the deal was the best it could get, and that its members would vote on it.\n")
    column = "lines of another printed column, cut short"
    assert marked(text) == [(3, column), (4, column), (5, column)]


def test_short_lines_of_a_list_in_capitals_are_no_column() -> None:
    text = ("Ferries sail again after the strike\n"
            "The ferries sailed again on Saturday after a nine-day strike over pay and hours.\n"
            "The union's demands were these\nA pay rise of five per cent\nShorter night shifts on the ferries\n"
            "The union said the deal was the best it could get, and that its members would vote on it.\n")
    assert all(reason != "lines of another printed column, cut short" for _, reason in marked(text))
