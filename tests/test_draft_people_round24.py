"""People, countries and boilerplate, round 24.

People: a producer's, a promoter's or a mine's goods and a local government's "Municipality"
end no surname, nor does a point of the compass after a particle (`nameshapes`); a name given
after "an exercise called" is the exercise's, one after "the road to" a place's, and one in
quotation marks after a full name a nickname (`names_namedkinds`).  Countries: "In <capital>,
where the government …" introduces the state (`stateuses`).  Boilerplate: a sponsor's tag, a
funding note and a labelled disclaimer (`fundingnotes`); headings in capitals opening with a
preposition are no template (`boilerplate._item_furniture`); a long line ending in a colon is
a lead-in of the text, not a prompt (`boilerplate._lead_in`)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons, countries, people


def test_a_trade_or_a_mined_good_ends_a_company_name() -> None:
    text = ("The fight was staged by Harbour Productions, and the ore is shipped for Mwenda Cobalt.\n"
            "Tarnby Municipality said it would buy the site.\n"
            # near-miss: a metal that is a surname too keeps the person
            "The contract was signed by Ruth Silver, the mine's chief executive.\n")
    assert people(text) == ["Ruth Silver"]


def test_a_point_of_the_compass_after_a_particle_ends_no_surname() -> None:
    text = ("Residents blame a farm run by Avícola del Norte, which denied it.\n"
            # near-miss: a particle before a surname
            "Mayor Ana del Castillo said the water would be tested.\n")
    assert people(text) == ["Ana del Castillo"]


def test_a_name_after_a_kind_and_called_is_the_things() -> None:
    text = ("The navies held a joint drill called Silver Horizon near the strait.\n"
            # near-miss: a person introduced the same way
            "A fisherman called Tomás Ibarra found the buoy.\n")
    assert people(text) == ["Tomás Ibarra"]


def test_a_name_after_a_road_or_a_turn_off_is_a_place() -> None:
    text = ("Two buses stopped near the turn-off for Vicente Rocafuerte after the slide.\n"
            "Traffic on the road to Eloy Alfaro was diverted, police said.\n"
            # near-miss: a person named after "for" who is no destination
            "The award went to Carmen Ortiz, the driver who warned them.\n")
    assert people(text) == ["Carmen Ortiz"]


def test_a_quoted_name_after_a_full_name_is_a_nickname() -> None:
    text = ('Ibrahima Ndour "Tigre de Thiès" beat Moussa Fall on Sunday.\n'
            "Ibrahima Ndour, known as Tigre de Thiès, won in four minutes.\n"
            # near-miss: a second person named in full on their own
            "Awa Gueye Sarr, the promoter, paid both fighters.\n")
    assert people(text) == ["Ibrahima Ndour", "Moussa Fall", "Awa Gueye Sarr"]


def test_a_capital_before_where_the_government_is_the_state() -> None:
    assert countries("In Lisbon, where the government fell last week, there was no reaction.\n") == ["PT"]
    # near-miss: a capital as the place where something happened
    assert countries("In Lisbon, where the tram line ends, shops stayed shut.\n") == []


PAGE = """Harbour heat pumps cut gas use by half
In association with Norvik Heat AS
The town's network now takes heat from the sea, the operator said on Monday.
It cut the town's gas use by half in its first winter, according to its figures.
In partnership with the university, the town is now testing a second pump by the quay.
Presented by Norvik Heat AS — warmth from the fjord.
This reporting was supported by a grant from the Coastal Press Fund.
Disclaimer: Figures are the operator's and have not been checked.
"""


def test_sponsor_tags_funding_notes_and_disclaimers_are_clutter() -> None:
    reasons = boilerplate_reasons(PAGE)
    assert {n for n, r in reasons.items() if r in ("a sponsor's tag", "a funding note", "a disclaimer's label")} == {2, 6, 7, 8}
    assert 5 not in reasons  # near-miss: a sentence that opens "In partnership with"


ROUNDUP = """What they said this week
From the fish market to the council, the week in quotes.
The week opened with a row over the price of fish in the harbour town.
ON THE HARBOUR ROAD
"The contractor has been paid and the road is not finished," the delegate said on Tuesday.
ON FISH PRICES
"A basin of mackerel costs twice what it did at Christmas," a trader said on Wednesday.
ON THE PRICE OF FUEL
"I fill half the tank now and pray," a taxi driver said on Thursday.
The council will meet again next week to discuss the road.
"""


def test_headings_in_capitals_opening_with_a_preposition_are_no_template() -> None:
    reasons = boilerplate_reasons(ROUNDUP)
    assert not {6, 8} & reasons.keys()
    # near-miss: codes in capitals over every item stay a template
    post = "The {} said the ferries would not sail before Friday, and that talks would go on.\n"
    script = ("Tarn channels on the ferry strike\nThe channels below reported the strike on Tuesday, in their own words.\n"
              + "".join(post.format(who) + f"SUPER {name}\n———\n" for who, name in (
                  ("board", "ANA RUIZ / HARBOUR BOARD"), ("union", "BO TERN / FERRY UNION"), ("company", "EVA LUND / FERRIES"))))
    assert {4, 7, 10} <= boilerplate_reasons(script).keys()


NOTICE = """Harbour Board notice on the suspension of trading
The board suspended trading in the shares of Kestrel Mining on Tuesday, it said.
The company asked for the suspension while it studies a proposal from a buyer.
The following is an extract from the company's letter to the board, reproduced with its consent:
"The board has not decided whether to engage with the proposal," the letter said.
Trading will resume when the company publishes a full announcement, the board said.
"""


def test_a_long_lead_in_ending_in_a_colon_is_no_prompt() -> None:
    assert 4 not in boilerplate_reasons(NOTICE)
    # near-miss: a short prompt with the same word stays one
    page = NOTICE.replace("Trading will resume", "Manage consent:\nTrading will resume")
    assert 6 in boilerplate_reasons(page)
