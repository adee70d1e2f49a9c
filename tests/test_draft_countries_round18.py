"""Round 18: countries (a state's name written "St" or "&", a currency named after a state,
a treaty named after a place) and boilerplate (a notice's attachments inside its text, a
deadline line, a table of contents in one row and the first numbered heading, a
"Prepared by" credit, a story's short last sentence, a tip-line prompt, a notice's kind
and number)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons as marked, countries
from generator.drafting.countries import CountryFinder
from generator.drafting.statenames import variant_forms


def _with_furniture(furniture: str, article: str) -> list[str]:
    """Codes found in a page of one furniture line and one article line (only the second is text)."""
    text = f"{furniture}\n{article}\n"
    start = len(furniture) + 1
    found = CountryFinder(None).find(text, [(start, start + len(article))], [], lambda _: 1)
    return sorted(c.code for c in found)


# countries: how pages write states' names


def test_a_saint_state_written_st_is_the_state() -> None:
    assert countries("The ministry said St Vincent and the Grenadines was following the developments.") == ["VC"]
    assert countries("St. Lucia has asked for help.") == ["LC"]


def test_an_ampersand_for_and_is_the_state() -> None:
    assert countries("Trinidad & Tobago sent a team.") == ["TT"]


def test_the_main_islands_name_is_the_federation() -> None:
    assert countries("St Kitts will host the summit.") == ["KN"]


def test_a_st_spelling_in_the_furniture_gives_the_pages_state() -> None:
    article = "A senior official at the Ministry of Foreign Affairs said the war must end."
    assert _with_furniture("St Kitts & Nevis' Community Newspaper", article) == ["KN"]


def test_a_saints_name_alone_is_no_state() -> None:
    # "St Vincent" alone is also a cape, a hospital, a society: not in the table
    assert countries("The St Vincent de Paul Society opened a shelter.") == []
    assert countries("She chaired the St Vincent Arrowroot Growers' Association.") == []


def test_variants_spell_saint_and_and() -> None:
    assert variant_forms(["Saint Kitts and Nevis"]) == {
        "St Kitts and Nevis": "Saint Kitts and Nevis", "St. Kitts and Nevis": "Saint Kitts and Nevis",
        "Saint Kitts & Nevis": "Saint Kitts and Nevis", "St Kitts & Nevis": "Saint Kitts and Nevis",
        "St. Kitts & Nevis": "Saint Kitts and Nevis"}
    assert variant_forms(["Spain"]) == {}


def test_a_territorys_ampersand_spelling_is_still_no_state() -> None:
    assert countries("Flights to Turks & Caicos Islands resumed.") == []


# countries: a currency, a treaty


def test_a_currency_named_after_a_state_is_no_state() -> None:
    assert countries("The price was 79 US cents a pound, down from 87 cents.") == []
    assert countries("The fee rose to 40 Australian dollars.") == []


def test_the_state_beside_its_currency_still_counts() -> None:
    assert countries("The US said the price of 79 cents was fair.") == ["US"]


def test_a_treaty_named_after_a_state_is_no_state() -> None:
    assert countries("Fishing days are sold under the scheme of the Parties to the Nauru Agreement.") == []


def test_a_treaty_between_named_states_counts_them() -> None:
    assert countries("The US-Japan Treaty binds both.") == ["JP", "US"]
    assert countries("Nauru signed the agreement in May.") == ["NR"]


# boilerplate: a notice's attachments, its deadline, its number

_TENDER = """Call for tenders: construction of the north bypass, phase 1
Reference: MTH/OBR/2026/017
Publication date: 9 June 2026
{deadline}
The Government invites tenders for the construction of phase 1 of the north bypass, including a tunnel.
The estimated value of the contract is 38.6 million euros, and the works must be completed within 30 months.
Documents
Technical specifications (PDF, 4.8 MB)
Administrative clauses (PDF, 1.1 MB)
Plans and drawings (ZIP, 212 MB)
Questions may be submitted through the e-procurement platform until 14 July 2026. Answers will be published here.
The town council, which will pay 15% of the cost, said it expected the tunnel to open in the summer of 2029.
Was this page useful? Yes | No
© 2026 Government. All rights reserved.
"""


def test_prose_after_a_notices_file_list_is_text() -> None:
    reasons = marked(_TENDER.format(deadline="Deadline for submission of tenders: 28 July 2026, 13:00"))
    assert {8, 9, 10} <= set(reasons)  # the files themselves
    assert not {11, 12} & set(reasons)


def test_a_deadline_line_is_text() -> None:
    reasons = marked(_TENDER.format(deadline="Deadline for submission of tenders: 28 July 2026, 13:00"))
    assert 4 not in reasons
    assert 3 in reasons  # the publication date dates the page


def test_a_plain_date_line_is_still_clutter() -> None:
    assert 4 in marked(_TENDER.format(deadline="Last updated: 28 July 2026, 13:00"))


_MARINERS = """Ports Authority
Home | Seaport | Airport | Notices
NOTICE TO MARINERS No. 04/2026
Majuro Atoll, Calalin Channel: sunken fishing vessel, temporary restrictions
Mariners are advised that a fishing vessel has sunk in the Calalin Channel at a depth of nine metres.
Vessels should keep at least 100 metres clear of the wreck until further notice, the authority said.
© 2026 Ports Authority
"""


def test_a_notices_kind_and_number_is_clutter() -> None:
    reasons = marked(_MARINERS)
    assert reasons.get(3) == "a notice's kind and number"
    assert 4 not in reasons


def test_a_capitalised_title_with_a_number_is_not_a_notice_number() -> None:
    assert 4 not in marked(_MARINERS.replace("Majuro Atoll, Calalin Channel: sunken", "Majuro Atoll No. 4 sunken"))


# boilerplate: a study guide's contents row and first heading, its chairs

_GUIDE = """Model United Nations 2025
Home | Committees | Registration | Contact
Security Council Study Guide, Topic B: The Deployment of Troops to the Russian Federation
Prepared by the Chairs: Elena Marxer and Jonas Büchel
Contents
1. Introduction 2. Background 3. Positions of key actors 4. Questions a resolution should answer
1. Introduction
In October 2024, thousands of soldiers were sent to the Russian Federation, the first foreign army to join the war.
Delegates will be asked whether the Council can respond to this deployment at all.
2. Background
The deployment was first reported on 18 October 2024, when some 1,500 special forces were shipped to Vladivostok.
© 2025 Model United Nations
"""


def test_a_contents_row_is_navigation_and_the_title_above_it_is_kept() -> None:
    reasons = marked(_GUIDE)
    assert reasons.get(6) == "a table of contents in one row"
    assert 3 not in reasons


def test_the_first_numbered_heading_is_text() -> None:
    reasons = marked(_GUIDE)
    assert not {7, 10} & set(reasons)


def test_a_prepared_by_line_is_a_byline() -> None:
    assert marked(_GUIDE).get(4) == "byline"


def test_a_numbered_sentence_list_is_no_contents_row() -> None:
    guide = _GUIDE.replace("1. Introduction 2. Background 3. Positions of key actors 4. Questions a resolution "
                           "should answer", "1. Ask 2. Wait")
    assert marked(guide).get(6) != "a table of contents in one row"


def test_a_first_heading_without_a_second_is_still_clutter() -> None:
    assert 7 in marked(_GUIDE.replace("2. Background", "Background and more notes here"))


# boilerplate: the story's short last sentence, a tip line

_STORY = """Cashier says he was ordered to sign payments
Presiding judge Justice Ladu Modi Gore adjourned the hearing to May 27, when the prosecution will call a witness.
The commission said last year that it had frozen three bank accounts and a house in connection with the case.
{last}
RELATED
Juba City Council suspends market fees after traders' protest
Share this story
Got a story? Call 75021234 or message us on Facebook.
© 2026 The Tribune. All rights reserved.
"""


def test_a_short_last_sentence_is_text() -> None:
    assert 4 not in marked(_STORY.format(last="Both accused remain on bail."))


def test_a_note_on_the_story_is_still_clutter() -> None:
    assert 4 in marked(_STORY.format(last="This story has been updated."))


def test_a_tip_line_prompt_is_clutter() -> None:
    assert marked(_STORY.format(last="Both accused remain on bail.")).get(8) == "a tip-line prompt"


def test_a_question_about_a_story_in_the_text_is_no_prompt() -> None:
    page = _STORY.format(last="Both accused remain on bail.").replace(
        "Got a story? Call 75021234 or message us on Facebook.", "Who got the money, the judge asked.")
    assert marked(page).get(8) != "a tip-line prompt"
