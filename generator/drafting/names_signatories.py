"""The signatories of an open letter, one a line under its closing: each a person.

    >>> text = "We ask you to act.\\nYours faithfully,\\n\\nDr Ana Ruiz, Surgeon, GPHC\\nDr Tom Hale, Anaesthetist\\n"
    >>> [text[a:b] for a, b in signatory_lines(text, [])]
    ['Dr Ana Ruiz', 'Dr Tom Hale']

A letter signed by several people lists them under its closing line ("Yours
faithfully,"), one a line, each name before a comma and their post ("Dr Rajiv Singh,
Head of Emergency Medicine, GPHC").  `signatures` reads the first as the letter's
signature; the others are people the letter names too, on lines a page's layout reads
as furniture.  The list ends at the first line of another shape ("and 64 other
medical practitioners").  The first line's name is left to `signatures` when it finds it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .signatures import VALEDICTION, find_signatures

MAX_SIGNATORIES = 100
"""Lines read under a closing line: a long letter's list of signatories."""
_LINE = re.compile(r"[^\n]+")
_LIST_LABEL = re.compile(r"(?:Signatories|Signed[ \t]+by)[ \t]*[,.:]?")
"""A label over a list of signatories, where no closing line (`signatures.VALEDICTION`) stands."""
_SIGNATORY = re.compile(r"[ \t]*((?:(?:Dr|Prof|Mr|Mrs|Ms|Rev|Hon|Sir|Dame)\.?[ \t]+)?"
                        r"[A-Z][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'’.-]*){1,3})[ \t]*(?:,[^\n]*)?$")
"""A signatory's line: a name of two to four capitalised words (perhaps after an honorific),
then nothing or a comma and their post."""


def _lines_after(text: str, position: int) -> list[tuple[int, int]]:
    """(start, end) of the non-blank lines after ``position`` up to the first blank line after one."""
    lines: list[tuple[int, int]] = []
    for _ in range(2 * MAX_SIGNATORIES):  # blank lines between count too: bounded
        if len(lines) >= MAX_SIGNATORIES or position >= len(text):
            break
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if text[position:end].strip():
            lines.append((position, end))
        elif lines:
            break
        position = end + 1
    return lines


def signatory_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the name of each signatory listed under a letter's closing line."""
    found: list[tuple[int, int]] = []
    for closing in _LINE.finditer(text):
        written = closing.group().strip()
        if not (VALEDICTION.fullmatch(written) or _LIST_LABEL.fullmatch(written)):
            continue
        for start, end in _lines_after(text, closing.end() + 1):
            line = _SIGNATORY.fullmatch(text, start, end)
            if line is None:
                break
            found.append(line.span(1))
    if not found:
        return found
    signed = sorted((s.start, s.end) for s in find_signatures(text, spans))
    starts = [x for x, _ in signed]
    return [(a, b) for a, b in found if not _overlaps(signed, starts, a, b)]


def _overlaps(signed: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Whether ``a``–``b`` overlaps a signature of ``signed`` (sorted, not overlapping one another)."""
    index = bisect_left(starts, b)
    return index > 0 and signed[index - 1][1] > a
