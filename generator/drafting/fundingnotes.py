"""A page's notes on who pays for it or answers for it: a sponsor's tag, a funding note,
a labelled disclaimer.  `furniture` calls `funding_note` for every line.

    >>> funding_note("In association with Brightwater Energy Ltd")
    ('sponsor', "a sponsor's tag")
    >>> funding_note("This reporting was supported by a grant from the Coastal Press Fund.")
    ('credit', 'a funding note')
    >>> funding_note("Disclaimer: Prices are indicative only.")
    ('disclaimer', "a disclaimer's label")
    >>> funding_note("In association with Ghana, Togo plans a new border post.") is None
    True

* A sponsor's tag: "Presented by", "In association with", "In partnership with" or "Paid for
  by" and a capitalised name that ends the line or a dash before the sponsor's slogan ("Presented
  by Norvik Heat — warmth from the fjord").  A sentence that opens so goes on after the name
  ("In association with Ghana, Togo plans …", "Presented by the minister on Monday, the plan …").
* A funding note: the page's own work — "this reporting", "this story", "the author's
  reporting", "our coverage" — "was supported", "funded" or "made possible" by someone.
  News of a project's funding names the project ("The bridge was funded by …"), not the page.
* A disclaimer under its label ("Disclaimer:", "Legal notice:"): the publisher's, whatever
  it says.
"""

from __future__ import annotations

import re

_SPONSOR_TAG = re.compile(r"^(?i:presented\s+by|(?:produced\s+)?in\s+(?:association|partnership)\s+with|paid\s+for\s+by)"
                          r"[ \t]+[A-Z][^,.;:!?—–|]*?[ \t]*(?:$|[—–|]|-[ \t])")
_PAGE_WORK = (r"(?:reporting|report|story|article|journalism|coverage|investigation|series|tracker|newsletter"
              r"|podcast|episode|page)")
_FUNDING = re.compile(r"^(?:this|our|the\s+(?:author|reporter|writer|journalist)s?['’]s?)\s+(?:[\w'’-]+\s+){0,2}"
                      + _PAGE_WORK + r"\s+(?:was|is|has\s+been|were|are)\s+(?:(?:partly|partially|generously|"
                      r"independently)\s+)?(?:supported|funded|financed|made\s+possible)\s+(?:in\s+part\s+)?by\b", re.I)
_DISCLAIMER_LABEL = re.compile(r"^(?:disclaimer|legal\s+notice|legal\s+disclaimer)\s*:\s*\S", re.I)
MAX_NOTE_WORDS = 40
"""A note of the page fits in two sentences; a longer line is a paragraph."""


def funding_note(text: str) -> tuple[str, str] | None:
    """``(kind, reason)`` when the line is a sponsor's tag, a funding note or a labelled
    disclaimer, else None."""
    if len(text.split()) > MAX_NOTE_WORDS:
        return None
    if _SPONSOR_TAG.match(text):
        return "sponsor", "a sponsor's tag"
    if _FUNDING.match(text):
        return "credit", "a funding note"
    if _DISCLAIMER_LABEL.match(text):
        return "disclaimer", "a disclaimer's label"
    return None
