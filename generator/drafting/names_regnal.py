"""A monarch's or a chief's regnal number after the name: "Leo XIV", "Togbe Afede XIV", "Louis XVI".

    >>> regnal_numeral("XIV"), regnal_numeral("VIII"), regnal_numeral("MIX"), regnal_numeral("NATO")
    (True, True, False, False)

`lexicon.NAME_SUFFIXES` lets "II", "III" and "IV" into a name, as papers write them after
heirs' names ("John Smith III"); kings, popes and chiefs carry higher numbers ("Pope Leo XIV",
"Togbe Afede XIV", an Ewe chief; "Oba Ewuare II"), which a word in capitals would otherwise end
("Leo" alone).  A Roman numeral of two letters or more is no acronym a page writes after a
capitalised word, but a team's ("the Prime Minister's XI", "the French XV"), which the
name's other words reject (a possessive or a state's name ends or opens no person's name).
"""

from __future__ import annotations

import re

_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")
"""Roman numerals from I to XXXIX (one letter alone is read as an initial elsewhere)."""


def regnal_numeral(word: str) -> bool:
    """Whether the upper-case ``word`` is a Roman numeral of two letters or more."""
    return len(word) > 1 and _ROMAN.fullmatch(word) is not None
