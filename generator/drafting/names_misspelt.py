"""A name after "not" that is one slip away from the name before it: a wrong spelling, no person.

    >>> text = "Her name is Ana Maria Ruiz, not Ana Maria Ruis."
    >>> misspelt_name(text, text.index("Ana Maria Ruis"), ["Ana", "Maria", "Ruis"])
    'a wrong spelling of "Ana Maria Ruiz", corrected before it'
    >>> text = "It was Kim Jong Un, not Kim Jong Il, who signed."
    >>> misspelt_name(text, text.index("Kim Jong Il"), ["Kim", "Jong", "Il"]) is None
    True

A correction sets the right form against the wrong one: "She is Ana Maria Ruiz, not Ana
Maria Ruis."  The second name differs from the first in one word only, and that word by one
letter added, dropped, changed or swapped: a misspelling of the same person, not a second
one.  Two different people set against each other ("Kim Jong Un, not Kim Jong Il") differ by
more than one letter, or in more than one word, and both stay.
"""

from __future__ import annotations

import re

_NOT_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*[ \t]+){0,5}[A-Z][\w'’.-]*),?[ \t]+not[ \t]+$")
MAX_BEFORE = 90
"""Characters read before a name for "X, not": a name of up to six words and the "not"."""
MIN_WORD = 3
"""Shorter words (initials, "Il", "Un") are not compared letter by letter."""


def _one_slip(right: str, wrong: str) -> bool:
    """Whether ``wrong`` is ``right`` with one letter added, dropped, changed, or two
    neighbours swapped (a restricted edit distance of one)."""
    if right == wrong or abs(len(right) - len(wrong)) > 1:
        return False
    if len(right) == len(wrong):
        diffs = [i for i, (a, b) in enumerate(zip(right, wrong)) if a != b]
        return len(diffs) == 1 or len(diffs) == 2 and diffs[1] == diffs[0] + 1 \
            and right[diffs[0]] == wrong[diffs[1]] and right[diffs[1]] == wrong[diffs[0]]
    short, long_ = sorted((right, wrong), key=len)
    i = next((k for k, (a, b) in enumerate(zip(short, long_)) if a != b), len(short))
    return short[i:] == long_[i + 1:]


def misspelt_name(text: str, start: int, words: list[str]) -> str | None:
    """Why the name ``words`` at ``start`` of ``text`` is a corrected misspelling of the name
    before ", not", or None."""
    found = _NOT_BEFORE.search(text, max(0, start - MAX_BEFORE), start)
    if found is None:
        return None
    before = found.group(1).split()[-len(words):]
    if len(before) != len(words):
        return None
    differing = [(a, b) for a, b in zip(before, words) if a != b]
    if len(differing) != 1:
        return None
    right, wrong = differing[0]
    if min(len(right), len(wrong)) < MIN_WORD or not _one_slip(right.lower(), wrong.lower()):
        return None
    return f'a wrong spelling of "{" ".join(before)}", corrected before it'
