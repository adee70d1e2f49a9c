"""A notice's deadline: a labelled date that tells the reader when to act.

"Publication date: 9 June 2026" and "Last updated: 10 June 2026" date the page; "Deadline
for submission of tenders: 28 July 2026, 13:00 (CET)" or "Closing date: 1 May" is what a
call for tenders, a consultation or a vacancy asks of its reader, and the annotation keeps
it as the notice's text.  The date rules mark both as date lines; this takes the deadline
back.
"""

from __future__ import annotations

import re

from .lines import Line

_DEADLINE_LABEL = re.compile(r"(?:(?:[A-Z][a-z]+ )?[Dd]eadline|Closing date|Applications close|Submissions close"
                             r"|Apply by|Respond by)\b[^:\n]{0,60}:[ \t]")
"""A label that names the time limit for the reader's action, opening the line (matched at
its start; the label is short, so the bounded run before ":" cannot backtrack far)."""


def keep_deadlines(lines: list[Line], kinds: dict) -> None:
    """Take out of ``kinds`` the date lines whose label is a deadline's."""
    for line in lines:
        kind = kinds.get(line.number)
        if kind is not None and kind[0] == "date" and _DEADLINE_LABEL.match(line.text):
            del kinds[line.number]
