"""General rules of news text, each shown on an invented sentence."""

from __future__ import annotations

from generator.drafting.boilerplate import find_boilerplate
from generator.drafting.countries import CountryFinder
from generator.drafting.lines import parse_lines
from generator.drafting.people import find_people
from test_draft_boilerplate import marked
from test_draft_text import whole_text


def test_a_key_points_box_repeating_the_text_ismarked() -> None:
    text = ("Ferry operator halts crossings after engine fire\n"
            "Key points\n"
            "The ferry operator halted all crossings on Sunday.\n"
            "About 3,000 passengers were stranded in two ports.\n"
            "The ferry operator halted all crossings to the islands on Sunday after an engine fire on its largest "
            "vessel, leaving about 3,000 passengers stranded in two ports overnight.\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n")
    assert marked(text) == [(2, "a summary box's label"), (3, "a summary box: its line repeats the text"),
                              (4, "a summary box: its line repeats the text")]


def test_a_disclaimer_is_clutter_however_long() -> None:
    text = ("Clinic trial shows promise\n"
            "The trial enrolled 400 patients in six hospitals over two years, the researchers said.\n"
            "The opinions expressed in this piece are the writer's own and do not necessarily reflect those of "
            "the publisher.\n")
    assert marked(text) == [(3, "disclaimer")]


def test_a_list_of_sources_after_the_text_ismarked() -> None:
    text = ("Clinic trial shows promise\n"
            "The trial enrolled 400 patients in six hospitals over two years, the researchers said.\n"
            "Nobody in the trial fell seriously ill, according to the published results.\n"
            "Sources\n"
            "Lindqvist H. et al. Oral antivirals in adults. The Clinical Review. March 3, 2025.\n"
            "National Health Board. Annual report on trials. 2024.\n")
    assert [n for n, _ in marked(text)] == [4, 5, 6]


def test_a_reference_line_ismarked() -> None:
    text = ("Clinic trial shows promise\n"
            "The trial enrolled 400 patients in six hospitals over two years, the researchers said.\n"
            "Journal reference: Lindqvist, H. et al. \"Oral antivirals in adults.\" The Clinical Review (2025).\n"
            "Nobody in the trial fell seriously ill, according to the published results.\n")
    assert marked(text) == [(3, "a reference or source line")]


def test_a_list_of_facts_as_labels_and_values_ismarked() -> None:
    text = ("Court rules on the port lease\n"
            "The court ruled on Tuesday that the port lease was valid, ending a two-year dispute over the docks.\n"
            "Case details\n"
            "Court: Regional Administrative Court\n"
            "Presiding judge: Justice Ana Petrova\n"
            "Case number: 44/2023 (public)\n"
            "The city said it would not appeal, and the operator said it would hire 200 dockers next year.\n")
    assert [n for n, _ in marked(text)] == [3, 4, 5, 6]


def test_a_poll_and_its_answers_aremarked() -> None:
    text = ("Ferry operator halts crossings after engine fire\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "Poll: Would you still take the ferry this summer?\n"
            "Yes\nNo\nVote\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n")
    assert [n for n, _ in marked(text)] == [3, 4, 5, 6]


def test_a_teaser_list_under_a_label_without_a_colon_ismarked() -> None:
    text = ("Ferry operator halts crossings after engine fire\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "Related coverage\n"
            "Island hotels count the cost of a wet summer\n"
            "Why ferry fares keep rising\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n")
    assert [n for n, _ in marked(text)] == [3, 4, 5]


def test_an_embedded_social_post_ismarked() -> None:
    text = ("Ferry operator halts crossings after engine fire\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "Northline Ferries\n"
            "@NorthlineFerries\n"
            "All sailings are cancelled today. Please do not travel to the port. Updates to follow.\n"
            "7:05 AM · Jun 2, 2025\n"
            "1,204 Reposts 3.1K Likes\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n")
    assert [n for n, _ in marked(text)] == [3, 4, 5, 6, 7]


def test_a_watch_headline_of_a_video_page_is_its_title() -> None:
    text = ("Video\n"
            "WATCH: Ferry crossings halted after engine fire on the island route\n"
            "2:41\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "Watch: Island hotels count the cost of a wet summer\n")
    boilerplate, title = find_boilerplate(parse_lines(text))
    assert title is not None and title.number == 2
    assert [b.line for b in boilerplate] == [1, 3, 5]


def test_a_note_on_the_writer_after_the_text_ismarked() -> None:
    text = ("Ferry operator halts crossings after engine fire\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n"
            "Maren Holt covers transport and tourism for the Coastal Ledger from Bergen.\n"
            "Tags\n")
    assert [n for n, _ in marked(text)] == [4, 5]


def test_credits_in_brackets_standards_notes_and_player_labels_aremarked() -> None:
    text = ("Chip plant to close\n"
            "The company said on Monday it would close its plant in the north of the country next year.\n"
            "Duration: 2 minutes 5 seconds\n"
            "(Reporting by Ana Ruiz in Madrid; Editing by Tom Hale)\n"
            "Our Standards: The Wire Trust Principles.\n"
            "This transcript was generated automatically and may contain errors.\n"
            "Report a correction\n")
    assert [n for n, _ in marked(text)] == [3, 4, 5, 6, 7]


def _countries(text: str) -> list[str]:
    spans, line_of = whole_text(text)
    return [c.code for c in CountryFinder(None).find(text, spans, [], line_of)]


def test_a_capital_opening_an_institutions_name_is_not_its_government() -> None:
    text = "The company is listed on the Madrid Stock Exchange and sells its drugs in Peru and North Jersey."
    assert _countries(text) == ["PE"]


def test_a_safe_harbour_statement_ismarked() -> None:
    text = ("Drugmaker reports trial results\n"
            "The company said on Monday that its antiviral had cut hospital stays by a third in a trial of 900 adults.\n"
            "Forward-looking statements\n"
            "This release contains forward-looking statements about the timing of filings. Such statements involve "
            "risks, and the company undertakes no obligation to update them.\n")
    assert [n for n, _ in marked(text)] == [3, 4]


def test_a_stage_direction_in_square_brackets_is_text() -> None:
    text = ("Port strike enters third day\n"
            "INES VARGA: The pilots have stopped guiding ships into the port for a third day.\n"
            "[Crosstalk]\n"
            "TOM HALE: Nobody here knows when the strike will end, and the ships keep waiting.\n"
            "[Advertisement]\n")
    assert [n for n, _ in marked(text)] == [5]


def test_a_contributor_note_is_text() -> None:
    text = ("Ferry operator halts crossings after engine fire\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n"
            "Tom Hale is a reporter covering ports and shipping for the Harbour Wire.\n"
            "Ida Varg contributed.\n"
            "Northline Wire contributed to this report.\n"
            "Most read\n")
    assert [n for n, _ in marked(text)] == [4, 7]
    from generator.drafting.drafter import draft_article

    assert [p.name for p in draft_article(text, "seeds/x.txt").people] == ["Ida Varg"]


def test_a_teaser_list_with_durations_under_a_one_word_label_ismarked() -> None:
    text = ("Ferry operator halts crossings after engine fire\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "RELATED\n"
            "Island hotels count the cost of a wet summer\n"
            "01:47\n"
            "Why ferry fares keep rising\n"
            "00:58\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n"
            "Read next\n"
            "Ferry fares to rise again\n")
    assert [n for n, _ in marked(text)] == [3, 4, 5, 6, 7, 9, 10]


def test_a_credit_line_for_an_interview_or_photos_is_a_byline() -> None:
    text = ("Estonia's climate minister on the oil shale exit\n"
            "Interview by Tiit Kask\n"
            "The government wants to close the last oil shale plants by 2035, the minister said in an interview.\n"
            "Photos and video by Ana Ruiz and Tom Hale\n")
    assert [(n, r) for n, r in marked(text)] == [(2, "byline"), (4, "byline")]


def _metadata(text: str):
    from generator.drafting.metadata import guess_metadata

    lines = parse_lines(text)
    boilerplate, title = find_boilerplate(lines)
    return guess_metadata(lines, {b.line for b in boilerplate}, title)


def test_a_publisher_in_capitals_is_written_in_title_case_acronyms_kept() -> None:
    text = ("THE HARBOUR GAZETTE\n"
            "Ferry operator halts crossings after engine fire\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n")
    assert _metadata(text).publisher.value == "The Harbour Gazette"
    assert _metadata(text.replace("THE HARBOUR GAZETTE", "NBT NEWS")).publisher.value == "NBT News"


def test_a_copyright_holder_is_cut_from_the_links_and_notes_beside_it() -> None:
    text = ("Ferry operator halts crossings after engine fire\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "© 2025 Harbour Gazette. Reproduction requires a link to the Gazette.\n")
    assert _metadata(text).publisher.value == "Harbour Gazette"
    text = text.replace("© 2025 Harbour Gazette. Reproduction requires a link to the Gazette.",
                        "Harbour Gazette © 2025 | About us | Advertise | Privacy")
    assert _metadata(text).publisher.value == "Harbour Gazette"


def test_a_player_button_is_no_byline() -> None:
    text = ("Watch Live\n"
            "Ferry operator halts crossings after engine fire\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n")
    assert _metadata(text).byline.value == ()


def test_a_publication_date_on_a_long_stamp_line_or_written_year_first_with_dots() -> None:
    import datetime as dt

    body = "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
    for stamp, date in [
            ("Posted Fri 1 Nov 2024 at 6:12am, updated Fri 1 Nov 2024 at 9:40am", dt.date(2024, 11, 1)),
            ("PUBLISHED: November 8, 2024 at 11:26 a.m. | UPDATED: November 8, 2024 at 6:02 p.m.", dt.date(2024, 11, 8)),
            ("2024.11.07 17:52 KST", dt.date(2024, 11, 7)),
            ("Updated: 01/11/2024 - 22:31 CET", dt.date(2024, 11, 1)),
            ("Posted 01/11/2024 at 10:31 EST", dt.date(2024, 1, 11)),
            ("03-Mar-2026 - Last updated on 04-Mar-2026 at 16:02 GMT", dt.date(2026, 3, 3)),
            ("8 November 2024 · Updated 9 November 2024", dt.date(2024, 11, 8))]:
        text = f"Ferry operator halts crossings after engine fire\n{stamp}\n{body}"
        assert _metadata(text).published.value == date, stamp


def test_bylines_in_the_forms_pages_write_them() -> None:
    body = ("The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n")
    for line, names in [
            ("Written by Ida Varg · Reviewed by Dr. Tom Hale, MD", ("Ida Varg",)),
            ("Live coverage by Ida Varg & Tom Hale", ("Ida Varg", "Tom Hale")),
            ("Text by: Ida Varg", ("Ida Varg",)),
            ("Reporter Ida Varg", ("Ida Varg",)),
            ("Ida Varg, Bergen", ("Ida Varg",)),
            ("Dr. Ida Varg, Senior Fellow, Maritime Programme", ("Ida Varg",))]:
        text = f"Ferry operator halts crossings after engine fire\n{line}\n{body}"
        assert _metadata(text).byline.value == names, line


def test_a_photo_credit_is_no_byline() -> None:
    text = ("Ferry operator halts crossings after engine fire\nPhoto by Ana Ruiz\n"
            "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n")
    assert _metadata(text).byline.value == ()


def test_the_publisher_is_the_logo_not_a_section_path() -> None:
    body = "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
    text = f"HarbourWire\nWorld › Europe\nFerry operator halts crossings after engine fire\n{body}"
    assert _metadata(text).publisher.value == "HarbourWire"
    text = f"Coastal Ledger\nLive TV\nFerry operator halts crossings after engine fire\n{body}© 2025 Coastal Ledger Media\n"
    assert _metadata(text).publisher.value == "Coastal Ledger"


def test_a_countrys_possessive_before_a_title_stays_the_titles() -> None:
    people, _ = find_people("Spain's Foreign Minister Ana Ruiz spoke.", [(0, 40)], None, lambda offset: 1)
    assert [(p.name, p.role, p.country) for p in people] == [("Ana Ruiz", "Foreign Minister", "ES")]


def test_a_broadcasters_role_before_a_name_is_a_title() -> None:
    people, _ = find_people("Host Odile Fenwick talks to Tom Hale.", [(0, 37)], None, lambda offset: 1)
    assert [(p.name, p.role) for p in people] == [("Odile Fenwick", "Host"), ("Tom Hale", "")]


def test_an_office_of_a_named_body_or_state_before_a_name_is_its_title() -> None:
    text = ("Speaker of the Assembly Ilse Marquardt closed the session on Friday. "
            "Prime Minister of the Netherlands Joost Brink attended.")
    people, _ = find_people(text, [(0, len(text))], None, lambda offset: 1)
    assert [(p.name, p.role) for p in people] == [("Ilse Marquardt", "Speaker of the Assembly"),
                                                   ("Joost Brink", "Prime Minister of the Netherlands")]




def test_a_copyright_holder_among_links_dashes_and_notes_without_its_legal_form() -> None:
    body = "The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
    for line, holder in [
            ("About · Advertise · Contact · Terms · © 2025 Harbour Gazette Ltd", "Harbour Gazette"),
            ("Copyright - Unless otherwise stated all contents of this web site are © 2026 - Harbour Media Pte Ltd"
             " - All Rights Reserved", "Harbour Media"),
            ("© 2026 Harbour Today, a division of Lakeshore Broadcasting Inc.", "Harbour Today"),
            ("Imprint · Privacy · © Harbour Verlag GmbH 2025", "Harbour Verlag")]:
        text = f"Ferry operator halts crossings after engine fire\n{body}{line}\n"
        assert _metadata(text).publisher.value == holder, line


def test_names_above_the_headline_or_naming_the_publisher_are_no_byline() -> None:
    body = ("The ferry operator halted all crossings on Sunday after an engine fire on its largest vessel.\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n")
    masthead = f"Harbour Gazette\nFerry operator halts crossings after engine fire\n{body}"
    assert _metadata(masthead).byline.value == ()
    publisher = f"Ferry operator halts crossings after engine fire\nHarbour Media\n{body}© 2025 Harbour Media Ltd\n"
    assert _metadata(publisher).byline.value == ()
    label = f"Ferry operator halts crossings after engine fire\nCounties: Yakima\n{body}"
    assert _metadata(label).byline.value == ()
    authors = f"Ferry operator halts crossings after engine fire\nAuthors: Ida Varg, Tom Hale\n{body}"
    assert _metadata(authors).byline.value == ("Ida Varg", "Tom Hale")


def test_a_wire_dateline_with_two_hyphens_dates_the_story_and_a_first_half_is_no_first_publication() -> None:
    import datetime as dt

    text = ("Ferry operator halts crossings after engine fire\n"
            "OBAN, Oct. 28, 2024 (HWS) -- The ferry operator halted all crossings on Sunday after an engine fire.\n"
            "Nobody was hurt, the company said, and the vessel returned to port under its own power.\n")
    assert _metadata(text).published.value == dt.date(2024, 10, 28)
    text = ("Ferry operator reports record summer\n12 November 2024\n"
            "The ferry operator carried more passengers this summer than in any year before, it said.\n"
            "Ferry operator reports first-half 2024 results (25 July 2024)\n")
    assert _metadata(text).published.value == dt.date(2024, 11, 12)


def test_a_headline_between_widgets_is_the_title_and_its_standfirst_is_text() -> None:
    text = ("Subscribe from $1 a week\nComment\nThe ferry deal is a confession, not a show of strength\n"
            "Paying twice for the same crossing tells us more about the council than about the islands\n"
            "Ida Varg\nSave\nShare\n"
            "The council signed the ferry deal on Sunday, and the islanders will pay for it twice over.\n"
            "Nobody on the council has explained why the old contract could not simply be extended.\n")
    assert _metadata(text).title.value == "The ferry deal is a confession, not a show of strength"
    assert not {3, 4} & {line for line, _ in marked(text)}
