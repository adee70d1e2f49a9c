"""Two more lines a page sets around every story or notice of its kind.

* A tip-line prompt: "Got a story? Call 75021234 or message us on Facebook.", "Have a
  story? WhatsApp the newsroom on …": the paper asking its readers for news, below the
  text, with a question and a phone number or an address, not the story's words.
* A notice's kind and number on a line of their own, above its title: "NOTICE TO
  MARINERS No. 04/2026", "PRESS RELEASE NO. 12/2025".  The words are in capitals, the
  number has a digit; the notice's title is the line below.
* A data-protection note under a form or a consultation: "Data protection: Your
  responses will be processed …", "We will keep your personal data for two years.": the
  page's legal note to whoever answers, not the notice's words.
* A donation of an appeal's recent-donations list: "Mark T. donated £50", "Anonymous
  donated $20": a widget's row, a giver and an amount, no sentence of the appeal.
"""

from __future__ import annotations

import re

from .backmatter import mark_back_matter
from .lines import Line
from .trailers import trailer

_TIP_PROMPT = re.compile(r"^(?:Got|Have|Know)[ \t]+(?:a|an|any)[ \t]+(?:news[ \t]+)?(?:story|tip|tip-off|lead)s?[ \t]*\?")
"""The question of a tip line, opening its line (matched at the start only)."""

_NOTICE_NUMBER = re.compile(r"^(?:[A-Z]{2,}[ \t]+){1,4}(?:No|NO|Number|NUMBER)\.?[ \t]*[A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9/._-]*$")
"""A notice's kind in capitals and its number, alone on the line."""

_PRIVACY_LABEL = re.compile(r"(?:Data[ \t]+protection|Privacy(?:[ \t]+(?:notice|statement|policy))?|GDPR)"
                            r"[ \t]*(?:[:—–]|-[ \t])", re.I)
"""A data-protection note's label, opening its line (matched at the start only)."""

_PERSONAL_DATA = re.compile(r"\b(?:[Ww]e[ \t]+will[ \t]+(?:keep|store|hold|process|use|retain)[ \t]+your[ \t]+"
                            r"(?:personal[ \t]+)?(?:data|information|details)"
                            r"|(?:[Pp]ersonal|[Yy]our)[ \t]+(?:personal[ \t]+)?data[ \t]+(?:will|shall)[ \t]+be[ \t]+"
                            r"(?:processed|stored|kept|held|used)[ \t]+in[ \t]+accordance)\b")
"""The page's promise about the reader's data: "We will keep your personal data …",
"Personal data will be processed in accordance with …"."""

_DONATION = re.compile(r"[\w.'’ -]{1,40}[ \t]donated[ \t]+[£$€¥]?[ \t]?\d[\d,.]*(?:[ \t]*[A-Z]{3})?[.!]?")
"""One row of a recent-donations list: a giver, "donated" and an amount, all the line."""

_GIFT_ROW = re.compile(r"[^—–]{1,60}[ \t][—–][ \t](?:[A-Z]{2,3})?[$£€¥][ \t]?\d[\d,.]*[ \t][—–][ \t].{0,60}?"
                       r"(?:\d{1,2}[ \t]+(?:minutes?|hours?|days?|weeks?)[ \t]+ago|yesterday|today|just[ \t]+now)")
"""A giver, an amount and how long ago, between dashes: "Anonymous — EC$ 100 — 2 hours ago"."""

_DONATIONS_LABEL = re.compile(r"(?:Recent|Latest|Our)[ \t]+(?:donations|donors|supporters)|Receipts?:[ \t].{0,150}\bdonations?\b.*")
"""The recent-donations list's label, and its note on receipts for the gifts."""

MAX_DONATION_WORDS = 8


def tip_or_notice_number(line: Line) -> tuple[str, str] | None:
    """``(kind, reason)`` for a tip-line prompt or a notice's number line, else None."""
    if _TIP_PROMPT.match(line.text):
        return "prompt", "a tip-line prompt"
    if _NOTICE_NUMBER.match(line.text):
        return "reference", "a notice's kind and number"
    if _PRIVACY_LABEL.match(line.text) or (line.word_count <= 40 and _PERSONAL_DATA.search(line.text)):
        return "disclaimer", "a data-protection note"
    if line.word_count <= MAX_DONATION_WORDS and _DONATION.fullmatch(line.text) \
            or line.word_count <= 3 * MAX_DONATION_WORDS and (_GIFT_ROW.fullmatch(line.text)
                                                              or _DONATIONS_LABEL.fullmatch(line.text)):
        return "donation", "a recent-donations list's row"
    return trailer(line)


def mark_page_notes(lines: list[Line], kinds: dict) -> None:
    """Mark the lines `tip_or_notice_number` finds, where no rule marked them yet."""
    for line in lines:
        if line.number not in kinds and (note := tip_or_notice_number(line)) is not None:
            kinds[line.number] = note
    mark_back_matter(lines, kinds)  # a journal article's funding and disclosure sections
