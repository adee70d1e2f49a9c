"""A stance a source is quoted in: kept although its phrase is diplomatic stock.

    >>> quoted_stance('Bangkok was "following developments closely"', "following closely", True)
    True
    >>> quoted_stance("Jakarta was following the reports closely", "following closely", True)
    False

`substance` drops "monitoring" and "following closely" whoever says them: said by
the reporter, or paraphrased, they tell the reader nothing.  When the story puts
the source's own words in quotation marks inside the statement ("the government
was “monitoring the situation”", "would “monitor closely” how it handled refunds",
"monitoring the deployment “in real time”"), it reports that source's stated
position, which a reader may hold them to: the statement is a candidate.  A
statement that is all quotation ("“We are following this case closely,” a
spokesperson said") has no marks inside once unquoted, and stays dropped.
"""

from __future__ import annotations

STANCE_KINDS = frozenset({"monitoring", "following closely", "diplomatic stock", "a discussion"})
"""Kinds of `substance.STOCK_PHRASES` that are a source's stance toward events or toward
another state ("cooperation with Pyongyang was “not directed against third countries”"), or
its own word for what was discussed ("the two sides discussed their “strategic partnership”")."""
_MARKS = ("“", "”", '"')


def quoted_stance(quote: str, kind: str | None, attributed: bool) -> bool:
    """Whether ``quote``, stock of ``kind``, is a stance an ``attributed`` source is quoted in."""
    return attributed and kind in STANCE_KINDS and any(mark in quote for mark in _MARKS)
