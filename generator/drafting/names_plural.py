"""Names the page makes the subject of a plural verb: a team's, a club's or a company's.

    >>> sorted(plural_subjects("Étoile de Boké are champions for the first time.\\nKarim Bah is coach."))
    ['Étoile de Boké']
    >>> sorted(plural_subjects("The parents of Maria Lopez are suing the school."))
    []

English (British above all) writes a team, a club, a band or a company with a plural verb
("Lahore Qalandars are top of the table", "Étoile de Boké were relegated", "Jaguar Land Rover
have cut jobs"); one person's name never takes "are", "were" or "have" right after it.  Only
a name that opens its sentence is read, so the verb is the name's own and not that of a noun
before it ("the parents of Maria Lopez are"); a name after "and" or a comma does not open its
sentence, so the last of a pair or a list of people ("Tom and Ana Ruiz are", "Ana Ruiz, Tom
Bell and Li Wei were") is left alone.  The match is kept whole, never cut to its last words:
a capitalised word before a person's name ("If Ana Ruiz were elected", a subjunctive) makes it
no team.
"""

from __future__ import annotations

import re

from .lexicon import NAME_PARTICLES

CLUB_PARTICLES = NAME_PARTICLES | {"des", "do", "e"}
"""Lower-case words inside a club's or a company's name: a name's particles and the French
and Portuguese "des", "do", "e" ("Étoile des Sables", "Grêmio do Porto", "Benfica e Belenenses")."""
_PARTICLE = "(?:" + "|".join(sorted(CLUB_PARTICLES, key=len, reverse=True)) + ")"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_PLURAL = re.compile(r"(?:^|(?<=[.!?:;\"“”])[ \t]+)(" + _WORD + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _WORD + r"){1,3})"
                     r"[ \t]+(?:are|were|have)(?![\w'’-])", re.M)
"""A name of two to four words opening a line or a sentence, then a plural verb."""
MAX_USES = 500
"""Matches read in a page: far more than any page has."""


def plural_subjects(text: str) -> frozenset[str]:
    """Names of two words or more that open a sentence as the subject of "are", "were" or
    "have": a team's, a club's or a company's on the whole page."""
    found: set[str] = set()
    for count, match in enumerate(_PLURAL.finditer(text)):
        if count >= MAX_USES:
            break
        found.add(match.group(1))  # whole: "If Ana Ruiz were elected" keeps "Ana Ruiz" a person
    return frozenset(found)
