"""Speakers, round 23: "the Chair" is whoever a passive "chaired by" named; "the MD" is
the managing director; letters after a name between commas ("Mehta, QC, for the
insurer, said") are the name's; "the striker from Rosario" is the player just named;
a request kept up "for months" is the reporter's background; a lede's order by "a
judge" is the reporter's news; inscriptions are evidence; figures the publisher
compiled are the paper's own; and "identified X as a …" discloses who X is."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of


def test_the_chair_is_whoever_the_passive_named() -> None:
    found = padded_claims("The forum was chaired by Deputy Governor Mr. Tomas Elkar. Mira Lund of the port board spoke next.",
                          "The Chair noted that the dredging would be finished by 2027.",
                          "The Secretary noted that the budget was agreed.")
    assert speaker_of(found, "the dredging would be finished") == "tomas-elkar"
    assert speaker_of(found, "the budget was agreed") == "The Secretary"  # no secretary named: as written


def test_a_posts_initials_stand_for_the_post() -> None:
    found = padded_claims("Managing director Oskar Feld told reporters that the kiln had cracked on Monday.",
                          "Lena Brandt, a union organiser, said workers were sent home.",
                          "The MD said spare parts had been ordered from Hamburg.")
    assert speaker_of(found, "spare parts had been ordered") == "oskar-feld"
    assert speaker_of(found, "workers were sent home") == "lena-brandt"


def test_letters_after_a_name_are_the_names() -> None:
    found = padded_claims("Anil Mehta, QC, for the insurer, said the policy had lapsed in March.",
                          "The union, ITF, for the dockers, said the strike would go on.")
    assert speaker_of(found, "the policy had lapsed") == "anil-mehta"
    assert speaker_of(found, "the strike would go on") == "ITF"  # letters after a noun, not a name: untouched


def test_a_place_of_origin_after_a_position_noun_is_the_player_named() -> None:
    found = padded_claims("Lucía Ferreyra, 21, scored twice in the second half.",
                          '"We were not afraid of them today," the striker from Rosario said.',
                          '"The pitch was too dry," the groundsman from Rosario said.')
    assert speaker_of(found, "We were not afraid") == "lucia-ferreyra"
    assert speaker_of(found, "The pitch was too dry") == "The groundsman from Rosario"


def test_a_request_kept_up_for_months_is_background() -> None:
    found = padded_claims("For months, Mayor Ilse Tamm has pleaded with the ministry to fund a new bridge over the river.",
                          "Mayor Ilse Tamm pleaded with the ministry on Monday to fund a new ferry for the island.")
    assert speaker_of(found, "new bridge") == ""
    assert speaker_of(found, "new ferry") == "ilse-tamm"


def test_a_ledes_order_by_a_judge_is_the_reporters_news() -> None:
    found = padded_claims("A High Court judge has ordered a quarry near Velden to stop blasting within ten days.",
                          "Judge Marta Ruhl ordered the owner to pay for repairs to three houses.")
    assert ("A High Court judge has ordered a quarry near Velden to stop blasting within ten days", "") in found
    assert speaker_of(found, "pay for repairs") == "marta-ruhl"


def test_inscriptions_are_evidence() -> None:
    found = padded_claims("The bell was cast in 1712 for the parish of Orvik, according to inscriptions on its rim.",
                          "The bell was cast in Bremen, according to the parish archivist.")
    assert speaker_of(found, "cast in 1712") == ""
    assert speaker_of(found, "cast in Bremen") == "The parish archivist"


def test_figures_the_publisher_compiled_are_its_own() -> None:
    found = padded_claims("The Harbour Gazette",
                          "The catch is the smallest in a decade, according to figures compiled by the Harbour Gazette "
                          "from port records.",
                          "The fleet is the oldest in the region, according to figures compiled by the port authority.",
                          "© 2026 HG Media Ltd. All rights reserved.")
    assert speaker_of(found, "smallest in a decade") == ""
    assert speaker_of(found, "oldest in the region") == "Figures compiled by the port authority"


def test_identifying_someone_as_a_rank_discloses_who_they_are() -> None:
    found = padded_claims("Inspector Dana Voss spoke to reporters on Friday.",
                          "Voss identified Karl Brenner as a former customs officer.")
    assert speaker_of(found, "Karl Brenner as a former customs officer") == "dana-voss"


def test_giving_a_figure_states_it() -> None:
    found = padded_claims("Interior Minister Petra Lind spoke in Tallinn on Monday.",
                          "Lind gave the figure of about 300 families in the flooded villages.",
                          "Lind gave the order to open the shelters in the flooded villages.")
    assert speaker_of(found, "about 300 families") == "petra-lind"
    assert speaker_of(found, "open the shelters") == ""
