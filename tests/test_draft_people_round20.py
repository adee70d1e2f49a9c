"""People, round 20: a name that opens a sentence before a plural verb is a team's or a
company's (`names_plural`), a name after "aboard the" or "the captain of the" is a vessel's
(`names_kinds.craft_names`), a name before a border checkpoint, crossing or control point is a
place's (`names_places`), a musician's or a promoter's trade opening a sentence is no
given name (`occupations`)."""

from __future__ import annotations

from drafthelpers import people


def test_a_name_opening_a_sentence_before_are_or_were_is_a_team() -> None:
    text = ("Kansanshi Dynamos were relegated on Sunday after a 2-0 defeat.\n"
            "Green Buffaloes are champions, coach Mumamba Numba said.\n"
            # near-misses: the verb is the noun's before "of", or the name is one of a pair
            "The parents of Maria Lopez are suing the district, lawyer Tom Bell said.\n"
            "Tom and Ana Ruiz are the owners, said Ana Ruiz.\n"
            "If Li Wei were elected, the rules would change, Li Wei said.\n")
    assert people(text) == ["Mumamba Numba", "Maria Lopez", "Tom Bell", "Ana Ruiz", "Li Wei"]


def test_a_name_after_aboard_the_or_the_captain_of_the_is_a_vessel() -> None:
    text = ("Sea Falcon inquiry: captain blamed for sinking\n"
            "The captain of the Sea Falcon was jailed for six years, lawyer Said Ali said.\n"
            "Survivors aboard the Blue Horizon said it listed before it sank, Mere Tuilagi said.\n"
            "Blue Horizon hearing: survivors speak\n")
    assert people(text) == ["Said Ali", "Mere Tuilagi"]


def test_a_name_before_a_crossing_or_control_points_is_a_place() -> None:
    text = ("Trucks entered through the Kerem Shalom crossing on Sunday, Yara Haddad said.\n"
            "Hours were extended at the Shenzhen Bay and Lok Ma Chau control points, Tom Lee said.\n"
            "Kerem Shalom reopened; Lok Ma Chau was busy.\n"
            # near-miss: "crossing" before an object is a walker's verb
            "Photographs show Ana Ruiz crossing the river at Matlock, her brother Luis Ruiz said.\n")
    assert people(text) == ["Yara Haddad", "Tom Lee", "Ana Ruiz", "Luis Ruiz"]


def test_a_musicians_or_a_promoters_trade_opening_a_sentence_is_stripped() -> None:
    text = ("Bandleader Kwame Asante said the tour would start in Kumasi.\n"
            "Pianist Mitsuko Tanaka played Ravel. Promoter Abena Owusu said tickets sold out.\n"
            # near-miss: a surname that is also a trade, after a given name
            "Tom Singer said the hall was full.\n")
    assert people(text) == ["Kwame Asante", "Mitsuko Tanaka", "Abena Owusu", "Tom Singer"]
