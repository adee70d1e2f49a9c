"""Two shapes in which a state's name is only part of another noun (used by `countries`).

* a count before it and a noun after it ("32 Benin objects", "900 Benin
  objects"): the name classes the things counted, as an adjective does; no
  state acts or is spoken of;
* a capitalised word glued before it, the pair the subject of a verb
  ("Virgin Australia said", "Telecom Argentina will"): a company's or a
  brand's two-word name, the state's name its second half.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import FUNCTION_WORDS, MONTHS, WEEKDAYS

_COUNT = re.compile(r"\d[\d,.]*")
_NEXT_LOWER = re.compile(r"[ \t]+[a-z]")
_NEXT_VERB = re.compile(r"[ \t]+(?:said|says|will|would|has|had|is|was|announced|added|confirmed|"
                        r"plans|planned|cancelled|operates|operated|flies|flew)\b")
"""The verb of a sentence whose subject the two-word name is: a finite verb, a company's
usual ones; "Australia's" or a noun after it leaves the name alone."""

_OPENING_ADVERBS = frozenset("overnight afterwards elsewhere likewise nevertheless nonetheless sometimes "
                             "separately eventually finally initially ultimately recently so".split())
"""Sentence-opening adverbs that FUNCTION_WORDS does not hold ("Overnight Russia launched"):
a clause's adverb, no half of a name."""



def counted_modifier(before: str, after: str) -> bool:
    """Whether a count stands right before the name and a lower-case noun right after it."""
    words = before.split()
    if not words or not before.endswith(" ") or not _COUNT.fullmatch(words[-1]):
        return False
    digits = words[-1]
    if len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2099:
        return False  # "in 2024 Russia invaded": a year, then the sentence's subject
    return _NEXT_LOWER.match(after) is not None


def brand_pair(before: str, after: str, is_state_form: Callable[[str], bool]) -> bool:
    """Whether a capitalised word glued before the name makes a two-word name with it,
    the subject of a verb ("Virgin Australia said")."""
    if not before.endswith(" ") or before.endswith("  ") or _NEXT_VERB.match(after) is None:
        return False
    words = before.split()
    if not words:
        return False
    word = words[-1]
    bare = word.lower()
    if len(word) < 3 or not word[0].isupper() or word.isupper() or not word.isalpha():
        return False  # "EU", "US-Russia", "Zelensky's", "Mr.": no first half of a brand
    if bare in FUNCTION_WORDS or bare in _OPENING_ADVERBS or bare in WEEKDAYS or bare in MONTHS or bare.endswith("ly"):
        return False
    return not is_state_form(word)
