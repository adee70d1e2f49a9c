"""People, round 22: Sesotho forms of address ("Morena", "Ntate", "Mme") and the Bruneian
"Pehin" are no part of the name, and "Ha" opens a Basotho village's name
(`names_addressforms`, `names_localities`); a ruler's title after a rank or a trade is a
given name (`names_rulergiven`); church titles between "Rev." and the name are titles
(`names_titlewords.CHURCH_TITLES`); a name whose plural the page writes, or that a provision's
number cites, is a document's (`names_categories`); a knight's, a saint's or a royal's given
name in the possessive before a capitalised word names a place (`names_honourplaces`); a
subsidiary's parent is a company (`names_companies`); names after a plural kind of place
and "of" are places ("the ski clubs of Pas de la Casa and Arinsal": `names_places`)."""

from __future__ import annotations

from drafthelpers import people


def test_sesotho_and_bruneian_forms_of_address_and_basotho_villages() -> None:
    text = ("The area chief, Morena Lebohang Molapo, called a pitso on Thursday.\n"
            "Ntate Thabo Mokoena, a taxi owner, said fares would rise.\n"
            "Mme Palesa Ramokhele said she walks from Ha Lejone every day.\n"
            "Pehin Abdul Rahman Taib visited the relief centre at Tutong.\n"
            # near-miss: a Korean "Ha" with a speech verb is a surname
            "\"We start filming in May,\" Ha Jung-woo said.\n")
    assert people(text) == ["Lebohang Molapo", "Thabo Mokoena", "Palesa Ramokhele", "Abdul Rahman Taib",
                            "Ha Jung-woo"]


def test_a_ruler_title_after_a_rank_or_a_trade_is_a_given_name() -> None:
    text = ("Retired brigadier Emir Hadžiomerović, who served in Kyiv, says the losses are real.\n"
            "Defence analyst Sultan Aydın said the drones were Iranian.\n"
            "Striker Prince Amponsah scored twice.\n"
            # near-misses: a ruler named after the title alone, and "crown prince"
            "Qatar's Emir Tamim bin Hamad said the talks would go on.\n"
            "Saudi crown Prince Mohammed said so.\n")
    assert people(text) == ["Emir Hadžiomerović", "Sultan Aydın", "Prince Amponsah", "Tamim bin Hamad", "Mohammed"]


def test_church_titles_before_the_name_are_titles() -> None:
    text = ("Rev. Canon Jone Tuilau, Secretary of the Standing Committee, read the statement.\n"
            "Sr. Mary Wanjiru, a nun, said the clinic had no water.\n"
            # near-miss: "Sr." after a name is the name's suffix
            "John Smith Sr. said so.\n")
    assert people(text) == ["Jone Tuilau", "Mary Wanjiru", "John Smith Sr."]


def test_a_name_whose_plural_the_page_writes_is_a_kind_of_document() -> None:
    text = ("Earlier Pastoral Letters are listed below.\n"
            "Pastoral Letter of the House of Bishops on the by-elections of April 2026\n"
            "Bishop Rose Wanjiku Mwangi read the letter.\n"
            # near-miss: a surname ending in "s" keeps its person
            "James Roberts, the choir's director, sang.\n")
    assert people(text) == ["Rose Wanjiku Mwangi", "James Roberts"]


def test_a_name_a_provision_cites_is_a_document() -> None:
    text = ("The club was fined under Articles 17 and 65 of the ZNFA Disciplinary Code.\n"
            "It may appeal under the Disciplinary Code, secretary Moses Chanda said.\n"
            # near-miss: a provision's number, then a person named after a comma
            "Article 5 applies, said Ana Ruiz.\n")
    assert people(text) == ["Moses Chanda", "Ana Ruiz"]


def test_a_knights_or_saints_given_name_in_the_possessive_names_a_place() -> None:
    text = ("Heavy swells damaged the ramp at Sir Robert's Wharf in Alofi.\n"
            "Boats moor near St George's Church, harbourmaster Sione Fifita said.\n"
            # near-miss: an office's holder by surname in the possessive
            "President Ruto's Kenya Kwanza coalition won the seat.\n")
    assert people(text) == ["Sione Fifita", "Ruto"]


def test_a_subsidiarys_parent_is_a_company() -> None:
    text = ("The company, a subsidiary of the Canadian miner Ridgeback Metals, operates the mine.\n"
            "Ridgeback Metals did not respond to a request for comment.\n"
            # near-miss: "of" and a noun before a person, with no subsidiary
            "The mine is run by the son of the Canadian lawyer Tom Hale, residents said.\n")
    assert people(text) == ["Tom Hale"]


def test_names_after_a_plural_kind_of_place_and_of_are_places() -> None:
    text = ('"She has shown the children in the ski clubs of Pas de la Casa and Arinsal that it is possible," '
            "he said.\n"
            "The villages of Ha Abia and Lower Thamae were flooded, Thabo Mokoena said.\n"
            # near-miss: a person with particles after "daughter of"
            "The daughter of Maria do Rosário Lopes said so.\n")
    assert people(text) == ["Thabo Mokoena", "Maria do Rosário Lopes"]
