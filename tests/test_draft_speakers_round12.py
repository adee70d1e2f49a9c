"""Attribution rules of round 12: a formal letter closed with "Yours sincerely,",
unnamed sources described by what they do or whom they speak for, a work only
its sponsor is named with, a person hidden behind an initial, a quotation closed
before a long "X told …", and a role phrase pointing back at an alliance.

Each test drafts a short invented article (no registry) and checks every
candidate's quote and speaker, in order; the negative cases show what a rule
must not do.
"""

from __future__ import annotations

from drafthelpers import claims
from generator.drafting.signatures import find_signatures
from generator.drafting.sources import anonymised, commissioned_work, unnamed_source




def test_a_letter_closed_with_yours_sincerely_is_its_signers_but_not_what_others_told_them() -> None:
    assert claims("Letter to Members from the Chair", "Dear Members,",
                  "It is my pleasure to report on a good year for the cooperative.",
                  "We sold 4,200 tonnes of tea, 12 per cent more than the year before.",
                  "The Tea Board has told us that export permits will take longer next year.",
                  "Yours sincerely,", "Anil Perera", "Chair") == [
        ("It is my pleasure to report on a good year for the cooperative", "anil-perera"),
        ("We sold 4,200 tonnes of tea, 12 per cent more than the year", "anil-perera"),
        ("export permits will take longer next year", "The Tea Board")]


def test_the_closing_line_is_skipped_to_find_the_signature() -> None:
    text = "We sold more tea than ever.\n\nYours sincerely,\n\nAnil Perera\nChair\n"
    [signature] = find_signatures(text, [(0, 27)])
    assert (text[signature.start:signature.end], signature.closed) == ("Anil Perera", True)
    plain = "We sold more tea than ever.\n\nAnil Perera\nChair\n"
    assert [s.closed for s in find_signatures(plain, [(0, 27)])] == [False]


def test_a_spokesman_for_an_unnamed_body_and_an_importer_are_nobody() -> None:
    assert claims("A spokesman for the ministry said the talks would resume on Monday.",
                  "A spokesman for the Ministry of Finance said the budget was balanced.") == [
        ("the talks would resume on Monday", ""),
        ("the budget was balanced", "A spokesman for the Ministry of Finance")]
    assert unnamed_source("One Hamburg-based importer") and unnamed_source("a ministry spokesperson")
    assert not unnamed_source("A State Department spokesperson")  # the body is named: its words
    assert not unnamed_source("a spokesman for the Ministry of Economy")


def test_a_work_only_its_sponsor_is_named_with_is_nobodys() -> None:
    assert claims("The upgrade is estimated to cost $4 million, according to a report commissioned by the "
                  "Ministry of Sport.",
                  "The upgrade will take two years, according to a report by the Ministry of Sport.") == [
        ("The upgrade is estimated to cost $4 million", ""),
        ("The upgrade will take two years", "ministry-of-sport")]
    assert commissioned_work("a study funded by the council") and not commissioned_work("a report by the council")


def test_a_person_hidden_behind_an_initial_is_nobody() -> None:
    assert claims("Mr D, a customer in Leeds, complained that the supplier had overcharged him for two years.",
                  "Mr Dawson said the supplier had overcharged him.") == [
        ("the supplier had overcharged him for two years", ""),
        ("the supplier had overcharged him", "dawson")]
    assert anonymised("Ms K.") and not anonymised("Mr Dawson") and not anonymised("Ms K. Lee")


def test_a_quotation_closed_before_a_long_told_is_what_was_said() -> None:
    assert claims('Ana Ruiz, the mayor of Leeds, spoke on Tuesday. "We will rebuild the bridge within a year, and '
                  'we will pay for it ourselves," Ruiz told a crowd of several hundred residents gathered outside '
                  'the old town hall in the rain on Tuesday.') == [
        ("Ana Ruiz, the mayor of Leeds, spoke on Tuesday", ""),
        ("We will rebuild the bridge within a year", "ana-ruiz"),
        ("we will pay for it ourselves", "ana-ruiz")]
    told = claims('"We will rebuild the bridge within a year," Ruiz told reporters the new bridge would cost more '
                  'than the council had expected in its first budget plan last spring.')
    assert told[-1] == ("the new bridge would cost more than the council had expected in its first budget plan "
                        "last spring", "Ruiz")  # a clause of its own after "told": more words said


def test_an_alliances_chief_is_not_a_national_leader_named_since() -> None:
    assert claims('NATO Secretary General Mark Rutte said on Tuesday that troops had been sent to the border. '
                  '"This is an escalation," Rutte told reporters after talks with Croatian Prime Minister '
                  'Andrej Plenkovic.',
                  "The alliance's chief said Moscow was paying for the soldiers.",
                  "The country's leader said Croatia would send more aid.") == [
        ("troops had been sent to the border", "mark-rutte"),
        ("This is an escalation", "mark-rutte"),
        ("Moscow was paying for the soldiers", "mark-rutte"),
        ("Croatia would send more aid", "andrej-plenkovic")]


def test_a_title_and_a_name_between_commas_is_the_subject_not_an_aside() -> None:
    assert claims("At Dickoya Estate near Hatton, plucker Parvathi Ramasamy, 46, said she had not received the "
                  "allowance since December.") == [
        ("she had not received the allowance since December", "parvathi-ramasamy")]
    assert claims("Tuula Strom, no relation, chief shop steward at the site, said the plant would close in June.") == [
        ("the plant would close in June", "tuula-strom")]  # an aside in lower case is still skipped
