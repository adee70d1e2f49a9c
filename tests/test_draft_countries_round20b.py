"""Boilerplate, round 20 (second pass): a forum post's header ("Posted by trekker_anna") and an
employer's equal-opportunity notice under a job advert are the page's lines (`postheaders`)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons

FORUM_PAGE = """Forums › Europe › Slovenia
Is the Vršič pass open in April?
Posted by alpine_rosa
We want to drive from Kranjska Gora to Bovec next week and the road maps disagree.
The pass usually opens in May, the regional roads office told us when we called on Monday.
Posted by the family on the club's page, the photographs of the snow drifts were shared widely.
Asked by Marta Novak (Ljubljana Centre)
The minister said the pass would open once the avalanche risk had fallen, as it does each spring.
"""


def test_a_forum_posts_header_is_the_pages() -> None:
    # near-misses: a sentence that opens with "Posted by" (line 6) and a written question's
    # "Asked by" header (line 7), which a parliament's record keeps as its own
    assert boilerplate_reasons(FORUM_PAGE) == {1: "navigation path", 3: "a forum post's header"}


JOB_PAGE = """Vacancy: Harbour Engineer, Walvis Bay
Namport Marine Services maintains the cranes and berths of the container terminal in Walvis Bay.
The engineer reports to the terminal manager and leads a team of nine technicians.
Namport Marine Services is an equal opportunities employer.
Our firm is proud that it is an equal opportunity employer in name and in deed, said its chairman, who founded the company in 1994 with two cranes and a pier.
"""


def test_an_employers_equal_opportunity_notice_is_the_pages() -> None:
    # near-miss: a long sentence of the text that says the same (line 5)
    assert boilerplate_reasons(JOB_PAGE) == {4: "an employer's equal-opportunity notice"}
