"""A title-case phrase opening its line before a colon: a notice's or a listing's label.

    >>> text = "Travel Tip: acclimatise for two days.\\nRain fell, said Ana Ruiz.\\n"
    >>> colon_label(text, [(0, 10)])
    True
    >>> colon_label("Tom Hale: I think so.\\n", [(0, 8)])
    False

Listings, tourism pages, notices and results write "Travel Tip: …", "Please Note: …", "Penang
Hill Sunrise Walk: Saturday 6am", "General Classification: 1. …"; a transcript writes a
speaker's turn the same way ("Tom Hale: I think …").  What follows the colon tells them apart:

* a lower-case word or a number opens a label's text ("acclimatise …", "23kg"); a turn opens
  a sentence;
* a sentence after the colon is a turn when it opens with a pronoun of speech ("I", "We",
  "You") or a quotation mark, or when the page is a transcript: some line opens with the same
  label twice (a speaker takes turns; a listing names each event once).

`names_evidence` asks this only of a name the page gives no evidence of a person for.
"""

from __future__ import annotations

import re
from collections import Counter

MAX_LABEL = 60
"""Characters of a line-opening label before its colon."""
MAX_INDENT = 8
"""Characters of indent or bullet before a line's label."""
MAX_LINES = 5000
"""Lines read for recurring labels: far more than any page has."""

_LINE_LABEL = re.compile(r"^[ \t]*([^\W\d_][^:\n]{0,%d}?)[ \t]*:" % MAX_LABEL, re.M)
_AFTER = re.compile(r"[ \t]*:[ \t]*(\S*)")
_TURN_OPENINGS = frozenset("i i'm i've i'd we we're we've you well yes no".split())
_QUOTES = "\"“”'‘’«"


def colon_label(text: str, places: list[tuple[int, int]]) -> bool:
    """Whether the name written at every one of ``places`` opens its line before a colon
    whose text is a label's, not a speaker's turn."""
    turns: Counter[str] | None = None
    for start, end in places:
        if not _opens_line(text, start):
            return False
        after = _AFTER.match(text, end)
        if after is None:
            return False
        first = after.group(1)
        if not first or first[0].islower() or first[0].isdigit():
            continue
        if first[0] in _QUOTES or first.rstrip(",.").lower() in _TURN_OPENINGS:
            return False
        turns = turns if turns is not None else _recurring_labels(text)
        if text[start:end] in turns:
            return False
    return True


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces or a bullet stand between the line's opening and ``start``."""
    first = text.rfind("\n", max(0, start - MAX_INDENT), start) + 1
    return (first > 0 or start <= MAX_INDENT) and not text[first:start].strip(" \t-•*")


def _recurring_labels(text: str) -> Counter[str]:
    """Labels that open two lines or more of the page: a transcript's speakers."""
    counts: Counter[str] = Counter()
    for count, match in enumerate(_LINE_LABEL.finditer(text)):
        if count >= MAX_LINES:
            break
        counts[match.group(1).strip()] += 1
    return Counter({label: n for label, n in counts.items() if n > 1})
