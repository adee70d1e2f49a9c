"""A record's stages set out as a list of dashed rows ("First reading — 17 March 2026 —
Agreed", "Committee report tabled — 23 June 2026", "Third reading — pending"): a bill's,
a case's or a project's history, between the page's paragraphs.  The rows hold what
happened and when (a vote, a ruling), so they are the text, as a table of results is,
though each alone looks like a date line or a fragment; so is the short heading above
them ("Stages")."""

from __future__ import annotations

import re

from .dates import find_dates
from .lines import Line

_DASH = re.compile(r"[ \t][—–][ \t]")
MIN_ROWS = 3
MIN_DATED_ROWS = 2
MAX_STATUS_WORDS = 8
MIN_EVENT_WORDS = 2
MAX_HEADING_WORDS = 3


def keep_timelines(lines: list[Line], kinds: dict) -> None:
    """Take the rows of a run of stages, and the heading right above it, out of ``kinds``
    when the run lies between paragraphs the rules kept as text."""
    prose = [i for i, l in enumerate(lines) if l.is_prose and l.number not in kinds]
    if not prose:
        return
    i = prose[0] + 1
    while i < prose[-1]:
        end = i
        while end < len(lines) and _stage_row(lines[end]):
            end += 1
        run = lines[i:end]
        if len(run) >= MIN_ROWS and end <= prose[-1] \
                and sum(1 for l in run if find_dates(l.text)) >= MIN_DATED_ROWS:
            for line in run:
                kinds.pop(line.number, None)
            heading = lines[i - 1]
            if heading.word_count <= MAX_HEADING_WORDS and not heading.is_prose and heading.text[:1].isupper() \
                    and kinds.get(heading.number, ("",))[0] == "short":
                del kinds[heading.number]
        i = max(end, i + 1)


def _stage_row(line: Line) -> bool:
    """An event of two words or more, then dashed parts that are each a date or a short
    status ("pending", "Agreed (56 for, 18 against)"); no sentence."""
    parts = _DASH.split(line.text)
    if len(parts) < 2 or line.ends_sentence:
        return False
    event = parts[0].split()
    if len(event) < MIN_EVENT_WORDS or not event[0][:1].isupper() or find_dates(parts[0]):
        return False
    return all(len(p.split()) <= MAX_STATUS_WORDS for p in parts[1:])


_UPDATE_HEADING = re.compile(r"(?:Update|UPDATE)(?:[ \t]+\d{1,2})?[ \t]*[—–:-][ \t]*(?=\S)")
"""The noun "Update", perhaps numbered, then a dash or colon: "Update — 20 March 2026",
"Update 3 – Thursday 3 September, 4:15pm" (matched at the line's start)."""
_WHEN = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
                   r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}:\d\d")
MAX_UPDATE_WORDS = 9


def keep_update_headings(lines: list[Line], kinds: dict) -> None:
    """Take out of ``kinds`` the dated heading of an update a page adds to its text ("Update —
    20 March 2026" above a paragraph): the date of what the paragraph below says, not the
    page's time stamp ("Updated 20 March 2026" has the verb, and no heading's dash)."""
    for line, below in zip(lines, lines[1:]):
        if line.number in kinds and line.word_count <= MAX_UPDATE_WORDS \
                and _UPDATE_HEADING.match(line.text) and _WHEN.search(line.text) \
                and below.number not in kinds and below.is_prose:
            del kinds[line.number]
