"""A first of its kind, for `claimmatch`.

    >>> novelty("The North Korean troops would be the first foreign military to join the war")
    (True, True)
    >>> novelty("A first group of up to 2,100 North Korean soldiers was flown to Kursk")
    (False, True)
    >>> novelty("This is an army of another state joining a war of aggression.")
    (False, False)

A claim that something happens for the first time ("the first foreign military to
join the war", "the first time in more than a century") states that it is new, not
only that it happens: a text that says an army joins the war and nothing of a first
("This is an army of another state joining a war of aggression") states less, and
costs `NOVELTY_MISSING`.  A restatement says the first with "first" or
"unprecedented" ("a first in this war"), or with a negation ("never before", "not
since 1917", "has not invited a foreign army … in over a hundred years"), which
`claimnegation.negates` finds.  "A first group of …" is an order, not a novelty: the
claim's side reads only "first time" and "the first … to" (`_FIRST`).
"""

from __future__ import annotations

import re

NOVELTY_MISSING = 0.1
"""Less when the claim states a first and the candidate neither says "first" nor negates."""

_FIRST = re.compile(r"(?i)\bfirst\s+(?:time\b|(?:[^\W\d_][\w'’-]*\s+){1,3}to\s+[^\W\d_])")
""""first time" or "first" and at most three words before "to" ("the first foreign
military to join", not "a first group of up to 2,100"): bounded, after a fixed word, so the search is linear."""
_SAYS_FIRST = re.compile(r"(?i)\b(?:first|unprecedented)\b")


def novelty(text: str) -> tuple[bool, bool]:
    """(whether ``text`` states a first of its kind, whether it says "first" at all)."""
    return bool(_FIRST.search(text)), bool(_SAYS_FIRST.search(text))


def novelty_missing(claim_states_first: bool, says_first: bool, negation: bool) -> tuple[float, str]:
    """`NOVELTY_MISSING` less when the claim states a first (``claim_states_first``) and the
    candidate neither says "first" (``says_first``) nor negates anything (``negation``)."""
    if claim_states_first and not says_first and not negation:
        return -NOVELTY_MISSING, "no first"
    return 0.0, ""
