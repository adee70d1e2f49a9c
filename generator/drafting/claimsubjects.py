"""Who takes a stance a text states, for `claimmatch`: the parties named right before a
verb of condemnation.

    >>> import re
    >>> text = "The United States, South Korea and Japan condemned the launch"
    >>> mentions = [m for m in re.finditer(r"United States|South Korea|Japan", text)]
    >>> codes = {"United States": ("US",), "South Korea": ("KR",), "Japan": ("JP",)}
    >>> sorted(stance_owners(text, mentions, codes))
    [('condemn', 'JP'), ('condemn', 'KR'), ('condemn', 'US')]

A registered fact of condemnation is a fact of who condemned ("The United States,
South Korea and Japan condemned North Korea's missile launch"): another state's
condemnation of the same launch ("the Marshall Islands "strongly condemns" the
launch") shares the act's words and states another party's stance.  So the parties
a text names as the subject of such a verb own it, as a country owns the troops its
demonym stands before (`claimmatch.owned_words`), and `claimmatch.other_owners`
shares the word only when the two texts' owners meet.  The subject is the run of
names right before the verb, joined by commas, "and" or "the", with at most an
auxiliary, an adverb or a quotation mark between it and the verb; a verb with no
name right before it ("the launch was condemned by …", "condemned it") has no owner
and is shared as before.  Likewise the giver of a supply is part of its fact (`GIVING`): "Russia has
given the North Korean troops Russian uniforms and equipment" is no "Pyongyang could send more
soldiers and heavy equipment", though both supply equipment.
"""

from __future__ import annotations

import re
from typing import Iterable

from .claimwords import CONCEPTS, TOKEN, stem
from .paraphrases import rewrite

STANCE_VERBS = frozenset({CONCEPTS[stem("condemn")]})
"""The keys of `synonyms` whose subject is part of the fact: condemnation ("condemn",
"denounce", "criticise", "censure") is a party's stance, not an event anyone may report."""
GIVING = frozenset({CONCEPTS[stem("supply")]})
"""The key word of supplying ("give", "provide", "deliver", and "send" before arms, as `paraphrases`
reads it): who gives is part of the fact, as who condemns is."""
_SENDING = frozenset({CONCEPTS.get(stem("send"), stem("send"))})
"""Verbs that `paraphrases` may read as another key word in context ("sent … shells": supply)."""
PHRASE_REACH = 80
"""Characters from a verb of `_SENDING` that its `paraphrases` context may span (five words and an object)."""

_TO_VERB = re.compile(r"""[\s"“”'‘’]*(?:(?:has|have|had|also|jointly|all|both|swiftly"""
                      r"""|could|would|will|may|might|can|[a-z]{3,}ly)[\s"“”'‘’]+)*""",
                      re.I)
"""What may stand between a subject and its verb: spaces, quotation marks, an auxiliary or a modal, an
adverb ("strongly", "also"). Matched at a fixed position, on at most `REACH` characters."""
BETWEEN_NAMES = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", re.I)
"""What joins the names of a list ("The United States, South Korea and Japan"), of subjects here and
of objects in `claimobjects`."""
REACH = 40
"""Most characters read between a name and the next name or the verb."""


def stance_owners(text: str, mentions: Iterable[re.Match[str]],
                  codes: dict[str, tuple[str, ...]]) -> frozenset[tuple[str, str]]:
    """(stance or giving key word, country code) for each verb of `STANCE_VERBS` or `GIVING` in
    ``text`` and each country of the run of names (``mentions``, whose codes ``codes`` gives by
    their text) right before it."""
    spans = sorted(((m.start(), m.end(), m.group()) for m in mentions), key=lambda s: s[0])
    owned: set[tuple[str, str]] = set()
    for word in TOKEN.finditer(text):
        concept = _concept(text, word)
        if concept in STANCE_VERBS | GIVING:
            owned |= {(concept, code) for code in _subject(text, spans, codes, word.start())}
    return frozenset(owned)


def _concept(text: str, word: re.Match[str]) -> str:
    """The key word ``word`` is read as: its `CONCEPTS` entry, or for a verb of `_SENDING` the
    first word of its context as `paraphrases` rewrites it ("sent Moscow shells": supply)."""
    concept = CONCEPTS.get(stem(word.group()), stem(word.group()))
    if concept not in _SENDING:
        return concept
    first = TOKEN.search(rewrite(text[word.start():word.start() + PHRASE_REACH]))
    return CONCEPTS.get(stem(first.group()), stem(first.group())) if first else concept


def _subject(text: str, spans: list[tuple[int, int, str]], codes: dict[str, tuple[str, ...]], verb: int) -> set[str]:
    """The codes of the run of names right before ``verb`` (see `stance_owners`)."""
    found: set[str] = set()
    edge, joint = verb, _TO_VERB
    for start, end, name in reversed([s for s in spans if s[1] <= verb]):
        gap = text[end:edge]
        if len(gap) > REACH or not _fills(joint, gap):
            break
        found.update(codes.get(name, ()))
        edge, joint = start, BETWEEN_NAMES
    return found


def _fills(pattern: re.Pattern[str], gap: str) -> bool:
    matched = pattern.match(gap)
    return bool(matched) and matched.end() == len(gap)

