"""People, countries and boilerplate, round 25.

People: "Doña" or "Don" before a full name is a form of address (`names_addressforms`); a
wharf or a quay ends no surname, even after a ruler's title (`nameshapes.VENUE_ENDS`); a
vessel's royal name is the ship's (`names._titled_craft`); a name in brackets after a reader's
screen name is the reader's town (`names_places`).  Countries: a capital alone as a quiz's
option is a city (`statecapitals.list_item`).  Boilerplate: a quiz's options rows and answer
lines are text and its "Tap an option" instruction furniture (`pageitems`, `linkprompts`); a
map's counted stop headings are text, its key, its method note and its row of credits
furniture (`pageitems`, `boilerplate`); an interview's question under a teaser is text, a tag
line and a "You might also like" label furniture (`pageitems`, `boilerplate._prompt`)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons, countries, people


def test_dona_before_a_full_name_is_a_form_of_address() -> None:
    assert people("Doña Marta Rivas, who sells fish by the pier, said prices rose.\n") == ["Marta Rivas"]
    # near-miss: "Don" as a given name before a surname alone
    assert people("Don Whitaker, the harbour master, said the quay was safe.\n") == ["Don Whitaker"]


def test_a_wharf_after_a_rulers_title_is_a_place() -> None:
    text = ("The ferry tied up at King Taufa Wharf late on Monday, passengers said.\n"
            # near-miss: a title before a person's name
            "Queen Nanasipau'u Tuku'aho thanked the crew, the palace said.\n")
    assert people(text) == ["Nanasipau'u Tuku'aho"]


def test_a_vessels_royal_name_is_the_ships() -> None:
    text = ("Three crew died when the ferry Princess Lupe sank in 2011.\n"
            # near-miss: a princess who is a person
            "Princess Salote Mafile'o opened the new terminal on Friday.\n")
    assert people(text) == ["Salote Mafile'o"]


def test_a_name_in_brackets_after_a_screen_name_is_a_place() -> None:
    text = ("14:02 Question from lan_hoa91 (Tay Ninh): Why is the bridge shut?\n"
            # near-miss: a person named in brackets after an ordinary word
            "The ombudsman (Vo Thanh Long) said the fees were fair.\n")
    assert people(text) == ["Vo Thanh Long"]


def test_a_capital_as_a_quiz_option_is_a_city() -> None:
    assert countries("9. Which city hosted the summit? A) Lima · B) Quito · C) Accra\n") == []
    # near-miss: a capital that speaks for its government
    assert countries("Lima said the talks would go on · Officials in Accra agreed.\n") == ["PE"]


QUIZ = """THE HARBOUR POST
Home | News | Quiz
News quiz: a ferry, a strike and a record catch in the bay this week
How closely did you follow the news? Five questions. Tap an option to see the answer.
By Ana Ruiz
1. Which ferry broke down on Tuesday?
A) The Island Star · B) The Bay Queen · C) The Sea Lark
✔ Correct answer: B
The Bay Queen lost an engine off the point and was towed in, its operator said.
2. How long did the dockers' strike last?
A) Two days · B) A week · C) A month
✔ Correct answer: A
The dockers went back to work on Thursday after a two-day stoppage over pay.
© 2026 Harbour Post Ltd
"""


def test_a_quizs_options_and_answers_are_text_and_its_instruction_furniture() -> None:
    reasons = boilerplate_reasons(QUIZ)
    assert not {7, 8, 11, 12} & set(reasons)
    assert reasons[4] == "a widget's instruction to the reader"
    # near-miss: one lettered row under no question is a page's row, not a quiz
    page = ("Harbour news\nHome | News\nQuay reopens after storm\n"
            "The quay reopened on Monday after a week of repairs, the port said in a statement.\n"
            "A) Tides · B) Ferries · C) Weather\n"
            "Crews were still clearing the last of the debris from the northern berth.\n")
    assert 5 in boilerplate_reasons(page)
    # near-miss: prose that reports a tap opens no sentence with the imperative
    assert 5 not in boilerplate_reasons(page.replace("A) Tides · B) Ferries · C) Weather",
                                                     "Riders now tap a card to pay the fare on every ferry."))


MAP = """THE HARBOUR POST
Home | News | Graphics
Mapped: the route of the stolen fishing boat along the coast
How a stolen trawler crossed three bays in two nights before the coastguard caught up with it.
Text and research by Ana Maria Ruiz | Graphics by Tom Hale and Bo Tern
Legend: ● Port ▲ Sighting ■ Coastguard base
Stop 1 of 3 · NORTH BAY
The trawler was taken from its mooring in North Bay shortly after midnight, police said.
Stop 2 of 3 · SEAL POINT
A fisherman saw it pass Seal Point at dawn without lights, the coastguard said.
How we made this map: Positions are approximate and based on police statements.
© 2026 Harbour Post Ltd
"""


def test_a_maps_stops_are_text_and_its_key_credits_and_method_note_furniture() -> None:
    reasons = boilerplate_reasons(MAP)
    assert 7 not in reasons and 9 not in reasons
    assert (reasons[5], reasons[6], reasons[11]) == ("byline", "a map's or a chart's key", "a note on how the piece was made")
    # near-miss: a form's lone counted step is no tour
    form = ("Harbour news\nHome | News\nQuay reopens after storm\n"
            "The quay reopened on Monday after a week of repairs, the port said in a statement.\n"
            "Step 1 of 3 · YOUR DETAILS\n"
            "Crews were still clearing the last of the debris from the northern berth.\n")
    assert 5 in boilerplate_reasons(form)
    # near-miss: a sentence with a symbol or two is no key
    assert 5 not in boilerplate_reasons(form.replace("Step 1 of 3 · YOUR DETAILS",
                                                     "Boats marked ● on the harbour chart must stay at the quay until noon."))


INTERVIEW = """THE HARBOUR POST
Home | News | Interviews
'The quay is our lifeline,' says the fishers' leader
Interview by Ana Ruiz
Why did the fishers protest on Monday?
"Because the new quay is too low for our boats at high tide, and nobody asked us."
Read also: Quay reopens after storm repairs
Who is to blame?
"Raise the quay by half a metre before the winter storms, as it promised in May."
What happens if it does not?
"Then we will land our catch at the old slipway again, whatever the harbour master says."
Topics: fishing, harbour, council
You might also like
Harbour ferry fares to rise in July
© 2026 Harbour Post Ltd
"""


def test_an_interviews_question_under_a_teaser_is_text_and_its_tags_and_teaser_label_furniture() -> None:
    reasons = boilerplate_reasons(INTERVIEW)
    assert not {5, 8, 10} & set(reasons)
    assert (reasons[12], reasons[13]) == ("the page's tags", "a teaser label addressing the reader")
    # near-miss: a teaser's headline written as a question heads no answer
    page = INTERVIEW.replace(
        "Read also: Quay reopens after storm repairs", "Read also: Quay reopens after storm repairs\nWho pays for the quay?")
    assert 8 in boilerplate_reasons(page)
    # near-miss: a sentence that opens with "Topics:" is the text's
    assert 12 not in boilerplate_reasons(INTERVIEW.replace("Topics: fishing, harbour, council",
                                                           "Topics: the council will discuss fishing, the harbour and the quay on Friday."))
