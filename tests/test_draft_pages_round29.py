"""People, countries and boilerplate, round 29.

People: a Nordic, Dutch or German academic rank before a name is a title (`names_titlewords`);
the Setswana "Mma" and "Rra" are forms of address, one name word after them enough
(`names_addressforms`); "Building" and "Polytechnic" end the names of things named after people,
"Place" a street's after "on" or "off", and a titled name after "the" or a possessive with a site
noun after it is the site's (`nameshapes`); a name in apposition with a company noun and
"founded", "owned" … is a company's (`names`).  Countries: a ministry's full name before "in"
and a seat is the seat's state's (`seats`).  Boilerplate: the line under a lone advertisement
label that reads as an advertisement (`pagelabels`); a row of bracketed share icons
(`boilerplate`)."""

from __future__ import annotations

from drafthelpers import boilerplate_reasons, countries, people


def test_academic_rank_before_a_name_is_a_title() -> None:
    text = "Lektor Sigrid Holm Vestergaard of Aalborg University is more cautious.\n"
    assert people(text) == ["Sigrid Holm Vestergaard"]
    # near case: a name with no rank before it keeps all its words
    assert people("Sigrid Holm Vestergaard of Aalborg University is more cautious.\n") == ["Sigrid Holm Vestergaard"]


def test_setswana_forms_of_address_are_dropped() -> None:
    text = ("Mma Onalenna Sebego, a lecturer at the college, said the talks had failed.\n"
            "Mma Sebego will speak at a forum next week.\n")
    assert people(text) == ["Onalenna Sebego"]
    # near case: "MMA" in capitals, the sport, is no part of the name after it
    assert people("MMA fighter Onalenna Sebego said the bout was off.\n") == ["Onalenna Sebego"]


def test_building_ends_a_name_after_a_given_name() -> None:
    assert people("Ana Brisco spoke at the State Department's Walter P. Okonjo Building on Monday.\n") == ["Ana Brisco"]
    assert people("Walter P. Okonjo Building was evacuated on Monday, Ana Brisco said.\n") == ["Ana Brisco"]
    # near case: the person the building is named after, named alone, stays a person
    assert people("Walter P. Okonjo spoke at the ministry on Monday.\n") == ["Walter P. Okonjo"]


def test_polytechnic_ends_a_name() -> None:
    assert people("Rethabile Nkhase, a graduate of Makoanyane Polytechnic, said so.\n") == ["Rethabile Nkhase"]
    # near case: the founder named with a speech verb stays a person
    assert people("Makoanyane Tsolo said the college would reopen.\n") == ["Makoanyane Tsolo"]


def test_place_after_on_ends_a_streets_name() -> None:
    text = "Ines Marlowe spoke from her office on Bramhall Place in the city.\n"
    assert people(text) == ["Ines Marlowe"]
    # near cases: a person whose surname is Place, after "on" with "who", or as a speaker
    assert people("The report relied on Tobias Place, who wrote it in 1998.\n") == ["Tobias Place"]
    assert people("Tobias Place said the report was wrong.\n") == ["Tobias Place"]


def test_titled_name_before_a_site_noun_is_the_sites() -> None:
    text = "Omar Haddad teaches at Gulf University's Sheikh Salem Al-Nouri campus, he said.\n"
    assert people(text) == ["Omar Haddad"]
    assert people("Omar Haddad works at the President Mwale hospital, he said.\n") == ["Omar Haddad"]
    # near case: a titled person after a possessive, with no site noun after the name
    assert people("Gulf University's Professor Layla Nouri said the campus would close.\n") == ["Layla Nouri"]


def test_company_apposition_with_founded_is_a_company() -> None:
    text = "Carvalho Duarte Pinto, the cork group founded in 1961 by its chairman's father, will invest.\n"
    assert people(text) == []
    # near case: a person described by the group she founded stays a person
    text = "Marta Vilaça, the founder of a cork group founded in 1961, said it would invest.\n"
    assert people(text) == ["Marta Vilaça"]


ARTICLE = ("Mill town to get new bridge by 2027\n"
           "The county council said on Monday that the new bridge over the Arn would open in 2027.\n"
           "ADVERTISEMENT\n"
           "{line}\n"
           "Work will start in the spring, the council said, and the old bridge will stay open until then.\n"
           "The bridge will cost about 14 million pounds, most of it from the national roads fund.\n")


def test_advertisers_copy_under_a_lone_label_is_clutter() -> None:
    line = "Harbour Motors — new showroom on Quay Street. Test drive this weekend."
    assert boilerplate_reasons(ARTICLE.format(line=line)) == {
        3: 'call to action ("advertisement")', 4: "an advertisement's copy under its label"}


def test_order_to_the_reader_under_a_lone_label_is_clutter() -> None:
    line = "Fly Arnmouth to Leeds from the county airport, twice daily. Book now."
    assert boilerplate_reasons(ARTICLE.format(line=line)) == {
        3: 'call to action ("advertisement")', 4: "an advertisement's copy under its label"}


def test_paragraph_under_a_lone_label_stays_text() -> None:
    line = "Councillor Ruth Penhale said the crossing had been closed to lorries for three years."
    assert boilerplate_reasons(ARTICLE.format(line=line)) == {3: 'call to action ("advertisement")'}
    # near case: an interview's question after the publication's name and a colon
    line = "The Arn Gazette: Will the old bridge be pulled down once the new one opens?"
    assert boilerplate_reasons(ARTICLE.format(line=line)) == {3: 'call to action ("advertisement")'}
    # near case: a story's dateline before the dash, a place where an advertiser's name would be
    line = "ARNMOUTH — The county council said on Monday that tolls would end. Visit the council's site."
    assert boilerplate_reasons(ARTICLE.format(line=line)) == {3: 'call to action ("advertisement")'}


def test_ministry_with_its_field_in_a_seat_is_the_states() -> None:
    text = "An official at the Ministry of Health and Social Welfare in Maseru said the plant was ready.\n"
    assert countries(text) == ["LS"]
    # near case: a ministry's officials seen in a capital, no ministry "in" it
    assert countries("Officials from the ministry met traders in Maseru on Monday.\n") == []


def test_row_of_bracketed_icons_is_a_share_widget() -> None:
    text = ARTICLE.format(line="Work on the approach roads began in March, the council said.").replace(
        "ADVERTISEMENT\n", "[ f ] [ X ] [ WhatsApp ] [ ✉ ]\n")
    assert boilerplate_reasons(text) == {3: "a row of share buttons"}
    # near case: a transcript's bracketed time and sound stays text
    text = text.replace("[ f ] [ X ] [ WhatsApp ] [ ✉ ]", "[00:02:14] [MUSIC]")
    assert boilerplate_reasons(text) == {}
