"""A claim or an admission of a thing, not of words: "China claims the islands".

    >>> owns_object("China claims the islands, which it calls the Diaoyu.", 13)
    True
    >>> owns_object("Moscow claims Ukraine shelled the plant.", 13)
    False

"Claims" and "admitted" report words when a clause follows them ("Moscow claims
Ukraine shelled the plant", "he admitted that he lied"), and an act when a noun
phrase alone does: a state claims territory, a defendant admits counts of a charge
("Cole had admitted three counts of misconduct").  What follows is then the
reporter's narration, nobody's statement.  A clause is recognised by a subject
pronoun first, or a finite verb (an auxiliary, a copula, a past tense in -ed)
before the clause's first comma; anything else keeps the frame, as before.
"""

from __future__ import annotations

import re

OWNING_VERBS = frozenset("claim claims claimed admit admits admitted".split())
"""Verbs that take a thing claimed or admitted as readily as a clause."""

_PRONOUN_FIRST = re.compile(r"\s+(?:it|he|she|they|we|I|you|there|this|these|those)\b")
_INTRODUCED = re.compile(r"\s*(?:that\b|to\b|[:“\"‘,;(])")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|"
                     r"[a-z]{2,}ed)\b")
_CLAUSE_REACH = 160
"""Characters of the complement read for a finite verb: a clause's verb comes early."""


def owns_object(text: str, end: int) -> bool:
    """Whether the `OWNING_VERBS` verb ending at ``end`` takes a bare noun phrase."""
    if _INTRODUCED.match(text, end) or _PRONOUN_FIRST.match(text, end):
        return False
    stop = len(text)
    for mark in (",", ".", ";", "\n", "“", '"'):
        found = text.find(mark, end, end + _CLAUSE_REACH)
        if found != -1:
            stop = min(stop, found)
    stop = min(stop, end + _CLAUSE_REACH)
    return _FINITE.search(text, end, stop) is None
