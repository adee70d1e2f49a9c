"""Ids and slugs for new registry entries and briefs, never reusing a taken one.

    >>> slugify("José Manuel Albares")
    'jose-manuel-albares'
    >>> free_id("nk-troops", {"nk-troops", "nk-troops-2"})
    'nk-troops-3'
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Container


# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
                          "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "Þ": "Th", "ı": "i"})


def slugify(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word boundary.

    >>> slugify("Jonas Gahr Støre, Radosław Sikorski")
    'jonas-gahr-store-radoslaw-sikorski'
    """
    plain = unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", plain.lower().replace("'", "").replace("’", ""))
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit and slug:
            break
        slug = candidate
    return slug[:limit].strip("-") or "untitled"


def free_id(base: str, taken: Container[str] | Callable[[str], bool]) -> str:
    """``base``, or ``base-2``, ``base-3``… — the first that is not taken."""
    is_taken = taken if callable(taken) else taken.__contains__
    candidate, n = base, 2
    while is_taken(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return candidate


class FreeIds:
    """`free_id` for many bases in turn, never giving one id twice.

        >>> fresh = FreeIds({"nk-troops"}.__contains__)
        >>> fresh("nk-troops"), fresh("nk-troops"), fresh("nk-troops-2")
        ('nk-troops-2', 'nk-troops-3', 'nk-troops-2-2')

    Each base's search resumes where its last one stopped (what was taken
    then still is), so a thousand claims with one base cost a thousand
    look-ups, not half a million.
    """

    def __init__(self, taken: Callable[[str], bool]):
        self.taken = taken
        self.given: set[str] = set()
        """Ids given out (or otherwise used); never given again."""
        self.next: dict[str, int] = {}
        """Base → the suffix its next search starts from (1: the base itself)."""

    def __call__(self, base: str) -> str:
        n = self.next.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.given or self.taken(candidate):
            n += 1
            candidate = f"{base}-{n}"
        self.next[base] = n + 1
        self.given.add(candidate)
        return candidate


def name_key(name: str) -> str:
    """A name compared loosely: case, hyphens, initials and suffixes ignored.

    >>> name_key("Lloyd J. Austin III") == name_key("Lloyd Austin")
    True
    """
    words = [w for w in re.split(r"[\s\-]+", name.lower()) if w]
    kept = [w for w in words if not re.fullmatch(r"[a-z]\.?|jr\.?|sr\.?|ii|iii|iv", w)]
    return " ".join(kept)
