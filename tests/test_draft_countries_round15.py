"""Round 15: countries (places in a list, carriers and companies, civil bodies' possessives,
"In <capital>, Foreign Minister …") and boilerplate (a standfirst the lead repeats, header rows
under a standfirst, a place-and-date line, alert banners, reference numbers, book details,
author lines with name particles)."""

from __future__ import annotations

from generator.drafting.authors import is_names_only, looks_like_name
from generator.drafting.dates import is_place_date_line
from drafthelpers import boilerplate_reasons as marked, countries


# countries


def test_capitals_in_a_list_opened_by_in_are_places() -> None:
    assert countries("Experts in Maputo, Pretoria and Seoul say the deployment reveals a problem.") == []


def test_a_capital_after_a_place_opening_the_sentence_still_speaks() -> None:
    assert countries("In Kyiv, Moscow said the talks were over.") == ["RU"]


def test_a_list_after_a_governments_noun_is_governments() -> None:
    assert countries("Governments in Washington and Seoul estimate that 11,000 soldiers were sent.") == ["KR", "US"]


def test_a_state_name_opening_an_airline_is_the_airline() -> None:
    assert countries("Fiji Airways has cancelled its Nadi services until 14 September.") == []


def test_a_state_name_alone_still_counts_beside_an_airline() -> None:
    assert countries("Fiji said its airline had cancelled flights.") == ["FJ"]


def test_a_carriers_demonym_is_its_flag() -> None:
    assert countries('A spokesperson for the Danish carrier Nordhavn Line said it would keep two routes.') == []


def test_other_companies_keep_their_demonym() -> None:
    assert countries("The plant was built by a consortium led by Spanish group Aguas del Estrecho.") == ["ES"]
    assert countries("Danish airlines have cut routes to the region.") == ["DK"]


def test_a_civil_bodys_possessive_is_still_the_body() -> None:
    text = "Wanderers were reported, according to the Barbados Cricket Association's match officials' report."
    assert countries(text) == []


def test_in_a_capital_a_government_officer_speaks_for_the_state() -> None:
    assert countries("In Warsaw, Foreign Minister Radosław Sikorski said the war could not be contained.") == ["PL"]


def test_in_a_capital_other_people_leave_it_a_place() -> None:
    assert countries("In Warsaw, traders said prices had risen.") == []
    assert countries("Talks were held in Warsaw, Foreign Minister Ann Lee said.") == []


# boilerplate

_BROADCAST = """Ukraine reports first clashes with North Korean troops in Kursk
Ukraine says its forces have fought North Korean units for the first time, in the Kursk region of Russia.
Hessa Al-Roumi | Al-Sour English, with agencies
Tuesday 05 November 2024 | 11:20 AST
Ukraine says its forces have fought North Korean units for the first time, in the Kursk region of Russia, a senior official said on Tuesday.
The official said the clashes were small and that more were expected within days.
"""


def test_a_standfirst_the_lead_repeats_is_a_copy() -> None:
    found = marked(_BROADCAST)
    assert 2 in found and found[2].startswith("a standfirst the first paragraph repeats")
    assert 3 in found and 5 not in found and 1 not in found


_NEWSPAPER = """Commuters walk as taxi strike shuts Maseru
Operators want a bigger fare; the ministry says it will review costs before any increase next month.
By Palesa Mokoena
Published 9 February 2026
Thousands of commuters walked to work in Maseru on Monday as minibus taxi operators stopped services.
The operators' association said the strike would go on until the fare rises.
"""


def test_a_standfirst_that_adds_to_the_lead_stays_text() -> None:
    found = marked(_NEWSPAPER)
    assert 2 not in found and 5 not in found
    assert {3, 4} <= set(found)


_HEADER_ROWS = """About 8,000 North Korean troops are in Kursk, US says after talks
The US secretaries of state and defence said Russia had trained and equipped the soldiers.
Published: 31 October 2024, 23:48 (Doha time)
Share  X  Facebook  WhatsApp  Telegram
About 8,000 North Korean soldiers have been moved to Russia's Kursk border region, officials said on Thursday.
They said the soldiers would be treated as combatants if they crossed into Ukraine.
"""


def test_rows_between_a_standfirst_and_the_lead_are_page_header() -> None:
    found = marked(_HEADER_ROWS)
    assert 3 in found and 4 in found and 2 not in found and 5 not in found


_LIVE_HEADINGS = "\n".join([
    "Ukraine war live: Blinken says North Korean troops are fighting in Kursk",
    "US secretary of state puts North Korean force in Kursk at more than 10,000; the Kremlin denies it.",
    "Wed 13 Nov 2024 15.48 GMT",
    *[f"{n}h ago\n{head}" for n, head in enumerate((
        "Berlin summons North Korean envoy", "Rutte: Pyongyang paid in missile know-how",
        "Blinken: more than 10,000 soldiers in Kursk", "HUR: soldiers issued Russian uniforms",
        "Zelensky: Putin cannot fill his trenches", "Seoul weighs arms for Kyiv again"), 1)],
    "Pentagon: Russian casualties averaged more than 1,200 a day in October",
    "Russian forces lost more than 1,200 soldiers killed or wounded on an average day in October, the Pentagon said.",
    "A spokesperson said the figure came from a US assessment and did not include North Korean losses.",
]) + "\n"


def test_a_long_run_under_a_standfirst_keeps_the_first_entrys_heading() -> None:
    found = marked(_LIVE_HEADINGS)
    assert 16 not in found


def test_a_place_and_date_line_is_a_date_row() -> None:
    assert is_place_date_line("Medellín, 9 March 2026 - 8:47 p.m.")
    assert not is_place_date_line("MADRID, March 12, 2025 (Reuters) - Spain recalled its envoy.")
    assert not is_place_date_line("He left Medellín on 9 March 2026 at 8:47 p.m.")


_ALERT = """Home | Passenger Information | Travel Updates
⚠ Runway closed to jet traffic – check with your airline before travelling
Runway repairs: international jet services suspended at Bauerfield until 14 September
Ref: NPS/PR/2025/118
International jet services at Bauerfield will remain suspended until 14 September, the operator said.
The Thirsty Canal: Gatún, the Drought and the Future of Panama, by Itzel Castrellón. Editorial Puente, 312 pages.
Inspectors found loose surface material on the runway, the authority said on Thursday.
"""


def test_an_alert_banner_a_reference_and_a_books_details_are_furniture() -> None:
    found = marked(_ALERT)
    assert found[2] == "an alert banner"
    assert found[4] == "a notice's reference number"
    assert found[6] == "the details of the book reviewed"
    assert 3 not in found and 5 not in found and 7 not in found


def test_a_reference_sentence_is_no_reference_number() -> None:
    found = marked("Title of the notice here today\nReference: the decision of 4 May 2026 was upheld by the court.\n"
                   "The court said the appeal had failed and the costs would be paid by the ministry.\n")
    assert found.get(2) != "a notice's reference number"


def test_particles_inside_a_name_keep_it_a_name() -> None:
    assert looks_like_name("Armando da Costa Ximenes")
    assert looks_like_name("Jean de Dieu Habimana")
    assert not looks_like_name("da Costa Ximenes Armando de")


def test_a_body_with_its_acronym_is_no_author() -> None:
    assert not is_names_only("Caja Costarricense de Seguro Social (CCSS)")
    assert is_names_only("Aisha bint Khalfan Al Balushi (SNA)")
