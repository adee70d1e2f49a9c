"""Elegant variation: a description a story uses for the person it has just named.

    >>> is_variation("the researcher"), is_variation("the former Dutch prime minister"), is_variation("the official")
    (True, True, False)

English news avoids repeating a name: "Kjærgaard expects … “…,” the researcher
says"; "Rutte said … “…,” the former Dutch prime minister said".  A definite
description that no introduction of the article fits (`roles`) refers to the person
named as the speaker or subject of the sentence before, even one the article gives
another role, when it is

* headed by a noun for someone's expertise or trade of inquiry (`EXPERTISE_NOUNS`:
  "the researcher", "the detective"), which the article need not have introduced; or
* a *former* role ("the former prime minister"): a past office, which no
  introduction of the person's present role could fit.

An unnamed source ("the official", "the source") is no variation: it is the unnamed
one before, and stays nobody; "the analyst" and "the expert", also said of unnamed
people, are the named one when the sentence before names them.
"""

from __future__ import annotations

import bisect
import re

from .roles import Holder, RoleTable, sentence_ends

EXPERTISE_NOUNS = frozenset("""
    researcher scholar academic professor detective investigator historian specialist scientist
    economist author criminologist demographer sinologist analyst expert
""".split())
"""Nouns for a person by their expertise or inquiry, which a story uses for the expert or
investigator it has named without having introduced them so."""

_DEFINITE = re.compile(r"(?:the|The)\s+(?P<words>(?:[\w’'-]+\s+){0,4}?)(?P<head>[a-z][\w-]*)")
_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)", re.I)


def is_variation(phrase: str) -> bool:
    """Whether ``phrase`` is a definite description that may stand for the person just named."""
    found = _DEFINITE.fullmatch(phrase.strip())
    if found is None:
        return False
    return found.group("head").lower() in EXPERTISE_NOUNS or _FORMER.search(found.group("words")) is not None


def variation_holder(phrase: str, offset: int, named: tuple[list[int], list[str]], roles: RoleTable,
                     line_of) -> tuple[str, Holder] | None:
    """(key, holder) for a variation ``phrase`` at ``offset``: the person the article
    introduced with its words ("Detective Senior Sergeant Aroha Tane … The detective
    says"), else the person named as a speaker or subject before it, no further back
    than the sentence before."""
    if not is_variation(phrase):
        return None
    introduced = roles.introduced_with(phrase, offset)
    if introduced is not None:
        return introduced
    text = roles.text
    offsets, keys = named
    index = bisect.bisect_left(offsets, offset)
    if index == 0 or sentence_ends(text, offsets[index - 1], offset) > 1:
        return None
    key = keys[index - 1]
    return key, Holder(key, frozenset(), "the person named in the sentence before", line_of(offsets[index - 1]))
