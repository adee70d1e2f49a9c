"""Names inside a title written in quotation marks: a work's or an event's words, no person's.

    >>> text = 'The forum "Green Harbours: Shipping Routes for a Cleaner Sea" opened.'
    >>> inside_quoted_title(text, text.index("Shipping"), text.index(" for a"))
    'a title in quotation marks: "Green Harbours: Shipping Routes for a Cleaner Sea"'
    >>> text = '"We will build it," Ana Ruiz said of the "New Quay Plan".'
    >>> inside_quoted_title(text, text.index("Ana"), text.index(" said")) is None
    True

English writes the name of a conference, a report, a book or a programme in quotation
marks and in title case: every word capitalised but the short function words ("for",
"and", "of").  A capitalised pair of words inside such a title ("Shipping Routes" in
"Green Harbours: Shipping Routes for a Cleaner Sea") is part of the title, however like a
person's name it reads.  A quotation of speech is a sentence, with lower-case words and
usually a closing comma or stop, so it is left alone; so is a name that merely follows
a quotation, which lies outside the marks.  `nameshapes.not_a_person` already drops a name
that fills the marks ('"Sierra Dawn"'); this covers a name that is one part of a longer
title.
"""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS

MAX_TITLE = 160
"""Characters read on each side of a name for the marks of a title around it: titles are
short, and the bound keeps a long paragraph's cost linear."""
MIN_TITLE_WORDS = 3
"""Fewer words than this in the marks are a name's or a nickname's, which the fills-the-marks
rule of `nameshapes` judges."""

_OPEN = "\"“"
_CLOSE = "\"”"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_MARK = re.compile(r"[.,;!?…]\s*$|[.!?]\s")


def inside_quoted_title(text: str, start: int, end: int) -> str | None:
    """Why the name at ``start``–``end`` of ``text`` is part of a title in quotation marks,
    or None: the marks hold at least `MIN_TITLE_WORDS` words, every word that is not a
    function word capitalised, and no sentence's punctuation."""
    left = start
    low = max(0, start - MAX_TITLE)
    while left > low and text[left - 1] not in _OPEN and text[left - 1] not in _CLOSE and text[left - 1] != "\n":
        left -= 1
    if left == low or text[left - 1] not in _OPEN:
        return None
    if text[left - 1] == '"' and text.count('"', text.rfind("\n", 0, left) + 1, left - 1) % 2:
        return None  # a straight mark that closes a quotation before the name
    right = end
    high = min(len(text), end + MAX_TITLE)
    while right < high and text[right] not in _CLOSE and text[right] not in _OPEN and text[right] != "\n":
        right += 1
    if right == high or text[right] not in _CLOSE:
        return None
    inner = text[left:right]
    if _SENTENCE_MARK.search(inner) is not None:
        return None
    words = _WORD.findall(inner)
    if len(words) < MIN_TITLE_WORDS:
        return None
    if any(w[0].islower() and w.lower() not in FUNCTION_WORDS for w in words):
        return None
    return f'a title in quotation marks: "{inner}"'
