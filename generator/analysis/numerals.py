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

Numbers larger than `MAX_NUMBER` (10^15) are not read: they are no count a
source states, and a 400-digit number would overflow every float it met.
`scan_numbers` lists them apart, as written, so that a ``value:`` holding
one can say so.

The work is linear in the text: a number costs the same in a sentence as
in a 2 MiB page.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

from ..limits import MAX_NUMBER
from .numberwords import word_numbers

Number = int | float

MAX_DIGITS = len(str(MAX_NUMBER))
"""Digits before the decimal point beyond which a number is surely too large."""

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

_WORD_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9, "trillion": 10**12}
"""The scale a number in words ends with ("twelve hundred"), for `range_ends`."""

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
_DIGIT_RUN = re.compile(r"\d+")
_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")
_GROUPING = re.compile(r"[,\s\u00a0\u202f\u2009]")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(
    rf"\b{_MONTH}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*)?$"
)
_MONTH_AFTER = re.compile(rf"^\s+(?:of\s+)?{_MONTH}\b")


@dataclass(frozen=True)
class Oversized:
    """A number too large to read (above `MAX_NUMBER`), as written."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class NumberScan:
    """The numbers of a text: those read, and those too large to read."""

    numbers: tuple[FoundNumber, ...]
    oversized: tuple[Oversized, ...]


def find_numbers(text: str) -> list[FoundNumber]:
    """Every number in `text` (up to `MAX_NUMBER` in size), in order of position."""
    return list(scan_numbers(text).numbers)


@functools.lru_cache(maxsize=16)
def scan_numbers(text: str) -> NumberScan:
    """The numbers of `text`, in order of position, and those too large to read.

    Cached (the result is immutable): a sentence is read for its quantities,
    then for the numbers they must match, by callers that do not know of
    each other."""
    found = [*_digit_numbers(text), *_word_numbers(text)]
    found.sort(key=lambda n: n.start)
    return NumberScan(tuple(n for n in found if isinstance(n, FoundNumber)),
                      tuple(n for n in found if isinstance(n, Oversized)))


def _digit_numbers(text: str) -> Iterator[FoundNumber | Oversized]:
    tokens = None
    for match in _TOKEN.finditer(text):
        tokens = _Tokens(text) if tokens is None else tokens
        if tokens.in_code(match.start(), match.end()):
            continue
        if match["date"] or match["time"]:
            yield from _parts(match, "date" if match["date"] else "time")
        elif match["ordinal"]:
            digits = _DIGIT_RUN.match(match["ordinal"]).group().lstrip("0") or "0"
            if len(digits) > MAX_DIGITS or int(digits) > MAX_NUMBER:
                yield Oversized(match.start(), match.end(), match.group())
            else:
                yield FoundNumber(match.start(), match.end(), match.group(), int(digits), "ordinal")
        else:
            yield _plain(text, match)


class _Tokens:
    """The whitespace-separated token around each number, for `in_code`.

    Numbers come in text order, so the spaces before and after each one are
    found by scanning on from where the previous number's scan stopped, and
    each token is checked once: a long text with no line break, or a long
    token holding many numbers, costs linear time.
    """

    SEPARATORS = " \n\t"

    def __init__(self, text: str):
        self.text = text
        self.scanned = 0
        self.last = {c: -1 for c in self.SEPARATORS}
        """The last offset of each separator before `scanned`, or -1."""
        self.next: dict[str, int | None] = {c: None for c in self.SEPARATORS}
        """The next offset of each separator after the last number, -1 when none; None: not looked for."""
        self.verdicts: dict[tuple[int, int], bool] = {}

    def in_code(self, start: int, end: int) -> bool:
        """Whether the number at ``start:end`` sits in a code or a ``2+2``-like name."""
        for c in self.SEPARATORS:
            found = self.text.rfind(c, self.scanned, start)
            self.last[c] = found if found != -1 else self.last[c]
            if self.next[c] is None or 0 <= self.next[c] < end:
                self.next[c] = self.text.find(c, end)
        self.scanned = start
        left = max(self.last.values()) + 1
        right = min((i for i in self.next.values() if i >= 0), default=len(self.text))
        if (left, right) not in self.verdicts:
            token = self.text[left:right]
            self.verdicts[(left, right)] = bool(_CODE.search(token) or _PLUS.search(token))
        return self.verdicts[(left, right)]


def _parts(match: re.Match[str], kind: str) -> Iterator[FoundNumber]:
    for part in _DIGIT_RUN.finditer(match.group()):
        start = match.start() + part.start()
        is_year = kind == "date" and len(part.group()) == 4
        yield FoundNumber(
            start, start + len(part.group()), part.group(), int(part.group()),
            "year" if is_year else kind,
        )


def _plain(text: str, match: re.Match[str]) -> FoundNumber | Oversized:
    digits = match["digits"]
    word = match["scale"] or match["k"]
    scale = SCALES[word.lower()] if word else 1
    plain = _GROUPING.sub("", digits)
    if len(plain.partition(".")[0].lstrip("0")) > MAX_DIGITS:  # surely too large: never build the number
        return Oversized(match.start(), match.end(), match.group())
    exact = Decimal(plain) * scale
    if exact > MAX_NUMBER:
        return Oversized(match.start(), match.end(), match.group())
    kind = _kind_of_plain(text, match.start(), match.end(), digits, scale)
    return FoundNumber(match.start(), match.end(), match.group(), whole(exact), kind, scale)


def _kind_of_plain(text: str, start: int, end: int, digits: str, scale: int) -> str:
    if scale == 1 and _YEAR.fullmatch(digits):
        return "year"
    # Three digits are enough to tell (more are above 31), and int() refuses thousands.
    if scale == 1 and digits.isdigit() and 1 <= int(digits.lstrip("0")[:3] or "0") <= 31:
        if _MONTH_BEFORE.search(text[max(0, start - 40):start]):
            return "date"
        if _MONTH_AFTER.match(text[end:end + 20]):
            return "date"
    return "number"


def range_ends(first: FoundNumber, second: FoundNumber) -> tuple[Number, Number]:
    """The two ends of a written range; ``3-5 million`` and ``ten to twelve
    thousand``: the scale written once applies to both ends (3,000,000 to
    5,000,000; 10,000 to 12,000), unless the low end would pass the high one."""
    if first.scale == 1 and second.scale > 1:
        scaled = whole(Decimal(str(first.value)) * second.scale)
        if scaled <= second.value:  # "500 to 2 thousand" is 500 to 2,000, not 500,000 to 2,000
            return scaled, second.value
    return first.value, second.value


def whole(value: Decimal | float) -> Number:
    """An int when the value is whole, else a float: ``Decimal("3.5e6")`` → 3500000.

    Only for finite values within `MAX_NUMBER` (callers check): an int of
    ``Decimal("1e400")`` would be exact, and then overflow as a float."""
    return int(value) if value == int(value) else float(value)


def _word_numbers(text: str) -> Iterator[FoundNumber | Oversized]:
    for start, end, value in word_numbers(text):
        if value > MAX_NUMBER:  # "one trillion one trillion …" adds up
            yield Oversized(start, end, text[start:end])
        else:
            written = text[start:end]
            last = written.rsplit(None, 1)[-1].lower()
            yield FoundNumber(start, end, written, value, "number", _WORD_SCALES.get(last, 1))


def format_number(value: Number) -> str:
    """``8000`` → ``8,000``; ``2.5`` → ``2.5``; ``3500000`` → ``3,500,000``."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # "inf", "nan": never a value read, but never a crash either
    if isinstance(value, float) and value != int(value):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if abs(value) > MAX_NUMBER:
        return f"{Decimal(value):.3e}"  # 1.000e+400: never a value read, never a crash either
    return f"{int(value):,}"
