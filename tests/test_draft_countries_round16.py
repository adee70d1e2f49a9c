"""Round 16: countries (a region's adjective before "American", a national team, one end of
a route, a demonym naming a past period) and boilerplate (a "read also" label of another
language, a promotion whose last sentence opens with "Tap here", a page's note on its updates
or status, a table's rows that do not end the article)."""

from __future__ import annotations

from generator.drafting.lines import parse_lines
from drafthelpers import boilerplate_reasons as marked, countries
from generator.drafting.tablerows import holds_a_table


# countries


def test_a_regions_adjective_before_american_is_no_state() -> None:
    assert countries("The title earns Lempa a place in next season's Central American Cup.") == []
    assert countries("Latin American governments have said little about the war.") == []


def test_american_alone_is_still_the_state() -> None:
    assert countries("American officials said the troops had moved.") == ["US"]


def test_a_states_team_is_no_state() -> None:
    assert countries("The Fiji squad flies out on Monday.") == []


def test_one_end_of_a_link_is_no_state() -> None:
    assert countries("If anyone with capacity on the Fiji side can offer transit, get in touch.") == []


def test_the_side_of_a_demonym_is_the_government() -> None:
    assert countries("The Russian side has not replied to the note.") == ["RU"]


def test_a_name_before_side_without_on_the_still_counts() -> None:
    assert countries("Fiji sided with Tonga at the forum.") == ["FJ", "TO"]


def test_a_demonym_before_a_period_is_no_state() -> None:
    assert countries('"Many of our trees were planted in the Portuguese time," Pereira said.') == []


def test_a_demonym_before_other_nouns_still_counts() -> None:
    assert countries("The Portuguese government said it would send a team.") == ["PT"]


# boilerplate

_PAGE = """Zelensky says Korean troops will fight within days

By Jan Pinas

Ukraine's president said on Friday that North Korean soldiers would join the fighting within days.
{line}
Zelensky again called on his allies to allow Ukraine to hit military targets deep inside Russia, he said.
"""


def test_a_read_also_label_in_spanish_is_a_teaser() -> None:
    page = _PAGE.format(line="LEA TAMBIÉN: Gobierno inaugura nuevo tramo de la Circunvalación de Santo Domingo")
    assert marked(page).get(6) == 'a "read also" label of another language'


def test_a_promotion_ending_tap_here_is_a_prompt() -> None:
    page = _PAGE.format(line="Get the Post's World Briefing every morning on WhatsApp. Tap here to join.")
    assert marked(page).get(6) == 'a link\'s sentence ("Tap here to join.", "Donate today.")'


def test_a_closing_donate_today_is_a_prompt() -> None:
    line = "Our research is independent and funded by foundations and individual donors. Donate today."
    assert marked(_PAGE.format(line=line)).get(6) == 'a link\'s sentence ("Tap here to join.", "Donate today.")'


def test_donate_today_inside_a_sentence_is_text() -> None:
    line = "The charity asked residents to donate today rather than wait for the appeal, he said."
    assert 6 not in marked(_PAGE.format(line=line))


def test_click_here_inside_a_sentence_is_text() -> None:
    page = _PAGE.format(line="The ministry said users who were told to click here by a text message had lost money.")
    assert 6 not in marked(page)


def test_a_spanish_sentence_with_tambien_is_text() -> None:
    page = _PAGE.format(line="Lea también dijo que el gobierno había cerrado la carretera durante la noche.")
    assert 6 not in marked(page)


def test_a_pages_note_on_its_updates_is_clutter() -> None:
    page = _PAGE.format(line="Next update will be published no later than 10:00 UTC on 20 February.")
    assert marked(page).get(6) == "a note of the page on its updates or status"
    page = _PAGE.format(line="For information media. Not an official record.")
    assert marked(page).get(6) == "a note of the page on its updates or status"


def test_a_sentence_about_an_update_is_text() -> None:
    page = _PAGE.format(line="The ministry said the next update will be published on Friday after the cabinet meets.")
    assert 6 not in marked(page)


def test_rows_of_equal_cells_are_a_table() -> None:
    rows = parse_lines("Area | Friday | Saturday\nVogar | High risk | Moderate\nCapital area | Moderate | Low\n")
    assert holds_a_table(rows)


def test_a_menu_and_a_byline_row_are_no_table() -> None:
    rows = parse_lines("Home | World | Business | Sport\nJan Pinas | Paramaribo Post\nAbout | Contact | Privacy\n")
    assert not holds_a_table(rows)


_TAIL = """Eruption on the crater row continues

The eruption that began early this morning north of the town continues, but its intensity has fallen.
The fissure is estimated to have been about 2.8 km long at its maximum extent, the office said.
The civil protection department has raised the alert level to emergency for the whole peninsula.
Gas pollution forecast
Area | Friday | Saturday
Vogar | High risk | Moderate
Capital area | Moderate | Low
Sulphur dioxide from the eruption is expected to drift north-east over Vogar on Friday and Saturday.
Isavia said flights at the airport were operating normally and that the eruption was no threat.
Next update will be published no later than 10:00 UTC on 20 February.
"""


def test_paragraphs_below_a_table_stay_text() -> None:
    found = marked(_TAIL)
    assert 10 not in found and 11 not in found
    assert found[12] == "a note of the page on its updates or status"


_LETTERS = """Letters: Borrowed soldiers

A sign of weakness
Your front-page report on North Korea's soldiers arriving in Russia left me worried for them, I admit.
Gwen Hartley
Stroud, Gloucestershire
Seoul's dilemma
I was born in Seoul and my parents still live there, and they do not think the war will reach them.
Daniel Oh
Kingston upon Thames, Surrey
"""


def test_readers_names_and_towns_under_letters_are_text() -> None:
    found = marked(_LETTERS)
    assert not {5, 6, 9, 10} & set(found)


_ONE_CONTACT = """Ministry reports on the water plant

The ministry said the plant at the harbour would reopen on Monday after repairs to its pumps.
Repairs took four days and cost less than expected, the engineer in charge told reporters.
Gwen Hartley
Stroud, Gloucestershire
"""


def test_one_name_and_town_under_a_paragraph_keeps_its_mark() -> None:
    found = marked(_ONE_CONTACT)
    assert 5 in found and 6 in found
