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


def name_key(name: str) -> str:
    """A name compared loosely: case, hyphens, initials and suffixes ignored.

    >>> name_key("Lloyd J. Austin III") == name_key("Lloyd Austin")
    True
    """
    words = [w for w in re.split(r"[\s\-]+", name.lower()) if w]
    kept = [w for w in words if not re.fullmatch(r"[a-z]\.?|jr\.?|sr\.?|ii|iii|iv", w)]
    return " ".join(kept)
