"""Boilerplate rules of page furniture and layout, each on an invented page fragment."""

from __future__ import annotations

import pytest

from generator.drafting.boilerplate import find_boilerplate
from generator.drafting.furniture import furniture
from generator.drafting.lines import parse_lines


def marked(text: str) -> list[tuple[int, str]]:
    boilerplate, _ = find_boilerplate(parse_lines(text))
    return [(b.line, b.reason) for b in boilerplate]


def shape(text: str) -> tuple[str, str] | None:
    return furniture(parse_lines(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("Home · Archive · Contact us", ("navigation", "a row of links")),
    ("Rate this story: GREAT · GOOD · POOR", ("navigation", "a row of links")),
    ("Lisbon · 3 March", None),  # two parts: a place and a date, not a row of links
    ("Home  Harbours  Fishing Permits and Licences  Data and Reports  About", ("navigation", "a row of links")),
    # fewer items, or items in small letters, are no row of links, but the wide gaps alone
    # part a page's columns: no sentence of the text sets two spaces between its words
    ("Ports  Ferries  Tides", ("navigation", "items apart by wide gaps")),
    ("Home  harbours  Permits", ("navigation", "items apart by wide gaps")),
    ("Crews were paid.  The union agreed.  Talks end today.  Ferries sail", None),  # sentences, not links
    ("Found at \"https://example.org/wiki/Some_Page\"", ("link", "a web address")),
    ("Content is available under the Creative Commons Attribution licence.", ("copyright", "a licence line")),
    ("This article was last updated on 4 May 2031, at 09:15.", ("date", "the page's edit stamp")),
    ("Written by Ana Lume. Photographs by Bo Tern.", ("byline", "production credits")),
    ("Catering by Marlow & Finch Kitchens.", ("byline", "production credits")),
    ("Killed by Russian shelling.", None),  # words after "by" that are no name
    ("Today's show is sponsored by Quillbank.", ("sponsor", "a sponsor line")),
    ("The full recording is available only to our premium subscribers.", ("cta", "a members-only or newsletter note")),
    ("Order by: Oldest", ("widget", "a list's sort control")),
    ("Spotted an error you want us to fix? Write to desk@paper.example", ("cta", "a prompt to write in")),
    ("If you saw the crash, write to tips@police.example, the police said.", None),
    ("The mayor wrote to desk@paper.example on Monday to complain.", None),  # no "you": the story's
    ("You are receiving this letter because you joined our list.", ("cta", "a members-only or newsletter note")),
    ("Like our reporting? Become a supporter from €3 a month!", ("cta", "a members-only or newsletter note")),
    ("This story was originally published by the Valley Courier.", ("credit", "where the text was first published")),
    # the story's own sentences, which the same words open or hold
    ("This plan was presented by the minister on Monday.", None),
    ("Supported by its allies, the island held the vote on Sunday.", None),
    ("Norway hopes to become a member of the new fisheries body.", None),
    ("The vaccine is available to all members of the public.", None),
    ("The code was released under the MIT licence last year.", None),
])
def test_furniture_by_the_line_shape(text: str, expected: tuple[str, str] | None) -> None:
    assert shape(text) == expected


PRINTED = """ORCHARD POLICY CENTRE
Ferry routes after the strike
Ferry routes after the strike
The strike closed the harbour for nine days, and the ferries have not all come back to their old routes.
Officials said on Monday that two crossings would stay closed until spring at the earliest.
Orchard Policy Centre Paper 7 — June 2031      1
Ferry routes after the strike
1 Harbour authority notice, 2 June 2031.
2 Interview with the ferry operators' union, 4 June 2031.
The union said its members would not work the night crossings without a new agreement in place.
Orchard Policy Centre Paper 7 — June 2031      2
Ferry routes after the strike
The harbour master said the timetable would be published next week, once the tugs were back.
Orchard Policy Centre Paper 7 — June 2031      3
"""


def test_a_printed_document_loses_its_running_lines_and_footnotes() -> None:
    boilerplate, title = find_boilerplate(parse_lines(PRINTED))
    assert title.number == 2
    running = "a running header or footer, repeated on every page"
    assert [(b.line, b.reason) for b in boilerplate] == [
        (1, "a fragment of a few words, not a sentence"), (3, "repeats the title (line 2)"), (6, running), (7, running),
        (8, "a footnote"), (9, "a footnote"), (11, running), (12, running), (14, running)]


def test_numbered_list_items_without_a_year_are_no_footnotes() -> None:
    text = ("Rail fares rise again\nThe operator raised fares on every line from Monday, the third rise this year.\n"
            "1 Fares rose on the coast line.\n2 Fares rose on the valley line.\n"
            "Passengers' groups said the rises were far above what wages had done.\n")
    assert marked(text) == []


def test_a_box_drawn_with_box_characters_is_clutter() -> None:
    text = ("A bridge rumour checked again\nA post said the old bridge had been sold for scrap last week.\n"
            "╔══════════╗\nTHE CLAIM\nThe old bridge was sold for scrap.\nRATING: UNTRUE\n╚══════════╝\n"
            "The council said the bridge was being repaired, and published the contract to prove it.\n")
    assert marked(text) == [(3, "no words, only symbols or numbers"), (4, "a box drawn apart from the text"),
                            (5, "a box drawn apart from the text"), (6, "a box drawn apart from the text"),
                            (7, "no words, only symbols or numbers")]


def test_a_list_of_timed_entries_is_clutter_but_does_not_end_the_text() -> None:
    text = ("Rovers edge the derby\nRovers beat United 2-1 on Saturday with a late goal from their captain.\n"
            "12' Goal Amos (Rovers)\n40' Goal Brandt (United)\n88' Goal Carel (Rovers)\n"
            "United's manager said his side had been the better team for an hour.\n"
            "The two clubs meet again in the cup next month.\n")
    assert marked(text) == [(3, "a list of timed entries (chapters, key moments)"),
                            (4, "a list of timed entries (chapters, key moments)"),
                            (5, "a list of timed entries (chapters, key moments)")]


def test_chapters_with_a_question_are_timed_entries_and_a_timed_stage_direction_is_text() -> None:
    text = ("Episode 40: the harbour strike\nThe host talks to two ferry captains about the strike and what it cost.\n"
            "00:00 Welcome\n03:12 Why did the ferries stop?\n09:45 What the union wants\n"
            "Read the full transcript online\n[00:00:02] [Bells]\n"
            "[00:00:09] HOST: Welcome back. Today we are on the quay with two captains who lost a month's pay.\n")
    assert marked(text) == [(3, "a list of timed entries (chapters, key moments)"),
                            (4, "a list of timed entries (chapters, key moments)"),
                            (5, "a list of timed entries (chapters, key moments)"),
                            (6, 'call to action ("read the full")')]


def test_lines_between_clutter_that_are_no_sentences_are_clutter() -> None:
    text = ("Valley floods recede after a week\nThe river fell below its banks on Sunday after a week of flooding in the valley.\n"
            "Maps · Charts · Tables\nLinks in this story\nThe valley flood map\nThis episode is supported by Quillbank.\n"
            "Farmers said it would take months to clear the silt from the lower fields.\n")
    assert marked(text) == [(3, "a row of links"), (4, "a line between clutter lines, not a sentence"),
                            (5, "a line between clutter lines, not a sentence"), (6, "a sponsor line")]


def test_numbered_year_and_stacked_headings_between_paragraphs_are_text() -> None:
    text = ("The harbour review is published\nThe review looked at every crossing the company ran in the last ten years.\n"
            "Weather and tides\n2031 Winter storms\nStorms closed the harbour on eleven days in January alone.\n"
            "3. Costs\nThe closures cost the operator about four million euros, the review found.\n"
            "FUEL AND CREWS\nCrews were paid through the closures, which the union had demanded.\n"
            "Advertisement\n")
    assert marked(text) == [(10, 'call to action ("advertisement")')]


def test_a_heading_above_a_sentence_that_opens_a_list_is_text() -> None:
    text = ("Ferry strike latest from the harbour\nThe strike entered its third day on Wednesday with no talks planned at all.\n"
            "Morning summary\nThese are the main points from overnight and this morning:\n"
            "Ferries stayed in port and the harbour gates were locked by the police.\n")
    assert marked(text) == []


def test_summary_bullets_between_headline_and_first_paragraph_are_text() -> None:
    text = ("Business\nQuillbank profit falls for a second year\nBy Ana Lume\nShare\n* Profit down 12% on the year\n* Dividend held at 3 cents\n"
            "LONDON, May 4 - Quillbank said on Tuesday its profit fell for a second year as lending slowed.\n")
    assert marked(text) == [(1, "a fragment of a few words, not a sentence"), (3, "byline"),
                            (4, "share or comment widget")]


def test_a_note_on_the_writer_needs_no_article_before_the_role() -> None:
    text = ("Ferry routes after the strike\nThe strike closed the harbour for nine days and the ferries are back.\n"
            "Officials said two crossings would stay closed until spring at the earliest.\n"
            "Mira Holt is senior fellow at the Orchard Policy Centre.\n")
    assert marked(text) == [(4, "a note on the writer, after the text")]


def test_a_transcript_courtesy_is_no_list_of_facts() -> None:
    text = ("Press briefing on the ferry strike\nQUESTION: Will the ferries run on Sunday, do you think, or not?\n"
            "MS HOLT: They will run on Sunday if the union agrees to the new timetable.\n"
            "QUESTION: Thanks, Mira.\nMS HOLT: Thank you.\n"
            "QUESTION: And on Monday, will the night crossings run as they did before the strike?\n"
            "MS HOLT: Not until the union and the operator have signed the new agreement.\n")
    assert marked(text) == []


def test_a_subtitle_with_a_date_in_it_is_no_date_line() -> None:
    text = ("Ferry routes after the strike\nA review of the timetables and the union's demands as of 3 June 2031\n"
            "Tuesday 3 June 2031\nThe strike closed the harbour for nine days, and the ferries are slowly back.\n")
    assert marked(text) == [(3, "date line")]


@pytest.mark.parametrize("text", [
    "The Courier is not responsible for the content of external sites.",
    "Mira Holt teaches harbour law. Her views are her own.",
])
def test_a_disclaimer_after_the_text_is_clutter(text: str) -> None:
    page = ("Ferry routes after the strike\nThe strike closed the harbour for nine days and the ferries are back.\n"
            "Officials said two crossings would stay closed until spring at the earliest.\n" + text + "\n")
    assert marked(page) == [(4, "disclaimer")]


def test_a_transcript_label_on_its_own_line_is_no_running_header() -> None:
    text = ("Ferry strike hearing, day two\nMIRA HOLT, UNION SECRETARY:\nWe asked for a new timetable in May.\n"
            "ANA LUME, HARBOUR MASTER:\nThe timetable was sent to the union in June, not May.\n"
            "MIRA HOLT, UNION SECRETARY:\nWe never saw it, and nor did our members on the night crossings.\n"
            "MIRA HOLT, UNION SECRETARY:\nAnd the operator did not send it to the port either, as far as I know.\n")
    # (earlier copies of a repeated heading-like line are marked as a list of headings, an older rule)
    assert marked(text) == [(2, "repeated below at line 8"), (6, "repeated below at line 8")]


def test_a_question_headline_in_a_teaser_list_is_clutter() -> None:
    text = ("Ferry routes after the strike\nThe strike closed the harbour for nine days and the ferries are back.\n"
            "Officials said two crossings would stay closed until spring at the earliest.\n"
            "Related stories\nThe quay that nobody wanted\nWho pays for a month without ferries?\n"
            "Sign up to our morning newsletter\n")
    assert marked(text) == [(4, 'teaser label "Related stories"'), (5, "a teaser list's line"),
                            (6, "a teaser's headline, a question"), (7, 'call to action ("newsletter")')]


def test_the_label_of_a_list_of_arrowed_links_is_clutter() -> None:
    text = ("Ferry routes after the strike\nThe strike closed the harbour for nine days and the ferries are back.\n"
            "Elsewhere on the coast this week\n→ Rail fares rise for the third time this year\n"
            "Officials said two crossings would stay closed until spring at the earliest.\n")
    assert marked(text) == [(3, "the label of a list of links"), (4, "a link marked with an arrow")]


def test_a_timeline_of_dates_is_no_footnotes() -> None:
    text = ("Ferry routes after the strike\nThe strike closed the harbour for nine days and the ferries are back.\n"
            "1 June 2031 The union calls the strike\n2 June 2031 The harbour closes\n"
            "Officials said two crossings would stay closed until spring at the earliest.\n")
    assert [reason for _, reason in marked(text)] == ["date line", "date line"]


def test_timed_posts_that_end_with_a_full_stop_are_text() -> None:
    text = ("Ferry strike live: the harbour stays shut\nThe strike entered its third day on Wednesday, with no talks.\n"
            "09:15 Pickets gather at the gate.\n09:40 Police arrive at the quay.\n10:05 The union calls a meeting.\n"
            "Officials said two crossings would stay closed until spring at the earliest.\n")
    assert marked(text) == []


def test_a_byline_closes_the_headline_block_against_a_widget_above_it() -> None:
    text = ("Sign in\nQuillbank profit falls for a second year as lending slows\n"
            "The bank's chief said the slowdown would last into the autumn at least\nBy Ana Lume\n"
            "Quillbank said on Tuesday its profit fell for a second year as lending slowed.\n")
    boilerplate, title = find_boilerplate(parse_lines(text))
    assert title.number == 2
    assert [(b.line, b.reason) for b in boilerplate] == [(1, 'call to action ("sign in")'), (4, "byline")]


def test_a_verbatim_record_keeps_its_stage_directions_but_not_a_note_in_capitals() -> None:
    text = ("Debate on the harbour strike\nMira Holt, for the Greens. – Madam President, the ferries must run again.\n"
            "(Applause)\nAna Lume, for the Liberals. – Madam President, the union must be heard first.\n"
            "(Mixed reactions)\nBo Tern, for the Centre. – Madam President, both of them are right.\n(END)\n")
    assert marked(text) == [(7, "a fragment of a few words, not a sentence")]


def test_a_heading_may_name_a_product_with_digits_but_not_be_a_counter() -> None:
    text = ("Quillbank launches a new card for farmers\nQuillbank launched a card for farmers on Tuesday.\n"
            "About QB-410\nQB-410 is a card that pays out when the harvest is late, the bank said.\n"
            "Episode 212\nThe bank said it would sell the card in three countries from the spring.\n")
    assert marked(text) == [(5, "a fragment of a few words, not a sentence")]


def test_a_caption_without_its_full_stop_between_clutter_lines_is_text() -> None:
    text = ("Ferry routes after the strike\nThe strike closed the harbour for nine days and the ferries are back.\n"
            "Photo: Ana Lume\nPassengers queue for the first ferry at the harbour gate on Monday morning\n"
            "Updated 4 June 2031, 10:15\nOfficials said two crossings would stay closed until spring at the earliest.\n")
    assert [n for n, _ in marked(text)] == [3, 5]


def test_a_numbered_list_is_no_running_header() -> None:
    text = ("Ferry routes after the strike\nThe strike closed the harbour for nine days and the ferries are back.\n"
            "Crossing number 1 to the island\nCrossing number 2 to the island\nCrossing number 3 to the island\n"
            "Officials said two crossings would stay closed until spring at the earliest.\n")
    assert marked(text) == []


def test_a_round_up_by_country_keeps_its_headings_and_one_word_headings_are_text() -> None:
    text = ("Who says what about the ferry deal\nGovernments around the sea have reacted to the ferry deal this week.\n"
            "NORWAY\nThe minister said the deal would cut the cost of the crossing for islanders.\n"
            "SOUTH KOREA\nThe shipyard said it would build the two new ferries within three years.\n"
            "Costs\nThe deal is worth about four hundred million euros over ten years, the ministry said.\n"
            "Listen\nPrices for islanders will be fixed until the new ferries are in service in the spring.\n")
    assert marked(text) == [(9, "a fragment of a few words, not a sentence")]


def test_a_wire_footer_with_a_list_of_other_stories_ends_the_text() -> None:
    text = ("Ferry operator wins contract\nThe operator won the contract for the island crossings on Tuesday, officials said.\n"
            "The first new ferry will sail in the spring of next year, the company said.\n"
            "(Reporting by Ana Lume; Editing by Bo Tern)\nOur Standards: The Harbour Trust Principles.\n"
            "Read Next\nPort strike ends after three days\nFuel prices rise again in the islands\n"
            "Harbour Wire, the news division of Harbour Media, is the largest news provider in the islands.\n")
    assert [line for line, _ in marked(text)] == [4, 5, 6, 7, 8, 9]


def test_letters_signed_between_paragraphs_do_not_end_the_text() -> None:
    text = ("Letters: the ferry timetable\nThe new timetable leaves the island without a morning crossing on Sundays.\n"
            "Nor is there any bus to meet the last ferry, so the late crossing helps nobody at all.\n"
            "Ana Lume\nPort Ellen\nA fair fare\nThe fares for islanders should be fixed for as long as the contract runs.\n"
            "Cal Moor\nKeills\nBins again\n"
            "Three weeks without a collection on our street, and the council says the service is normal.\n"
            "Bo Tern\nBowmore\n")
    assert not {3, 7, 11} & {line for line, _ in marked(text)}
