"""A post qualified by a proper name: "the Villa coach", "the Philippine defence chief".

    >>> qualified_head("the Villa coach"), qualified_head("the Philippine defence chief"), qualified_head("the coach")
    ('coach', 'chief', None)

A trade's noun alone ("the coach", "the farmer") may be anyone of that trade, so
`variation.trade_holder` takes it for the person just named only when the story
described them with it.  A post qualified by a team, country or body in capitals is
one person's ("Unai Emery said … “…,” the Villa coach said"; "Teodoro said … “…,” the
Philippine defence chief said"): a story that brings in a new person names them, so a
bare qualified post refers back to the person named as the speaker or subject of the
sentence before, in that paragraph or the one just above.
"""

from __future__ import annotations

import re

from .roles import Holder, RoleTable
from .variation import TRADE_NOUNS, named_before

OFFICE_HEADS = frozenset("chief".split())
"""Head nouns of a headline-style post ("defence chief", "police chief") that the trade nouns lack."""

_QUALIFIED = re.compile(r"(?:the|The)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)")


def qualified_head(phrase: str) -> str | None:
    """The head noun of ``phrase`` when it is a definite post qualified by a proper name."""
    found = _QUALIFIED.fullmatch(phrase.strip())
    if found is None:
        return None
    head = found.group("head").lower()
    return head if head in TRADE_NOUNS or head in OFFICE_HEADS else None


def qualified_holder(phrase: str, offset: int, named: tuple[list[int], list[str]], roles: RoleTable,
                     line_of) -> tuple[str, Holder] | None:
    """(key, holder) for a qualified post at ``offset``: the person named as a speaker or
    subject in that sentence or the one before (`variation.named_before`)."""
    head = qualified_head(phrase)
    if head is None:
        return None
    before = named_before(offset, named, roles.text)
    if before is None:
        return None
    key, at = before
    return key, Holder(key, frozenset(), f"the person named in the sentence before, a post qualified as "
                                         f"'{phrase.strip()}'", line_of(at))
