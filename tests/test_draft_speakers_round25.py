"""Speakers, round 25: "according to" a news agency carries a named person's words, which
stay theirs; a named person's utterance inside a transcript turn stays theirs; a "she
said" after "The magistrate refused bail." is the magistrate's; "does not expect" a
named party is a view; "said to be" after a noun is no frame; ", which suggested"
after a fact is no frame; a participle after a name's past-tense verb is that name's;
", pressing for" asks; "had asked for months" is a campaign, the reporter's account."""

from __future__ import annotations

from drafthelpers import claims, padded_claims, speaker_of


def test_according_to_a_news_agency_a_named_persons_words_are_theirs() -> None:
    found = padded_claims("Premier Tomas Ardel met the visiting envoy in Velm on Monday, the state news agency VNA "
                          "reported.",
                          "According to VNA, Ardel said the two countries would open a rail link next year.",
                          "According to the state news agency, Mr Ardel told his guest that the border talks "
                          "would resume in May.")
    assert speaker_of(found, "would open a rail link") == "tomas-ardel"
    assert speaker_of(found, "the border talks would resume") == "tomas-ardel"


def test_according_to_a_person_the_relayed_words_stay_the_tellers() -> None:
    found = padded_claims("Senator Ilse Marnow briefed reporters after the hearing with Colonel Erik Dahl.",
                          "According to Senator Marnow, Dahl said the depot had been emptied in March.")
    assert speaker_of(found, "the depot had been emptied") == "ilse-marnow"


def test_a_named_persons_utterance_in_a_turn_stays_theirs() -> None:
    found = padded_claims("Question from reader_77: Will the dam be finished this year?",
                          "Lena Vorst: Probably not. Minister Karl Eide said on radio on Tuesday that the "
                          "turbines would arrive in December.",
                          "Question from reader_12: What about the road?",
                          "Lena Vorst: The road is my worry. He said the contractor had asked for more time.")
    assert speaker_of(found, "the turbines would arrive in December") == "karl-eide"
    assert speaker_of(found, "the contractor had asked for more time") == "lena-vorst"  # a pronoun: hers


def test_a_named_persons_utterance_cited_in_a_letter_stays_the_writers() -> None:
    found = claims("LETTERS TO THE EDITOR",
                   "Don't count on the levy",
                   "I farm barley near Holt and I read your report with dismay. Minister Karl Eide said in March "
                   "that the export levy would be cut. Farmers should not count on it.",
                   "Dr Anil Perera",
                   "Holt, Norfolk",
                   "A bridge too far",
                   "I cross the old bridge every day. The council has ignored it for a decade.",
                   "Mrs Jane Ossett",
                   "Cley, Norfolk")
    assert speaker_of(found, "the export levy would be cut") == "anil-perera"


def test_a_sentence_describing_the_magistrate_makes_her_the_last_named_subject() -> None:
    found = padded_claims("Farid Ossel appeared before Senior Magistrate Hanne Roos on Friday.",
                          "Prosecutor Jon Ekdahl opposed bail. \"The accused has two passports,\" the prosecutor said.",
                          "The magistrate refused bail.",
                          "\"There is a real risk that he will not come back,\" she said.")
    assert speaker_of(found, "a real risk that he will not come back") == "hanne-roos"


def test_a_sentence_describing_someone_nobody_introduced_so_changes_nothing() -> None:
    found = padded_claims("Farid Ossel appeared before Senior Magistrate Hanne Roos on Friday.",
                          "Prosecutor Jon Ekdahl opposed bail. \"The accused has two passports,\" the prosecutor said.",
                          "The clerk read the charge.",
                          "\"There is a real risk that he will not come back,\" he said.")
    assert speaker_of(found, "a real risk that he will not come back") == "jon-ekdahl"


def test_does_not_expect_a_named_party_is_a_view() -> None:
    found = padded_claims("Marta Quell, a researcher at the Halden Institute, follows the talks.",
                          "Quell does not expect Norway to change its position before the summit.")
    assert speaker_of(found, "Norway to change its position") == "marta-quell"


def test_said_to_be_after_a_noun_is_no_frame() -> None:
    found = padded_claims("Colonel Ivo Brand, the army's spokesman, briefed reporters.",
                          "He named four officers said to be with the battalion.")
    assert speaker_of(found, "four officers said to be with the battalion") == "ivo-brand"


def test_which_suggested_after_a_fact_is_no_frame() -> None:
    found = padded_claims("Dr Alma Ruud, a vet at the city zoo, looked at the list.",
                          "She added that the seals tolerate warm water, which suggested the list was drawn up "
                          "for a southern zoo.")
    assert speaker_of(found, "the list was drawn up for a southern zoo") == "alma-ruud"


def test_the_company_which_suggested_is_still_the_company() -> None:
    found = padded_claims("The price rose again, the mill said on Monday.",
                          "Kerstin Lund, who runs the mill, which suggested a freeze last year, said the price "
                          "would hold.")
    assert speaker_of(found, "the price would hold") == "kerstin-lund"


def test_a_participle_after_a_names_past_tense_verb_is_that_names() -> None:
    found = padded_claims("The remark came a day after Premier Ola Berg, speaking at a summit in Rome, declined to "
                          "comment, saying only that the talks were \"delicate\" and that a deal was still possible.")
    assert speaker_of(found, "a deal was still possible") == "ola-berg"


def test_a_participle_after_a_clause_with_no_name_stays_the_reporters() -> None:
    found = padded_claims("The storm closed the port on Friday, leaving 40 ships at anchor, saying nothing of the "
                          "cost.")
    assert speaker_of(found, "The storm closed the port") == ""
    assert speaker_of(found, "nothing of the cost") == ""


def test_pressing_for_asks_for_a_thing() -> None:
    found = padded_claims("Mayor Ines Vall was in the capital to meet the transport minister, pressing for money "
                          "to rebuild the harbour bridge.")
    assert speaker_of(found, "money to rebuild the harbour bridge") == "ines-vall"


def test_pressing_ahead_is_no_request() -> None:
    found = padded_claims("Mayor Ines Vall met the transport minister on Monday, pressing ahead with the plan to "
                          "rebuild the harbour bridge.")
    assert not any("ahead with the plan" in quote and by for quote, by in found)


def test_a_request_with_its_duration_after_the_verb_is_a_campaign() -> None:
    found = padded_claims("The fishermen had asked for months for the harbour to be dredged.",
                          "The fishermen had asked for two years of funding to dredge the harbour.")
    assert speaker_of(found, "for the harbour to be dredged") == ""
    assert speaker_of(found, "two years of funding") == "The fishermen"
