"""Abbreviated given names whose full stop does not end a sentence.

Filipino and older English usage abbreviate common given names: "Ma. Teresita
Daza" (Maria), "Wm. Barr", "Jas. Madison".  Unlike "Dr." such a word can also be
a whole name ("Jack Ma."), so its stop is kept inside the sentence only when
the word opens a name (nothing, a lower-case word or a stop before it:
"spokesperson Ma. Teresita") and two capitalised words follow (the rest of
the name: "Ma. Teresita Daza").

    >>> opens_abbreviated_name("spokesperson Ma", "Teresita Daza said")
    True
    >>> opens_abbreviated_name("said Jack Ma", "The company")
    False
"""

from __future__ import annotations

import re

GIVEN_NAME_ABBREVIATIONS = frozenset("Ma Wm Chas Jas Thos Geo Jos Benj".split())
"""Abbreviated given names (Maria, William, Charles, James, Thomas, George, Joseph, Benjamin)."""

_NAME_AFTER = re.compile(r"[\"“‘']?[A-Z][a-z]+\s+[A-Z][A-Za-z'’-]+")


def opens_abbreviated_name(before: str, after: str) -> bool:
    """Whether the last word of ``before`` is an abbreviated given name opening a
    name continued by the first words of ``after``."""
    words = before.split()
    if not words or words[-1].lstrip("(['\"‘“") not in GIVEN_NAME_ABBREVIATIONS:
        return False
    if len(words) > 1 and words[-2][:1].isupper() and not words[-2].endswith((".", ",", ":")):
        return False  # "Jack Ma.": the abbreviation-looking word ends a name
    return _NAME_AFTER.match(after) is not None
