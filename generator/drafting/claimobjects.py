"""Whom a text presses or urges, for `claimmatch`: the party named right after the verb.

    >>> import re
    >>> text = "Beijing should press Pyongyang to pull its soldiers out"
    >>> mentions = list(re.finditer(r"Beijing|Pyongyang", text))
    >>> codes = {"Beijing": ("CN",), "Pyongyang": ("KP",)}
    >>> sorted(pressed_owners(text, mentions, codes))
    [('pressur', 'KP')]

A demand is a fact of who is to act: "China should press Russia over the
deployment" and "China should press Pyongyang to withdraw" share the words of
pressing and the same presser, and ask different states for different things.
So the party a verb of pressing or urging takes as its object (a run of names
right after "press", "pressure", "push", "urge", "call on") owns the verb's key
word, as a country owns the troops its demonym stands before
(`claimmatch.owned_words`) or the condemnation it voices (`claimsubjects`), and
`claimmatch.other_owners` shares the word only when the two texts' objects meet.
A verb with no name right after it ("should withdraw", "urged them to", "pressed
for talks") has no owner and is shared as before: who is meant, the sentence
around it says.  Likewise the parties a word of cooperation names after "between" or
"among" own it (`partner_owners`): ties between two states are not ties among three others.
"""

from __future__ import annotations

import re
from typing import Iterable

from .claimsubjects import BETWEEN_NAMES, REACH
from .claimwords import CONCEPTS, stem

_VERB = re.compile(r"(?i)\b(?:(?P<press>press|presses|pressed|pressing|pressure|pressures|pressured|pressuring"
                   r"|push|pushes|pushed|pushing)|(?P<urge>urge|urges|urged|urging"
                   r"|(?:call|calls|called|calling)\s+(?:(?:once\s+)?(?:again|more)\s+)?(?:on|upon)))"
                   r"(?:\s+(?:the|both))?\s+")
"""A verb of pressing or urging, then the words that may stand before its object ("called
on the", "urged both")."""
CONCEPT = {kind: CONCEPTS.get(stem(kind), stem(kind)) for kind in ("press", "urge", "cooperation")}
"""The key word each kind of verb (or of cooperation, `partner_owners`) is read as (`synonyms`,
`paraphrases`: "called on" is urging)."""


def pressed_owners(text: str, mentions: Iterable[re.Match[str]],
                   codes: dict[str, tuple[str, ...]]) -> frozenset[tuple[str, str]]:
    """(key word of pressing or urging, country code) for each such verb in ``text`` and
    each country of the run of names (``mentions``, whose codes ``codes`` gives by their
    text) right after it."""
    heads = ((verb.end(), CONCEPT["press" if verb.group("press") else "urge"]) for verb in _VERB.finditer(text))
    return _run_owners(text, heads, mentions, codes)


def _run_owners(text: str, heads: Iterable[tuple[int, str]], mentions: Iterable[re.Match[str]],
                codes: dict[str, tuple[str, ...]]) -> frozenset[tuple[str, str]]:
    """(key word, country code) for each of ``heads`` (where it ends, its key word) and each
    country of the run of names (``mentions``) that starts right there, joined by commas
    and "and"."""
    starts = {m.start(): (m.end(), m.group()) for m in mentions}
    owned: set[tuple[str, str]] = set()
    for at, concept in heads:
        while at in starts:
            end, name = starts[at]
            owned |= {(concept, code) for code in codes.get(name, ())}
            joint = BETWEEN_NAMES.match(text, end)
            if not joint or joint.end() == end or joint.end() - end > REACH:
                break
            at = joint.end()
    return frozenset(owned)


_PARTNERS = re.compile(r"(?i)\b(?:cooperation|co-operation|collaboration|partnership|ties|relations)"
                       r"\s+(?:between|among|amongst)(?:\s+(?:the|both))?\s+")
"""A word of cooperation, then "between" or "among" and the words that may stand before
its first party ("ties between the", "relations between both")."""


def partner_owners(text: str, mentions: Iterable[re.Match[str]],
                   codes: dict[str, tuple[str, ...]]) -> frozenset[tuple[str, str]]:
    """(key word of cooperation, country code) for each country of the run of names
    (``mentions``, whose codes ``codes`` gives by their text) right after a word of
    cooperation and "between" or "among": who cooperates, as whom a demand presses.
    "the growing military ties between Pyongyang and Moscow" is no growing cooperation
    among Japan, South Korea and the United States.

    >>> text = "ties between Pyongyang and Moscow are growing"
    >>> mentions = list(re.finditer(r"Pyongyang|Moscow", text))
    >>> sorted(partner_owners(text, mentions, {"Pyongyang": ("KP",), "Moscow": ("RU",)}))
    [('cooperation', 'KP'), ('cooperation', 'RU')]
    """
    return _run_owners(text, ((match.end(), CONCEPT["cooperation"]) for match in _PARTNERS.finditer(text)),
                       mentions, codes)
