"""Names that end with an abstract noun, known by its suffix: none is a person's.

    >>> abstract_noun_end(["Passport", "Applications"])
    True
    >>> abstract_noun_end(["Emergency", "Consular", "Assistance"])
    True
    >>> abstract_noun_end(["Kate", "Clement"])
    False
    >>> abstract_noun_end(["Ann", "Lawrence"])
    False
    >>> abstract_noun_end(["Comprehensive", "Strategic", "Partnership"]), abstract_noun_end(["Don", "Blankenship"])
    (True, False)

Notices and reports capitalise the headings of their sections and services ("Passport
Applications", "Emergency Consular Assistance", "Planned Maintenance", "Risk Management"):
title-case runs that read as a given name and a surname.  English builds abstract nouns
with a few suffixes no surname ends with, once the word is long enough: short words with
the same endings are surnames ("Clement", "Vance", "Lawrence", "Florence"), so each suffix
has a least length that keeps them.
"""

from __future__ import annotations

ABSTRACT_SUFFIXES: tuple[tuple[str, int], ...] = (
    ("ation", 7), ("ations", 8), ("ition", 7), ("itions", 8),
    ("ance", 9), ("ances", 9), ("ence", 9), ("ences", 9),
    ("ment", 8), ("ments", 8),
    ("ership", 9), ("erships", 10), ("ionship", 10), ("ionships", 11),
)
"""Suffixes of abstract nouns, each with the least length of a word that counts: below it,
surnames end the same way ("Clement", 7 letters; "Lawrence", 8).  Of the nouns in "-ship"
only "-ership" and "-ionship" count ("Comprehensive Strategic Partnership", "Regional
Championship"): "Blankenship" is a surname."""


def abstract_noun_end(words: list[str]) -> bool:
    """Whether a name of two words or more ends with a long abstract noun."""
    if len(words) < 2:
        return False
    last = words[-1].lower().rstrip(".")
    return last.isalpha() and any(last.endswith(s) and len(last) >= n for s, n in ABSTRACT_SUFFIXES)
