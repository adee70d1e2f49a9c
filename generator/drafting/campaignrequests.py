"""A request kept up over a stretch of time is the reporter's background, not words said.

    >>> t = "The union has for years asked the council to repave the road."
    >>> long_campaign(t, t.index("asked"), t.index("asked") + 5)
    True
    >>> t = "The union asked the council on Monday to repave the road."
    >>> long_campaign(t, t.index("asked"), t.index("asked") + 5)
    False

"For months, the mayor has pleaded with the ministry to fund the bridge"; "Fishermen
have for years asked the port to dredge the channel": a verb of asking in the perfect
with a duration ("for months", "for the past two years", before the verb or right after
it: "Kyiv had asked for months for …") reports a campaign — many
requests, on no one occasion and in no one wording — which the reporter sums up as the
background of the story.  What was asked for is then the reporter's account, not a
statement of the requester's: no frame.  A request on one occasion ("asked the council
on Monday to …") and a statement that lasts ("has for years said that …", a position
with its own words) are left as they are.
"""

from __future__ import annotations

import re

_REQUESTS = frozenset("""
    asked asks urged urges pleaded pleads appealed appeals begged begs implored implores pressed presses
    lobbied lobbies petitioned petitions demanded demands called
""".split())
"""Verbs of asking someone for something (the first word of a phrasal one: "called on",
"pleaded with", "appealed to")."""

_PERIOD = r"(?:days|weeks|months|years|decades)"
_DURATION = re.compile(
    r"\b(?:[Ff]or|[Oo]ver)\s+(?:the\s+(?:past|last)\s+)?(?:(?:many|several|some|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d{1,3})\s+)?" + _PERIOD + r"\b")
"""A stretch of time: "for months", "for the past two years", "over several weeks"."""
_DURATION_AFTER = re.compile(r"\s+" + _DURATION.pattern + r"(?!\s+of\b)")
"""A stretch of time right after the verb ("had asked for months for …"), not a thing asked
for ("has asked for two years of funding")."""
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|long|been)\s+)?(?:[Ff]or\s+[\w ]{1,30}?\s+)?$")
"""The perfect's auxiliary right before the verb, a duration between them allowed ("has for months ")."""
_CLAUSE_START = re.compile(r"[.;!?]\s|\n|\b(?:but|while|and)\s")
REACH = 160
"""Characters before the verb read for its clause: a subject and an opening phrase."""


def long_campaign(text: str, verb_start: int, verb_end: int) -> bool:
    """Whether the verb at ``verb_start``–``verb_end`` is a request in the perfect with
    a duration in its clause before it or right after it (see the module docstring); bounded by `REACH`."""
    verb = text[verb_start:verb_end].split()
    if not verb or verb[0].lower() not in _REQUESTS:
        return False
    low = max(0, verb_start - REACH)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, low, verb_start)]
    clause = text[starts[-1] if starts else low:verb_start]
    return _PERFECT.search(clause) is not None \
        and (_DURATION.search(clause) is not None or _DURATION_AFTER.match(text, verb_end) is not None)
