"""A speech verb's participle between an ordinal and its noun is an adjective.

"… from the first reports in October 2024 to the first confirmed casualties in
December": "confirmed" describes the casualties (as "the confirmed casualties"
would, `attribution._noun_use`); nobody confirms anything, and the words before
it are no speaker.  Read so when the word before is an ordinal or a word of the
same kind ("the first", "the only", "the latest", "newly") and a lower-case word
that is no function word follows: "the only reported death", "newly announced
tariffs"; "the first said that …" or "Ruiz first confirmed that …" stay verbs.
"""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS

_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:first|second|third|fourth|fifth|last|only|latest|earliest"
                     r"|newest|final)\s+$|\b(?:newly|recently|officially|independently|publicly|previously)\s+$",
                     re.I)
"""An ordinal after its determiner, or an adverb of the same use, just before the participle."""
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[a-z][\w-]*)")
WINDOW = 40
"""Characters looked back for the ordinal."""


def adjectival_participle(text: str, start: int, end: int) -> bool:
    """Whether the participle at ``start``–``end`` stands between an ordinal and its noun.

    >>> s = "It runs to the first confirmed casualties in December."
    >>> adjectival_participle(s, 21, 30)
    True
    >>> s = "She was the first confirmed that the talks would go ahead."
    >>> adjectival_participle(s, 18, 27)
    False
    """
    if _BEFORE.search(text, max(0, start - WINDOW), start) is None:
        return False
    found = _NOUN_AFTER.match(text, end)
    return found is not None and found.group("noun") not in FUNCTION_WORDS
