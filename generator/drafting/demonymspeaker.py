"""A speaker described by nationality alone: "the Austrian said" after "Austria's Verena Lehner".

Sports reports (and profiles) name an athlete once, then say "the Norwegian",
"the 24-year-old Kenyan", "the veteran Swiss" instead of the name: the phrase
stands for the person of that nationality the page named just before, as "the
61-year-old" stands for the last person named.  Only a *definite* phrase whose
last word is a demonym is read so ("the Austrian", not "an Austrian official",
"the Austrian federation" or "the Austrians"), and only for a person the article
ties to that state (`PersonGuess.country`: "Austria's Lehner", "Kenyan Daniel
Kiprop") named within `MAX_SENTENCES_BACK` sentences; with nobody of that
nationality so near, the phrase is left to the other readings (a country's
government, free text).
"""

from __future__ import annotations

import bisect
import re

from .places import DEMONYMS
from .roles import sentence_ends

_DESCRIPTOR = re.compile(r"(?:the|The)\s+(?:\d{1,3}-year-old\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                         r"(?P<demonym>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)")
"""A definite description ending in a demonym: "the Austrian", "the 27-year-old veteran Kenyan"."""
MAX_SENTENCES_BACK = 4
"""Sentences back within which the person the description stands for was named."""
MAX_LOOKED_AT = 12
"""People named before the description looked at, the most recent first."""


def described_nationality(words: str) -> str | None:
    """The state the definite description ``words`` names its person by, else None.

    >>> described_nationality("the Austrian"), described_nationality("The 24-year-old Kenyan")
    ('AT', 'KE')
    >>> described_nationality("the Austrian federation"), described_nationality("an Austrian")
    (None, None)
    """
    found = _DESCRIPTOR.fullmatch(words.strip())
    if found is None:
        return None
    demonym = found.group("demonym")
    if demonym.endswith("s") and demonym[:-1] in DEMONYMS:
        return None  # "the Austrians": a people, not one athlete
    return DEMONYMS.get(demonym)


def national_of(text: str, offset: int, code: str, lists, countries: dict[str, str | None]) -> tuple[str, int] | None:
    """The person (key and where named) of the state ``code`` named last before ``offset``:
    among ``lists`` (offsets and keys of people named, searched in order: named speakers
    or subjects first, then any mention), within `MAX_SENTENCES_BACK` sentences."""
    for offsets, keys in lists:
        index = bisect.bisect_left(offsets, offset)
        for i in range(index - 1, max(index - 1 - MAX_LOOKED_AT, -1), -1):
            if sentence_ends(text, offsets[i], offset) > MAX_SENTENCES_BACK:
                break
            if countries.get(keys[i]) == code:
                return keys[i], offsets[i]
    return None
