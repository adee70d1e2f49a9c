"""What a text opposes, rejects or denies, for `claimmatch`: a thing opposed is no thing stated.

    >>> sorted(opposed_words("it opposed any widening of the war and called for talks"))
    ['war', 'widen']
    >>> sorted(opposed_words("the deployment could widen the war"))
    []
    >>> sorted(opposed_words("Seoul will not rule out sending weapons"))
    []

"Beijing opposed any widening of the war" says nothing of whether the war will widen: it
states a stance against it, and a claim that "the deployment could widen the war" shares
its words ("widen", "war") but not its fact.  As `claimnegation` drops a participle
written after "not", the key words of the phrase a verb of opposition governs ("opposed",
"rejected", "denied", "ruled out", "warned/cautioned against") are no words the two
share when only one of them opposes the thing (`opposed_clash`): a text that also opposes
it ("China rejects any expansion of the conflict") states the same stance, and keeps them.
"Will not rule out" (a negation right before the verb) opposes nothing: it leaves the thing open.
A thing doubted is no thing stated either: "Whether it gives him its best missile technology is
another matter" (a "whether" clause the sentence calls unclear, doubtful or another matter,
`_DOUBTED`) questions the transfer a claim states, and its words are held apart as opposed ones are.
"""

from __future__ import annotations

import re
from collections.abc import Set

from .claimwords import key_words

_OPPOSING = re.compile(
    r"(?i)\b(?:oppose[sd]?|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing)\s+out"
    r"|(?:warn|caution)(?:s|ed|ing)?\s+against)\b(?:\s*[\"“])?([^.,;:!?()\"“”—–]{0,100})")
"""A verb of opposition, perhaps an opening quotation mark (Brazil opposed "any widening …"),
then what it governs up to the next mark: a bounded run after fixed words, so the search
stays linear.  Not "opposing", which is mostly an adjective ("the
opposing side")."""
_END = re.compile(r"(?i)\b(?:but|although|though|because|while|whereas|saying|adding)\b"
                  r"|\band\s+(?-i:[a-z]+ed|said|says|told)\b")
"""A conjunction ends what is opposed, and "and" before a verb of the past or of saying (a
second predicate: "… of the war and called for a settlement"), but not "and" between two
nouns ("the deal between Ethiopia and Somaliland" is one thing opposed)."""
_DOUBTED = re.compile(
    r"(?i)\bwhether\b([^.,;:!?()\"“”—–]{0,100}?)\s+(?:is|remains|was)\s+(?:(?:still|far|much)\s+)?"
    r"(?:another|a\s+different|an\s+open|unclear|uncertain|doubtful|not\s+(?:at\s+all\s+)?(?:clear|certain)"
    r"|from\s+(?:clear|certain))\b")
"""A "whether" clause, then a verb saying it is unclear, doubtful or another matter ("whether
Moscow shares its know-how is another matter"): a bounded run between fixed words."""
_NEGATED_BEFORE = re.compile(r"(?i)\b(?:not|never|n['’]t|cannot)\s+$")
"""A negation right before the verb ("will not rule out", "did not deny"): the thing is left open."""
_BEFORE = 10
"""Characters looked at before the verb for `_NEGATED_BEFORE` (a fixed window: linear)."""


def opposed_words(text: str) -> frozenset[str]:
    """The key words (as `claimwords.key_words` reads them) of what ``text`` opposes,
    rejects, denies, rules out or warns against (`_OPPOSING`), up to a conjunction (`_END`)."""
    words: set[str] = set()
    for match in _OPPOSING.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, match.start() - _BEFORE), match.start()):
            continue
        governed = match.group(1)
        end = _END.search(governed)
        words |= key_words(governed[:end.start()] if end else governed)  # read as the text's words are
    for match in _DOUBTED.finditer(text):  # a thing doubted is held apart as a thing opposed is
        words |= key_words(match.group(1))
    return frozenset(words)


def opposed_clash(mine: frozenset[str], theirs: frozenset[str], shared: Set[str]) -> set[str]:
    """The shared words one text opposes and the other does not (``mine``/``theirs``:
    `opposed_words`): one states a stance against the thing, the other the thing."""
    return {w for w in shared if (w in mine) != (w in theirs)}
