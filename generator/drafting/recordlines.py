"""The members a parliamentary record names on a line of its own: "Asked by Fiona Rattray (…)".

    >>> text = "Question\\nAsked by Fiona Rattray (Strathallan and Ochil)\\nTo ask the Secretary …"
    >>> [text[a:b] for a, b in record_author_lines(text, [])]
    ['Fiona Rattray ']

A written question, a motion or an amendment is printed with who asked, answered,
tabled, moved or seconded it ("Answered by Helen Mayhew-Ross (Minister of State)"), on
a short line a page's layout reads as a byline.  Unlike a reporter's byline, that
line names a person of the record itself, whom the answer and the question are by.
"Presented by" is left out: it is how a sponsor is credited ("Presented by Westbrook
Private Wealth").  An expert-reaction page's heading "Dr Hana Lindqvist, Senior Lecturer
…, comments:" names its speaker so too (`comment_heading_lines`), and an open letter its
signatories under its closing line (`names_signatories`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .headings import MAX_HEADING_CHARS, heading_name
from .names_signatories import signatory_lines

_RECORD_BY = re.compile(r"^(?:Asked|Answered|Tabled|Moved|Seconded|Proposed) by (?=[A-Z])", re.M)
MAX_LINE = 200
"""Characters of such a line read: a member's name and constituency or office."""


def record_author_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the name of every "Asked by …" line outside ``spans``, before any
    note in brackets."""
    found: list[tuple[int, int]] = []
    starts = [a for a, _ in spans]
    for match in _RECORD_BY.finditer(text):
        end = text.find("\n", match.end(), match.end() + MAX_LINE)
        end = end if end >= 0 else min(len(text), match.end() + MAX_LINE)
        note = text.find("(", match.end(), end)  # the member's constituency or office: a place, a title
        end = note if note >= 0 else end
        if not _inside(starts, spans, match.start()):
            found.append((match.end(), end))
    return found + comment_heading_lines(text, spans) + signatory_lines(text, spans)


def _inside(starts: list[int], spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls in one of the sorted ``spans`` (``starts``: their starts)."""
    at = bisect_right(starts, offset) - 1
    return at >= 0 and offset < spans[at][1]


_COLON_LINE = re.compile(r"^[^\n]{1,%d}:[ \t]*$" % MAX_HEADING_CHARS, re.M)
"""A line ending with a colon, no longer than a heading (each try bounded by the line)."""


def comment_heading_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the name of every speaker heading (`headings.heading_name`: "Dr Hana
    Lindqvist, Senior Lecturer …, comments:") outside ``spans``: an expert-reaction page
    names each expert once, on a heading above their quotation, which a layout reading
    repeated "…, comments:" lines takes for furniture."""
    starts = [a for a, _ in spans]
    found: list[tuple[int, int]] = []
    for match in _COLON_LINE.finditer(text):
        if _inside(starts, spans, match.start()):
            continue  # a line of the article: the name finder reads it
        name = heading_name(match.group())
        if name is not None:
            start = match.start() + match.group().index(name)
            found.append((start, start + len(name)))
    return found


_SIGNED = re.compile(r"^[ \t]*(?:SIGNED|Signed)[ \t]*:?[ \t]*\n[ \t]*(?=[A-Z])", re.M)
MAX_SIGNED_NAME = 80
"""Characters of the signatory's line read: a name, perhaps with initials."""


def signed_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the line under every "SIGNED" line outside ``spans``: an official
    statement's signatory ("SIGNED / Rosemary W. Kiplagat / Police Spokesperson"), whom
    the statement is by, on a short line a layout reads as furniture."""
    found: list[tuple[int, int]] = []
    for match in _SIGNED.finditer(text):
        end = text.find("\n", match.end(), match.end() + MAX_SIGNED_NAME)
        if end >= 0 and not any(a <= match.end() < b for a, b in spans):
            found.append((match.end(), end))
    return found
