"""A demonym naming a community inside another state: a people, not the state it is named after.

    >>> names_a_community(" member of its presidency has blocked them"), names_a_community(" minority in the north")
    (True, True)
    >>> names_a_community(" members of parliament said"), names_a_community(" government said")
    (False, False)

Many demonyms are also the names of peoples who live in other states: "the Serb member of
Bosnia's presidency", "the Hungarian minority in Slovakia", "Albanian-majority
municipalities in North Macedonia", "the Tamil community in Toronto".  Written before a
word for a community's share of a state (its member of a shared presidency, a minority, a
community, an enclave, a "-majority" or "-populated" area), the demonym names that people,
and the state it is named after is no party of the story.  "The Ukrainian population" is the
state's own people, and is left out.  "Serbian members of parliament"
are Serbia's: a member "of" something other than a parliament or a house (a presidency, a
council shared by peoples) is read, a parliament's member left alone.
"""

from __future__ import annotations

import re

_COMMUNITY = re.compile(
    r"(?:[ \t]+(?:minorit(?:y|ies)|communit(?:y|ies)|enclaves?|diasporas?)\b"
    r"|-(?:majority|populated|speaking|inhabited)\b"
    r"|[ \t]+members?[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+|[A-Z][\w'’-]*['’]s[ \t]+)?"
    r"(?:(?:joint|tripartite|collective|three-member|rotating)[ \t]+)?presidency\b)")
"""After a demonym: a word for a people's share of a state, or a seat on a presidency shared by
peoples."""


def names_a_community(after: str) -> bool:
    """Whether the text right ``after`` a demonym makes it a community's name."""
    return _COMMUNITY.match(after) is not None
