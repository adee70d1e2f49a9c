"""People, round 18c: a bare name ending with a calendar's period, a number word, a class or
a phrasal noun's particle is a school's, a club's or a carrier's label, not a person
(`names_periodends`); nor is one ending with a long abstract noun (`names_suffixnouns`)."""

from __future__ import annotations

from drafthelpers import people
from generator.drafting.names_periodends import period_name
from generator.drafting.names_suffixnouns import abstract_noun_end


def test_a_school_calendar_and_year_groups_are_no_people() -> None:
    text = ("Hillcrest Primary School Newsletter\nSpring Term, Week 6\n"
            "Year Four visited the museum and Year Six sang in the hall.\n"
            "Our new coordinator, Mrs Fiona Gallagher, joins us after Half Term.\n")
    assert people(text) == ["Fiona Gallagher"]


def test_classes_rounds_and_phrasal_nouns_are_no_people() -> None:
    text = ("Passengers in Business Class may use the lounge.\n"
            "The Poetry Slam Finals are hosted by poet Ruth Ellis.\n"
            "Documentation Cut Off is 48 hours before departure.\n")
    assert people(text) == ["Ruth Ellis"]


def test_a_surname_that_is_a_calendar_word_elsewhere_is_kept() -> None:
    text = ("Doris Day sang at the gala.\nBillie Holiday recorded the song in 1939.\n"
            "Kate Upton opened the Spring Fair.\n")
    assert people(text) == ["Doris Day", "Billie Holiday", "Kate Upton"]


def test_a_titled_or_speaking_name_is_never_dropped_by_its_last_word() -> None:
    assert not period_name(["Gordon"])
    assert not period_name(["Neil", "Young"])
    assert period_name(["Kick", "Off"])


def test_section_headings_ending_with_an_abstract_noun_are_no_people() -> None:
    text = ("Passport Applications submitted before Friday will be processed.\n"
            "For Emergency Consular Assistance, contact the duty officer.\n"
            "Ambassador Yoon Yeo-cheol will host a reception.\n")
    assert people(text) == ["Yoon Yeo-cheol"]


def test_short_surnames_with_an_abstract_suffix_are_kept() -> None:
    text = ("Kate Clement opened the hall.\nAnn Lawrence thanked the volunteers.\n"
            "Jamie Vance visited the school.\n")
    assert people(text) == ["Kate Clement", "Ann Lawrence", "Jamie Vance"]
    assert not abstract_noun_end(["Florence"])
