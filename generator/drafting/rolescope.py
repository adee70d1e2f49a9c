"""Whether a role phrase and an introduction are of the same scope: a body of several
states ("the alliance's chief") or one country ("Croatian Prime Minister").

    >>> beyond_states("The alliance's chief"), national(frozenset({"HR", "prime", "minister"}))
    (True, True)

A role phrase that points back at an alliance, a bloc or an international
organisation names the one who leads that body, never someone the article
introduced as one country's office holder, however recently they were named:
"… after talks with Croatian Prime Minister Andrej Plenković. The alliance's
chief said …" is NATO's secretary general speaking.
"""

from __future__ import annotations

import re

_BEYOND_STATES = re.compile(r"\b(?:alliance|bloc|organi[sz]ation)['’]s?\s", re.I)
"""A possessive of a body of several states, pointing back at it."""


def beyond_states(phrase: str) -> bool:
    """Whether a role phrase points back at a body of several states (`_BEYOND_STATES`)."""
    return _BEYOND_STATES.search(phrase) is not None


def national(words: frozenset[str]) -> bool:
    """Whether an introduction's descriptor words name a country (`roles.words_of`
    writes a country or demonym as its two-letter ISO code)."""
    return any(len(w) == 2 and w.isupper() for w in words)
