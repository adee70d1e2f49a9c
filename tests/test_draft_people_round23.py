"""People, round 23: capitalised words inside a title in quotation marks are the title's
(`names_quotedtitles`); a kind of area or a crossroads ending a name ("… Free Zone",
"… Junction") is a place's (`nameshapes`); a name after ", not" one letter away from the
name before it is a corrected spelling (`names_misspelt`); a lawyer's "Attorney-at-law"
before a name is a title (`names_titlewords`)."""

from __future__ import annotations

from drafthelpers import people


def test_words_inside_a_title_in_quotation_marks_are_no_person() -> None:
    text = ('The conference "Trans-Baltic Connectivity: Harbour Gateways for Trade and Peace" was chaired by Ana Ruiz.\n'
            # near-misses: a speaker after a quotation, and a name filling a short quotation's sentence
            '"We will build the quay," Tom Hale said of the plan.\n'
            'Officials called it "a gift from Mele Taufa, our former mayor".\n')
    assert people(text) == ["Ana Ruiz", "Tom Hale", "Mele Taufa"]


def test_a_zone_or_a_junction_ends_a_place_name() -> None:
    text = ("Trucks wait at the Port Kelang National Free Zone, customs officer Ravi Nair said.\n"
            "Herds crossed the fields at Mallow Junction and Ridgeway.\n"
            # near-miss: a surname that only looks like a place word
            "Coach Dan Parks said the team was ready.\n")
    assert people(text) == ["Ravi Nair", "Dan Parks"]


def test_a_corrected_spelling_after_not_is_no_second_person() -> None:
    text = ("The winner's name was misspelt. She is Ana Maria Ruiz, not Ana Maria Ruis.\n"
            # near-miss: two people set against each other differ by more than a letter
            "It was Tom Hale, not Tom Hart, who signed the order.\n")
    assert people(text) == ["Ana Maria Ruiz", "Tom Hale", "Tom Hart"]


def test_attorney_at_law_before_a_name_is_a_title() -> None:
    text = ("Attorney-at-law Kemal Brathwaite, who represented the residents, said the ruling was fair.\n"
            # near-miss: a hyphenated surname keeps both halves
            "Justice Ruth Ong-Barrow dismissed the claim.\n")
    assert people(text) == ["Kemal Brathwaite", "Ruth Ong-Barrow"]
