"""A day that dates, not a day that divides, for `claimmatch`.

    >>> without_dating_days("The rebels took the port, a day after the ceasefire was signed")
    'The rebels took the port, after the ceasefire was signed'
    >>> without_dating_days("A day later, the army withdrew")
    'later, the army withdrew'
    >>> without_dating_days("The army is losing 300 men a day, officials say")
    'The army is losing 300 men a day, officials say'

"A day" is a rate when it follows what it counts ("300 men a day", "casualties a day"),
and `paraphrases` reads it so ("per_day"); but "a day" that opens a clause ("…, a day
after the vote", "A day later, …", or a clause cut off there: "…, a day") says when,
counting nothing.  Read as a rate, it would make any sentence with such a date share a
telling phrase with a claim about a daily toll.  So "a day" or "one day" at the start of
a text or right after a clause mark (comma, semicolon, colon, dash, bracket) is taken out
before the phrases are read; "a day" after a word stays a rate.
"""

from __future__ import annotations

import re

_DATING = re.compile(r"(?:^|(?<=[,;:—–(]))(\s*)(?i:a|one)\s+day\b\s*")
""""a day"/"one day" at the start or right after a clause mark (spaces kept before it):
fixed words, so the search is linear."""


def without_dating_days(text: str) -> str:
    """``text`` without each "a day" that opens a clause (see the module docstring)."""
    return _DATING.sub(r"\1", text)
