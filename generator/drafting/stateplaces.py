"""Uses of a state's name or demonym that name no state acting: a national team, one end
of a route or a border, a period of history or a clock.

Each test reads only the few characters right before or after the form (`countries` hands
them over), so it costs the same on any article.
"""

from __future__ import annotations

import re

_TEAM_AFTER = re.compile(r"[ \t]+(?:team|squad|XI|sevens|fifteen|eleven)\b")
"""A team's noun right after a state's name ("the Fiji squad", "the Samoa XI"): the players
who represent it.  Only after the name: "the Russian side" is the government in talks."""

_END_BEFORE = re.compile(r"(?<![\w'’-])(?:on|at|from|to)[ \t]+the[ \t]+$", re.I)
_END_AFTER = re.compile(r"[ \t]+(?:side|end)\b")
"""One end of a link, a route or a border: "on the Fiji side", "at the Mexico end"."""

_ERA_AFTER = re.compile(r"[ \t]+(?:time|times|era|period)\b")
"""A demonym before a period or a clock ("planted in the Portuguese time", "the British era",
"noon Moscow time" is a capital's): the past rule or the time zone, not the state today."""


def names_a_team_or_end(before: str, after: str) -> bool:
    """Whether a state's name (not its demonym) is a team's or one end of a route."""
    return bool(_TEAM_AFTER.match(after) or (_END_AFTER.match(after) and _END_BEFORE.search(before)))


def names_an_era(after: str) -> bool:
    """Whether a demonym is followed by a noun of a period or a clock."""
    return bool(_ERA_AFTER.match(after))
