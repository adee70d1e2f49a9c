"""Round 14: countries (the page's own state, street names, civil bodies, city-states,
territories, "Governments in Washington") and boilerplate (letters, notices, contacts)."""

from __future__ import annotations

import pytest

from generator.drafting.boilerplate import find_boilerplate
from generator.drafting.countries import CountryFinder
from generator.drafting.furniture import furniture
from generator.drafting.lines import parse_lines


def countries(text: str, clutter: frozenset[int] = frozenset()) -> list[str]:
    """Codes found in ``text``, the 1-based lines in ``clutter`` being the page's furniture."""
    spans, offset = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip() and number not in clutter:
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return [c.code for c in CountryFinder(None).find(text, spans, [], lambda _: 1)]


def marked(text: str) -> list[int]:
    return [b.line for b in find_boilerplate(parse_lines(text))[0]]


NAV = "Home | Senegal | Africa | World | Sport"
BODY = "The ministry said fares would rise on Monday, and the state would keep paying part of the cost."


def test_the_pages_own_state_stands_for_the_unnamed_government() -> None:
    assert countries(f"{NAV}\n{BODY}", frozenset({1})) == ["SN"]


def test_a_country_domain_in_the_footer_names_the_pages_state() -> None:
    text = f"{BODY}\n© Ala-Too Press, 2026. Use of materials only with a hyperlink to alatoopress.kg"
    assert countries(text, frozenset({2})) == ["KG"]


def test_no_unnamed_government_no_pages_state() -> None:
    assert countries(f"{NAV}\nFares in Dakar would rise on Monday, the operator said.", frozenset({1})) == []


def test_a_government_named_with_of_is_not_the_pages() -> None:
    text = f"{NAV}\nThe government of Japan said on Monday that fares would rise."
    assert countries(text, frozenset({1})) == ["JP"]


def test_a_state_of_emergency_is_no_government() -> None:
    assert countries(f"{NAV}\nThe state of emergency was lifted on Monday.", frozenset({1})) == []


def test_a_tie_between_states_in_the_furniture_names_none() -> None:
    text = f"Home | Senegal | Mali | World\n{BODY}"
    assert countries(text, frozenset({1})) == []


def test_a_long_notice_in_the_furniture_does_not_vote() -> None:
    notice = ("This announcement contains inside information for the purposes of Article 7 of the UK "
              "version of Regulation (EU) No 596/2014 as it forms part of domestic law.")
    assert countries(f"{BODY}\n{notice}", frozenset({2})) == []


@pytest.mark.parametrize("text, expected", [
    ("When we met in a café on Calle Uruguay, she said the book was done.", []),
    ("The convoy turned into Kenya Road before dawn.", []),
    ("Uruguay said on Monday it would send an envoy.", ["UY"]),
])
def test_a_states_name_in_a_street_name_is_the_street(text: str, expected: list[str]) -> None:
    assert countries(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dr Hessa Al-Khalifa, a fellow at the Bahrain Centre for Strategic Dialogue, said so.", []),
    ("Prices fell on the Singapore exchange on Monday.", []),
    ("The Costa Rican Red Cross took 23 people to hospital.", []),
    ("Bahrain said the talks would resume.", ["BH"]),
])
def test_a_state_opening_a_civil_bodys_name_is_no_state(text: str, expected: list[str]) -> None:
    assert countries(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In Singapore, brokers said the slide had worsened.", []),
    ("Singapore said it would not join the sanctions.", ["SG"]),
])
def test_a_city_state_after_in_is_the_city(text: str, expected: list[str]) -> None:
    assert countries(text) == expected


def test_a_capital_after_a_government_and_in_stands_for_it() -> None:
    assert countries("Governments in Washington and Seoul estimate 11,000 soldiers.") == ["US", "KR"]
    assert countries("The infrastructure ministry in The Hague asked for a mediator.") == ["NL"]
    assert countries("Talks in Washington ended on Monday.") == []


def test_territories_and_the_republic_of_china() -> None:
    assert countries("Nurses left for the United Kingdom and the Cayman Islands.") == ["GB"]
    assert countries("A loan from the Republic of China (Taiwan) paid for the study.") == ["TW"]
    assert countries("The People's Republic of China protested.") == ["CN"]


LETTER = """Forum
Dear Minister,
We write to ask for three steps before the end of March, as the shortage of nurses grows every month.
We would welcome the opportunity to meet you at your earliest convenience, in Georgetown or elsewhere.
Yours faithfully,

Dr Nalini Persaud, Consultant Paediatrician
Dr Rajiv Singh, Head of Emergency Medicine
Editor's note, 4 February 2026:
Related statements
© 2026 Medical Forum"""


def test_a_letters_salutation_close_and_signature_are_text() -> None:
    found = marked(LETTER)
    assert 2 not in found and 5 not in found and 7 not in found and 8 not in found
    assert 9 in found and 10 in found and 11 in found  # a label, a teaser label, a copyright line


def test_a_salutation_has_no_signature_under_it() -> None:
    text = "Dear readers,\nSubscribe now\nThe council voted on Monday to close the library for the whole summer."
    assert 2 in marked(text)


@pytest.mark.parametrize("line, expected", [
    ("This dispatch was translated from the Polish service. The Polish original prevails.",
     ("credit", "where the text was first published")),
    ("Unofficial translation. In case of discrepancy, the Spanish version prevails.",
     ("credit", "a translation's notice")),
    ("The court said the English text prevails over the French one.", None),
    ("This article appears in the December 2024 issue of Øresund Monthly.", ("credit", "where the text is printed")),
    ("Conflict of interest statement: None declared.", ("credit", "a declaration of interests")),
    ("This information is provided by RNS, the news service of the London Stock Exchange.",
     ("credit", "a regulated announcement's notice")),
    ("For further information, please contact:", ("credit", "the label of the press contacts")),
    ("Media enquiries: Communications Team, media@example.org", ("credit", "the label of the press contacts")),
    ("For further information on the plan, residents should visit the town hall.", None),
])
def test_notices_of_the_page(line: str, expected: tuple[str, str] | None) -> None:
    assert furniture(parse_lines(line)[0]) == expected


def test_an_experts_comments_label_is_no_comment_prompt() -> None:
    assert parse_lines("Dr Mere Tawhiri, Research Fellow, Massey University, comments:")[0].cta_phrase() is None
    assert parse_lines("Comments")[0].cta_phrase() == "comments"
