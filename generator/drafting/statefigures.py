"""Figures credited to states only are nobody's words: "according to South Korean and US estimates".

Estimates, figures or data described by nothing but the states they come from
("South Korean and US estimates", "Fijian and Australian government figures",
"Western and Ukrainian intelligence estimates") name no one who could be asked about them, as
"Ukrainian officials" name no one (`speakers._unnamed`): the reporter states them on
that authority, in the reporter's own voice.  A named body among the words ("UN and
Nigerien figures", "Pentagon estimates") is a source, and so is a person or a body
that owns them ("the ministry's figures": `speakers._document_owner`).
"""

from __future__ import annotations

import re

from .places import country_forms

_FIGURES = re.compile(r"(?P<states>.+?)\s+(?:estimates|figures|data|counts|tallies|numbers)")
"""States' words before a noun of figures."""
_GENERIC = frozenset("and the government official intelligence military defence defense western".split())
"""Words that describe where the figures come from without naming anyone."""
_TOKEN = re.compile(r"[\w'’-]+")


def state_figures(words: str) -> bool:
    """Whether a subject is figures credited to states alone (at least one named).

    >>> state_figures("South Korean and US estimates"), state_figures("Fijian and Australian government figures")
    (True, True)
    >>> state_figures("UN and Nigerien figures"), state_figures("Pentagon estimates"), state_figures("the figures")
    (False, False, False)
    """
    found = _FIGURES.fullmatch(words.strip())
    if found is None:
        return False
    forms = country_forms()
    tokens = _TOKEN.findall(found.group("states"))
    states, i = 0, 0
    while i < len(tokens):
        if i + 1 < len(tokens) and f"{tokens[i]} {tokens[i + 1]}" in forms:  # "South Korean"
            states, i = states + 1, i + 2
        elif tokens[i] in forms:
            states, i = states + 1, i + 1
        elif tokens[i].lower() in _GENERIC:
            i += 1
        else:
            return False
    return states > 0
