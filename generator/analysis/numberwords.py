"""Numbers written in words: "twelve", "twenty-one", "eight thousand",
"one hundred and fifty", "a million" (see `numerals`).

    >>> list(word_numbers("eight thousand troops and twelve generals"))
    [(0, 14, 8000), (26, 32, 12)]
"""

from __future__ import annotations

import re
from typing import Iterator

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_WORD_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 10**9, "trillion": 10**12}
OPENING_WORDS = tuple(word for word in (*_UNITS, *_TENS) if word != "zero")
"""The words a count written out opens with ("three thousand", "sixteen hundred", "twenty-one")."""

# Which kind of word may follow which: a small grammar that stops "one two"
# from reading as one number, and lets "and" in only after "hundred" etc.
_NEXT = {
    "start": {"unit", "tens", "a"},
    "a": {"hundred", "scale"},
    "unit": {"hundred", "scale"},
    "tens": {"unit", "hundred", "scale"},
    "hundred": {"unit", "tens", "and", "scale"},
    "scale": {"unit", "tens", "and"},
    "and": {"unit", "tens"},
}


def _word_kind(word: str) -> str | None:
    if word in _UNITS:
        return "unit"
    if word in _TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word in _WORD_SCALES:
        return "scale"
    return word if word in ("a", "and") else None


# Only the words of the grammar are read: words between them break a number
# anyway (their gap is more than " " or "-"), and skipping them in the
# expression keeps long texts cheap.  ASCII only, as "[A-Za-z]" is; the
# leading "(?=[A-Za-z])" lets the engine skip to letters quickly.
_NUMBER_WORD = re.compile(
    r"(?=[A-Za-z])(?<![A-Za-z])(?:"
    + "|".join(sorted([*_UNITS, *_TENS, "hundred", *_WORD_SCALES, "a", "and"], key=len, reverse=True))
    + r")(?![A-Za-z])", re.IGNORECASE | re.ASCII)


_JOIN = re.compile(r" |-")


def word_numbers(text: str) -> Iterator[tuple[int, int, int]]:
    """``(start, end, value)`` of each number written in words, in order."""
    words = list(_NUMBER_WORD.finditer(text))
    i = 0
    while i < len(words):
        j, value = _read_words(text, words, i)
        if j > i:
            yield words[i].start(), words[j - 1].end(), value
            i = j
        else:
            i += 1


def _read_words(text: str, words: list[re.Match[str]], i: int) -> tuple[int, int]:
    """Read a number from ``words[i]`` on: (index after it, its value)."""
    state, total, current, j, end = "start", 0, 0, i, i
    while j < len(words):
        kind = _word_kind(words[j].group().lower())
        joined = j == i or _JOIN.fullmatch(text, words[j - 1].end(), words[j].start())
        if kind not in _NEXT[state] or not joined:
            break
        total, current = _add_word(words[j].group().lower(), kind, total, current)
        state, j = kind, j + 1
        if kind not in ("a", "and"):
            end = j
    return end, total + current


def _add_word(word: str, kind: str, total: int, current: int) -> tuple[int, int]:
    if kind == "unit":
        return total, current + _UNITS[word]
    if kind == "tens":
        return total, current + _TENS[word]
    if kind == "hundred":
        return total, max(current, 1) * 100
    if kind == "scale":
        return total + max(current, 1) * _WORD_SCALES[word], 0
    return total, current
