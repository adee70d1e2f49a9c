"""Countries and boilerplate, round 20: territories with an ISO code of their own but no state
of their own ("Hong Kong", "Macau", "Mayotte", "Jersey") name a place, not a country
(`places.NOT_COUNTRIES`); a clip's teaser with its running time and "This interview has been
edited …" are boilerplate (`furniture`); "Related letters", "More updates" head a teaser list
(`boilerplate`'s teaser nouns)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons, countries


def test_a_territory_with_its_own_code_is_no_state() -> None:
    text = ("Residents of Mamoudzou in Mayotte queued for water, France said.\n"
            "Visitors from Hong Kong and Macau crossed into China.\n"
            "Ferries between Jersey and Guernsey were cancelled.\n")
    assert countries(text) == ["CN", "FR"]


BOILERPLATE_PAGE = """THE HARBOUR TIMES
Port strike enters second week
Dockers in Santos stayed out for an eighth day on Monday, union leader Paulo Reis said.
Video: Dockers march through the port gates (2:14)
VIDEO ▶ Union leader speaks after the vote (1:58)
Video shows police clearing the gates (1:30) before the march, he said, and more footage would follow.
This interview has been edited and condensed for clarity.
Reis said talks with the port authority would resume on Thursday.
"""


def test_a_clip_teaser_with_its_running_time_is_boilerplate() -> None:
    reasons = boilerplate_reasons(BOILERPLATE_PAGE)
    assert {n: r for n, r in reasons.items() if 4 <= n <= 6} == {
        4: "a clip's teaser with its running time",
        5: "a clip's teaser with its running time",
    }  # line 6, a sentence of the story that names a clip's length, is text


def test_this_interview_has_been_edited_is_the_pages_note() -> None:
    assert boilerplate_reasons(BOILERPLATE_PAGE).get(7) == "the page's note on itself"


def test_a_schools_or_a_councils_teaser_label_heads_a_teaser_list() -> None:
    page = ("RIVERSIDE PRIMARY SCHOOL\n"
            "Swimming lessons move to Thursdays\n"
            "Dear parents, from next week Year 4 swimming lessons will take place on Thursday afternoons.\n"
            "The pool at the leisure centre is closed on Tuesdays for repairs, the council has told us.\n"
            "Related letters\n"
            "Harvest festival – 2 October\n"
            "More updates\n"
            # near-miss: a sentence of the text that ends with such a noun
            "Councils publish statements on the repairs each week.\n")
    reasons = boilerplate_reasons(page)
    assert {n: reasons.get(n) for n in (5, 6, 7, 8)} == {
        5: 'teaser label "Related letters"', 6: "a teaser list's line", 7: 'teaser label "More updates"', 8: None}
