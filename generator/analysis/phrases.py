"""Find quantities in free text: a number with its qualifier and unit.

    >>> [(q.value_text, q.quantity.unit) for q in find_quantities(
    ...     "upwards of 12,000 North Koreans in the country")]
    [('upwards of 12,000', 'North Koreans')]

* The **qualifier** is one of the phrases of `QUALIFIERS` written right
  before the number ("at least 3,000"); "between 10,000 and 12,000",
  "10,000-12,000", "10,000 to 12,000" and "from 3 to 5 million" are ranges.
* The **unit** is the run of words right after the number, up to four, that
  stops at punctuation, at a function word (of, in, were, and, …) and at a
  verb-like "-ing"/"-ed" word after the first: "8,000 North Korean troops in
  Russia" → "North Korean troops"; "1,200 casualties per day" keeps its
  "per day".  "10,000 of its soldiers" skips "of its"; an editor's "[North
  Korean]" counts as words.  A unit attached to the digits ("50km") wins.
* Years, dates, times and ordinals are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .numerals import FoundNumber, find_numbers, range_ends
from .qualifiers import QUALIFIERS, Quantity, canonical_qualifier, make_quantity


@dataclass(frozen=True)
class FoundQuantity:
    """A quantity in a text, from its qualifier to the end of its unit."""

    start: int
    """Offset of the qualifier (or of the number when there is none)."""
    end: int
    """Offset one past the unit (or the number when there is none)."""
    text: str
    """``text[start:end]``, e.g. ``about 8,000 North Korean troops``."""
    value_text: str
    """Qualifier and number(s) only, fit for a brief's ``value:``: ``about 8,000``."""
    quantity: Quantity


_SINGLE = sorted(
    (p for name, ps in QUALIFIERS.items() if name not in ("between", "exact") for p in (name, *ps)),
    key=len, reverse=True,
) + ["exactly", "precisely"]
_QUALIFIER_BEFORE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _SINGLE)) + r")\s+$", re.I)
_RANGE_BEFORE = re.compile(r"(?<![\w-])(between|from)\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*|\s+and\s+")

_STOP = frozenset("""
    a an the of in on at to from by for with into onto toward towards across near
    since during before after over under between about around than and or but as
    that which who whom whose while if is are was were be been being had has have
    do does did will would could should may might must can said says say now
    already still also more less then there here away ago each its their his her
    our this these those them they it we he she you i not so too very just only
    according out off up down within without some all
""".split())
_DETERMINERS = frozenset("its their his her our the those these them".split())
# An editor's insertion is short ("[North Korean]"): a "[" left open must not
# send every number of a long text to the end of it.
_UNIT_WORD = re.compile(r" (\[[^\]\n]{0,100}\]|[A-Za-z][A-Za-z'’-]*)")
_OF = re.compile(r" of (\w+)")
_ATTACHED = re.compile(r"-?[A-Za-z]+\b|%")
MAX_UNIT_WORDS = 4


def find_quantities(text: str) -> list[FoundQuantity]:
    """Every quantity in `text`, in order."""
    numbers = [n for n in find_numbers(text) if n.kind == "number"]
    found, i = [], 0
    while i < len(numbers):
        pair = numbers[i:i + 2]
        ranged = _as_range(text, pair) if len(pair) == 2 else None
        found.append(ranged or _single(text, numbers[i]))
        i += 2 if ranged else 1
    return found


def _single(text: str, number: FoundNumber) -> FoundQuantity:
    before = _QUALIFIER_BEFORE.search(text[max(0, number.start - 30):number.start])
    written = before.group(1) if before else ""
    start = number.start - len(before.group(0)) if before else number.start
    unit, end = unit_after(text, number.end)
    qualifier = canonical_qualifier(written) if written else "exact"
    quantity = make_quantity(number.value, qualifier, unit, wording=written)
    return FoundQuantity(start, end, text[start:end], text[start:number.end], quantity)


def _as_range(text: str, pair: list[FoundNumber]) -> FoundQuantity | None:
    first, second = pair
    join = _RANGE_JOIN.fullmatch(text[first.end:second.start])
    before = _RANGE_BEFORE.search(text[max(0, first.start - 10):first.start])
    is_and = bool(join) and join.group().strip() == "and"
    if not join or is_and != bool(before and before.group(1).lower() == "between"):
        return None
    low, high = range_ends(first, second)
    if low > high:
        return None
    start = first.start - len(before.group(0)) if before else first.start
    unit, end = unit_after(text, second.end)
    quantity = make_quantity(low=low, high=high, unit=unit)
    return FoundQuantity(start, end, text[start:end], text[start:second.end], quantity)


def unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """The unit written right after offset `pos`, and the offset after it."""
    attached = _ATTACHED.match(text, pos)
    if attached:
        return attached.group().lstrip("-"), attached.end()
    words, end = [], pos
    for match in _unit_words(text, pos):
        word = match.group(1).strip("[]")
        if _ends_unit(word, words):
            break
        words.append(word)
        end = match.end()
        if len(words) == MAX_UNIT_WORDS:
            break
    return (" ".join(words) or None), end


def _unit_words(text: str, pos: int) -> Iterator[re.Match[str]]:
    """Words separated by single spaces from `pos` on, skipping "of its"."""
    skip = _OF.match(text, pos)
    if skip and skip.group(1).lower() in _DETERMINERS:
        pos = skip.end()
    while (match := _UNIT_WORD.match(text, pos)) is not None:
        yield match
        pos = match.end()


def _ends_unit(word: str, words: list[str]) -> bool:
    low = word.lower()
    if low == "per" or (words and words[-1].lower() == "per"):
        return False
    if low in _STOP:
        return True
    return bool(words) and word.islower() and low.endswith(("ing", "ed"))
