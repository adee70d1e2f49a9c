"""An unnamed source named in the next sentence: "a Pentagon spokesman said … Maj. Gen.
Pat Ryder, the spokesman, said …".

    >>> indefinite_head("a Pentagon spokesman"), indefinite_head("the spokesman")
    ('spokesman', None)

A news story may give a source by their role first and their name only in the
sentence after it, which points back with a definite description of the same
noun in apposition to the name ("Pat Ryder, the spokesman,").  The first
sentence's words are then that person's.  Only the next sentence is looked at,
and only a name followed at once by ", the … <noun>": a second spokesman named
later ("Ana Ruiz, another spokesman") is somebody else.

A lede may also describe a witness by what they do ("A former cashier in Yei
River County told the court …") and a later paragraph introduce them by name
with the same noun in apposition ("James Tombe Loku, who worked under Ms Taban
as a cashier, said"): the lede's words are that person's (`introduced_later_as`).
The noun need be no title, since the apposition repeats it; the first person so
introduced within `MAX_SENTENCES_LATER` sentences is the one.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import ROLE_HEADS
from .people import PersonMention
from .roles import sentence_ends

_INDEFINITE = re.compile(r"(?:a|an|A|An)\s+(?:[\w’'.-]+\s+){0,4}?(?P<head>[a-z][\w-]*)")
MAX_AHEAD = 12
"""Mentions looked at after the phrase for the name that points back at it."""
APPOSITION_REACH = 60
"""Characters of the apposition after the name: "the spokesman", "the department's spokesman"."""


def indefinite_head(phrase: str) -> str | None:
    """The role noun heading an indefinite phrase ("a Pentagon spokesman" → "spokesman")."""
    found = _INDEFINITE.fullmatch(phrase.strip())
    return found.group("head") if found is not None and found.group("head") in ROLE_HEADS else None


def named_next(text: str, phrase: str, offset: int, mentions: list[PersonMention],
               starts: list[int]) -> PersonMention | None:
    """The mention, in the sentence after the one at ``offset``, of a person put in
    apposition with the definite form of the indefinite ``phrase``'s role noun."""
    head = indefinite_head(phrase)
    if head is None:
        return None
    apposition = re.compile(rf",\s+the\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(head)}\s*,")
    first = bisect.bisect_left(starts, offset)
    for mention in mentions[first:first + MAX_AHEAD]:
        ends = sentence_ends(text, offset, mention.start)
        if ends > 1:
            return None
        if ends == 1 and apposition.match(text, mention.end, mention.end + APPOSITION_REACH) is not None:
            return mention
    return None


_DESCRIBED = re.compile(r"(?:a|an|A|An)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<head>[a-z][\w-]{2,})"
                        r"(?:\s+(?:in|at|from|of|with|for|on)\s[^,;:]{1,60})?")
"""An indefinite description, its noun and an optional place or employer after it:
"A former cashier in Yei River County" → cashier."""
MAX_SENTENCES_LATER = 3
"""Sentences after the description in which its holder is introduced by name."""


def described_head(phrase: str) -> str | None:
    """The noun of an indefinite description of a person ("A former cashier in Yei River County")."""
    found = _DESCRIBED.fullmatch(phrase.strip())
    return found.group("head") if found is not None else None


def introduced_later_as(text: str, phrase: str, offset: int, mentions: list[PersonMention],
                        starts: list[int]) -> PersonMention | None:
    """The first mention, within `MAX_SENTENCES_LATER` sentences after ``offset``, of a person
    put in apposition with the indefinite ``phrase``'s noun: "Loku, who worked … as a
    cashier," or "Loku, a cashier at the county office,"."""
    head = described_head(phrase)
    if head is None:
        return None
    noun = rf"(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}?{re.escape(head)}\b"
    apposition = re.compile(rf",\s+(?:{noun}|(?:who|which)\s[^,;.]{{0,60}}?\bas\s+{noun})")
    first = bisect.bisect_left(starts, offset)
    for mention in mentions[first:first + MAX_AHEAD]:
        if sentence_ends(text, offset, mention.start) > MAX_SENTENCES_LATER:
            return None
        if apposition.match(text, mention.end, mention.end + APPOSITION_REACH + 40) is not None:
            return mention
    return None
