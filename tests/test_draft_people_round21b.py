"""People, round 21 (second pass): a name after the plural of an administrative unit and "of"
("in the councils of Bani Na'im, Qabatiya and Bidya"), or after a person's age and "of" ("Karen
Doig, 51, of High Valleyfield"), is a place's wherever the page writes it without a cue
(`namecontext.PlaceContexts`); a dateline whose words after the comma hold a place's or a
body's word ("FUVEME, Ketu South") is no death notice's heading (`names_obituary`)."""

from __future__ import annotations

from drafthelpers import people


def test_a_name_after_administrative_units_of_is_a_place() -> None:
    text = ("The commission rejected objections in the councils of Bani Na'im, Qabatiya and Bidya.\n"
            "Bani Na'im | 15 | 11,208 | 55.7%\n"
            "Floods hit the regions of Alto Beni and Santa Rosa, said Pablo Quispe, a farmer.\n"
            # near-miss: a person named after "of" with no administrative unit before it
            "A statement of Marta Ibarra, the mayor, was read.\n")
    assert people(text) == ["Pablo Quispe", "Marta Ibarra"]


def test_a_name_after_an_age_and_of_is_a_home_town() -> None:
    text = ("Karen Doig, 51, of High Valleyfield: theft. Community payback order.\n"
            "Tomas Brenner, 67, of Nether Wallop, told the court he was innocent.\n"
            # near-miss: the age after a name and a body, then a person after "of" no age precedes
            "Sheriff Ruth Anderson, of the Crown Office, sentenced him.\n")
    assert people(text) == ["Karen Doig", "Tomas Brenner", "Ruth Anderson"]


def test_a_dateline_with_a_district_is_no_death_notice() -> None:
    text = ("FUVEME, Ketu South\n"
            "Waves destroyed 63 homes, said Elorm Ahiadorme, the district chief executive.\n"
            "BUSIA, Western Region\n"
            "Traders closed their stalls.\n"
            # near-miss: a death notice's heading, the surname in capitals and the given names after
            "OKAFOR, Grace Adaeze. Passed away peacefully on Monday.\n")
    assert people(text) == ["Elorm Ahiadorme", "Grace Adaeze Okafor"]
