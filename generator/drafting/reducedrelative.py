"""A speech verb that only dates the noun before it frames no words.

"… in the northern offshore area, near the Al-Nokhatha discovery announced in
2024.": "announced in 2024" is a past participle after its noun (a reduced
relative clause: "the discovery that was announced in 2024"), telling when, not
who speaks; the clause before it is the speaker named earlier in the sentence
("Khaled Al-Ajmi … said the first well would be spudded …"), not "near the
Al-Nokhatha discovery".  Read so when the words before the verb open with a
preposition (no clause's subject does) and only a time follows it before the
sentence or clause ends: "the plan unveiled last week", "a deal signed on Monday".
"""

from __future__ import annotations

import re

_PREPOSITION = re.compile(r"(?:near|in|at|on|from|of|with|for|to|into|after|before|under|over|about|beside|behind"
                          r"|around|off|across|along|towards?|past|since|until|despite)\s")
"""A lower-case preposition opening the words before the verb."""
_TIME_ONLY = re.compile(r"\s+(?:(?:in|on|by)\s+(?:early\s+|late\s+|mid-)?(?:\d{4}|[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)"
                        r"|last\s+(?:week|month|year|[A-Z][a-z]+)|earlier\s+this\s+(?:week|month|year)"
                        r"|(?:this|that)\s+(?:week|month|year)|(?:yesterday|today))(?=\s*(?:[,;.)]|$))")
"""Only a time after the verb: "in 2024", "on Monday", "in March 2025", "last week"."""


def dating_participle(text: str, subject: tuple[int, int], verb_end: int) -> bool:
    """Whether the verb ending at ``verb_end``, after the words ``subject``, only dates a noun.

    >>> s = "He said the well is near the Al-Nokhatha discovery announced in 2024."
    >>> dating_participle(s, (20, 50), 60)
    True
    >>> s = "In a statement the ministry announced on Monday that it would sell."
    >>> dating_participle(s, (0, 27), 37)
    False
    """
    return _PREPOSITION.match(text, subject[0]) is not None and _TIME_ONLY.match(text, verb_end) is not None
