"""The header of a forum post or a reply, and an employer's closing notice under a job advert.

    >>> from .lines import parse_lines
    >>> post_furniture(parse_lines("Posted by trekker_anna")[0])
    ('byline', "a forum post's header")
    >>> post_furniture(parse_lines("Answered by Helen Ross (Minister of State)")[0]) is None
    True

* A forum heads a post with its author ("Posted by trekker_anna", "Originally posted by Sam",
  "Quote from Ana"): the line is the page's, as a byline is, though the name may be a handle.
  A reply's header ("Reply from mike") is left to `sections.mark_comments`, which opens the
  readers' comments at it: marked here, it would make the thread's first post a comment too.  A parliament's written question heads its parts with "Asked by" and
  "Answered by" and the member's name, which a reader keeps as the record's own: those two are
  left out.
* A job advert closes with the employer's notice that it is an equal-opportunity employer
  ("Horn Relief Trust is an equal opportunities employer."): every advert of the employer
  carries it, and it says nothing of the job.
"""

from __future__ import annotations

import re

from .lines import Line

_POST_HEADER = re.compile(r"(?:Posted\s+by|Originally\s+posted\s+by|Quote\s+from|Quoting)\s+\S", re.I)
MAX_HEADER_WORDS = 8
"""Words of a post's header: the author's name or handle and perhaps a date; a longer line is
a sentence of the text ("Posted by his brother to the family's page, the video spread …")."""

_EQUAL_EMPLOYER = re.compile(r"\bis\s+an\s+equal[- ]opportunit(?:y|ies)\s+employer\b", re.I)
MAX_NOTICE_WORDS = 25
"""Words of an employer's notice: the sentence and perhaps one clause more."""


def post_furniture(line: Line) -> tuple[str, str] | None:
    """``(kind, reason)`` when the line is a forum post's header or an employer's notice."""
    text = line.text.strip()
    if _POST_HEADER.match(text) and line.word_count <= MAX_HEADER_WORDS and not line.ends_sentence:
        return "byline", "a forum post's header"
    if _EQUAL_EMPLOYER.search(text) and line.word_count <= MAX_NOTICE_WORDS:
        return "credit", "an employer's equal-opportunity notice"
    return None
