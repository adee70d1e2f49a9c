"""An indefinite pronoun with a place is still nobody: "Nobody in Baku expects …".

"Nobody expects the pipeline to be built" is the reporter's sentence
(`sources.indefinite_pronoun`); saying where ("Nobody in Baku", "Few in
Washington", "Everyone at the ministry") narrows the people meant but names no
one, so the sentence stays the reporter's (or, inside a quotation, its
speaker's): it is no speaker called "Nobody in Baku".
"""

from __future__ import annotations

import re

from .sources import indefinite_pronoun

_PLACED = re.compile(r"(?P<pronoun>[A-Za-z-]+(?:\s[Oo]ne)?)\s+(?:in|at|inside|outside|across|around)\s+"
                     r"(?:the\s+)?[\w'’-]+(?:\s[A-Z][\w'’-]*){0,2}")
"""A pronoun, then where: "Nobody in Baku", "few at the ministry", "no one in South Korea"."""


def placed_indefinite(words: str) -> bool:
    """Whether a subject is an indefinite pronoun with where its people are.

    >>> placed_indefinite("Nobody in Baku"), placed_indefinite("Few at the ministry"), placed_indefinite("No one in South Korea")
    (True, True, True)
    >>> placed_indefinite("Officials in Baku"), placed_indefinite("Nobody")
    (False, False)
    """
    found = _PLACED.fullmatch(words.strip())
    return found is not None and indefinite_pronoun(found.group("pronoun"))
