"""Shapes of words around a state's name, capital or city-state that decide
whether it stands for the state (used by `countries`).

* a price's unit after a state's abbreviation ("66.8 US c/lb", "US¢ 40"):
  a currency, no state;
* a city-state's name glued to a word of registration or flag
  ("the Singapore-registered company"): the state that registers it, where
  "Moscow-based" is a city;
* a capital opening a route ("carried son from Santiago to the world"): a
  place a thing moves from, no government.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CENT_UNIT = re.compile(r"[ \t]*(?:¢|c/|cts?\b|c\b(?![.'’]))")
"""A cent's sign or abbreviation right after a state's name ("US c/lb", "US¢"): a price."""

_REGISTRATION = re.compile(r"-(?:registered|flagged|incorporated|domiciled)\b")
"""A compound of registration or flag: the state's act, not where a firm sits."""

_ROUTE_NEXT = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?([\w'’]+(?:[ \t]+[A-Z][\w'’]*)?)")
""" " … to the world", " … to Miami": the other end of a route a capital opens after "from"."""


def names_a_cent_price(after: str) -> bool:
    """Whether the words right after a state's name make it a price in cents."""
    return _CENT_UNIT.match(after) is not None


def registered_in(after: str) -> bool:
    """Whether a city-state's name is glued to a word of registration ("Singapore-registered")."""
    return _REGISTRATION.match(after) is not None


def opens_a_route(previous: list[str], after: str, is_state_form: Callable[[str], bool]) -> bool:
    """Whether a capital follows "from" and comes before "to …" whose end is no state: a
    route's start ("from Santiago to the world").  "From Seoul to Tokyo" spans states."""
    if not previous or previous[-1].lower() != "from":
        return False
    end = _ROUTE_NEXT.match(after)
    return end is not None and not is_state_form(end.group(1)) and not is_state_form(end.group(1).split()[0])
