"""Words, an aside, then "said Full Name": the words before the aside are what was said.

"The harvest could reach 340,000 tonnes, up by half, said Amira Ben Salah" reads like
"Name, apposition, said" with a clause in the name's place; but "said" takes no person
for its object, so a full name right after it is its subject, and the words before the
first comma are a clause the verb reports.  A subject followed by an aside is a speaker
only when it is a noun phrase; a finite auxiliary ("could reach", "have not been") or a
figure ("lost about 1% of their volume") marks a clause or a measurement instead, never
"The governor, Kathy Hochul, said …" or "Ana Ruiz, a chemist, said …".
"""

from __future__ import annotations

import re

FINITE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must)\s")
"""A finite auxiliary: the words around it are a clause, not a noun phrase (here in a subject,
in `attribution` in an aside before an inverted verb)."""
_FIGURE = re.compile(r"\d")


def clause_not_subject(words: str) -> bool:
    """Whether the words read as the subject before an aside are a clause or a measurement.

    >>> clause_not_subject("Tea exports have not been this weak"), clause_not_subject("The governor")
    (True, False)
    >>> clause_not_subject("Glaciers lost about 1% of their volume last year")
    True
    """
    return FINITE.search(words) is not None or _FIGURE.search(words) is not None
