"""Find the numbers written in free text, with their spans and values.

    >>> [(n.text, n.value, n.kind) for n in find_numbers("About 8,000 troops on October 30, 2024")]
    [('8,000', 8000, 'number'), ('30', 30, 'date'), ('2024', 2024, 'year')]

What counts as a number:

* digits with comma thousands (``8,000``), space thousands (``600 000``,
  also with no-break or thin spaces) or none (``86``), and decimals (``3.5``);
* a scale after the digits: ``thousand``, ``million``, ``billion``,
  ``trillion``, ``mn``, ``bn``, ``tn`` (attached or after a space) and an
  attached ``k``: ``3.5mn`` and ``3.5 million`` are both 3,500,000.  A bare
  ``m`` is *not* a million: ``50m`` is as often metres;
* number words: ``twelve``, ``twenty-one``, ``eight thousand``,
  ``one hundred and fifty``, ``a million``.  Plurals (``thousands``) and
  ``dozen`` are vague and are skipped.

``kind`` says what a number is, so that a drafting tool can skip dates:

* ``year``: four plain digits from 1800 to 2199 (news style writes counts of a
  thousand or more with a comma, so ``2,000`` stays a number);
* ``date``: the day in ``October 30`` / ``30 October`` / ``October 23 and 28``
  and every part of ``10/31/2024`` or ``2024-10-31``;
* ``time``: the parts of ``4:35pm``;
* ``ordinal``: ``23rd``;
* ``number``: everything else.

Skipped altogether: digits joined by ``+`` (``2+2 meetings`` names a format,
``+1`` is a button; a trailing ``+`` as in ``8,000+`` is kept) and digits inside codes (``VIRIN:241031-D-D0439``,
``KN-23``, ``F-16``): a letter right before a digit marks the whole
whitespace-separated token as a code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

Number = int | float

KINDS = ("number", "year", "date", "time", "ordinal")


@dataclass(frozen=True)
class FoundNumber:
    """One number in a text."""

    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character (after any scale word)."""
    text: str
    """The number as written, e.g. ``3.5mn`` or ``eight thousand``."""
    value: Number
    """Its value: an int when whole (``3.5mn`` is 3500000), else a float."""
    kind: str
    """One of `KINDS`; only ``number`` is a candidate quantity."""
    scale: int = 1
    """The multiplier written after the digits (1000 for ``8 thousand``)."""

    @property
    def is_year(self) -> bool:
        return self.kind == "year"

    @property
    def is_date_like(self) -> bool:
        """True for years, days of months and clock times."""
        return self.kind in ("year", "date", "time")


SCALES = {
    "thousand": 1_000, "k": 1_000,
    "million": 1_000_000, "mn": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000,
    "trillion": 10**12, "tn": 10**12,
}

_SPACE = "[ \u00a0\u202f\u2009]"
_DIGITS = (
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?!\d)"
    r"|\d+(?:\.\d+)?)"
)
_SCALE = r"(?:\s?(?P<scale>(?i:thousand|million|billion|trillion|mn|bn|tn))|(?P<k>[kK]))\b"
_NUMERIC_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d.])"
_TIME = r"\d{1,2}:\d{2}(?:\s?[ap]\.?m\b\.?)?"
_TOKEN = re.compile(
    r"(?<![\w+.,])(?:"
    rf"(?P<date>{_NUMERIC_DATE})"
    rf"|(?P<time>{_TIME})"
    r"|(?P<ordinal>\d+(?:st|nd|rd|th)\b)"
    rf"|{_DIGITS}(?:{_SCALE})?"
    r")(?!\d|,\d|\+\d)"
)
_CODE = re.compile(r"[A-Za-z]\d|\b[A-Z]+-\d")
_PLUS = re.compile(r"\d\+\d|(?<![\d,])\+\d")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(
    rf"\b{_MONTH}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*)?$"
)
_MONTH_AFTER = re.compile(rf"^\s+(?:of\s+)?{_MONTH}\b")


def find_numbers(text: str) -> list[FoundNumber]:
    """Every number in `text`, in order of position."""
    found = [*_digit_numbers(text), *_word_numbers(text)]
    return sorted(found, key=lambda n: n.start)


def _digit_numbers(text: str) -> Iterator[FoundNumber]:
    for match in _TOKEN.finditer(text):
        if _in_code(text, match.start(), match.end()):
            continue
        if match["date"] or match["time"]:
            yield from _parts(match, "date" if match["date"] else "time")
        elif match["ordinal"]:
            value = int(re.match(r"\d+", match["ordinal"]).group())
            yield FoundNumber(match.start(), match.end(), match.group(), value, "ordinal")
        else:
            yield _plain(text, match)


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the number sits in a code or a ``2+2``-like name."""
    left = max(text.rfind(c, 0, start) for c in " \n\t") + 1
    right = min((i for i in (text.find(c, end) for c in " \n\t") if i >= 0), default=len(text))
    token = text[left:right]
    return bool(_CODE.search(token) or _PLUS.search(token))


def _parts(match: re.Match[str], kind: str) -> Iterator[FoundNumber]:
    for part in re.finditer(r"\d+", match.group()):
        start = match.start() + part.start()
        is_year = kind == "date" and len(part.group()) == 4
        yield FoundNumber(
            start, start + len(part.group()), part.group(), int(part.group()),
            "year" if is_year else kind,
        )


def _plain(text: str, match: re.Match[str]) -> FoundNumber:
    digits = match["digits"]
    word = match["scale"] or match["k"]
    scale = SCALES[word.lower()] if word else 1
    value = whole(Decimal(re.sub(r"[,\s\u00a0\u202f\u2009]", "", digits)) * scale)
    kind = _kind_of_plain(text, match.start(), match.end(), digits, scale)
    return FoundNumber(match.start(), match.end(), match.group(), value, kind, scale)


def _kind_of_plain(text: str, start: int, end: int, digits: str, scale: int) -> str:
    if scale == 1 and re.fullmatch(r"1[89]\d\d|2[01]\d\d", digits):
        return "year"
    if scale == 1 and digits.isdigit() and 1 <= int(digits) <= 31:
        if _MONTH_BEFORE.search(text[max(0, start - 40):start]):
            return "date"
        if _MONTH_AFTER.match(text[end:end + 20]):
            return "date"
    return "number"


def range_ends(first: FoundNumber, second: FoundNumber) -> tuple[Number, Number]:
    """The two ends of a written range; ``3-5 million``: the scale written once
    applies to both ends (3,000,000 to 5,000,000)."""
    if first.scale == 1 and second.scale > 1:
        return whole(Decimal(str(first.value)) * second.scale), second.value
    return first.value, second.value


def whole(value: Decimal | float) -> Number:
    """An int when the value is whole, else a float: ``Decimal("3.5e6")`` → 3500000."""
    return int(value) if value == int(value) else float(value)


# --------------------------------------------------------------------------
# Number words: "twelve", "twenty-one", "eight thousand", "a million".
# --------------------------------------------------------------------------

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_WORD_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 10**9, "trillion": 10**12}
_WORD = re.compile(r"[A-Za-z]+")

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


def _word_numbers(text: str) -> Iterator[FoundNumber]:
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        j, value = _read_words(text, words, i)
        if j > i:
            start, end = words[i].start(), words[j - 1].end()
            yield FoundNumber(start, end, text[start:end], value, "number")
            i = j
        else:
            i += 1


def _read_words(text: str, words: list[re.Match[str]], i: int) -> tuple[int, int]:
    """Read a number from ``words[i]`` on: (index after it, its value)."""
    state, total, current, j, end = "start", 0, 0, i, i
    while j < len(words):
        kind = _word_kind(words[j].group().lower())
        joined = j == i or re.fullmatch(r" |-", text[words[j - 1].end():words[j].start()])
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


def format_number(value: Number) -> str:
    """``8000`` → ``8,000``; ``2.5`` → ``2.5``; ``3500000`` → ``3,500,000``."""
    if isinstance(value, float) and value != int(value):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"
