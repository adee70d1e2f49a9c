"""A sports report's nouns for its people: playing positions and the staff around a team.

    >>> "flanker" in POSITION_NOUNS, "coach" in STAFF_NOUNS, "referee" in POSITION_NOUNS | STAFF_NOUNS
    (True, True, False)

A match report avoids repeating a player's name: "Hihifo captain 'Aisea Havili
said … “…,” the flanker said"; "Greaves took eight wickets … the spinner said".
A *position* is what the player does on the field, which the report need not have
written next to the name: it stands for the player it has just named
(`variation.is_variation`).  A *staff* post ("the coach") is held by someone else
than the players, so it names only the person the report described with it
("head coach Desmond Forde … Forde defended … the coach said": `variation.trade_holder`).
The match officials ("the referee", "the umpire") are neither: they are other people.

Both are also title words before a name in a subject ("Left-arm spinner Dwayne
Greaves finished …": `attribution.clause_subject`).
"""

from __future__ import annotations

POSITION_NOUNS = frozenset("""
    flanker prop hooker lock winger fly-half scrum-half half-back fullback full-back number-eight
    striker forward midfielder defender goalkeeper goalie keeper centre-back centre-half playmaker
    bowler batter batsman batswoman spinner seamer paceman all-rounder allrounder wicketkeeper
    wicket-keeper opener pitcher catcher quarterback linebacker guard shooter setter libero
    sprinter swimmer cyclist jockey boxer wrestler golfer skier rower
""".split())
"""Playing positions and the athletes of one discipline."""

STAFF_NOUNS = frozenset("coach skipper trainer selector physio".split())
"""Posts in a team's staff (and "skipper", said of the captain the report described so)."""
