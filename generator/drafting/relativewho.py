"""The speaker of a relative clause on a name: "… quotes Kremlin spokesman Dmitry
Peskov, who said that relations were "a sovereign matter"".

    >>> text = "The paper quotes Dmitry Peskov, who said that it was over."
    >>> start = text.index("said"); text[slice(*relative_antecedent(text, 0, start))]
    'Dmitry Peskov'

"who" opening a clause after a comma stands for the noun before the comma; when
that noun is a capitalised name, the name is who speaks.  Only "who" (a person),
only right after the comma (an adverb or an auxiliary between them at most), and only
a run of at most `MAX_NAME_WORDS` capitalised words: "the ministry, which said"
and "a spokesman, who said" are left to the other rules.
"""

from __future__ import annotations

import re

_WHO_BEFORE = re.compile(r",\s(?:who|Who)(?:\s(?:also|later|then|has|had|have|earlier))?\s?$")
"""", who " (", who also ") ending just before a speech verb; matched at a fixed start."""
_WORD = re.compile(r"[^\s,;:]+")
_ROLE_APPOSITION = re.compile(r",\s(?:the|a|an|its|his|her|their)\s[a-z][^,;:()“”\"]{0,70}")
"""", the association's executive secretary" / ", a trader at Comexim": an article, then
one noun phrase with no comma (matched at a fixed start)."""
_APPOSITION_REACH = 80
MAX_NAME_WORDS = 5
REACH = 30
"""Characters of ", who also " looked at before the verb."""


def relative_antecedent(text: str, low: int, verb_start: int) -> tuple[int, int] | None:
    """The span of the name a ", who" clause before ``verb_start`` describes, else None."""
    at = text.rfind(",", max(low, verb_start - REACH), verb_start)
    if at == -1 or _WHO_BEFORE.match(text, at, verb_start) is None:
        return None
    head = _after_apposition(text, low, at)
    return _name_before(text, low, head if head is not None else at)


def _after_apposition(text: str, low: int, comma: int) -> int | None:
    """The comma before a lower-case apposition that ends at ``comma``: in "Issiaka
    Sawadogo, the association's executive secretary, who put …" the clause is on the
    name, the role phrase only describes it."""
    at = text.rfind(",", max(low, comma - _APPOSITION_REACH), comma)
    if at == -1 or _ROLE_APPOSITION.fullmatch(text, at, comma) is None:
        return None
    return at


def _name_before(text: str, low: int, at: int) -> tuple[int, int] | None:
    words = list(_WORD.finditer(text, max(low, at - 80), at))
    name: list[re.Match[str]] = []
    for word in reversed(words):
        if not word.group()[:1].isupper() or len(name) == MAX_NAME_WORDS:
            break
        name.insert(0, word)
    before = words[-len(name) - 1].group() if name and len(words) > len(name) else ""
    if not name or before[:1].isupper():
        return None  # no capitalised name, or a run too long to be one person's
    if before.lower() in _PLACE_PREPOSITIONS:
        return None  # "met Peskov in Moscow, who said": the name after a preposition is a place's or a thing's
    return name[0].start(), name[-1].end()


_PLACE_PREPOSITIONS = frozenset("in at from to into near outside inside across of for on by via".split())
"""Prepositions before a capitalised word that make it no person standing for "who"."""


_ROLE_ASIDE = re.compile(r"(?:the|a|an|its|his|her|their)\s[a-z][^,;:()“”\"]{0,120}")
"""A role phrase in apposition: an article, then one noun phrase with no comma ("a
hydrologist with the Norwegian Water Resources Institute in Oslo")."""
_WHO_OPENING = re.compile(r"(?:who|Who)\s")


def role_then_who(aside: str, apposition: str) -> bool:
    """Whether a role phrase stands before a ", who …" clause between a name and its verb:
    in "Elena Vargas, a hydrologist in Lima, who was not involved in the study, said …"
    both describe the name, and the name is the subject of "said".

    >>> role_then_who("a hydrologist in Lima", "who was not involved"), role_then_who("in Lima", "who was")
    (True, False)
    """
    return _ROLE_ASIDE.fullmatch(aside) is not None and _WHO_OPENING.match(apposition) is not None
