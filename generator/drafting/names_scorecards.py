"""A player on a scorecard line: an initial, a surname and a score, among others.

    >>> line = "Wanderers 211 (T. Moore 78; D. Greaves 5-48) & 176-9"
    >>> scorecard_entry(line, line.index("T."), line.index(" 78"))
    True

Match reports and results tables sum an innings or a race up in one line of entries,
each an initial, a surname and a figure ("T. Moore 78; D. Greaves 5-48", "K. Holder 94,
R. Clarke 51"): the line is the page's furniture, and a player named only there is no
person of the story.  Two entries at least on the line make it a scorecard; a single
"J. Smith 2019" may be a citation.
"""

from __future__ import annotations

import re

_ENTRY = re.compile(r"(?<![\w'’.-])[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]+[A-Z][\w'’-]+[ \t]+\d{1,3}(?:[-/]\d{1,3})?\*?"
                    r"(?=[ \t]*[;,)|]|[ \t]*$)", re.M)
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}(?:[-/]\d{1,3})?\*?(?=[ \t]*[;,)|]|[ \t]*$)", re.M)
_INITIAL = re.compile(r"[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]+[A-Z]")
MAX_LINE = 400
"""Characters of the line read on either side of a name."""


def scorecard_entry(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is an initial and a surname with a score after it,
    on a line of two such entries or more."""
    if not _INITIAL.match(text, start, end) or not _SCORE_AFTER.match(text, end):
        return False
    first = text.rfind("\n", max(0, start - MAX_LINE), start) + 1
    last = text.find("\n", end, end + MAX_LINE)
    last = last if last != -1 else min(len(text), end + MAX_LINE)
    return len(_ENTRY.findall(text, first, last)) >= 2
