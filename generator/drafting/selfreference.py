"""The page speaking of itself: "This article argues that …", "The present study finds …".

A journal article, a report or an essay names itself as the subject of its own
claims; the words are the page's own voice (the reporter's, for the draft), not
those of a body or a person called "This article".  Only "this"/"the present"
with a noun for a piece of writing counts: "the article", "the report" or "the
study" may be another's, which the page cites.  A sentence opening so makes the
page the antecedent of an "It" after it ("This note traces … It argues that …").
"""

from __future__ import annotations

import re

_SELF = re.compile(r"(?:this|This|the\s+present|The\s+present)\s+(?:article|paper|essay|study|chapter|note|report|brief"
                   r"|briefing|analysis|piece|column|commentary|review|submission|letter|statement)")
"""The page naming itself."""
_OPENING = re.compile(_SELF.pattern + r"\s+(?:also\s+|then\s+|first\s+)?[a-z]+s\b")
"""A sentence whose subject is the page: "This note traces …", "This article argues …"."""


def self_reference(words: str) -> bool:
    """Whether a subject is the page itself.

    >>> self_reference("This article"), self_reference("the present study"), self_reference("The article")
    (True, True, False)
    """
    return _SELF.fullmatch(words.strip()) is not None


def opens_with_self(sentence: str) -> bool:
    """Whether a sentence's subject is the page itself, so that an "It" after it ("It argues
    that …") is the page too, not a phrase of that sentence.

    >>> opens_with_self("This note traces the deployment from the first reports in October"), opens_with_self("This is new")
    (True, False)
    """
    return _OPENING.match(sentence) is not None
