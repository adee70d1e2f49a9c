"""Figures the reporter's sentence credits to a person without a speech verb.

"Antony Blinken's figure of about 8,000 …" and "Washington's figure, given by
Defense Secretary Lloyd Austin, was about 10,000" state a number in the
reporter's voice, yet the number is the named person's: its owner speaks it,
as if the sentence said "Blinken put the number at 8,000".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .model import ClaimGuess
from .people import PersonMention

_FIGURE = r"(?:figure|estimate|count|tally|forecast|projection|assessment|number|toll)s?"
"""Nouns for a quantity someone put forward (a short general table, not keyed to a story)."""

_POSSESSED = re.compile(r"['’]s\s(?:(?:own|latest|new|earlier|revised|initial)\s)?" + _FIGURE + r"\b(?!-)")
"""After a name: "'s figure", "'s latest estimate" (matched at the name's end, never searched)."""

_GIVEN = re.compile(r"\b" + _FIGURE + r",\s(?:as\s)?(?:given|provided|put forward|offered|released|cited)\sby\s")
"""A figure in apposition with its giver: "Washington's figure, given by …"."""

_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s){0,5}")
"""Capitalised words between "given by" and the name: a title ("Defense Secretary")."""


def figure_owner(text: str, start: int, end: int, mentions: list[PersonMention],
                 starts: list[int]) -> PersonMention | None:
    """The person whose figure the statement ``text[start:end]`` states, else None."""
    inside = mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
    given = _GIVEN.search(text, start, end)
    if given is not None:
        titles = _TITLE_WORDS.match(text, given.end())
        after = titles.end() if titles else given.end()
        # the giver's name follows its title; a title word the name finder kept is the name's start
        return next((m for m in inside if given.end() <= m.start <= after), None)
    owners = [m for m in inside if _POSSESSED.match(text, m.end) and _counted(text, m.end, end)]
    return owners[0] if len(owners) == 1 else None  # two owners: the sentence compares, nobody says it


_STATED = re.compile(r"['’]s\s(?:\w+\s)?" + _FIGURE + r"\s(?:of|at)\s(?:\w+\s){0,2}\d")
"""A possessed figure with its number: "'s figure of about 8,000" (matched at the name's end)."""


def _counted(text: str, at: int, end: int) -> bool:
    """Whether the possessed figure is a number stated ("… figure of about 8,000"),
    not one merely referred to ("doubted Budanov's figure")."""
    return _STATED.match(text, at, end) is not None


def credit_figures(claims: list[ClaimGuess], text: str, mentions: list[PersonMention],
                   starts: list[int]) -> list[ClaimGuess]:
    """``claims`` with each reporter's-voice candidate that states a person's figure
    credited to that person."""
    out = []
    for claim in claims:
        owner = None if claim.by else figure_owner(text, claim.start, claim.start + len(claim.quote), mentions, starts)
        if owner is None:
            out.append(claim)
            continue
        reason = f"the figure of '{text[owner.start:owner.end]}', named in the sentence"
        out.append(replace(claim, by=owner.key,
                           reason=claim.reason.replace("the reporter's own words: no speaker", reason, 1)))
    return out
