"""Speakers, round 24: a quotation signed "— Name, role" on the line below is the
name's; "according to him" is the antecedent's; a pronoun inside a speaker's own
quoted words teaches nothing of the speaker's gender; "a man accused of fraud" is a
passive participle, no frame; "X told … that …, the ministry said in a statement" is
X's; an unnamed source relaying a named person's utterance gives it to that person."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of


def test_a_quotation_signed_on_the_line_below_is_the_signers() -> None:
    found = padded_claims("ON THE HARBOUR",
                          '"The cranes have stood idle since March. We cannot load a single ship."',
                          "— Halvard Ness, harbour master of Brekke, after a tour of the quay. He said repairs "
                          "would start in May.",
                          '"Nobody told us the ferry would stop running."',
                          "— A fisherman on the north pier, who asked not to be named")
    assert speaker_of(found, "The cranes have stood idle") == "halvard-ness"
    assert speaker_of(found, "repairs would start in May") == "halvard-ness"
    assert speaker_of(found, "Nobody told us") == ""  # nobody named signs it


def test_a_quotation_with_its_own_frame_is_not_signed_below() -> None:
    found = padded_claims('"The cranes have stood idle since March," said Ilse Varga, the port\'s engineer.',
                          "— Halvard Ness, harbour master of Brekke, on the new quay.")
    assert speaker_of(found, "The cranes have stood idle") == "ilse-varga"


def test_according_to_him_is_the_antecedents() -> None:
    found = padded_claims("Tomas Brenner, who runs the bakery cooperative, says flour prices have doubled. "
                          "According to him, the cooperative lost 40 customers in the winter.")
    assert speaker_of(found, "lost 40 customers") == "tomas-brenner"


def test_a_pronoun_in_quoted_words_teaches_nothing_of_the_speakers_gender() -> None:
    found = padded_claims("Dario Kell (52), a surveyor, faces nine counts of forgery.",
                          "Judge Amira Solberg granted him bail.",
                          '"The State has not shown a risk of flight. He has a home and a job," the judge said.',
                          "She added that the trial would begin in October.")
    assert speaker_of(found, "the trial would begin in October") == "amira-solberg"


def test_a_speech_verb_with_its_complement_right_after_the_noun_is_passive() -> None:
    found = padded_claims("The landlord accused of renting out flooded flats to 40 tenants was fined on Friday.",
                          "The tenants' union accused the landlord of ignoring repeated warnings about damp.")
    assert ("The landlord accused of renting out flooded flats to 40 tenants was fined on Friday", "") in found
    assert speaker_of(found, "ignoring repeated warnings") == "The tenants' union"


def test_a_bodys_statement_relaying_a_named_persons_utterance_is_theirs() -> None:
    found = padded_claims("Deputy Minister Lina Varga told the envoy that the shipments broke the embargo, "
                          "the ministry said in a statement.",
                          "Deputy Minister Lina Varga told the envoy that the talks were over, the ministry said.")
    assert speaker_of(found, "the shipments broke the embargo") == "lina-varga"
    assert speaker_of(found, "the talks were over") == "The ministry"  # no record named: the body tells it


def test_an_unnamed_source_relaying_a_named_persons_utterance_gives_it_to_them() -> None:
    found = padded_claims("A senior official who briefed reporters said Ms Okafor had told the premier that "
                          "the border would stay closed.",
                          "A senior official said he had told the premier that the port would reopen.")
    assert speaker_of(found, "the border would stay closed") == "okafor"
    assert speaker_of(found, "the port would reopen") == ""  # "he" may be the source: left to the source
