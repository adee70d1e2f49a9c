"""People, countries and boilerplate, round 26.

People: an author box's "About the author:" label and a programme's credit label ("Producer:")
name no person of the story (`names_bylines`); a company noun in apposition before a name makes it
a company's (`names_companies`); a smelted metal ends a company's name and a school's level a
school's (`nameshapes`); a name before "spring" is a place's (`names_places`); the two rows of a
result box are the sides of a game (`names_teams`); a company's legal form makes only the words of
its own line the company's (`institutions`); a short title's full stop ("Eng.") ends no sentence
(`names`, `occupations`); a possessive and a relative after a name make it a person's, even where
a place is named after them (`names`).  Countries: a capital ending a body's name is no government
(`statecapitals`); a demonym two states share is the first's unless the page names the other
(`places`); a teaser line gives no vote for the page's own state (`homestate`).  Boilerplate: a
contents page's section headings and a talk page's signed comments are text, a wiki's title stands
above its note on itself (`pageitems`, `boilerplate`); an author box under its label, a programme's
break mark and its credits, a talk page's note, a wiki's "From …, the free encyclopedia" line and a
search page's archive prompt are furniture (`boilerplate`, `furniture`, `linkprompts`)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons, countries, people

from generator.drafting.drafter import draft_article


def test_an_about_the_author_label_opens_an_author_box() -> None:
    text = ("The strikes went on for a week, officials said.\n"
            "About the author: Omar Sayed is the Review's defence editor.\n"
            # near-miss: a person introduced in the story's own words
            "Lina Haddad is a researcher at the institute, the ministry said.\n")
    assert people(text) == ["Lina Haddad"]


def test_a_programmes_credit_label_names_no_person_of_the_story() -> None:
    text = ("World Today is produced by the foreign desk. Presenter: Ana Ruiz. Producer: Marko Petrovic.\n"
            # near-miss: a director in the story, named with a verb
            "The director, Tomas Berg, said the film was finished.\n")
    assert people(text) == ["Tomas Berg"]


def test_a_name_in_apposition_to_a_company_noun_is_the_companys() -> None:
    text = ("Nine wagons left the track, according to the operator, Kivu Rail.\n"
            "Kivu Rail rejected that account on Monday.\n"
            # near-miss: a person's apposition after the name
            "After talks with the utility, John Mwangi, the mayor, said the cuts would end.\n"
            "John Mwangi left at noon.\n")
    assert people(text) == ["John Mwangi"]


def test_a_smelted_metal_ends_a_companys_name() -> None:
    assert people("Kollafjord Aluminium, the larger of the two smelters, said it would idle a potline.\n") == []
    # near-miss: a metal that is a surname too
    assert people("Anna Steel, the plant's manager, said it would idle a potline.\n") == ["Anna Steel"]


def test_a_schools_level_ends_its_name() -> None:
    assert people("Two of the dead were pupils of Nkoroi Township Primary, the county said.\n") == []
    # near-miss: a pupil named in full
    assert people("Two of the dead were pupils, said Grace Njoki Mwangi of the county.\n") == ["Grace Njoki Mwangi"]


def test_a_name_before_a_spring_is_a_places() -> None:
    text = ("Town turns off taps as Ain Tissa spring runs low\n"
            "The flow of the Ain Tissa spring has fallen by half, the utility said.\n"
            # near-miss: a person before a season's "spring" is no shape the rule reads
            "Ana Ruiz said the rains last spring were poor.\n")
    assert people(text) == ["Ana Ruiz"]


def test_the_rows_of_a_result_box_are_teams() -> None:
    text = ("Leones de Rivas win the final\n"
            "Gallos de Boaco     3\n"
            "Leones de Rivas     5\n"
            "The Leones de Rivas won the title on Sunday night.\n")
    assert people(text) == []
    # near-miss: a list of three players and their goals is no result box
    players = ("Top scorers\nAna de Souza     12\nJoana da Silva     10\nLuisa dos Santos     9\n"
               "Ana de Souza scored twice on Sunday.\n")
    assert people(players) == ["Ana de Souza"]


def test_a_legal_form_makes_only_its_lines_words_a_companys() -> None:
    text = ("Share by E-mail\n"
            "\n"
            "Hautes Tiges SA, a maker of dials, will cut 50 jobs, the company said.\n")
    assert people(text) == []


def test_a_short_titles_full_stop_ends_no_sentence() -> None:
    text = ("Assume good faith.\n"
            "A structural engineer, Eng. Faith Wanjiru Kariuki, said the anchors were corroded.\n")
    assert people(text) == ["Faith Wanjiru Kariuki"]
    # near-miss: a full stop after a word that is no title still ends the sentence
    assert people("Assume good faith.\nThey met in Nairobi. Faith said it was fine.\n") == []


def test_a_relative_after_a_name_makes_it_a_persons() -> None:
    text = ("Page 13 — Letters: parking in Tom Barrow Square.\n"
            "Page 32 — Tom Barrow's great-granddaughter, 91, unveils a plaque in Port Maria.\n")
    assert people(text) == ["Tom Barrow"]
    # near-miss: a thing of the place's namesake makes no person of it
    assert people("Page 13 — Letters: parking in Tom Barrow Square.\nTom Barrow's statue is cleaned.\n") == []


def test_a_capital_ending_a_bodys_name_is_no_government() -> None:
    assert countries("Ana Ruiz, who teaches at University College Dublin, said it was risky.\n") == []
    # near-miss: the capital speaking for its government
    assert countries("Dublin said the plan was risky, officials added.\n") == ["IE"]


def test_a_shared_demonym_is_the_first_states_unless_the_page_names_the_other() -> None:
    assert countries("The ministry urged Dominicans not to answer recruiters.\n") == ["DO"]
    # near-miss: the page names Dominica
    assert countries("Dominica said Dominican farmers lost their crops.\n") == ["DM"]


def _page_countries(page: str) -> list[str]:
    return [c.code for c in draft_article(page, "seeds/x.txt", None).countries]


def test_a_teaser_line_gives_no_vote_for_the_pages_own_state() -> None:
    page = ("THE HARBOUR POST\n"
            "Home | News | World\n"
            "Ministry warns on recruiters\n"
            "The Ministry of Foreign Affairs said on Monday it had no record of any citizens serving in foreign armies.\n"
            "It urged young people not to answer offers they see on social media, a spokesman said.\n"
            "Trending searches: Haiti transition · budget · standings\n")
    assert _page_countries(page) == []
    # near-miss: a navigation label names the page's state
    assert _page_countries(page.replace("Home | News | World", "Home | Haiti | World")) == ["HT"]


CONTENTS = """THE SUNDAY RECORD
Home | News | Sport
In this Sunday's Record: page by page
FRONT PAGE
Page 1 — Water cut for 40,000 as the river intake fails. The water company says repairs take a week.
NEWS
Page 3 — Pier to close for repairs. The port authority says the pier will take no ships until June.
SPORT
Page 28 — United clinch a playoff place. The coach says his side have not peaked yet.
© 2026 Record Publishing Ltd.
"""


def test_a_contents_pages_section_headings_are_text() -> None:
    reasons = boilerplate_reasons(CONTENTS)
    assert 6 not in reasons and 8 not in reasons  # NEWS, SPORT
    # near-miss: a heading in capitals above no page entry
    assert 8 in boilerplate_reasons(CONTENTS.replace("Page 28 — ", ""))


TALK = """CityWiki
The community encyclopaedia of the city anyone can edit
Main page | Recent changes | Help
Talk:Nkoroi bridge collapse
This is the talk page for discussing improvements to the Nkoroi bridge collapse article.
Death toll [edit]
The infobox still says 5 dead. The county officer told reporters the toll had risen to seven. — Ana_R (talk) 08:41, 5 April 2026 (EAT)
::Done, moved to "Causes". — Tom_H (talk) 20:40, 4 April 2026 (EAT)
:Oppose for now. — Ana_R (talk) 10:31, 5 April 2026 (EAT)
This page was last edited on 5 April 2026, at 10:31 (EAT).
"""


def test_a_talk_pages_signed_comments_are_text_and_its_note_furniture() -> None:
    reasons = boilerplate_reasons(TALK)
    assert 5 in reasons and 4 not in reasons and 2 in reasons  # the note; the title above it; the tagline
    assert not {7, 8, 9} & set(reasons)
    # near-miss: a single signed line is no discussion
    single = TALK.replace(" — Ana_R (talk) 08:41, 5 April 2026 (EAT)", "").replace(" — Tom_H (talk) 20:40, 4 April 2026 (EAT)", "")
    assert 9 in boilerplate_reasons(single)


def test_an_author_box_under_its_label_is_furniture() -> None:
    page = ("THE GULF REVIEW\n"
            "Home | Analysis | Opinion\n"
            "The war is wider now\n"
            "By Omar Sayed\n"
            "Ukraine fired missiles at a target in Russia for the first time, officials said on Tuesday.\n"
            "The Kremlin said it would answer, and analysts expect more strikes in the coming weeks.\n"
            "About the author: Omar Sayed is the Review's security editor.\n"
            "© 2024 Gulf Media Co.\n")
    assert 7 in boilerplate_reasons(page)
    # near-miss: a person of the story introduced so is text
    assert 7 not in boilerplate_reasons(page.replace("About the author: Omar Sayed is the Review's security editor.",
                                                     "Lina Haddad is the ministry's spokeswoman, it said."))


def test_a_programmes_break_and_credits_are_furniture() -> None:
    page = ("TIRANA TV\n"
            "Home | Programmes | Transcripts\n"
            "World Today: the war in winter\n"
            "[00:01:10]\n"
            "Ana Ruiz: Good evening. The front has not moved in a month, the army says.\n"
            "[BREAK]\n"
            "[00:09:40]\n"
            "Tom Hale: [Crosstalk] The losses are heavy on both sides, and nobody admits them.\n"
            "World Today is produced by the foreign desk. Presenter: Ana Ruiz. Producer: Marko Petrovic.\n"
            "© 2024 Tirana TV\n")
    reasons = boilerplate_reasons(page)
    assert 6 in reasons and 9 in reasons
    # near-miss: a story's sentence on who makes a thing, with no credit label, is text
    assert 9 not in boilerplate_reasons(page.replace(
        "World Today is produced by the foreign desk. Presenter: Ana Ruiz. Producer: Marko Petrovic.",
        "The vaccine is produced by a state laboratory in the capital."))


def test_a_search_pages_archive_prompt_is_furniture() -> None:
    page = ("THE OZAMA POST\n"
            "Home | Nation | World\n"
            "Search results for “soldiers”\n"
            "Spy agency says 100 soldiers killed in fighting\n"
            "About 100 soldiers have been killed in the fighting, the spy agency told lawmakers on Thursday.\n"
            "Can't find what you're looking for? Try our archive or contact the newsroom.\n"
            "© 2024 Editora Ozama\n")
    assert 6 in boilerplate_reasons(page)
    # near-miss: an archive in a story's sentence
    assert 6 not in boilerplate_reasons(page.replace(
        "Can't find what you're looking for? Try our archive or contact the newsroom.",
        "Researchers who try our archive of court records find the cases were never heard."))


WIKI = """CityWiki
The free encyclopedia
Main page | Recent changes | Help
2026 Nkoroi bridge collapse
From CityWiki, the free encyclopedia
This article is about the 2026 collapse. For the 2019 flood, see 2019 Nkoroi flood.
The Nkoroi bridge collapsed on 4 April 2026, killing seven people, the county said on Saturday.
Engineers blamed corroded anchors, and the national authority suspended the contractor's licence.
"""


def test_a_wikis_line_under_the_title_is_furniture() -> None:
    reasons = boilerplate_reasons(WIKI)
    assert 5 in reasons and 4 not in reasons  # "From CityWiki, …"; the title
    # near-miss: a sentence opening with "From" and a place
    assert 8 not in boilerplate_reasons(WIKI.replace(
        "Engineers blamed corroded anchors, and the national authority suspended the contractor's licence.",
        "From Nairobi, the national authority sent engineers, who blamed corroded anchors."))
