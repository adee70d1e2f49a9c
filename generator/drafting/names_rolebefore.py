"""A lower-case role or trade right before a name: the words after it are a person's.

    >>> noun_before("Local guide Edvaldo Santos Lima leads walks.", 12)
    True
    >>> noun_before("Flights to Santos Lima resumed.", 11)
    False

`names` rejects a run whose last word is a place ("… Lima") unless a title stands before it,
as "Rep. Jim Jordan" does.  A role or a trade in lower case does the same ("local guide
Edvaldo Santos Lima", "farmer Ana Paz Santiago"): the run after it names a person, so a place's
word last in it is a surname.
"""

from __future__ import annotations

import re

from .lexicon import LOWER_ROLE_CUES, PERSON_NOUNS, is_role_word
from .occupations import is_occupation

_LAST_WORD = re.compile(r"(?<![\w'’-])([a-z][a-z-]{1,30})[ \t]+$")
MAX_BEFORE = 40
"""Characters before a name read for the noun right before it."""


def noun_before(text: str, start: int) -> bool:
    """Whether a lower-case role, person's noun or trade stands right before ``start``."""
    found = _LAST_WORD.search(text, max(0, start - MAX_BEFORE), start)
    if found is None:
        return False
    word = found.group(1)
    return word in LOWER_ROLE_CUES or word in PERSON_NOUNS or is_occupation(word) or is_role_word(word)
