"""Whose losses a text states, for `claimmatch`: one army's dead are not another's.

    >>> from generator.drafting.claimmatch import Extractor
    >>> features = Extractor(None).features
    >>> sorted(features("some of the North Korean soldiers had already been killed or wounded").losers)
    ['KP']
    >>> sorted(features("Russian forces are suffering about 1,200 casualties a day").losers)
    ['RU']
    >>> sorted(features("the North Koreans had taken casualties in the hundreds").losers)
    ['KP']
    >>> sorted(features("Russia is losing men faster than it can recruit them").losers)
    []
    >>> sorted(features("North Korean troops will not make up for its battlefield losses").losers)
    []

"Killed", "wounded", "losses" and "suffer" are words of every report of a war,
and the troops who take the losses are named before them: "North Korean
soldiers fighting for Russia in the Kursk region have suffered noticeable
losses" are North Korea's losses, not Russia's, though Russia is the nearer
name.  The loser of a text is the country of the nearest body of troops
(`claimmatch.owned_words`: a country's name right before an actor word,
"North Korean soldiers") or of the losses themselves ("Russian losses",
"Russia's casualties") before its first word of loss, or the people a country's name stands
for as the subject of a passive of loss ("at least 100 North Koreans had been killed") or of a
verb of taking losses ("the North Koreans had taken casualties").  When both texts name a
loser and the two differ, the words of loss are no shared words
(`claimmatch.other_owners` does the same for "North Korean soldiers" and
"Ukrainian forces").  A text with no such body before its loss ("Russia is
losing men", "the war's dead") names no loser and clashes with none: a
country standing alone may be a sponsor, a place or a foe.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .claimwords import CONCEPTS, TOKEN, stem

LOSS_WORDS = frozenset(CONCEPTS.get(stem(w), stem(w)) for w in ("losses", "suffered"))
"""The key words that say a body of troops takes losses ("killed", "casualties", "lost",
and "suffer", which news of war uses for nothing else as often)."""


def loss_at(text: str) -> int:
    """Where the first word of loss (`LOSS_WORDS`) starts in ``text``, or -1."""
    for token in TOKEN.finditer(text):
        word = token.group().lower()
        if CONCEPTS.get(stem(word), stem(word)) in LOSS_WORDS:
            return token.start()
    return -1


def losers(text: str, mentions: Iterable[re.Match[str]], actors_after: Callable[[str, int], list[str]],
           codes: Callable[[re.Match[str]], tuple[str, ...]]) -> frozenset[str]:
    """The country whose losses ``text`` states: that of the last of ``mentions`` (a
    country's names, in order) before its first word of loss that stands right before
    an actor word (``actors_after``) or right before the loss itself; none when no such
    mention precedes it."""
    at = loss_at(text)
    if at < 0 or _POSSESSED.search(text, max(0, at - 30), at):  # "its losses": whose, a pronoun says
        return frozenset()
    found: tuple[str, ...] = ()
    for mention in mentions:
        if mention.start() >= at:
            break
        if actors_after(text, mention.end()) or _loss_follows(text, mention.end(), at) \
                or _PASSIVE.fullmatch(text, mention.end(), at) or _TAKEN.fullmatch(text, mention.end(), at):
            found = codes(mention)
    return frozenset(found)


_BETWEEN = re.compile(r"(?:['’]s?)?\s+(?:[\w'’-]+\s+)?$")
"""What may stand between a country and its losses: a possessive and one word ("Russian
losses", "Russia's heavy casualties")."""
_POSSESSED = re.compile(r"(?i)\b(?:its|their|his|her|our|my|your|whose|those|these)\s+(?:[\w'’-]+\s+)?$")
"""A possessive or demonstrative before the first loss ("its battlefield losses", "those losses"):
it stands for a party named elsewhere, which need not be the nearest troops."""
_PASSIVE = re.compile(r"(?i)\s+(?:(?:have|has|had)\s+(?:already\s+)?been|were|was|are\s+being|is\s+being)"
                      r"\s+(?!\w+ing\b)")
"""The auxiliary of a passive between a name and its loss ("North Koreans had been killed",
"Russians were wounded"; not "was losing"): the people the name stands for took the losses, as "North Korean
soldiers" did; an active verb after a name ("Ukraine killed …") may make it the one who inflicts them."""
_TAKEN = re.compile(r"(?i)\s+(?:(?:have|has|had)\s+(?:already\s+)?)?(?:taken|took|takes|sustained|sustains|incurred)"
                    r"\s+(?:[\w'’-]+\s+)?")
"""A verb of taking losses between a name and its loss ("North Koreans had taken casualties",
"Russia has sustained heavy losses"): the subject took them, as the subject of a passive did."""
LOSS_NOUNS = frozenset("loss losses casualties casualty dead deaths death toll".split())
"""The nouns of loss a country may stand right before ("Russian losses"): a verb after a
country ("Ukraine killed …", "Russia is losing …") may make it the one who inflicts them."""


def _loss_follows(text: str, end: int, at: int) -> bool:
    """Whether the first word of loss, at ``at``, is a noun (`LOSS_NOUNS`) right after the name ending at ``end``."""
    noun = TOKEN.match(text, at)
    return 0 < at - end <= 30 and bool(noun and noun.group().lower() in LOSS_NOUNS and _BETWEEN.match(text[end:at]))


def other_losers(a_losers: frozenset[str], b_losers: frozenset[str], shared: Iterable[str]) -> set[str]:
    """The shared words of loss when each text names a loser and no loser is both's."""
    if not a_losers or not b_losers or a_losers & b_losers:
        return set()
    return {word for word in shared if word in LOSS_WORDS}
