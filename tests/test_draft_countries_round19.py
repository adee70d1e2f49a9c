"""Round 19: countries (a price in a state's cents, a city-state registering a company, a
capital opening a route, a state's partners in their capitals) and boilerplate (the first
of a page's section headings, a list of a record's dated stages, a market box's price rows,
the dated heading of an update)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons as marked, countries


# countries: how pages name states


def test_a_price_in_a_states_cents_is_no_state() -> None:
    assert countries("ICE cotton (March): 66.8 US c/lb, down 0.4.") == []
    assert countries("The US cabinet met on Monday.") == ["US"]


def test_a_city_state_registering_a_company_is_the_state() -> None:
    assert countries("The Singapore-registered company had pulled out in July.") == ["SG"]


def test_a_city_state_glued_to_another_word_stays_a_place() -> None:
    assert countries("A Singapore-based broker said prices fell.") == []


def test_a_capital_opening_a_route_is_a_place() -> None:
    assert countries("The tres player who carried son from Santiago to the world has died.") == []


def test_a_capital_after_from_alone_is_still_its_government() -> None:
    assert countries("The message from Tokyo was clear.") == ["JP"]


def test_a_states_partners_in_their_capitals_are_the_governments() -> None:
    assert countries("It reaches us too, through our partners in Seoul and Tokyo.") == ["JP", "KR"]


def test_talks_in_two_capitals_stay_places() -> None:
    assert countries("The talks in Seoul and Tokyo ended on Friday.") == []


# boilerplate: the page's sections and boxes


_SECTIONS = """Parliament of Freedonia
Home | Members | Bills | Hansard
Last updated: 24 June 2026
{first}
The Bill amends the Marine Act to allocate 30 percent of the catch to local right holders.
It also requires foreign vessels to carry an observer on every trip, the Ministry said.
Stages
First reading — 17 March 2026 — Agreed
Second reading — 14 April 2026 — Agreed (56 for, 18 against)
Committee report tabled — 23 June 2026
Third reading — pending
Committee findings
The Committee found that the Ministry had only 64 qualified observers for the fleet.
Debate highlights
An opposition member said the Bill risked handing quotas to the politically connected.
Update — 26 June 2026
The Minister said on Friday that the third reading had been moved to July, officials said.
© 2026 Parliament of Freedonia
"""


def test_the_first_of_the_pages_section_headings_is_text() -> None:
    reasons = marked(_SECTIONS.format(first="Purpose of the Bill"))
    assert 4 not in reasons
    assert 2 in reasons and 3 in reasons


def test_a_label_of_the_site_above_the_first_paragraph_stays_clutter() -> None:
    assert 4 in marked(_SECTIONS.format(first="Contents"))
    assert 4 in marked(_SECTIONS.format(first="Liberal Democrat"))


def test_a_list_of_dated_stages_between_paragraphs_is_text() -> None:
    reasons = marked(_SECTIONS.format(first="Purpose of the Bill"))
    assert not {7, 8, 9, 10, 11} & set(reasons)


def test_dashed_rows_without_dates_are_not_kept_as_stages() -> None:
    page = _SECTIONS.format(first="Purpose of the Bill").replace(" — 17 March 2026", "").replace(
        " — 14 April 2026", "").replace(" — 23 June 2026", " — yes")
    reasons = marked(page)
    assert {7, 8} <= set(reasons)  # the rows, and their heading, stay as the base rules leave them


def test_the_dated_heading_of_an_update_is_text() -> None:
    reasons = marked(_SECTIONS.format(first="Purpose of the Bill"))
    assert 16 not in reasons
    assert 18 in reasons


_PRICES = """Chari Commodities Weekly
Home | Cotton | Sesame | Gum arabic
Gins stand idle as cotton piles up
The company said on Monday that 14 of its 19 gins had been idle for three weeks.
"Farmers sold their cotton on credit," the federation's president said on Tuesday.
PRICES THIS WEEK
ICE cotton (March): 66.8 US c/lb ▼ 0.4
Cotlook A Index: 78.9 US c/lb ▲ 0.2
The government set the farmgate price at 265 CFA francs a kilogram, up from 250 francs.
Prices fell 0.4 cents to 66.8 cents a pound, traders said on Wednesday in N'Djamena.
© 2026 Chari Commodities Weekly
"""


def test_a_market_boxs_rows_and_label_are_clutter() -> None:
    reasons = marked(_PRICES)
    assert {6, 7, 8} <= set(reasons)


def test_a_price_move_written_in_words_is_text() -> None:
    reasons = marked(_PRICES)
    assert 10 not in reasons and 9 not in reasons


def test_a_span_from_one_capital_to_another_is_both_states() -> None:
    assert countries('It "could drag other states into the conflict, from Seoul to Tokyo," he warned.') == ["JP", "KR"]


def _with_furniture(furniture: str, article: str) -> list[str]:
    """Codes found in a page of one furniture line and one article line (only the second is text)."""
    from generator.drafting.countries import CountryFinder
    text = f"{furniture}\n{article}\n"
    start = len(furniture) + 1
    found = CountryFinder(None).find(text, [(start, start + len(article))], [], lambda _: 1)
    return sorted(c.code for c in found)


def test_a_tickers_price_in_the_furniture_gives_no_home_state() -> None:
    assert _with_furniture("Brent: 74.2 US$/bbl", "The government said it would release the reserve.") == []


def test_a_states_name_in_the_furniture_still_gives_the_home_state() -> None:
    assert _with_furniture("Chad News", "The government said it would release the reserve.") == ["TD"]
