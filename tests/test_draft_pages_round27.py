"""People, countries and boilerplate, round 27.

People: a name after "named after" is a thing's namesake (`names_namedkinds`), and so is a
place a route leads to from an airport or a station; a working boat's noun before a name makes
it the boat's (`namecontext`); a clause saying the person withheld their surname makes one word
their whole name (`onename`, `people`); a feminine title's ordinal mark ("Profª") is the title's
(`names`); a title word after a Romance body's first word ("Universidad Mayor") is the body's
adjective, "the" and a body's word open a body's name ("The Port Autonome de …"), and "Vda."
joins a widow's names (`names`); "aviación" ends an airline's name (`nameshapes`); "El Hadj" is
a form of address (`names_addressforms`).  Countries: "the Peruvian capital" names a city
(`countries`).  Boilerplate: a caption file's bracketed descriptions (`furniture`); a labelled
credit ("Reporter: …") alone or in a row apart by bars, a name with a journalist's post in title
case, a note on the unnamed author, a print view's header and its "Printed:" stamp
(`boilerplate`); a slide deck's slide numbers are furniture and its slides text (`pageitems`)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons, countries, people


def test_a_name_after_named_after_is_a_namesake() -> None:
    text = "Ana Ruiz, who studied at the Academy named after Omar Sayed, said the deal was fair.\n"
    assert people(text) == ["Ana Ruiz"]
    # near-miss: a person named with "named" alone
    assert people("A man named Tom Hale said he saw the crash.\n") == ["Tom Hale"]


def test_a_working_boats_name_is_no_persons() -> None:
    text = "The team spent two seasons aboard the research boat Tomas Berg, measuring depth.\n"
    assert people(text) == []
    # near-miss: "the boat" with no noun of its work, before a speaker
    assert people("On the boat Tom Hale said the nets were empty.\n") == ["Tom Hale"]


def test_a_withheld_surname_makes_one_word_a_name() -> None:
    text = "At the mill a young guide named Lior, who would not give his surname, shrugged.\n"
    assert people(text) == ["Lior"]
    # near-miss: a withheld view, not a name
    assert people("At the mill a young guide named Lior, who would not give his view, shrugged.\n") == []


def test_a_feminine_titles_ordinal_mark_is_the_titles() -> None:
    text = ("Ana Sofia Pereira de Lemos, a professor of law, said the ruling was sound.\n"
            "Profª Pereira added that the court had been careful.\n")
    assert people(text) == ["Ana Sofia Pereira de Lemos"]
    assert people("Drª Ana Lemos said the clinic had closed.\n") == ["Ana Lemos"]
    # near-miss: the same person named with a plain title
    assert people(text.replace("Profª", "Professor")) == ["Ana Sofia Pereira de Lemos"]


def test_a_title_word_after_a_romance_bodys_word_is_the_bodys() -> None:
    text = "Geologist Tomas Berg of the Universidad Mayor de San Andrés said the slope had cracks.\n"
    assert people(text) == ["Tomas Berg"]
    # near-miss: an English body's word before a title and a name
    assert people("Hospital Director Ana Ruiz said the ward had closed.\n") == ["Ana Ruiz"]


def test_the_and_a_bodys_word_open_a_bodys_name() -> None:
    assert people("The port said it was full.\nThe Port Autonome de Lomé warned that ships would wait.\n") == []
    # near-miss: a title after the body's word
    assert people("The port said it was full.\nThe Port Director Ana Ruiz warned that ships would wait.\n") \
        == ["Ana Ruiz"]


def test_vda_joins_a_widows_names() -> None:
    text = "The town's mayor, Rosa Quispe Vda. de Mamani, said the hostels were full.\n"
    assert people(text) == ["Rosa Quispe Vda. de Mamani"]
    # near-miss: a name ending a sentence before another
    assert people("The hostels were full, said Rosa Quispe. Tom Hale agreed.\n") == ["Rosa Quispe", "Tom Hale"]


def test_aviation_ends_an_airlines_name() -> None:
    assert people("Andina de Aviación confirmed two extra daily flights.\n") == []
    # near-miss: a person with a particle in the name
    assert people("Ana de Soto confirmed two extra daily flights.\n") == ["Ana de Soto"]


def test_el_hadj_is_a_form_of_address() -> None:
    assert people("The group was founded by the late El Hadj Omar Diallo in 1961.\n") == ["Omar Diallo"]
    # near-miss: "Hadj" ending a name keeps it
    assert people("Messali Hadj said the party would fight.\n") == ["Messali Hadj"]


def test_a_route_from_an_airport_leads_to_a_place() -> None:
    text = "Extra flights were added from Kotoka International Airport to Tamale Ruiz in the north.\n"
    assert people(text) == []
    # near-miss: a letter from a body to a person
    assert people("He handed the letter from Port Authority to Tom Hale, the minister.\n") == ["Tom Hale"]


def test_the_peruvian_capital_is_a_city() -> None:
    assert countries("The leaders met in the Peruvian capital on Friday.\n") == []
    # near-miss: the demonym before a body of the state
    assert countries("The Peruvian government said the talks went well.\n") == ["PE"]


CAPTIONS = """WEBVTT
00:00:00.000 --> 00:00:05.200
Thousands of households have been without tap water since Sunday night.
00:00:05.200 --> 00:00:11.000
A landslide above the spring broke the main pipe that carries water into the city.
00:00:11.000 --> 00:00:16.400
[Volunteers hand out water containers]
00:00:16.400 --> 00:00:22.100
The utility says around 28,000 people in the eastern suburbs are affected.
"""


def test_a_caption_files_bracketed_description_is_furniture() -> None:
    assert 7 in boilerplate_reasons(CAPTIONS)
    # near-miss: a transcript's stage direction with no cue timings is text
    transcript = "\n".join(line for line in CAPTIONS.splitlines() if "-->" not in line) + "\n"
    assert 4 not in boilerplate_reasons(transcript)


CREDITED = """THE LIMA POST
Home | World | Americas
Leaders condemn troop deployment
Reporter: Ana Ruiz, special envoy to Lima | Editing: R.C.
The leaders of three states condemned the deployment of troops on Friday, calling it a dangerous escalation.
They asked the region's largest power to use its influence, officials said after the meeting.
"""


def test_a_row_of_labelled_credits_is_furniture() -> None:
    assert 4 in boilerplate_reasons(CREDITED)
    assert 4 in boilerplate_reasons(CREDITED.replace("Reporter: Ana Ruiz, special envoy to Lima | Editing: R.C.",
                                                     "Text: Ana Ruiz, in Callao"))
    # near-miss: a transcript's speaker label in capitals, then a sentence
    assert 4 not in boilerplate_reasons(CREDITED.replace(
        "Reporter: Ana Ruiz, special envoy to Lima | Editing: R.C.",
        "REPORTER: Ana Ruiz chose the summit to deliver her warning to the region."))


def test_a_name_with_a_journalists_post_is_a_byline() -> None:
    page = ("THE LIMA POST\n"
            "Home | World | Americas\n"
            "Leaders condemn troop deployment\n"
            "The three leaders asked the region's largest power to rein in its ally, and the host kept quiet.\n"
            "Ana Ruiz, Contributing Editor\n"
            "The leaders of three states condemned the deployment of troops on Friday, calling it an escalation.\n"
            "They asked the region's largest power to use its influence, officials said after the meeting.\n")
    assert 5 in boilerplate_reasons(page)
    # near-miss: a name with a post outside the paper, in the same place
    assert 5 not in boilerplate_reasons(page.replace("Contributing Editor", "Deputy Foreign Minister"))


def test_a_note_on_the_unnamed_author_is_furniture() -> None:
    page = CREDITED + "The author is the Post's security editor and a former correspondent in Quito.\n"
    assert 7 in boilerplate_reasons(page)
    # near-miss: the story's own sentence on an author
    page = CREDITED + "The author of the report, a former diplomat, said it was written in haste.\n"
    assert 7 not in boilerplate_reasons(page)


PRINTED = """Lima Post — Printer-friendly version
Printed: 12/05/2026 10:47 a.m.
Leaders condemn troop deployment
By Ana Ruiz
The leaders of three states condemned the deployment of troops on Friday, calling it a dangerous escalation.
They asked the region's largest power to use its influence, officials said after the meeting.
"""


def test_a_print_views_header_and_stamp_are_furniture() -> None:
    reasons = boilerplate_reasons(PRINTED)
    assert 1 in reasons and 2 in reasons
    # near-miss: a story's sentence on printing
    page = PRINTED + "Printed on 12 May, the ballots reached the districts two days later, the board said.\n"
    assert 7 not in boilerplate_reasons(page)


DECK = """POLICY INSTITUTE
Home | Research | Briefings
What the soldiers are buying
[Slide 1 / 4]
What the soldiers are buying
Briefing for the diplomatic corps, 3 December 2024
[Slide 2 / 4]
Key judgements
• The visit marks a shift from arms deals to a standing military partnership
[Slide 3 / 4]
Reactions
• Seoul: the foreign ministry again called on Pyongyang to pull its troops out
[Slide 4 / 4]
Sources: KCNA; TASS; NIS briefings
© 2024 Policy Institute
"""


def test_a_slide_decks_numbers_are_furniture_and_its_slides_text() -> None:
    reasons = boilerplate_reasons(DECK)
    assert {4, 5, 7, 10, 13} <= set(reasons)
    assert not {3, 6, 8, 9, 11, 12} & set(reasons)
    # near-miss: two slide numbers make no deck
    two = DECK.replace("[Slide 3 / 4]\n", "").replace("[Slide 4 / 4]\n", "")
    assert "Reactions" in two.splitlines()[9] and 10 in boilerplate_reasons(two)


def test_named_after_as_appointed_after_a_time_keeps_the_person() -> None:
    # "named" is appointed and "after" opens a clause of time: the person there is in the story
    assert people("Ana Ruiz was named after Tom Hale stepped down in March, the board said.\n") == \
        ["Ana Ruiz", "Tom Hale"]


def test_a_boat_after_a_preposition_names_no_boat() -> None:
    assert people("The crew came by boat Tom Hale said, and the nets were empty.\n") == ["Tom Hale"]
