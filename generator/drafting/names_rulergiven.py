"""A ruler's title after a rank or a trade is the person's given name.

    >>> ruler_title_is_given_name("Retired brigadier Emir Hadžiomerović says", 0, 18, ["emir"])
    True
    >>> ruler_title_is_given_name("Saudi crown Prince Mohammed said", 0, 12, ["prince"])
    False
    >>> ruler_title_is_given_name("Qatar's Emir Tamim said", 0, 8, ["emir"])
    False
    >>> ruler_title_is_given_name("Striker Prince Amponsah scored", 0, 0, ["striker", "prince"])
    True

"Emir", "Sultan", "Prince", "King" and "Queen" are rulers' titles and also given names
(Bosnian and Turkish "Emir", Turkish "Sultan", West African "Prince" and "King").  A page
names a ruler after the title alone ("Emir Tamim", "Sultan Haitham"); a person it first
describes by a lower-case rank or trade ("retired brigadier", "defence analyst", "striker")
has that description as the title, and no one is both a brigadier and an emir: the capitalised
word after the description opens the name ("Retired brigadier Emir Hadžiomerović").  A
description that forms a ruler's title with the word ("crown prince") is left out.
"""

from __future__ import annotations

import re

from .lexicon import PERSON_NOUNS, is_role_word
from .occupations import is_occupation

RULER_TITLES = frozenset("emir sultan prince princess king queen".split())
"""Rulers' titles that are given names too."""

RULER_MODIFIERS = frozenset("crown".split())
"""Lower-case words that make one title with a ruler's ("crown prince"), though role words."""

_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]{1,30})[ \t]+$")
"""The lower-case word right before the name, a space between (read over a short tail)."""
TAIL = 40
"""Characters before the name read for that word."""


def ruler_title_is_given_name(text: str, sentence_start: int, start: int, title: list[str]) -> bool:
    """Whether the last word of the ``title`` (lower-case keys) cut from the name starting
    at ``start`` is a ruler's title with a rank or a trade right before it: in the title
    ("Striker Prince Amponsah", capitalised at a sentence's start) or in lower case before
    the name ("retired brigadier Emir Hadžiomerović")."""
    if not title or title[-1] not in RULER_TITLES:
        return False
    if len(title) >= 2:
        word = title[-2]
    else:
        before = _WORD_BEFORE.search(text[max(sentence_start, start - TAIL):start])
        if before is None:
            return False
        word = before.group(1)
    return word not in RULER_MODIFIERS and word not in RULER_TITLES \
        and (is_role_word(word) or word in PERSON_NOUNS or is_occupation(word))
