"""A given name and one initial: a person the page keeps anonymous, no person of the story.

    >>> initial_last(["Glenda", "R."])
    True
    >>> initial_last(["Michael", "J.", "Fox"])
    False

Donor lists, comment threads and reader letters shorten a private person's name to a given
name and the surname's initial ("Glenda R., Portsmouth — EC$ 50"); a news story names the
people it reports on in full, or writes the initial inside the name ("Michael J. Fox").  A
name so shortened and with no cue (no title, no speech verb) is left out; one that speaks
("said Glenda R.") keeps its cue and stays.
"""

from __future__ import annotations

import re

_INITIAL = re.compile(r"[A-Z]\.?")


def initial_last(words: list[str]) -> bool:
    """Whether the name is two words: a given name, then a single capital (maybe with a stop)."""
    return len(words) == 2 and len(words[0]) > 2 and _INITIAL.fullmatch(words[1]) is not None
