"""A quotation signed on the line below it: pull quotes, a week's quotes, testimonials.

    “A market without a roof is a place where people get wet together.”
    — Ana Ruiz, mayor of Kumba, asking traders to be patient.

The paragraph holds nothing but the quotation, and the paragraph right under it opens
with a dash and the speaker's name: the dash does what "said" would, so the words are
the name's.  The signature line is a paragraph of its own, so the dash frame inside
one sentence (`attribution._dash_frame`) never sees the quotation it signs.

    signer_offset(text, start, end) → where the name after the dash begins, or None
"""

from __future__ import annotations

import re

from .attribution import quoted_spans

_SIGNATURE = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*[—–―]\s*(?=\S)")
"""The line break after the quotation, at most one blank line, then a dash opening the
next paragraph ("— Name, role"). A hyphen is left out: "- " opens list items too."""


def whole_quotation(paragraph: str) -> bool:
    """Whether the paragraph is one quotation and nothing else: "“We will … open.”"."""
    body = paragraph.strip()
    spans = quoted_spans(body)
    return len(spans) == 1 and spans[0] == (0, len(body))


def signer_offset(text: str, start: int, end: int) -> int | None:
    """Where the signer's words begin on the line under the quotation ``text[start:end]``,
    when that paragraph is one quotation and the next opens with a dash; else None."""
    if not whole_quotation(text[start:end]):
        return None
    found = _SIGNATURE.match(text, end)
    return found.end() if found is not None else None

