"""Countries, round 23 (`statecapitals`): a capital after "a" modifying one thing is a place;
a capital opening a longer place's name with a particle is another place; a city-state's
"national" institutions are the state's; "Pan American" written apart spans a continent."""

from __future__ import annotations

from drafthelpers import countries


def test_a_capital_after_a_modifies_one_thing_of_the_city() -> None:
    assert countries("The ship was bought through a Lisbon shipbroker last week.\n") == []
    # near-misses: an official speaks for the government, and the bare metonym still counts
    assert countries("A Lisbon official said the deal was off.\n") == ["PT"]
    assert countries("Lisbon said the deal was off.\n") == ["PT"]


def test_a_capital_opening_a_longer_place_name_is_another_place() -> None:
    assert countries("Fans filled the stadium, and the Santiago del Estero fixtures sold out.\n") == []
    # near-miss: the capital written with its state's name is still the capital
    assert countries("Santiago de Chile said it would reply.\n") == ["CL"]


def test_a_city_states_national_institutions_are_the_states() -> None:
    assert countries("She won the title at Monaco's national schools championships.\n") == ["MC"]
    # near-miss: a city-state after "at" with no such word stays a place
    assert countries("She won the title at Monaco's harbour club.\n") == []


def test_pan_american_written_apart_is_no_state() -> None:
    assert countries("It was the largest crowd since the 2023 Pan American qualifiers.\n") == []
    # near-miss: the demonym alone is the state's
    assert countries("It was the largest crowd since the American qualifiers.\n") == ["US"]
