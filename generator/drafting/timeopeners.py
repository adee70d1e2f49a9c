"""A time phrase that opens a sentence is no part of its subject.

"By early November the United States estimated …": the words before the verb
are "the United States" said at a time, not a speaker called "By early
November the United States".
"""

from __future__ import annotations

import re

_OPENERS = frozenset("By In On Since Until Till Before After During Through Last Early Late Earlier".split())
"""Capitalised prepositions and time adjectives that open an adverbial of time."""

_TIME_WORD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|week|month|year|weekend|morning|afternoon|evening|night|spring|summer|autumn|winter|\d{1,4})[.,]?$")
"""A word that names a time (matched whole against one word)."""

_FILLERS = frozenset("early late mid the this that last next of".split())
"""Words between the opener and its time word: "By early November", "In the spring of 2024"."""

MAX_TIME_WORDS = 5


def after_time_opener(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """``words`` (a subject's, in order) without a time phrase at their start; unchanged
    when none opens them or nothing would be left of the subject."""
    if not words or words[0].group() not in _OPENERS:
        return words
    end = 0  # index after the last time word seen
    for i in range(1, min(len(words), MAX_TIME_WORDS + 1)):
        word = words[i].group()
        if _TIME_WORD.match(word):
            end = i + 1
        elif word.lower() not in _FILLERS or end:
            break
    return words[end:] if 0 < end < len(words) else words
