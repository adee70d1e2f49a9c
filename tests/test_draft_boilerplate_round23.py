"""Boilerplate, round 23, by kind of page: a programme guide's slots and day headings are its
text, its standing times and "Schedules can change" note its furniture (`schedules`,
`linkprompts`); a corrections page's entry headings are its text, its "To report an error,
e-mail …" prompt the page's (`correctionentries`, `linkprompts`); a rating agency's
disclosure is a disclaimer and its two-word crossheads in capitals are text
(`boilerplate._DISCLAIMER`, `capsheadings`); and, on any page, a strip of ticker prices, a
teaser label before a bar-separated list, a byline "with agencies" and a tip line
(`tickers`, `boilerplate`, `linkprompts`)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons

GUIDE = """HARBOUR FM 99.3
Home | Schedule | News | Contact
This week on Harbour FM: our programme highlights
Here are the week's highlights on Harbour FM. All programmes are repeated the next morning.
MONDAY 1 JUNE
7:00 pm · Quay Talk with Ana Ruiz
Fishers in the bay say the new quay was built too low for their boats to tie up at high tide.
TUESDAY 2 JUNE
8:30 pm · Night Desk with Tom Hale
The council explains why the market will close for a month in July, and traders answer back.
News at 7 am, 12 noon and 6 pm; sport at 6:30 am and 5:30 pm, Monday to Friday.
Schedules can change at short notice. Send your questions to the station by text.
© 2026 Harbour Media Ltd
"""


def test_a_programme_guides_slots_are_text_and_its_standing_times_furniture() -> None:
    assert sorted(boilerplate_reasons(GUIDE)) == [1, 2, 11, 12, 13]
    # near-miss: a live page's bare time stamps hold no title and stay the page's
    live = ("Harbour live\nHome | News\nQuay reopens after storm\n"
            "The quay reopened on Monday after a week of repairs, the port said in a statement.\n"
            "7:00 pm\nCrews were still clearing the last of the debris from the northern berth.\n"
            "8:30 pm\nThe first ferry tied up without trouble, its captain said after landing.\n")
    assert 5 in boilerplate_reasons(live) and 7 in boilerplate_reasons(live)


CORRECTIONS = """HARBOUR WIRE
Home | World | Business | Sport
Corrections and clarifications
Harbour Wire corrects significant errors of fact as soon as they are confirmed.
3 May 2025 · Sport · "Harbour club wins the cup"
A story sent on May 2 gave the wrong score of the final. The club won 2-1, not 3-1.
Clarification · 1 May 2025 · Business
A story sent on Apr 30 said the bank had raised its rate. It left the rate unchanged.
To report an error, e-mail desk@harbourwire.example with the story's headline and date.
© 2025 Harbour Wire Ltd
"""


def test_a_corrections_pages_entry_headings_are_text_and_its_prompt_the_pages() -> None:
    reasons = boilerplate_reasons(CORRECTIONS)
    assert 5 not in reasons and 7 not in reasons
    assert 9 in reasons
    # near-miss: one dated item with a quoted headline is a teaser, not a page of entries
    page = ("Harbour Wire\nHome | World\nQuay reopens after storm\n"
            "The quay reopened on Monday after a week of repairs, the port said in a statement.\n"
            '3 May 2025 · Sport · "Harbour club wins the cup"\n'
            "Crews were still clearing the last of the debris from the northern berth on Tuesday.\n")
    assert 5 in boilerplate_reasons(page)


RATING = """HARBOUR RATINGS
Home | Research | Regulatory
Harbour Ratings Downgrades Quay Fisheries plc to 'BB'; Outlook Negative
Harbour Ratings has downgraded Quay Fisheries plc to 'BB' from 'BB+' after a weak year for the company.
The downgrade reflects weaker prices for the issuer's catch and a rise in its leverage this year.
ISSUER PROFILE
Quay Fisheries plc catches and sells tuna from the harbour's fleet to buyers in Japan and Spain.
DIANE OKAFOR
The chair of the rating committee said the outlook could return to stable within a year.
REGULATORY DISCLOSURES
The rating was solicited by, or on behalf of, the issuer. The issuer participated in the rating process.
© 2026 Harbour Ratings Ltd
"""


def test_a_rating_agencys_disclosure_is_a_disclaimer_and_its_crossheads_text() -> None:
    reasons = boilerplate_reasons(RATING)
    assert reasons.get(11) == "disclaimer"
    assert 6 not in reasons
    # near-miss: two words in capitals the page never writes in small letters are a name's label
    assert 8 in reasons


def test_a_ticker_strip_a_teaser_list_an_agency_byline_and_a_tip_line_are_the_pages() -> None:
    page = ("HARBOUR TIMES\n"
            "USD/EUR 0.92 ▲0.1% | Copper (LME, spot) US$9,120/t ▼0.4% | Gold (London) US$2,310/oz ▲0.3% | Index 1,100 ▲0.2%\n"
            "Home | News | Business\n"
            "Quay reopens after storm\n"
            "Ana Ruiz | with agencies\n"
            "The quay reopened on Monday after a week of repairs, the port said in a statement.\n"
            "Crews were still clearing the last of the debris from the northern berth on Tuesday.\n"
            "Related: Gate goes up at the bay | Who can still reach the sea at the old harbour?\n"
            "Seen a crash? WhatsApp the Harbour Times newsroom on 555 0123.\n")
    reasons = boilerplate_reasons(page)
    assert {2, 5, 8, 9} <= set(reasons)
    assert reasons[2] == "a market box's price row"
    assert reasons[5] == "a reporter's name with the agencies' credit"
    assert reasons[8] == 'teaser label "Related:"'
    assert reasons[9].startswith("a link's sentence")
    # near-miss: a story's sentence about a phone line and a paragraph with a bar stay text
    text = ("HARBOUR TIMES\nQuay reopens after storm\n"
            "The quay reopened on Monday after a week of repairs, the port said in a statement.\n"
            "Residents can call the council on 555 0199 to report damage, the mayor said on Monday.\n"
            "Crews were still clearing the last of the debris from the northern berth on Tuesday.\n")
    assert 4 not in boilerplate_reasons(text)
