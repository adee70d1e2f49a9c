"""Codes of technical notices that read as capitalised names.

    >>> light_character(["Fl", "Y"])
    True
    >>> light_character(["Iso", "W"])
    True
    >>> light_character(["Ola", "Fl"])
    False

A notice to mariners writes a light's character as its rhythm and colour ("Fl Y 5s",
"Iso W 4s", "Oc G", "Q R"): two short capitalised words, the second a colour's letter,
which no name of a person is.
"""

from __future__ import annotations

LIGHT_RHYTHMS = frozenset("F Fl LFl FFl Iso Oc Q VQ UQ IQ IVQ Mo Al Dir".split())
"""Abbreviations of a light's rhythm in the international charts' notation (IALA, INT 1):
fixed, flashing, long-flashing, isophase, occulting, quick, very quick, Morse, alternating,
directional."""

LIGHT_COLOURS = frozenset("W R G Y Bu Or Vi Am".split())
"""Abbreviations of a light's colour: white, red, green, yellow, blue, orange, violet, amber."""


def light_character(words: list[str]) -> bool:
    """Whether ``words`` are a light's rhythm and its colours ("Fl Y", "Fl R", "Iso W")."""
    return len(words) >= 2 and words[0] in LIGHT_RHYTHMS and all(w in LIGHT_COLOURS for w in words[1:])
