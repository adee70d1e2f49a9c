"""A place left behind, for `claimmatch`: where a body moved *from* is where it no longer is.

"A large part of that force has now moved from training areas in the Far East to the
Kursk region" states where the troops are now (Kursk), and "more than 3,000 soldiers
have left their training camps in the Far East" that they are no longer training there:
the words of the place they left ("training", "Far East") are no evidence for a claim
that they train there, and would file the move under that claim.  The candidate is
compared without the phrase of the place left (`without_origins`); a provenance that is
no movement ("soldiers from North Korea", "instructors from airborne units") stays.

    >>> without_origins("most of the brigade has moved from bases in the north to the capital")
    'most of the brigade has moved to the capital'
    >>> without_origins("2,000 Chadian soldiers have left their camps near Sebha and are heading south")
    '2,000 Chadian soldiers have left and are heading south'
    >>> without_origins("instructors from the special forces are training them")
    'instructors from the special forces are training them'
"""

from __future__ import annotations

import re

_ORIGIN = re.compile(
    r"\b(?:(?:moved|moving|moves|relocated|redeployed|transferred|withdrawn|withdrew|pulled|pulling|shifted|"
    r"departed|retreated)(?:\s+(?:out|back|away))?(?:\s+of)?\s+from"
    r"|(?:left|leaving|leave|leaves|quit|abandoned|departed)(?=\s+(?:their|its|his|her|our)\b))"
    r"(\s+[^,;.:]{0,200}?)(?=\s+(?:to|towards?|into|for|and|toward)\b|[,;.:]|$)")
"""A verb of movement and the phrase of the place left, up to the destination ("to",
"into", "towards"), the next clause ("and") or a mark.  "From" only after a verb of
movement that leaves a place: "soldiers from North Korea" names whose they are, and
"troops sent (deployed, flown) from North Korea" who sends them, not a place left.  "Left"
only before a possessive ("left their camps"): "the strike left the city without power"
says what became of the city, not that anyone went away from it."""


def without_origins(text: str) -> str:
    """``text`` without the phrase of each place a movement left (`_ORIGIN`), the verb kept
    ("moved from the Far East to Kursk" -> "moved to Kursk"; "left their camps in the Far
    East and …" -> "left and …")."""
    return _ORIGIN.sub(lambda m: _verb(m), text)


_FROM = re.compile(r"\s+from$")


def _verb(match: re.Match[str]) -> str:
    """The verb of a movement ``match``, without "from" and the place after it."""
    head = match.group(0)[: match.start(1) - match.start(0)]
    return _FROM.sub("", head)
