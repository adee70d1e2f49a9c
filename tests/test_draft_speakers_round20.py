"""Speakers, round 20: evidence (footage, pictures, a kept log) that shows or records is no
speaker, the reporter reads it; and a source that "has said nothing" about a thing gives no
words, the reporter tells its silence."""

from __future__ import annotations

from drafthelpers import padded_claims, speaker_of


def test_footage_that_indicates_is_the_reporters_reading() -> None:
    found = padded_claims("Verified video published on Sunday indicates that the dam's spillway gave way first.")
    assert found == [("Verified video published on Sunday indicates that the dam's spillway gave way first", "")]


def test_according_to_a_kept_log_is_the_reporters_reading() -> None:
    found = padded_claims("She ran 212 marathons, according to the diary she kept since 1979, "
                          "and finished every one of them.")
    assert speaker_of(found, "212 marathons") == ""
    found = padded_claims("The bakery sold 90,000 loaves in its first year, according to the accounts he kept.")
    assert speaker_of(found, "90,000 loaves") == ""


def test_according_to_a_report_or_to_the_one_who_took_the_pictures_still_speaks() -> None:
    found = padded_claims("According to a report by the coastguard, the ferry sank in four minutes.",
                          "According to the photographer who took them, the pictures were taken at dawn in Oran.")
    assert speaker_of(found, "sank in four minutes") == "A report by the coastguard"
    assert speaker_of(found, "taken at dawn") == "The photographer who took them"


def test_source_that_said_nothing_is_the_reporters_account_of_a_silence() -> None:
    found = padded_claims("Chile's navy, which has bought two frigates from Britain, has said nothing about the collision.")
    assert found == [("Chile's navy, which has bought two frigates from Britain, has said nothing about the collision", "")]


def test_said_nothing_opening_a_clause_still_attributes() -> None:
    found = padded_claims("Port director Amaru Quispe said nothing had changed at the terminal since May.",
                          "Kenya's foreign ministry said nothing more than that the talks would continue.")
    assert speaker_of(found, "nothing had changed") == "amaru-quispe"
    assert speaker_of(found, "talks would continue") == "Kenya's foreign ministry"


def test_relative_introduced_by_a_gendered_kin_noun_keeps_that_gender() -> None:
    found = padded_claims("Marta Olsen, a painter who drew the fjords for 50 years, died on Friday in Bergen.",
                          "Her son, Lars Olsen, said she had painted until the end. "
                          "\"She was mixing colours in the hospital last week,\" he said.")
    assert speaker_of(found, "mixing colours") == "lars-olsen"


def test_relative_introduced_by_an_ungendered_kin_noun_is_the_last_speaker() -> None:
    found = padded_claims("Marta Olsen, a painter who drew the fjords for 50 years, died on Friday in Bergen.",
                          "Her partner, Kim Dahl, said the family would hold a small service. "
                          "\"She was mixing colours in the hospital last week,\" he said.")
    assert speaker_of(found, "mixing colours") == "kim-dahl"


def test_repeated_call_on_someone_to_act_is_speech() -> None:
    found = padded_claims("President Lena Aho met fishermen in Vaasa on Monday.",
                          "She renewed her call on Stockholm to reopen the ferry route before winter.")
    assert speaker_of(found, "reopen the ferry route") == "lena-aho"


def test_renewed_call_without_a_to_infinitive_attributes_nothing() -> None:
    found = padded_claims("President Lena Aho met fishermen in Vaasa on Monday.",
                          "The ferry company renewed its call on Tuesday.")
    assert speaker_of(found, "renewed its call") == ""


def test_relatives_named_in_a_relative_clause_give_the_speaker_no_gender() -> None:
    found = padded_claims("The ship's owner, Ali Bacar, denied the charges on Monday.",
                          "Omar Said, who lost his wife and daughter in the sinking, said the families had waited "
                          "too long. \"Two years, and not one official has lost his job,\" he said.")
    assert speaker_of(found, "not one official") == "omar-said"
