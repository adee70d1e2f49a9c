"""A named person's request, relayed by people the article does not name.

"Aides said Yoon had used a meeting with Xi … to ask Beijing to use its
influence": the aides only tell it; the request is Yoon's own speech act, and
an unnamed teller gives the article no speaker of its own to credit instead.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .model import ClaimGuess
from .people import PersonMention

_REQUEST = r"(?:ask|urge|press|tell|warn|call\son|demand|request|appeal\sto)"
_ACT = re.compile(
    r"\s(?:(?:had|has|have)\s)?(?:(?:used|took|seized)\s[^.;:“”\"]{1,160}?\sto\s" + _REQUEST + r"\b"
    r"|(?:asked|urged|pressed|told|warned|called\son|demanded|requested|appealed\sto)\s)")
"""After the subject's name: "had used a meeting … to ask", "had urged" (matched at the name's end)."""


def relayed_actor(text: str, start: int, end: int, mentions: list[PersonMention],
                  starts: list[int]) -> PersonMention | None:
    """The person named first in ``text[start:end]`` when the words tell of their
    request ("Yoon had used a meeting … to ask …"), else None."""
    at = bisect.bisect_left(starts, start)
    if at == len(mentions) or mentions[at].start != start or mentions[at].end >= end:
        return None  # the statement must open with the name: its subject
    return mentions[at] if _ACT.match(text, mentions[at].end, end) else None


def credit_relayed_acts(claims: list[ClaimGuess], framed: set[int], text: str,
                        mentions: list[PersonMention], starts: list[int]) -> list[ClaimGuess]:
    """``claims`` with each candidate that an unnamed teller relays (its start in
    ``framed``, its ``by`` empty) and that tells of a named person's request
    credited to that person."""
    out = []
    for claim in claims:
        actor = None
        if not claim.by and claim.start in framed:
            actor = relayed_actor(text, claim.start, claim.start + len(claim.quote), mentions, starts)
        if actor is None:
            out.append(claim)
            continue
        name = text[actor.start:actor.end]
        out.append(replace(claim, by=actor.key, reason=f"{claim.reason}; the request is {name}'s, relayed"))
    return out
