"""Speakers, round 21: a speech verb after a bare comma reports the clause before it,
its subject following it ("…, said Tomas Varga, a chemist"; not "Koroi, asked about …",
a name and its participle), also when a second clause
("and about 30% …") stands between; a judge's order to someone is the judge's ruling,
a court's or a panel's stays the reporter's account; and a role phrase before a
", who …" clause between a name and its verb leaves the name the speaker."""

from __future__ import annotations

from drafthelpers import padded_claims


def test_bare_comma_before_said_makes_the_clause_the_words() -> None:
    found = padded_claims("Wells in the south were contaminated with arsenic, said Tomas Varga, a chemist at Szeged University.",
                          "The catch of albacore fell by a quarter last year, said Semi Koroi.",
                          "Tomas Varga, a chemist, said the wells in the north were clean.",
                          'Koroi, asked about the "western zone" at a briefing in Suva: "We have nothing to add. '
                          'The stocks there are falling too."')
    assert found == [("Wells in the south were contaminated with arsenic", "tomas-varga"),
                     ("The catch of albacore fell by a quarter last year", "semi-koroi"),
                     ("the wells in the north were clean", "tomas-varga"),
                     ('about the "western zone" at a briefing in Suva: "We have nothing to add', "semi-koroi"),
                     ("The stocks there are falling too", "semi-koroi")]


def test_coordinated_clause_between_commas_is_no_apposition() -> None:
    found = padded_claims("More than 60% of the wells were contaminated, and about 30% exceeded the legal limit, "
                          "said Dr Tomas Varga, the chemist who led the survey.",
                          "The ministry, which runs the ports, said the plan would fail.")
    assert found == [("More than 60% of the wells were contaminated, and about 30% exceeded the legal limit",
                      "tomas-varga"),
                     ("the plan would fail", "The ministry")]


def test_a_judges_order_is_the_judges_ruling() -> None:
    found = padded_claims("Judge Liis Saar of the Harju County Court ordered Tamm to repay 2.1 million euros.",
                          "The High Court has ordered the owner of the mine to pay damages to residents.",
                          "A panel of three judges found Ruiz guilty, and ordered him to repay the money.")
    assert found == [("Tamm to repay 2.1 million euros", "liis-saar"),
                     ("The High Court has ordered the owner of the mine to pay damages to residents", ""),
                     ("A panel of three judges found Ruiz guilty, and ordered him to repay the money", "")]


def test_role_phrase_before_a_who_clause_leaves_the_name_the_speaker() -> None:
    found = padded_claims("Elena Vargas, a hydrologist with the Institute of Hydraulics in Lima, who was not involved "
                          "in the study, said the findings were consistent with measurements in Peru.",
                          "Farmers near Puno, most of them growers of potatoes, who lost their crops, said the aid came late.")
    assert found == [("the findings were consistent with measurements in Peru", "elena-vargas"),
                     ("the aid came late", "Farmers near Puno")]


def test_occasion_used_to_accuse_keeps_the_charge_the_speakers_past_a_relaying_source() -> None:
    found = padded_claims("Xi Jinping used a speech in Beijing on Monday to accuse Japan of reviving militarism, "
                          "according to the state news agency Xinhua.",
                          "The firm used the loophole to cut its taxes by half, according to the auditors.")
    assert found == [("Xi Jinping used a speech in Beijing on Monday", ""),
                     ("Japan of reviving militarism, according to the state news agency Xinhua", "xi-jinping"),
                     ("The firm used the loophole to cut its taxes by half", "The auditors")]


def test_possessive_opening_a_coordinated_sentence_leaves_the_named_role_the_subject() -> None:
    found = padded_claims("Chile's mining minister, Rosa Quispe, watched from the gallery and promised the miners a bonus if output rises.",
                          "Kenya's Eliud Kipchoge won the race and said the course was fast.")
    assert found == [("Chile's mining minister, Rosa Quispe, watched from the gallery", "rosa-quispe"),
                     ("the miners a bonus if output rises", "rosa-quispe"),
                     ("Kenya's Eliud Kipchoge won the race", "eliud-kipchoge"),
                     ("the course was fast", "eliud-kipchoge")]
