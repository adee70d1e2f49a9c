"""Countries and boilerplate, round 22: the signers under a signing clause ("Given at
Lilongwe … and signed by:") are the letter's text (`letters`); a journal article's back
matter and keyword line are the journal's form, and its "Abstract" heading the paper's
(`backmatter`); a demonym before a word for a community is a people, not its state
(`stateethnic`); a capital someone came to is a place, not its government (`countries._TRAVEL`)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons, countries

LETTER = """Malawi Catholic Bishops' Conference
Home | Pastoral Letters | News | Contact
"Give them something to eat": Pastoral Letter for Lent 2026
1. We, the Catholic Bishops of Malawi, greet you in the name of our Lord as we begin the holy season of Lent.
2. We appeal to the Government to create real opportunities for the young at home, beginning with agriculture.
Given at Lilongwe on 13 February 2026, and signed by:
Most Rev. Francis Chikondi Banda, Archbishop of Lilongwe and Chairman of the Conference
Rt Rev. Joseph Mtambo, Bishop of Mangochi
Rt Rev. Anthony Nkhoma, Bishop of Mzuzu
Share: Facebook | WhatsApp | Email
© 2026 Malawi Catholic Bishops' Conference
"""


def test_the_signers_under_a_signing_clause_are_text() -> None:
    reasons = boilerplate_reasons(LETTER)
    assert sorted(reasons) == [1, 2, 10, 11]
    # near-miss: a bare "SIGNED" label stays the page's, the name under it the text's
    page = ("Police Service\nHome | News\nStatement on recruitment\n"
            "Members of the public who paid money to the syndicate are asked to record statements at Nakuru.\n"
            "SIGNED\nRosemary W. Kiplagat\nPolice Spokesperson\n© 2026 Police Service\n")
    reasons = boilerplate_reasons(page)
    assert 5 in reasons and 6 not in reasons and 7 not in reasons


JOURNAL = """Journal of Baltic Maritime Studies
Home | Current issue | Archive | Submit
Quota politics in the Gulf of Riga, 2015–2025
Abstract
This article traces the herring quota of the Gulf of Riga through ten years of bargaining between Latvia and Estonia.
Keywords: herring; quota; Latvia; Estonia; fisheries management
1. Introduction
The Gulf of Riga herring is shared by two fleets, and the quota set each year has been divided between them since 1996.
2. Conclusion
The agreement has survived because both fleets depend on the same stock and neither can fish it out alone.
Funding
This work was supported by the Norwegian Research Council under grant 301122.
Disclosure statement
No potential conflict of interest was reported by the author.
References
Aps, R. (2019) Herring in the Gulf of Riga. Tallinn: TalTech Press.
"""


def test_a_journal_articles_back_matter_is_the_journals() -> None:
    reasons = boilerplate_reasons(JOURNAL)
    assert {n: reasons[n] for n in (6, 12, 14)} == {
        6: "a paper's keyword line", 12: "a journal article's back matter", 14: "a journal article's back matter"}
    assert 11 in reasons and 13 in reasons  # "Funding", "Disclosure statement"
    assert 4 not in reasons  # the paper's "Abstract" heading
    # near-miss: a news story's own "Funding" subheading, with no second one and no references
    story = ("City budget passes\nThe council passed its budget on Monday after a long debate in the chamber.\n"
             "Funding\nThe plan is funded by a new levy on hotel rooms, the mayor said on Monday.\n")
    assert 3 not in boilerplate_reasons(story) and 4 not in boilerplate_reasons(story)


def test_a_demonym_before_a_community_word_is_a_people() -> None:
    text = ("Bosnia's sanctions were blocked by the Serb member of its presidency.\n"
            "The Hungarian minority in Slovakia held a rally in Komárno.\n")
    assert countries(text) == ["SK"]
    # near-miss: a state's own members of parliament and its population
    assert countries("Serbian members of parliament voted against it.\n"
                     "The Ukrainian population suffered more attacks overnight.\n") == ["RS", "UA"]


def test_a_capital_someone_came_to_is_a_place() -> None:
    assert countries('She said she had come to Rome "to see our grandparents".') == []
    # near-miss: the capital standing for its government
    assert countries("Pressure from Rome is mounting, the minister said.") == ["IT"]
