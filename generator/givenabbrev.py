"""Abbreviated given names whose full stop does not end a sentence.

Filipino and older English usage abbreviate common given names: "Ma. Teresita
Daza" (Maria), "Wm. Barr", "Jas. Madison".  Unlike "Dr." such a word can also be
a whole name ("Jack Ma."), so its stop is kept inside the sentence only when
the word opens a name (nothing, a lower-case word or a stop before it:
"spokesperson Ma. Teresita") and two capitalised words follow (the rest of
the name: "Ma. Teresita Daza").

An abbreviated professional title before a name ("Eng. Faith Rotich", the
registered engineer of East African and Arab pages; "Pr. Amina Diallo",
the professor of francophone ones; "Ing."/"Lic."/"Arq." of Spanish-speaking
ones) is never a whole name, so its stop is kept whatever stands before it
("Co-author Pr. Amina Diallo"), when a name of two capitalised words follows.

    >>> opens_abbreviated_name("spokesperson Ma", "Teresita Daza said")
    True
    >>> opens_abbreviated_name("said Jack Ma", "The company")
    False
    >>> opens_abbreviated_name("Co-author Pr", "Amina Diallo said")
    True
    >>> opens_abbreviated_name("manager, Eng", "Élodie Varga, told")
    True
    >>> opens_abbreviated_name("flew to Eng", "The Prime Minister said")
    False
"""

from __future__ import annotations

import re

GIVEN_NAME_ABBREVIATIONS = frozenset("Ma Wm Chas Jas Thos Geo Jos Benj".split())
"""Abbreviated given names (Maria, William, Charles, James, Thomas, George, Joseph, Benjamin)."""
TITLE_ABBREVIATIONS = frozenset("Eng Pr Ing Lic Arq".split())
"""Abbreviated professional titles: engineer (English "Eng.", Spanish "Ing."), professor
(French "Pr."), licentiate ("Lic."), architect ("Arq.")."""

_NAME_AFTER = re.compile(r"[\"“‘']?[A-Z][a-z]+\s+[A-Z][A-Za-z'’-]+")
_TITLED_NAME_AFTER = re.compile(r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|In|On|At|But|And)\s)"
                                r"[A-ZÀ-Ý][^\W\d_]+\s+[A-ZÀ-Ý][^\W\d_]")
"""The first two words of a name after a title, accented letters allowed ("Élodie Varga"), not
words that open a sentence ("The Prime Minister …" after "… in Eng.")."""


def opens_abbreviated_name(before: str, after: str) -> bool:
    """Whether the last word of ``before`` is an abbreviated given name or title opening a
    name continued by the first words of ``after``."""
    words = before.split()
    if words and words[-1].lstrip("(['\"‘“") in TITLE_ABBREVIATIONS:
        return _TITLED_NAME_AFTER.match(after) is not None  # a title opens the name, never ends one
    if not words or words[-1].lstrip("(['\"‘“") not in GIVEN_NAME_ABBREVIATIONS:
        return False
    if len(words) > 1 and words[-2][:1].isupper() and not words[-2].endswith((".", ",", ":")):
        return False  # "Jack Ma.": the abbreviation-looking word ends a name
    return _NAME_AFTER.match(after) is not None
