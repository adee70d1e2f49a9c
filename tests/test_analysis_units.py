"""Units that count people: general people nouns and every country's demonyms."""

from __future__ import annotations

import pycountry
import pytest

from generator import demonyms
from generator.analysis.quantities import parse_value
from generator.analysis.units import PEOPLE_NOUNS, comparable, unit_key
from generator.analysis.verdict import verdict
from generator.drafting import places


@pytest.mark.parametrize("unit", ["North Koreans", "Ukrainians", "Americans", "Chinese", "Britons", "Swiss",
                                  "Filipinos", "Seychellois", "Ni-Vanuatu", "Koreans", "Solomon Islanders"])
def test_demonyms_count_people(unit: str) -> None:
    assert unit_key(unit) == "people"


def test_every_form_of_the_table_counts_people() -> None:
    forms = [form for row in demonyms.demonym_rows().values() for form in row]
    assert [f for f in forms if unit_key(f) != "people"] == []


@pytest.mark.parametrize("unit", ["troops", "soldiers", "people", "civilians", "workers", "officers", "co-workers",
                                  "police officers", "servicemen", "North Korean soldiers", "residents"])
def test_people_nouns_count_people(unit: str) -> None:
    assert unit_key(unit) == "people"


@pytest.mark.parametrize(("unit", "key"), [("Russian casualties per day", "casualty per day"), ("refugees", "refugee"),
                                           ("artillery shells", "shell"), ("Swiss francs", "franc")])
def test_what_befalls_people_and_things_keep_their_own_key(unit: str, key: str) -> None:
    assert unit_key(unit) == key


def test_no_people_noun_is_a_demonym_of_one_story() -> None:
    assert not any(demonyms.is_demonym(noun) for noun in PEOPLE_NOUNS)


def test_ukrainians_and_north_koreans_are_one_count() -> None:
    assert comparable(["Ukrainians", "North Koreans", "troops"])
    entries = [("US", parse_value("about 10,000 Americans")), ("Ukraine", parse_value("12,000 Ukrainians"))]
    assert verdict(entries) == "sources differ: 10,000 (US) – 12,000 (Ukraine)"


def test_every_country_has_a_row_or_a_reason() -> None:
    codes = {country.alpha_2 for country in pycountry.countries}
    rows = set(demonyms.demonym_rows())
    assert codes - rows == demonyms.NO_DEMONYM
    assert rows <= codes


def test_ambiguous_forms_name_no_state() -> None:
    assert {"Korean", "Congolese", "Dominicans"} <= demonyms.AMBIGUOUS
    assert not demonyms.AMBIGUOUS & demonyms.DEMONYMS.keys()
    assert demonyms.DEMONYMS["Ukrainians"] == "UA" and demonyms.DEMONYMS["North Korean"] == "KP"


def test_the_drafter_reads_the_same_table() -> None:
    assert places.DEMONYMS is demonyms.DEMONYMS
