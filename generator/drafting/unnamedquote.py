"""A quotation right after a sentence about a person nobody names is that person's.

"A former Belgian diplomat who served in Seoul, speaking on condition of anonymity,
said the greater risk lay in Asia. “Nobody in Seoul thinks this starts a war. But a
North Korea with Russian missile know-how is a different neighbour,” he said.": the
"he" closing the quotation stands for the unnamed diplomat, however many sentences
the quotation runs to, not for the last person named in the article (who would get
the anonymous source's words).  `sources.unnamed_antecedent` reads "he" so only in
the unnamed subject's sentence or the next; this reads the quotation that directly
follows that sentence as one stretch, when nothing but the quotation lies between.
"""

from __future__ import annotations

import bisect
import re

MAX_SPAN = 1500
"""Characters from the unnamed subject's sentence to the pronoun: one paragraph."""
_RUN = re.compile(r"[^\"“”]*?[.!?]\s+[\"“][^\"“”]*[\"”],?\s*")
"""The subject's sentence, unquoted, then one quotation that ends just before the pronoun."""


def quoted_after_unnamed(subject: int, offset: int, mentions: list[int], text: str) -> bool:
    """Whether a "he"/"she" at ``offset`` closes a quotation that directly follows the sentence
    at ``subject`` (-1: none), whose subject is a person nobody names, with no one named
    outside quotation marks (``mentions``: their sorted offsets) between them."""
    if not 0 <= subject < offset or offset - subject > MAX_SPAN:
        return False
    if bisect.bisect_left(mentions, subject) != bisect.bisect_left(mentions, offset):
        return False
    return _RUN.fullmatch(text, subject, offset) is not None
