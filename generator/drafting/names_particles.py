"""Particles of Portuguese names that are also English words: "Maria do Rosário Lopes".

    >>> inner_particle("Maria do Rosário Lopes", "Maria", "do", 8)
    True
    >>> inner_particle("Why do Americans vote?", "Why", "do", 6)
    False
    >>> inner_particle("Ramon dela Cruz", "Ramon", "dela", 10), inner_particle("Ana de los Santos", "de", "los", 10)
    (True, True)

`lexicon.NAME_PARTICLES` holds the particles no English sentence writes between two
capitalised words ("da", "dos", "van"); the Portuguese "do" ("of the") is also the English
verb, so it joins a name only between a capitalised word that is no function word (not "Why
do Americans …", "How do Ukrainians …") and a capitalised word: "Maria do Rosário Lopes",
"Banco do Brasil" (a body all the same, by its first word).

A month's name is a given name before a capitalised word ("Jun Takeda"); a Dutch or German
surname puts its particles between them ("Jan van den Berg", "Mai von Arnim"):
`particles_then_capital`.
"""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS

VERB_PARTICLES = frozenset({"do"})
"""Particles of names that English writes as a verb."""
_CAPITALISED_NEXT = re.compile(r"[ \u00a0][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


FUSED_PARTICLES = frozenset({"dela", "delos", "delas"})
"""Particles Philippine names write as one word ("Ramon dela Cruz", "Lorenzo delos Reyes"):
no English word, so they join a name as `lexicon.NAME_PARTICLES` do, before a capital."""
ARTICLE_PARTICLES = frozenset({"los", "las"})
"""Spanish articles that follow "de" inside a surname ("Ana de los Santos", "Juan de las Casas")."""


def inner_particle(text: str, previous: str, word: str, end: int) -> bool:
    """Whether ``word`` (ending at ``end``), after ``previous``, is a particle inside a name with a
    capitalised word after it: a Portuguese "do" after a capitalised word, a Philippine "dela"
    or "delos" after one, or a Spanish "los" or "las" after "de"."""
    if _CAPITALISED_NEXT.match(text, end) is None:
        return False
    if word in ARTICLE_PARTICLES:
        return previous == "de"
    return (word in VERB_PARTICLES or word in FUSED_PARTICLES) and previous[:1].isupper() \
        and previous.lower() not in FUNCTION_WORDS


def is_inner_particle(name: list[str], i: int) -> bool:
    """Whether the ``i``-th word of ``name`` is such a particle between two of its words."""
    return 0 < i < len(name) - 1 and name[i] in VERB_PARTICLES


SURNAME_PARTICLES = "van|von|ter|ten|de|den|der|da|dos|del|di"
_PARTICLES_NEXT = re.compile(rf"[ \t]+(?:{SURNAME_PARTICLES})(?:[ \t]+(?:{SURNAME_PARTICLES}))?[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


def particles_then_capital(text: str, end: int) -> bool:
    """Whether one or two surname particles and a capitalised word follow ``end``: "Jan van den Berg"."""
    return _PARTICLES_NEXT.match(text, end) is not None
