"""Korean surnames that are English words: "No Kwang Chol", "O Su Yong".

    >>> korean_surname(["No", "Kwang", "Chol"]), korean_surname(["O", "Su", "Yong"])
    (True, True)
    >>> korean_surname(["No", "Time", "Like"]), korean_surname(["No", "Kwang"])
    (False, False)

Korean names are a surname of one syllable and a given name of two, romanised by North
Korean and many Western pages as two capitalised words ("Ri Il Hwan", "No Kwang Chol").  Two
surnames are English words ("No", "O"), so the finder dropped them as function words and
kept "Kwang Chol", a given name alone.  Inside a sentence (the caller checks) such a word
before exactly two capitalised words that are each a romanised Korean syllable is the
surname: a title ("the film No Time to Die") has words of another shape.
"""

from __future__ import annotations

import re

KOREAN_WORD_SURNAMES = frozenset({"no", "o"})
"""Korean surnames (노, 오) that English writes as a word."""

_SYLLABLE = re.compile(r"(?:[bcdghjkmnprstwy]|ch|kh|ph|th|ts|ss|kk|tt|pp|jj)?"
                       r"(?:a|ae|e|eo|eu|i|o|oe|u|ui|wa|wae|we|wi|ya|yae|ye|yo|yu|yeo)(?:ng|n|m|l|k|p|t)?")


def korean_surname(words: list[str]) -> bool:
    """Whether ``words`` are a surname of `KOREAN_WORD_SURNAMES` and a given name of two
    romanised syllables."""
    return len(words) == 3 and words[0].lower() in KOREAN_WORD_SURNAMES \
        and all(w[:1].isupper() and _SYLLABLE.fullmatch(w.lower()) is not None for w in words[1:])
