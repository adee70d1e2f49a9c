"""Countries, round 21: a state's name in its own accented spelling counts as the English one
(`statenames.LOCAL_SPELLINGS`), except inside a local name ("Hospital México"); a state's name before "river", "Delta" or "Basin" names a
river and its lands, not the state (`statewaters.RIVER_HEADS`)."""

from __future__ import annotations

from drafthelpers import countries


def test_an_accented_local_spelling_names_the_state() -> None:
    text = ("Académica de Trindade are champions of São Tomé and Príncipe for the first time.\n"
            "The central bank of Perú cut its rate.\n")
    assert countries(text) == ["PE", "ST"]
    # near-miss: the accented spelling ending a local institution's name is the institution
    assert countries("Two patients were moved to Hospital México in San José.") == []


def test_a_state_name_before_river_delta_or_basin_is_the_river() -> None:
    text = ("Rice growers in Ségou fear a late release of Niger river water.\n"
            "Oil spills have fouled the creeks of the Niger Delta.\n"
            "Logging is shrinking the forest of the Congo Basin.\n")
    assert countries(text) == []
    # near-miss: the state itself, with no river noun after it
    assert countries("Niger said on Monday it would reopen the border.") == ["NE"]
