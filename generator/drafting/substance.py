"""Statements that state nothing: stock phrases, courtesies, plans and schedules.

    >>> states_nothing("We plan to closely monitor the situation")
    'monitoring'
    >>> states_nothing("Japan will provide 5 patrol vessels") is None
    True

A candidate claim must say something a reader could check or dispute.  The
phrases below do not, whoever says them: diplomatic stock ("we are closely
monitoring", "exchanged views", "confirmed close cooperation"), courtesies
("thanked", "expressed gratitude", "welcomed"), non-answers ("did not
comment", "did not say whether"), meetings and schedules ("held talks", "is due to", "will
visit"), and a report's own furniture ("contributed to this report", "as
follows", "Photo: …").  Each is general news and press-release English, not
the wording of one source.  A question states nothing either.

Only the statement's main predicate counts: the phrase must start within
its first `PREDICATE_WORDS` words, so "a proposal that Brussels is expected
to discuss next month" at the end of a real statement does not void it.
"""

from __future__ import annotations

import re

PREDICATE_WORDS = 10

STOCK_PHRASES: dict[str, str] = {
    r"(?:closely\s+)?monitor(?:s|ed|ing)?\b": "monitoring",
    r"(?:follow|watch)(?:s|es|ed|ing)?\s+(?:\w+\s+){0,3}closely": "following closely",
    r"exchang(?:e|es|ed|ing)\s+(?:of\s+)?views": "an exchange of views",
    r"(?:held|hold|holds|holding)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:meeting|talks|call|discussions?|conversation)":
        "a meeting held",
    r"(?:also\s+)?discuss(?:ed|es)?\b": "a discussion",
    r"(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?(?:immediately\s+)?(?:comment|respond|repl(?:y|ied|ies)\b)|"
    r"declined\s+to\s+comment|could\s+not\s+be\s+reached": "no comment",
    # a reporter's note of what a speaker left out ("She did not say what the response would be", "He would
    # not say whether he planned to run again"): no answer given.  Not "declined to say whether …", which
    # analysts file as the speaker's refusal on a question of substance
    r"(?:did|does|would|could)\s+not\s+say\s+(?:exactly\s+)?(?:what|when|where|whether|how|why|who|which|if)\b"
    r"|(?:didn['’]t|wouldn['’]t|couldn['’]t)\s+say\s+(?:exactly\s+)?(?:what|when|where|whether|how|why|who|which|if)\b":
        "no answer",
    r"express(?:ed|es)?\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:deep\s+|sincere\s+)?"
    r"(?:gratitude|thanks|appreciation|condolences)": "a courtesy",
    r"(?:his|her|their|its|our|my)\s+(?:deep\s+|sincere\s+)?(?:gratitude|thanks|appreciation|condolences)":
        "a courtesy",
    r"thank(?:s|ed)?\b(?!\s+to\b)|welcom(?:e|es|ed)\b": "a courtesy",
    r"(?:is|are|was|were)\s+(?:due|scheduled|set|slated|expected)\s+to\s+(?:visit|meet|travel|tour|attend|hold|"
    r"arrive|speak|present|discuss)|(?:is|are|was|were)\s+(?:due|scheduled|slated)\s+to\b": "a schedule",
    r"prepar(?:e|es|ed|ing)\s+to\s+(?:present|announce|unveil|visit|hold|meet)": "a schedule",
    r"plan(?:s|ned)?\s+to\s+(?:closely\s+)?(?:monitor|discuss|review|meet|visit|hold|travel|attend|watch)":
        "a plan to meet, visit or watch",
    r"will\s+(?:visit|travel|meet|attend|hold\s+talks)": "a schedule",
    r"(?:reaffirm|confirm)(?:ed|s)?\s+(?:their\s+|its\s+|the\s+)?(?:close\s+)?(?:cooperation|commitment|partnership|"
    r"friendship)": "diplomatic stock",
    r"agreed\s+to\s+continue\s+(?:working|cooperat)": "diplomatic stock",
    r"^(?:close\s+|continued\s+|further\s+)?(?:cooperation|coordination|partnership|friendship)\s+(?:with|between)":
        "diplomatic stock",
    r"^(?:photo|image|picture|video|credit)s?\s*:": "a credit line",
    r"contributed\s+to\s+(?:this|the)\s+report|as\s+follows\b": "the report's own furniture",
}
"""Pattern → what kind of nothing it is (the reason, for tests and debugging)."""

_PATTERNS = [(re.compile(rf"\b(?:{pattern})", re.I), kind) for pattern, kind in STOCK_PHRASES.items()]


def states_nothing(statement: str) -> str | None:
    """What kind of empty statement ``statement`` is, or None when it states something."""
    if statement.rstrip("”\"’' ").endswith("?"):
        return "a question"
    head = " ".join(statement.split()[:PREDICATE_WORDS + 4])
    for pattern, kind in _PATTERNS:
        found = pattern.search(head)
        if found is not None and len(head[:found.start()].split()) < PREDICATE_WORDS:
            return kind
    return None
