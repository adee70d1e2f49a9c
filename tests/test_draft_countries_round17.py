"""Round 17: countries (a sea or a city named after a state, a government named by its seat,
the page's own state left out where the sentence names the government's state, a
federation's "the Commonwealth") and boilerplate (a data table's and a results list's rows,
a "Notes" heading, a list's heading, an "Ad" label, a labelled advertisement, a two-step
breadcrumb, a notice's number, a notice's closing courtesy)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons as marked, countries
from generator.drafting.countries import CountryFinder


# countries: seas, gulfs and cities named after states


def test_a_gulf_named_after_a_state_is_no_state() -> None:
    assert countries("A tanker had been delayed by bad weather in the Gulf of Guinea, the ministry said.") == []
    assert countries("Breakwaters on the Bight of Benin commonly shift sand along the coast.") == []


def test_an_ocean_or_sea_named_after_a_state_is_no_state() -> None:
    assert countries("The cyclone formed over the Indian Ocean on Monday.") == []
    assert countries("Patrols in the South China Sea were stepped up.") == []


def test_a_city_named_after_a_state_is_no_state() -> None:
    assert countries("The bronzes were seized during the sack of Benin City.") == []


def test_the_state_beside_its_sea_still_counts() -> None:
    assert countries("Guinea said its navy would patrol the Gulf of Guinea.") == ["GN"]
    assert countries("India sent two frigates to the Indian Ocean.") == ["IN"]


# countries: a government named by its seat


def test_a_government_in_its_seat_is_the_state() -> None:
    assert countries("The council would ask the government in Freetown for help to rebuild.") == ["SL"]


def test_a_seat_alone_is_a_place() -> None:
    assert countries("Traders in Freetown said prices had doubled.") == []


# countries: the page's own state


def _with_furniture(furniture: str, article: str) -> list[str]:
    """Codes found in a page of one furniture line and one article line (only the second is text)."""
    text = f"{furniture}\n{article}\n"
    start = len(furniture) + 1
    found = CountryFinder(None).find(text, [(start, start + len(article))], [], lambda _: 1)
    return sorted(c.code for c in found)


def test_a_government_the_sentence_names_is_not_the_pages() -> None:
    article = "Saint Lucia's minister told the station the government was following developments."
    assert _with_furniture("Cricket: Windies women name squad for India tour", article) == ["LC"]


def test_a_bare_government_is_still_the_pages() -> None:
    article = "The minister told the station the government was following developments."
    assert _with_furniture("Cricket: Windies women name squad for India tour", article) == ["IN"]


def test_a_demonym_before_the_government_leaves_it_the_pages() -> None:
    article = "The French loan is signed and the government's counterpart is in the budget, she said."
    assert _with_furniture("The Dominican Republic's news in English", article) == ["DO", "FR"]


def test_the_commonwealth_is_a_federations_government() -> None:
    article = "We are still waiting on the Commonwealth for the rest, and I will keep knocking on that door."
    assert _with_furniture("Media enquiries: media@wandarra.wa.gov.au", article) == ["AU"]


def test_the_commonwealth_games_are_no_government() -> None:
    article = "The city hopes to host the Commonwealth Games in 2034, the mayor said."
    assert _with_furniture("Media enquiries: media@wandarra.wa.gov.au", article) == []


# boilerplate

_PAGE = """Unemployment falls to 11.2%, lowest first-quarter rate since the survey began

The unemployment rate fell to 11.2% in the first quarter of 2026, from 13.0% a year earlier, the office said.
The survey interviewed 2,106 households between January and March 2026, the office said.
{block}
Figures are not seasonally adjusted and may be revised when the next survey is released.
© 2026 Central Statistics Office
"""


def test_a_data_tables_rows_are_text() -> None:
    block = ("Indicator | Q1 2025 | Q1 2026\nEmployed persons | 90,600 | 93,700\n"
             "Unemployment rate (%) | 13.0 | 11.2")
    reasons = marked(_PAGE.format(block=block))
    assert not {5, 6, 7} & set(reasons)


def test_a_menu_between_paragraphs_is_still_clutter() -> None:
    block = "Home | Statistics | Publications | About\nCensus | Data Portal | Release Calendar"
    reasons = marked(_PAGE.format(block=block))
    assert {5, 6} <= set(reasons)


def test_a_notes_label_over_the_texts_notes_is_a_heading() -> None:
    block = "Notes\n1. Estimates are based on a sample and are subject to sampling error of about one point."
    assert 5 not in marked(_PAGE.format(block=block))


def test_a_notes_label_over_sources_is_clutter() -> None:
    block = "Notes\nSmith, J. (2021). Labour in small island states. Kingston: UWI Press."
    assert marked(_PAGE.format(block=block)).get(5) == "a list of sources"


_RACE = """Ríos wins queen stage to Xela as Mazariegos takes the lead

Colombia's Julián Ríos won the fifth stage of the race on Sunday, a 148-kilometre climb to Quetzaltenango.
The Guatemalan Cycling Federation estimated that 40,000 spectators lined the final climb, a record.
{block}
Tags: cycling, Byron Mazariegos
© 2026 Altiplano Deportes
"""


def test_a_results_list_is_text() -> None:
    block = ("Stage 5 result:\n1. Julián Ríos (COL) Team Medellín 3h 41m 08s\n"
             "2. Byron Mazariegos (GUA) Team Los Altos +0:38\n3. Andrés Solano (CRC) Pura Vida Cycling +0:51")
    reasons = marked(_RACE.format(block=block))
    assert not {5, 6, 7, 8} & set(reasons)


def test_a_most_read_list_is_still_clutter() -> None:
    block = "Most read\n1. Man charged after crash near Wincanton\n2. Former mayor dies at 91"
    reasons = marked(_RACE.format(block=block))
    assert {5, 6, 7} <= set(reasons)


def test_an_ad_label_is_no_heading() -> None:
    page = _RACE.format(block="Ad\nRíos attacked alone with nine kilometres to go on the ascent, witnesses said.")
    assert marked(page).get(5) == "a fragment of a few words, not a sentence"


def test_a_one_word_heading_is_still_kept() -> None:
    page = _RACE.format(block="Aviation\nIsavia said flights at the airport were operating normally on Sunday.")
    assert 5 not in marked(page)


def test_a_labelled_advertisement_is_clutter() -> None:
    page = _RACE.format(block="ADVERT: Top up with SaloneTel and win a motorbike every week")
    assert marked(page).get(5) == "an advertisement, labelled"
    line = "Ad: Surangel & Sons — Hardware, Building Supplies, Free Delivery in Koror"
    page = _RACE.format(block=line + "\nRíos attacked alone with nine kilometres to go on the ascent, witnesses said.")
    assert marked(page).get(5) == "an advertisement, labelled"


def test_an_ad_hoc_sentence_is_text() -> None:
    page = _RACE.format(block="Ad-hoc checks by the commissaires found no irregular bikes in the bunch, they said.")
    assert 5 not in marked(page)


def test_a_two_step_breadcrumb_is_navigation() -> None:
    page = "ALTIPLANO DEPORTES\nCycling > Vuelta a Guatemala\n" + _RACE.format(block="")
    assert marked(page).get(2) == "a breadcrumb of two steps"
    assert 3 not in marked(page)  # the headline under it stays the title


_NOTICE = """Planned power outage for Apia urban area, Sunday 19 July 2026
Notice No. PO-2026/031
The corporation advises customers that power will be switched off from 6:00 am to 4:00 pm on Sunday.
Areas affected
Apia township: Vaea Street, Convent Street and Beach Road
Vaitele, Vailele, Moamoa and Tanugamanono
Faleolo International Airport will run on its own standby generators during the outage, the operator said.
Customers should treat all lines and equipment as live at all times, the corporation said.
{closing}
Download this notice (PDF, 212 KB)
© 2026 Electric Power Corporation. All rights reserved.
"""


def test_a_notices_number_is_clutter() -> None:
    assert marked(_NOTICE.format(closing="")).get(2) == "a notice's reference number"


def test_a_heading_over_a_kept_list_is_text() -> None:
    assert 4 not in marked(_NOTICE.format(closing=""))


def test_a_notices_closing_apology_is_text() -> None:
    assert 9 not in marked(_NOTICE.format(closing="We apologise for any inconvenience."))


def test_a_cookie_note_after_the_text_is_still_clutter() -> None:
    assert 9 in marked(_NOTICE.format(closing="We use cookies."))
