"""Round 19b: countries (Wellington for its government, a state's name classing counted
things, a brand's two-word name) and boilerplate (a footnote number ending a sentence, a
data-protection note, an appeal's recent-donations list)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons as marked, countries


# countries


def test_wellington_stands_for_its_government() -> None:
    assert countries("Wellington and Canberra signed an agreement on Friday to ease work visas.") == ["AU", "NZ"]


def test_wellington_as_a_place_is_no_state() -> None:
    assert countries("Tourists in Wellington were unaffected by the strike.") == []


def test_a_count_before_a_states_name_makes_it_a_modifier() -> None:
    assert countries("The museum holds around 900 Benin objects in its stores.") == []
    assert countries("In 2024 Russia launched a new offensive.") == ["RU"]


def test_a_brands_two_word_name_is_no_state() -> None:
    assert countries("Virgin Australia said it would add flights to Port Vila.") == []


def test_an_opening_adverb_before_a_state_leaves_it_a_state() -> None:
    assert countries("Overnight Russia said it had shot down 40 drones.") == ["RU"]
    assert countries("On Monday Australia said it would send aid.") == ["AU"]


# boilerplate

_ASSESSMENT = """Institute for Conflict Studies
Research | Assessments | Maps | Donate
Daily Assessment of the war in the east
Russian forces advanced near Pokrovsk on May 21, according to geolocated footage.[3] The ministry claimed a village.[4]
Ukrainian officials reported that a drone strike set fire to an oil depot in Belgorod Oblast overnight.[5]
Belarusian President Alexander Lukashenko met with Chinese officials in Minsk on May 21.[6]
[1] https://t.me/example/1234
[2] https://t.me/example/5678
"""


def test_a_footnote_number_ends_its_sentence() -> None:
    reasons = marked(_ASSESSMENT)
    assert [n for n in (4, 5, 6) if n in reasons] == []
    assert 7 in reasons and 8 in reasons


_CONSULTATION = """City Council
Consultation: new cycle lanes on King Street
The council proposes to build protected cycle lanes on both sides of King Street.
The plan would remove 40 parking spaces, and loading bays would be moved to side streets.
Data protection: Your responses will be processed in accordance with the council's privacy notice.
Personal data will be processed in accordance with Regulation (EU) 2016/679. See our privacy notice.
Residents said the council had not explained how it would keep their data safe from misuse.
Respond to this consultation
"""


def test_a_data_protection_note_is_clutter() -> None:
    reasons = marked(_CONSULTATION)
    assert reasons[5] == "a data-protection note" and reasons[6] == "a data-protection note"
    assert 7 not in reasons  # the story's own sentence about data


_APPEAL = """Riverbank Food Bank
Winter food appeal for the families of the east district
The food bank handed out 2,400 parcels last month, twice as many as a year ago.
Manager Sue Bell said stocks of tinned food would run out by the end of the month, and a local firm donated 500 tins.
Recent donations
Anonymous — EC$ 100 — 2 hours ago
Mark T. donated £50
Receipts: all donations of EC$ 100 or more receive a receipt for tax purposes.
Registered charity no. 1112223
"""


def test_an_appeals_recent_donations_list_is_clutter() -> None:
    reasons = marked(_APPEAL)
    assert 5 in reasons  # the list's label
    assert [reasons.get(n) for n in (6, 7, 8)] == ["a recent-donations list's row"] * 3
    assert 3 not in reasons and 4 not in reasons  # the appeal's text, a donation in a sentence


_TRAILING = """Harbour council approves new sea wall for the old town
The council on Monday approved a 40 million dollar sea wall to protect the old town from storm surges.
Work will start in March and take three years, the council's engineer said.
Residents said they would follow the works closely and read also the council's earlier plans.
READ ALSO › Port fees to rise from July
Comments will be moderated. Keep comments relevant to the article.
Like The Harbour Times on Facebook, follow us on X for the latest news.
— With reports from AP and Reuters
By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.
Download the Harbour FM app to listen anywhere.
Harbour Times. Materials may be reproduced with a link to the source.
Subscribers can download our weekly price tables as a spreadsheet.
"""


def test_a_newspapers_trailing_lines_are_clutter() -> None:
    reasons = marked(_TRAILING)
    assert [n for n in range(5, 13) if n not in reasons] == []
    assert reasons[5] == 'a "read also" teaser' and reasons[11] == "a reuse notice"


def test_a_sentence_opening_like_a_trailer_stays_text() -> None:
    reasons = marked(_TRAILING)
    assert 2 not in reasons and 3 not in reasons and 4 not in reasons
    text = ("Harbour council approves new sea wall\n"
            "Subscribers to the water scheme will pay 10 dollars more a month from July, and the council said the rise "
            "would fund new pipes across the district for the next twenty years.\n"
            "The council said the sea wall would be finished in three years.\n")
    assert 2 not in marked(text)
