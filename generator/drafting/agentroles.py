"""A passive "chaired by" before a name gives the person the role its verb makes: the chair.

    >>> agent_role("The hearing was chaired by Senator "), agent_role("The team is led by ")
    (('chair', 16), ('leader', 12))
    >>> agent_role("The report was written by "), agent_role("He was chaired by the board and met ")
    (None, None)

"The meeting was chaired by Deputy Mayor Ana Ruiz … The Chair said"; "The
expedition, led by Tom Wren, … the leader said": English names the one who does what
a verb says with the verb's agent noun, so the agent of a passive of such a verb ("X was
chaired by <name>") holds that role as surely as "the chair, Ana Ruiz" would say.
Only verbs whose agent noun is a post someone holds over a body or an event are read
(to chair → the chair, to lead → the leader, to head → the head, to direct → the
director, to captain → the captain, to coach → the coach, to moderate → the
moderator, to host → the host, to edit → the editor); between "by" and the name
only a title may stand (capitalised words, "of", "the", "for", "and": "chaired by
Deputy Minister of Foreign Affairs Ana Ruiz").
"""

from __future__ import annotations

import re

AGENT_NOUNS = {"chaired": "chair", "led": "leader", "headed": "head", "directed": "director",
               "captained": "captain", "coached": "coach", "moderated": "moderator", "hosted": "host",
               "edited": "editor"}
"""Verbs of holding a post over a body or an event → the post's noun."""

_AGENT_BEFORE = re.compile(r"\b(?P<verb>" + "|".join(sorted(AGENT_NOUNS)) + r")\s+by\s+"
                           r"(?:(?:[A-Z][\w.’'-]*|of|for|the|and)\s+){0,10}$")
"""The passive's verb, "by" and a title, at the end of the text before a name."""


def agent_role(before: str) -> tuple[str, int] | None:
    """The role noun the passive before a name gives its agent, and where its verb
    starts in ``before``, or None (the text ``before`` ends right where the name
    starts; at most a short line's length)."""
    found = _AGENT_BEFORE.search(before)
    return (AGENT_NOUNS[found.group("verb")], found.start()) if found is not None else None
