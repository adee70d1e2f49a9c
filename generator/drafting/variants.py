"""A registered person under another spelling: Zelensky/Zelenskyy, Yun/Yoon, Šakalienė/Sakaliene.

    >>> same_name("Volodymyr Zelensky", "Volodymyr Zelenskyy"), same_name("Kim Yo Jong", "Kim Jong Un")
    (True, False)

Two steps, so that a near miss is never taken for a match:

1. `make check`'s own did-you-mean (`problems.closest`, difflib's ratio
   of at least 0.6) proposes the closest registered id to the name's slug —
   or, for a single word, the closest registered surname;
2. the proposal is accepted only when both names have as many words and
   each pair of words has the same *spelling key*: ASCII letters in lower
   case ("Šakalienė" = "sakaliene"), "oo"/"ou" read as "u", "ee" as "i",
   "ph" as "f", "w" as "v", an "h" that is not part of "sh", "ch", "zh",
   "kh", "th", "ph" or "gh" as "g" (Ukrainian Г: Serhiy/Sergiy), doubled
   letters written once, and a final "y",
   "ey", "ei" or "iy" as "i".  Transliterations differ in just these
   ways (Zelenskyy/Zelensky, Yoon/Yun, Dmitry/Dmitri, Sergey/Sergei); a
   different vowel is another name (Jon/Jan, Austin/Austen).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..problems import closest
from .ids import name_key, slugify

def spelling_key(word: str) -> str:
    """"Zelenskyy" and "Zelensky" → zelenski; "Yoon" and "Yun" → yun."""
    plain = slugify(word).replace("-", "")
    for written, read in (("oo", "u"), ("ou", "u"), ("ee", "i"), ("ph", "f"), ("w", "v")):
        plain = plain.replace(written, read)
    plain = re.sub(r"(?<![sczktpg])h", "g", plain)  # Ukrainian Г: Serhiy/Sergiy, Hennadiy/Gennadiy
    plain = re.sub(r"(?<=.)ya$", "ia", plain)  # a final я: Kyslytsya/Kyslytsia, Mariya/Mariia
    plain = re.sub(r"(.)\1+", r"\1", plain)
    return re.sub(r"(?:ey|ei|iy|y)$", "i", plain) if len(plain) > 2 else plain


def same_name(a: str, b: str) -> bool:
    """Whether two names are spellings of one name, word by word (initials and suffixes ignored)."""
    first, second = name_key(a).split(), name_key(b).split()
    return len(first) == len(second) and all(spelling_key(x) == spelling_key(y) for x, y in zip(first, second))


@lru_cache(maxsize=1 << 16)  # the dev server checks every name again on every edit
def fingerprint(name: str) -> tuple[str, ...]:
    """A name with case, accents, punctuation, initials and transliteration
    folded, word by word: two names have one fingerprint exactly when
    `same_name` takes them for one.

    >>> fingerprint("Volodymyr Zelenskyy") == fingerprint("volodymyr ZELENSKY")
    True
    >>> fingerprint("Lloyd J. Austin III"), fingerprint("Šakalienė")
    (('loyd', 'austin'), ('sakaliene',))
    """
    return tuple(spelling_key(word) for word in name_key(name).split())


def organisation_fingerprint(name: str) -> tuple[str, ...]:
    """`fingerprint` of an organisation's name, a leading "the" dropped:
    "The Associated Press" is "Associated Press"."""
    key = fingerprint(name)
    return key[1:] if len(key) > 1 and key[0] == "the" else key
