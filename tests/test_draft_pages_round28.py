"""People, countries and boilerplate, round 28.

People: "Mama" before two name words is a form of address (`names_addressforms`); the Finnish
"Oy" ends a company's name (`institutions`, `names`); a name with "maker of" after it and no
article is a company's (`names`); the stops and yards of public transport take a district's
name (`names_places`).  Countries: a state's name after a civil body's head and "of" ends
that body's name ("the University of …", `countries`); "St Vincent" is the state but for a
cape, a saint's hospital or his charity (`statenames`).  Boilerplate: a wire story's credits
apart by full stops, a text-size button beside share buttons, a note on the outlet a
syndicated story came from, a scanned headline's second line (`boilerplate`); a broadcaster's
promotion of its full interview (`linkprompts`); a printed page's jump line and a scan's
bracketed note (`furniture`); a classified advertisement (`pagelabels`)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons, countries, people


def test_mama_before_two_name_words_is_a_form_of_address() -> None:
    text = '"The water reached our beds," said Mama Wanjiru Kamau, who sells fish at the jetty.\n'
    assert people(text) == ["Wanjiru Kamau"]
    # near-miss: "Mama" with one name word after it stays a name of its own
    assert people('"The water reached our beds," said Mama Wanjiru.\n') == ["Mama Wanjiru"]


def test_oy_ends_a_companys_name() -> None:
    assert people("Vaara Lehto Oy will close the mill by June, putting 80 jobs at risk.\n") == []
    text = ("Vaara Lehto to close its Kotka mill\n"
            "Vaara Lehto Oy will close the mill by June, putting 80 jobs at risk.\n")
    assert people(text) == []
    # near-miss: a surname that only opens with the letters of the form
    assert people("Kivi Oyelaran said the mill would close by June.\n") == ["Kivi Oyelaran"]


def test_maker_of_without_an_article_makes_a_company() -> None:
    text = "Orvik Marine, maker of the K7 patrol hull, gained 2.6 per cent on Friday.\n"
    assert people(text) == []
    # near-miss: a person who makes things takes an article
    assert people("Ana Ruiz, a maker of ceramics, said the kilns were cold.\n") == ["Ana Ruiz"]


def test_a_transport_centre_takes_a_districts_name() -> None:
    text = ("The first fire broke out at the Duncan Tree transport centre on Monday.\n"
            "Buses from Duncan Tree to Mona were cancelled.\n")
    assert people(text) == []
    # near-miss: a person at a transport centre, named with a cue
    assert people("At the transport centre, Tom Hale said the buses were late.\n") == ["Tom Hale"]


def test_a_state_after_a_civil_bodys_head_and_of_names_the_body() -> None:
    assert countries("Ana Ruiz, a historian at the University of Peru, said the war had changed.\n") == []
    # near-miss: the state's own bank is its organ
    assert countries("The Bank of Peru said the war had changed prices.\n") == ["PE"]


def test_st_vincent_is_the_state_but_for_a_cape_or_a_hospital() -> None:
    assert countries("Bananas once made St Vincent the region's largest grower.\n") == ["VC"]
    # near-misses: a cape and a saint's hospital named after him
    assert countries("The ship sank off Cape St Vincent in a storm.\n") == []
    assert countries("She was taken to St Vincent's Hospital after the crash.\n") == []
    assert countries("She was taken to St Vincent Hospital in Sydney after the crash.\n") == []


BUS_PAGE = """CITY POST
Home | News | Transport
Buses pulled off the road after fires
The bus company took all its new buses out of service after two of them caught fire in a week.
No passengers were hurt in either fire, the company's managing director told reporters on Tuesday.
Reporting by Ana Ruiz. Additional reporting by Tom Hale.
"""


def test_credits_apart_by_full_stops_are_a_byline() -> None:
    assert 6 in boilerplate_reasons(BUS_PAGE)
    # near-miss: two sentences of the story with "by" in them
    page = BUS_PAGE.replace("Reporting by Ana Ruiz. Additional reporting by Tom Hale.",
                            "The first bus was hit by Tom Hale's van. The second was set alight by a charger.")
    assert 6 not in boilerplate_reasons(page)


SIZE_PAGE = """CITY POST
Home | News | Transport
Buses pulled off the road after fires
By Ana Ruiz
[Print] [Email] [A-] [A+]
The bus company took all its new buses out of service after two of them caught fire in a week.
No passengers were hurt in either fire, the company's managing director told reporters on Tuesday.
"""


def test_a_text_size_button_beside_share_buttons_is_a_widget() -> None:
    assert boilerplate_reasons(SIZE_PAGE)[5] == "share or comment widget"
    # near-miss: the letter alone is no widget
    assert boilerplate_reasons(SIZE_PAGE.replace("[Print] [Email] [A-] [A+]", "A"))[5] != "share or comment widget"


SYNDICATED = """CITY POST
Home | News | World
Spy agency counts the dead
By Ana Ruiz, Kestrel Courier
At least 100 soldiers have been killed in the fighting, the spy agency told lawmakers on Thursday.
The agency said the soldiers had no experience of drone warfare, according to a lawmaker.
The Kestrel Courier is an independent English-language news site based in Oslo.
© Kestrel Courier 2024. Republished with permission.
"""


def test_a_note_on_the_source_outlet_after_the_text_is_furniture() -> None:
    assert 7 in boilerplate_reasons(SYNDICATED)
    # near-miss: the same sentence with the story going on below it
    page = SYNDICATED.replace("© Kestrel Courier", "Its editor said the site would appeal.\n© Kestrel Courier")
    assert 7 not in boilerplate_reasons(page)


REEF_PAGE = """REEF TV
Home | News | Environment
Bleaching closes dive sites
Four dive sites will close to tourists from Wednesday because of coral bleaching, the state said on Tuesday.
"If we keep putting boats on stressed coral, we will lose the reefs," the centre's chief scientist said.
Reef TV will carry the full interview with the chief scientist on the evening news.
#Reefs #Diving
"""


def test_a_promotion_of_the_full_interview_is_furniture() -> None:
    assert 6 in boilerplate_reasons(REEF_PAGE)
    # near-miss: a story's sentence about an interview
    page = REEF_PAGE.replace("Reef TV will carry the full interview with the chief scientist on the evening news.",
                             "In a full interview last year, the chief scientist warned that the reefs would bleach.")
    assert 6 not in boilerplate_reasons(page)


SCAN = """[Scanned document — text recognised automatically (OCR). Check against the original.]
------------------------------------------------------------
MONDAY, MARCH 2, 2026        THE HARBOUR EVENING POST        7
------------------------------------------------------------
Ministers agree new ferry
timetable for the islands
By Ana Ruiz
Continued from page 1
The ministers of three island states agreed a new ferry timetable on Monday after two days of talks.
"We will have a boat every day by June," the transport minister told reporters after the meeting.
------------------------------------------------------------
CLASSIFIEDS                                        Tel. 25 88 00 00
FOR RENT Harbour view, 2-bed flat, sea view, €950/m. Call 99 ...
WANTED experienced cook for hotel in the old town ...
------------------------------------------------------------
The first boats of the new timetable will sail on the first Monday of April, the ministry said.
Fares will stay the same for islanders, the minister said, but visitors will pay more.
"""


def test_a_scans_note_a_jump_line_and_classifieds_are_furniture() -> None:
    reasons = boilerplate_reasons(SCAN)
    assert {1, 8, 13, 14} <= set(reasons)
    assert not {5, 6, 9, 16, 17} & set(reasons)  # the headline's two lines and the paragraphs
    # near-misses: a story's sentence on a page, a bracketed description, a headline in capitals
    page = (SCAN.replace("Continued from page 1", "The minister continued from page one of her notes.")
            .replace("[Scanned document — text recognised automatically (OCR). Check against the original.]",
                     "[Document shown on screen]")
            .replace("WANTED experienced cook for hotel in the old town ...", "WANTED: A FERRY FOR EVERY ISLAND"))
    reasons = boilerplate_reasons(page)
    assert 8 not in reasons and reasons.get(1) != "the page's note on itself"
    assert reasons.get(14) != "a classified advertisement"


def test_a_jump_line_between_paragraphs_is_furniture() -> None:
    page = SCAN.replace('"We will have a boat', 'Continued on page 4\n"We will have a boat')
    assert boilerplate_reasons(page)[10] == "a printed page's jump line"
    # near-miss: a story's sentence that goes on from a page
    page = SCAN.replace('"We will have a boat', 'Continued from page one of the plan, the talks ended.\n"We will have a boat')
    assert 10 not in boilerplate_reasons(page)


def test_a_scanned_headlines_second_line_is_the_titles() -> None:
    assert 6 not in boilerplate_reasons(SCAN)
    # near-miss: a lower-case line under a title that ends with a mark is no part of it
    page = SCAN.replace("Ministers agree new ferry\n", "Ministers agree new ferry:\n")
    assert 6 in boilerplate_reasons(page)
