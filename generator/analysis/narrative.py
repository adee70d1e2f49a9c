"""Split a paragraph into narrative (the reporter's words) and direct speech.

Two independent reports of one press conference quote the same sentences;
what betrays a rewrite is shared *narrative*.  So text inside quotation
marks is set aside before texts are compared (see `reuse`).

    >>> narrative_runs('Austin said: "We now assess 10,000." He left.')
    ['Austin said: ', ' He left.']

Quotation marks: “…” and ‘…’ (curly), "…" and '…' (straight).  A straight
or right single mark between two letters is an apostrophe ("we've",
"Ukraine's"); otherwise a mark after a space (or at the start) opens, one
before a space or punctuation (or at the end) closes.  Quotes nest ("'By
'tin-cupping' to …'"): only text at depth 0 is narrative.  Each paragraph
starts at depth 0, because news style leaves a quote that runs on to the
next paragraph unclosed.
"""

from __future__ import annotations

import re
import unicodedata

OPENING = "“‘"
CLOSING = "”’"
STRAIGHT = "\"'"
_OPEN_BEFORE = " \t([{—–-/"
_MARK = re.compile(f"[{OPENING}{CLOSING}{STRAIGHT}]")
"""Any quotation mark: only these characters can change the depth."""


def narrative_runs(paragraph: str) -> list[str]:
    """The runs of `paragraph` outside quotation marks, in order."""
    runs, depth, start = [], 0, 0
    for mark in _MARK.finditer(paragraph):  # not a loop over every character: seeds are long
        i = mark.start()
        role = _role(paragraph, i, depth)
        if role is None:
            continue
        if role == "open":
            if depth == 0:
                runs.append(paragraph[start:i])
            depth += 1
        elif depth > 0:  # a closing mark outside any quote is ignored
            depth -= 1
            if depth == 0:
                start = i + 1
    if depth == 0:
        runs.append(paragraph[start:])
    return [run for run in runs if run.strip()]


def _role(text: str, i: int, depth: int) -> str | None:
    """``open``, ``close`` or None (an apostrophe) for the mark at ``text[i]``."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char in "'’" and before.isalnum() and after.isalnum():
        return None
    if char in OPENING:
        return "open"
    if char in CLOSING:
        return "close"
    opens = before in _OPEN_BEFORE and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens != closes:
        return "open" if opens else "close"
    if char == "'":
        return None  # "o'clock"-like or stray: not a quote
    return "close" if depth else "open"


_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Normalised words: NFKC, case-folded, punctuation dropped ("U.S." → u, s)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
