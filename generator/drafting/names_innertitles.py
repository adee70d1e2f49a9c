"""Title words that are part of a name when a given name comes before them.

    >>> inner_title(["Abdullahi", "Sheikh", "Omar"], 1)
    True
    >>> inner_title(["Sheikh", "Omar"], 0)
    False

Somali and Arabic names hold a forefather's honorific among their parts ("Hassan
Sheikh Mohamud", "Mohamed Haji Hassan", "Sheikh Hasina"): after a capitalised given
name such a word is a part of the name, not a title that cuts the words before it off
as a role, as "Unification Minister Kim" is cut.  Before the first name ("Sheikh
Tamim") it stays a title.
"""

from __future__ import annotations

INNER_TITLES = frozenset("sheikh sheekh shaikh haji hajji xaaji sharif syed sayyid".split())
"""Honorifics that Somali, Arabic and South Asian names carry as one of their parts."""


def inner_title(words: list[str], i: int) -> bool:
    """Whether the ``i``-th of the run's ``words`` is such an honorific after a given name."""
    return 0 < i < len(words) - 1 and words[i].lower() in INNER_TITLES and words[i - 1][:1].isupper()
