"""The twenty-third round of claim matching, on invented words: another party's doing in a
place's description (", the border area where Sudanese forces have held ground …") is the
setting of the main clause, not its fact (`claimsettings`); and "a day" that opens a clause
(", a day after …") dates, and is no daily rate (`claimtimes`)."""

from __future__ import annotations

from generator.drafting.claimcalibration import _Registry
from generator.drafting.claimmatch import ClaimMatcher, Extractor, _owners, chosen
from generator.drafting.claimsettings import without_setting
from generator.drafting.claimtimes import without_dating_days
from generator.drafting.claimwords import key_words

_REGISTRY = _Registry([
    {"id": "in-kufra", "statement": "Chadian troops have moved into Libya's Kufra border region; officials put the "
                                    "number there at about 3,000."},
    {"id": "sudan-in-kufra", "statement": "Sudanese forces entered Libya's Kufra region in June and still hold "
                                          "ground there."},
    {"id": "losses-a-day", "statement": "Sudanese forces are suffering about 900 casualties a day, more than at any "
                                        "earlier point in the war."},
    {"id": "in-libya", "statement": "Chad has sent some 5,000 troops to Libya."},
])
_MATCHER = ClaimMatcher(_REGISTRY)
_EXTRACTOR = Extractor(None)


def _owners_of(text: str) -> dict[str, set[str]]:
    return _owners(_EXTRACTOR.features(text).owned)


# -- a place's description: another party's doing is the setting ----------------------------------------

def test_another_partys_doing_in_the_places_description_is_the_setting() -> None:
    quote = ("The first Chadian units had arrived in the Kufra region, the Libyan border area where Sudanese "
             "forces have held ground since an incursion in June")
    ranked = _MATCHER.rank(quote)
    assert chosen(ranked) == "in-kufra"  # was filed under sudan-in-kufra, by the description's words
    assert (ranked[0].claim, ranked[0].score, ranked[0].shared) == (
        "in-kufra", 0.731, "entities LY, TD; words border, kufra, troop")
    assert ranked[1].shared == ("entities LY; other countries SD, TD; another actor; another country's troop; "
                                "words arriv, kufra")


def test_a_description_after_a_main_clause_naming_no_troops_is_read_whole() -> None:
    """Near case: "Most are in or near …" names no party's troops; the description may be the point."""
    quote = ("Most are in or near the Kufra region, the area of eastern Libya where Sudanese forces have held "
             "ground since an incursion in June")
    ranked = _MATCHER.rank(quote)
    assert chosen(ranked) == "sudan-in-kufra"
    assert ranked[0].shared == "entities LY, SD; words ground, hold, kufra, troop"


def test_the_setting_is_cut_at_where_keeping_the_apposition() -> None:
    assert without_setting("The first Chadian units had reached Kufra, where Sudanese forces have held ground "
                           "since May", _owners_of) == "The first Chadian units had reached Kufra"
    assert without_setting("The first Chadian units had reached Kufra, the desert region where Sudanese forces "
                           "have held ground since May", _owners_of) == (
        "The first Chadian units had reached Kufra, the desert region")


def test_a_description_of_the_same_partys_doing_or_a_restrictive_where_stays() -> None:
    same = "The first Chadian units had reached Kufra, where Chadian troops have held ground since May"
    assert without_setting(same, _owners_of) == same
    restrictive = "Chadian troops still hold the part of Kufra where Sudanese forces fought in May"
    assert without_setting(restrictive, _owners_of) == restrictive


# -- "a day" that dates ---------------------------------------------------------------------------------

def test_a_day_opening_a_clause_is_no_daily_rate() -> None:
    quote = "Khartoum would stand with Tripoli until Sudan won its war in Libya, a day"
    ranked = _MATCHER.rank(quote)
    assert chosen(ranked) is None  # was filed under losses-a-day, by "per_day" and "war"
    assert (ranked[0].claim, ranked[0].score, ranked[0].shared) == (
        "losses-a-day", 0.174, "entities SD; one telling word; words war")
    assert "per_day" not in key_words("The rebels took the port, a day after the ceasefire was signed")
    assert without_dating_days("A day later, the army withdrew") == "later, the army withdrew"


def test_a_day_after_what_it_counts_stays_a_rate() -> None:
    """Near case: "900 men a day" is a daily toll."""
    ranked = _MATCHER.rank("Sudan is losing 900 men a day in the war")
    assert chosen(ranked) == "losses-a-day"
    assert ranked[0].shared == "numbers 900; entities SD; words los, per_day, troop, war"
    assert "per_day" in key_words("The army is losing 300 men a day, officials say")
    assert without_dating_days("casualties a day, officials say") == "casualties a day, officials say"
