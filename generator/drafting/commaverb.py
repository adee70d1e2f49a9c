"""A speech verb after a bare comma: the clause before it is the words, not the subject.

English never puts a comma between a subject and its verb unless an apposition or an
aside stands between them ("Varga, a chemist, said"), which `attribution` reads first.
So in "The wells were contaminated with arsenic, said Tomas Varga, a chemist." the
words before the comma are what was said and the speaker follows the verb, even though
no quotation marks close them: reading "The wells were contaminated with arsenic" as
the subject credits the claim to its own words.
"""

from __future__ import annotations

import re


def comma_before_verb(text: str, verb_start: int, verb_end: int) -> bool:
    """Whether a bare comma ends the words before a speech verb (no apposition read
    there) and a speaker follows the verb (a capitalised word or a determiner): those
    words are then a clause the verb reports, not its subject.  "Peskov, asked about
    the treaty: …" and "Nassar, said that …" are a name and its verb, whatever comma.

    >>> t = "Prices rose by a third last year, said Ana Ruiz."
    >>> comma_before_verb(t, t.index("said"), t.index("said") + 4), comma_before_verb("Ana Ruiz said", 9, 13)
    (True, False)
    >>> t = "Peskov, asked about the treaty, said nothing."
    >>> comma_before_verb(t, 8, 13)
    False
    """
    return text[max(0, verb_start - _GAP):verb_start].rstrip().endswith(",") \
        and _SPEAKER_NEXT.match(text, verb_end) is not None


_SPEAKER_NEXT = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|his|her|its|their|our|one)\s)")
"""After an inverted verb, its subject: a name or title, or a determiner ("said the ministry")."""
_GAP = 4
"""Characters looked back from the verb: the comma and the spaces after it."""


def clause_not_apposition(between: str) -> bool:
    """Whether the words between two commas before a speech verb open a second clause
    or a remark on a thing, never an apposition on a speaker: "and about 30% exceeded
    the limit", "which is used for spraying". Then the verb is inverted and its subject
    follows it ("…, and about 40% survived bendiocarb, which is used for spraying
    inside homes, said Dr Prisca Ngaïkoumon").

    >>> clause_not_apposition("and about 30% exceeded the limit"), clause_not_apposition("a chemist")
    (True, False)
    """
    first = between.split(maxsplit=1)[0].lower() if between.strip() else ""
    return first in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset("and but which".split())
"""Words an apposition on a speaker never opens with: a coordinated clause, or a relative on a thing."""
