"""Two more lines a page sets around every story or notice of its kind.

* A tip-line prompt: "Got a story? Call 75021234 or message us on Facebook.", "Have a
  story? WhatsApp the newsroom on …": the paper asking its readers for news, below the
  text, with a question and a phone number or an address, not the story's words.
* A notice's kind and number on a line of their own, above its title: "NOTICE TO
  MARINERS No. 04/2026", "PRESS RELEASE NO. 12/2025".  The words are in capitals, the
  number has a digit; the notice's title is the line below.
"""

from __future__ import annotations

import re

from .lines import Line

_TIP_PROMPT = re.compile(r"^(?:Got|Have|Know)[ \t]+(?:a|an|any)[ \t]+(?:news[ \t]+)?(?:story|tip|tip-off|lead)s?[ \t]*\?")
"""The question of a tip line, opening its line (matched at the start only)."""

_NOTICE_NUMBER = re.compile(r"^(?:[A-Z]{2,}[ \t]+){1,4}(?:No|NO|Number|NUMBER)\.?[ \t]*[A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9/._-]*$")
"""A notice's kind in capitals and its number, alone on the line."""


def tip_or_notice_number(line: Line) -> tuple[str, str] | None:
    """``(kind, reason)`` for a tip-line prompt or a notice's number line, else None."""
    if _TIP_PROMPT.match(line.text):
        return "prompt", "a tip-line prompt"
    if _NOTICE_NUMBER.match(line.text):
        return "reference", "a notice's kind and number"
    return None


def mark_page_notes(lines: list[Line], kinds: dict) -> None:
    """Mark the lines `tip_or_notice_number` finds, where no rule marked them yet."""
    for line in lines:
        if line.number not in kinds and (note := tip_or_notice_number(line)) is not None:
            kinds[line.number] = note
