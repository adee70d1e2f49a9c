"""The twenty-second round of claim matching, on invented words: a candidate whose subject
or place is told by reference to the sentences before it ("some of them", "there",
", where …") is scored with the referent read from the page (`claimreferents`), and a
likelihood of what is already so is no expectation (`claimmood.estimates_now`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher
from generator.drafting.claimmood import estimates_now, mood
from generator.drafting.claimreferents import read_references
from generator.drafting.model import ClaimGuess

_REGISTRY = _Registry([
    {"id": "in-kufra", "statement": "Chadian troops have moved into Libya's Kufra region; officials put the number "
                                    "there at about 3,000."},
    {"id": "sudan-in-kufra", "statement": "Sudanese forces entered Libya's Kufra region in June and still hold "
                                          "ground there."},
    {"id": "expected-in-combat", "statement": "Chadian troops are expected to go into combat against Sudan within "
                                              "days."},
    {"id": "in-libya", "statement": "Chad has sent some 5,000 troops to Libya."},
])
_MATCHER = ClaimMatcher(_REGISTRY)


def _filed(page: str, quote: str, context: bool = True) -> ClaimGuess:
    """The candidate ``quote`` of ``page`` as `ClaimMatcher.file_all` files it, with the page or without."""
    start = page.index(quote)
    guess = ClaimGuess(quote, "", None, None, None, page.count("\n", 0, start) + 1, "", start)
    return (_MATCHER.file_all([guess], page) if context else _MATCHER.file_all([guess]))[0]


def _read(page: str, quote: str) -> tuple[str, tuple[str, ...]] | None:
    start = page.index(quote)
    reading = read_references(quote, page, start, page.count("\n", 0, start) + 1, _MATCHER.extractor.pattern,
                              _MATCHER.extractor.forms)
    return (reading.text, reading.notes) if reading else None


# -- "them": the troops of the sentence before ------------------------------------------------------------

def test_them_takes_the_troops_named_in_the_sentence_before() -> None:
    page = ("Libyan officials said about 3,000 Chadian soldiers had crossed the border in May.\n"
            "Most of them are already in the Kufra region, the officials said.\n")
    filed = _filed(page, "Most of them are already in the Kufra region")
    assert filed.claim == "in-kufra"
    assert filed.matches[0].shared == "entities TD; words kufra, troop; them = Chadian soldiers, line 1"
    assert filed.quote == "Most of them are already in the Kufra region"  # the quote stays verbatim


def test_them_of_another_party_is_not_filed_under_the_first() -> None:
    """Near miss: the same sentence after another party's fighters states their presence, not the Chadians'."""
    page = ("Libyan officials said Sudanese fighters had crossed the border in May.\n"
            "Most of them are already in the Kufra region, the officials said.\n")
    quote = "Most of them are already in the Kufra region"
    assert _filed(page, quote, context=False).claim == "in-kufra"  # alone, "them" may be anyone's
    filed = _filed(page, quote)
    assert filed.claim is None
    assert filed.matches[0].shared == ("entities SD; one telling word; words kufra, troop; "
                                       "them = Sudanese fighters, line 1")


def test_them_refers_to_the_subject_before_an_object() -> None:
    """"the Chadians had joined Sudanese units, and some of them …": the Chadians, the subject."""
    page = "Officials said the Chadians had joined Sudanese units, and some of them are already in the Kufra region.\n"
    assert _read(page, "some of them are already in the Kufra region") == (
        "some of Chadians are already in the Kufra region", ("them = Chadians, line 1",))


def test_a_pronoun_read_inside_the_quote_or_a_verb_of_saying_is_left_alone() -> None:
    page = ("Chadian soldiers were seen near Kufra.\n"
            "Sudanese forces held the town and Tripoli could not push them out, they said.\n")
    assert _read(page, "Sudanese forces held the town and Tripoli could not push them out") is None
    assert _read(page, "they said") is None


# -- "there" and "where": the place named before ----------------------------------------------------------

def test_there_takes_the_place_named_before() -> None:
    page = ("Officials said about 3,000 Chadian soldiers had reached the Kufra region by May.\n"
            "Sudanese forces have held ground there since June, the officials said.\n")
    filed = _filed(page, "Sudanese forces have held ground there since June")
    assert filed.claim == "sudan-in-kufra"
    assert filed.matches[0].shared == ("entities SD; words ground, hold, kufra, troop; "
                                       "there = the Kufra region, line 1")


def test_an_existential_there_is_no_place() -> None:
    page = ("Chadian soldiers reached the Kufra region in May, officials said.\n"
            "There is a risk that Sudanese forces will cross, they said.\n")
    assert _read(page, "There is a risk that Sudanese forces will cross") is None


def test_where_takes_the_place_right_before_it() -> None:
    page = ("Officials said about 3,000 Chadian soldiers had reached Libya by May, most of them to Kufra, "
            "where Sudanese forces have held ground since June.\n")
    filed = _filed(page, "Sudanese forces have held ground since June")
    assert filed.claim == "sudan-in-kufra"
    assert filed.matches[0].shared == "entities SD; words ground, hold, kufra, troop; where = Kufra, line 1"
    assert _read(page, "where Sudanese forces have held ground since June") == (
        "in Kufra Sudanese forces have held ground since June", ("where = Kufra, line 1",))


def test_where_after_no_place_is_left_alone() -> None:
    page = ("Sudanese forces entered Libya in June, the ministry said.\n"
            "The minister spoke in a speech, where Sudanese forces have held ground since June, he said.\n")
    filed = _filed(page, "Sudanese forces have held ground since June")
    assert filed.matches[0].shared == "entities SD; not named kufra; words ground, hold, troop"


def test_without_the_page_the_ranking_is_unchanged() -> None:
    quote = "Most of them are already in the Kufra region"
    page = "About 3,000 Chadian soldiers crossed in May.\n" + quote + ".\n"
    assert _filed(page, quote, context=False).matches == tuple(_MATCHER.rank(quote))


# -- a likelihood of what is already so ----------------------------------------------------------------------

def test_a_likelihood_of_what_is_already_so_is_no_expectation() -> None:
    assert mood('Some of them are "highly likely" already taking part in combat') == (False, False)
    assert estimates_now('Some of them are "highly likely" already taking part in combat')
    page = "Chadian soldiers were seen near Kufra.\nSome of them are likely already taking part in combat, he said.\n"
    filed = _filed(page, "Some of them are likely already taking part in combat")
    assert filed.claim is None
    assert filed.matches[0].claim == "expected-in-combat"
    assert filed.matches[0].shared == ("entities TD; one telling word; no intent; words combat, troop; "
                                       "them = Chadian soldiers, line 1")


def test_a_likelihood_of_what_is_to_come_is_still_an_expectation() -> None:
    """Near miss: "likely to take part … within days" restates the expectation; "I don't see" too."""
    assert not estimates_now("I don't see Kim starting anything on the peninsula")
    page = "Chadian soldiers were seen near Kufra.\nSome of them are likely to take part in combat within days.\n"
    filed = _filed(page, "Some of them are likely to take part in combat within days")
    assert filed.claim == "expected-in-combat"
    assert filed.matches[0].shared == ("entities TD; words combat, expect, troop, within_day; "
                                       "them = Chadian soldiers, line 1")
