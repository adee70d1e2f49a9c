"""Outlets named beside another outlet: "Diario Tiempo and Proceso Digital said …".

    >>> sorted(coordinated_outlets("Diario Tiempo and Proceso Digital said the vote was 70."))
    [('proceso', 'digital')]
    >>> coordinated_outlets("Ana Ruiz and Tom Hale said the vote was 70.")
    set()

A press review or a report quoting several papers joins their names with "and" ("y", "e",
"et", "und", "dan", "na"): when one of the pair holds a word of a paper's name
(`lexicon.MEDIA_WORDS`: "Diario", "Times", "Zeitung") and the other holds none and no
person's title, the other is a paper too, though its own name says nothing of the press.
"""

from __future__ import annotations

import re

from .lexicon import MEDIA_WORDS, is_role_word

_PAIR = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,3})[ \t]+(?:and|y|e|et|und|dan|na)[ \t]+"
                   r"([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,3})")
MAX_PAIRS = 500
"""Pairs read in a page: far more than any page has."""


def coordinated_outlets(text: str) -> set[tuple[str, ...]]:
    """Lower-case word tuples of names joined to an outlet's name by "and"."""
    found: set[tuple[str, ...]] = set()
    for count, match in enumerate(_PAIR.finditer(text)):
        if count >= MAX_PAIRS:
            break
        left, right = (tuple(w.lower() for w in match.group(i).split()) for i in (1, 2))
        for one, other in ((left, right), (right, left)):
            if _press(one) and not _press(other) and not any(is_role_word(w) for w in other):
                found.add(other)
    return found


def _press(words: tuple[str, ...]) -> bool:
    return any(w.strip(".") in MEDIA_WORDS for w in words)
