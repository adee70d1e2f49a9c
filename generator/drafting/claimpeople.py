"""A count of people with no noun of its own, for `claimmatch`: "11,000 of them" is a body.

    >>> from generator.drafting.claimmatch import Extractor
    >>> features = Extractor(None).features
    >>> sorted(features("more than 10,000 of them are now in Chad").words)
    ['troop']
    >>> sorted(features("the number of Chadians in Sudan had grown to about 3,500").owned)
    [('troop', 'TD')]
    >>> sorted(features("more than 10,000 are now in Chad").words)
    ['troop']
    >>> sorted(features("it had received 612 claims and had paid 187 of them").words)
    ['get', 'pay']
    >>> sorted(features("about 3,500 Chadian workers are in Sudan").words)
    ['worker']

A report counts the people it has just named by a pronoun ("At least 3,000 of
them were at a training camp") or by their nationality alone ("about 11,000
North Koreans were now deployed", "the number of North Koreans in Russia had
grown to …"): the count is of the body the story is about, which the
registry words with its actor noun (`claimwords.ACTORS`: "troops").  So a
count of that shape stands for the actor noun, of the nationality's country
when it names one, of nobody's in particular for a pronoun; a count that
names its own noun ("3,500 Chadian workers") is read as written, and so is a
pronoun beside another count, which stands for the thing that count names.  The
actor noun weighs little in a registry about one war (`ClaimMatcher.weight`)
unless the two texts give the same count (`claimcounts.counted_weight`), so
the rule files a bare count only under a claim with that count.
"""

from __future__ import annotations

import re
from typing import Iterable

from .claimwords import CONCEPTS, stem

ACTOR = CONCEPTS[stem("troops")]
"""The actor noun a bare count of people stands for."""
_OF_THEM = re.compile(r"(?i)(?<![\w,.$€£])(?:\d[\d,.]*|hundreds|thousands|dozens|thousand|hundred)"
                      r"\s+(?:of\s+(?:them|those|these)\b|(?:(?:now|already|still)\s+)?(?:are|were|have|had)\b)")
"""A count of a body named before: "10,000 of them", "thousands of them", or a count that is
the subject of a plural verb ("more than 10,000 are now in Russia"; not "is": a sum)."""
_BEFORE_PEOPLE = re.compile(r"(?i)(?:(?<![\w,.])\d[\d,.]*|\bnumber\s+of|\bthousands\s+of|\bhundreds\s+of)\s+$")
"""What makes a plural nationality a count of people: a figure right before it ("11,000 North
Koreans") or "the number of" ("the number of North Koreans in Russia")."""
REACH = 20
"""Characters before a nationality searched for its count: a figure and its spaces."""


def counted_people(text: str, mentions: Iterable[re.Match[str]],
                   codes: dict[str, tuple[str, ...]]) -> tuple[bool, frozenset[str]]:
    """Whether ``text`` counts people with no noun of their own, and the countries of those
    counted by nationality (``mentions`` of country names; ``codes``: a name's countries)."""
    owners: set[str] = set()
    for mention in mentions:
        name = mention.group()
        if name.endswith("s") and name[:1].isupper() \
                and _BEFORE_PEOPLE.search(text, max(0, mention.start() - REACH), mention.start()):
            owners.update(codes.get(name, ()))
    return bool(owners) or _counts_a_body(text), frozenset(owners)


_FIGURE = re.compile(r"\d[\d,.]*")


def _counts_a_body(text: str) -> bool:
    """Whether ``text`` counts a body named before it (`_OF_THEM`) and gives no other figure:
    beside another count ("it had received 612 claims and had paid 187 of them") the
    pronoun stands for the thing counted in the sentence itself."""
    return bool(_OF_THEM.search(text)) and len(_FIGURE.findall(text)) == 1


def implied_actor(words: frozenset[str], owned: frozenset[tuple[str, str]], counted: tuple[bool, frozenset[str]]
                  ) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """``words`` and ``owned`` with the actor noun a bare count stands for, and its owners."""
    found, owners = counted
    if not found:
        return words, owned
    return words | {ACTOR}, owned | {(ACTOR, code) for code in owners}
