"""Figures the publisher itself compiled are the reporter's own, as its own words are.

    >>> own_work("figures compiled by the Harbour Gazette from port records", "The Harbour Gazette")
    True
    >>> own_work("a survey by the Harbour Gazette", "The Harbour Gazette")
    True
    >>> own_work("figures compiled by the Harbour Gazette", "HG Media Ltd")
    True
    >>> own_work("figures compiled by the port authority", "The Harbour Gazette")
    False

"The catch is the smallest in a decade, according to figures compiled by the Harbour
Gazette from port records": a source whose agent, after "by", is the newspaper that
publishes the article is the newspaper's own work — its reporters counted — so the
statement is in the reporter's voice, as one the publisher is the subject of is
(`speakers`).  The publisher may be the company that owns the title, named by the
title's initials and a company's word ("HG Media Ltd" publishes the Harbour Gazette).
The agent is read up to a preposition that says where the work came
from or when ("from port records", "in March"), which is no part of the name.
"""

from __future__ import annotations

import re

from .variants import organisation_fingerprint

_AGENT = re.compile(r"\bby\s+(?P<agent>[^,;()]{2,80}?)(?=\s+(?:from|in|on|at|for|over|since|during|between|with"
                    r"|using|based)\s|[,;()]|$)")
"""The agent after "by", up to a preposition, a comma or the end (lazy within 80 characters)."""


def own_work(words: str, publisher: str | None) -> bool:
    """Whether ``words`` name a work whose agent (after "by") is ``publisher``, or the
    title whose initials the publishing company's name is (`_company_of`)."""
    if not publisher:
        return False
    wanted = organisation_fingerprint(publisher)
    return any(organisation_fingerprint(found.group("agent")) == wanted or _company_of(found.group("agent"), publisher)
               for found in _AGENT.finditer(words))


_COMPANY_WORDS = frozenset("media group ltd limited inc plc publishing publications publishers press holdings "
                           "company co corp corporation llc sa".split())
"""Words a publishing company adds to its title's initials: "HG Media Ltd"."""


def _company_of(agent: str, publisher: str) -> bool:
    """Whether ``publisher`` is the initials of ``agent``'s capitalised words followed by
    company words only ("HG Media Ltd" of "the Harbour Gazette"); two initials at least."""
    initials = "".join(w[0] for w in agent.split() if w[:1].isupper())
    words = publisher.replace(".", "").split()
    return len(initials) >= 2 and len(words) >= 2 and words[0] == initials \
        and all(w.lower() in _COMPANY_WORDS for w in words[1:])
