"""Clubs on a results or a standings line, whose names a particle makes look like a person's.

    >>> sorted(team_names("Académica de Trindade 2–1 Estrela do Pantufo\\nNeto 71', Aguiar 88'"))
    ['Académica de Trindade', 'Estrela do Pantufo']
    >>> sorted(team_names("Standings: 1. Jaraaf de Dakar 21; 2. Teungueth de Rufisque 20; 3. Casa Sports 19"))
    ['Jaraaf de Dakar', 'Teungueth de Rufisque']
    >>> sorted(team_names("Maria do Rosário Lopes, 54, said the school had closed."))
    []

Clubs of Portuguese-, Spanish- and French-speaking countries are named for a town with a
particle ("Estrela do Pantufo", "Talleres de Córdoba", "Jaraaf de Dakar"), the shape of a
person's name with a particle ("Maria do Rosário", "Juan de Dios").  What tells the reader it
is a club is where the page puts it: on either side of a score ("A 2–1 B"), as an entry of a
standings list ("1. A 10 pts; 2. B 9") or as one of the two rows of a result box, a name and its
score each ("A   3" over "B   5").  A person is never a side of a score, and a ranking of
people (a drivers' table) names them elsewhere with a verb or a role, which keeps them: only
mentions with no cue are dropped.  Names with no particle are left to the other rules.
"""

from __future__ import annotations

import re

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:de|do|da|dos|das|del|du|des)"
_NAME = _WORD + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _WORD + r"){0,4}"
_SCORE_LINE = re.compile(r"^(" + _NAME + r")[ \t]+\d{1,2}[ \t]*[–—-][ \t]*\d{1,2}[ \t]+(" + _NAME + r")"
                         r"[ \t]*(?:\([^\n()]*\)[ \t]*)?$", re.M)
_STANDING = re.compile(r"(?:^|[;,|:])[ \t]*\d{1,2}\.[ \t]+(" + _NAME + r")[ \t]+\d{1,3}\b")
_BOX_ROW = re.compile(r"(" + _NAME + r")[ \t]{2,}\d{1,2}[ \t]*")
"""A row of a result box: a side's name, a gap of spaces and its score ("Toros de Rivas      5")."""
_HAS_PARTICLE = re.compile(r"[ \t]" + _PARTICLE + r"[ \t]")
MIN_STANDINGS = 2
"""Entries a line needs to be a standings list, not a numbered sentence."""


def team_names(text: str) -> frozenset[str]:
    """Names with a particle that the page writes as a side of a score or a standings entry."""
    found: set[str] = set()
    for match in _SCORE_LINE.finditer(text):
        found.update(match.groups())
    for line in text.splitlines():
        entries = [m.group(1) for m in _STANDING.finditer(line)]
        if len(entries) >= MIN_STANDINGS:
            found.update(entries)
    found.update(_result_box(text.splitlines()))
    return frozenset(name for name in found if _HAS_PARTICLE.search(name))


def _result_box(lines: list[str]) -> set[str]:
    """The two sides of a result box: two rows of a name and a score, one under the other, with
    no such row above or below (a longer block is a list, perhaps of players and their goals)."""
    rows = [_BOX_ROW.fullmatch(line) for line in lines]
    return {name for i in range(len(rows) - 1) if rows[i] and rows[i + 1]
            and not (i and rows[i - 1]) and not (i + 2 < len(rows) and rows[i + 2])
            for name in (rows[i].group(1), rows[i + 1].group(1))}
