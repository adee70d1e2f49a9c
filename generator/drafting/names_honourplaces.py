"""A place named after an honoured person: "Sir Robert's Wharf", "St Mary's Quay", "King George's Park".

    >>> honoured_in_a_name("the ramp at Sir Robert's Wharf in Alofi", 16, 22, ["Robert"], "Sir")
    True
    >>> honoured_in_a_name("Sir Keir Starmer's Labour Party", 4, 16, ["Keir", "Starmer"], "Sir")
    False

Wharves, quays, parks, schools and hospitals are named after a knight, a saint or a king by
his title and given name in the possessive, then the place's own capitalised noun.  A title
and a given name alone, in the possessive right before a capitalised word, name the place;
the honoured person is no person of the story.  Only knights', saints' and royals' titles
(`HONOUR_TITLES`) name places so.  A full name in the possessive ("Sir Keir
Starmer's Labour Party") is a person's, and so is a name with nothing capitalised after it
("Sir Robert's speech").
"""

from __future__ import annotations

import re

HONOUR_TITLES = frozenset("sir dame st st. saint king queen prince princess lord lady".split())
"""Titles of knights, saints and royals, whose given names name places; an office's holder
("President Ruto's Kenya Kwanza coalition") is named by the surname and is left alone."""

_PLACE_AFTER = re.compile(r"['’]s[ \t]+[A-Z][a-z][\w'’-]*")
"""A possessive, then a capitalised word: the place's noun."""


def honoured_in_a_name(text: str, start: int, end: int, words: list[str], role: str) -> bool:
    """Whether the one-word name at ``start:end`` (after the title ``role``) is in the possessive
    right before a capitalised word."""
    return bool(role) and role.split()[-1].lower() in HONOUR_TITLES and len(words) == 1 \
        and _PLACE_AFTER.match(text, end) is not None
