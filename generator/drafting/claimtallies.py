"""Which figures of a text count losses, for `claimmatch`: a toll is not a troop strength.

    >>> sorted(loss_counts("Some 3,000 Chadian soldiers have been killed or wounded"))
    [(3000.0, None)]
    >>> sorted(loss_counts("Chad has lost 3,000 soldiers in Sudan"))
    [(3000.0, None)]
    >>> sorted(loss_counts("More than three thousand Chadian soldiers have been killed or wounded"))
    [(3000.0, None)]
    >>> sorted(loss_counts("Chad has sent 3,500 soldiers to Sudan, and some have been killed"))
    []

A figure two texts share says they state one fact (`claimmatch.NUMBER`), but only
when it counts the same thing: "3,000 soldiers have been killed" and "3,000
soldiers have been sent" share the figure and the soldiers, and state a toll and
a deployment.  So a figure that counts the killed, wounded or lost (a word of loss
right after it, a few words at most between: "3,000 killed", "1,200 casualties",
"3,000 soldiers were killed"; or a verb of loss right before it: "lost 3,000 men")
is compared only with a text that also states losses (`apart_from_losses`); a text
with none gives a strength, a date or a price, never a toll.  A figure the
sentence ties to no loss ("sent 3,500 soldiers …, and some have been killed") is
compared as before.
"""

from __future__ import annotations

import re

from ..analysis.numberwords import OPENING_WORDS
from .claimlosses import LOSS_WORDS
from .claimnumbers import Numbers, numbers_of
from .claimwords import CONCEPTS, stem

STATES_LOSSES = LOSS_WORDS | {CONCEPTS.get(stem("injured"), stem("injured"))}
"""The key words of a text that states losses: killed, lost, suffered, wounded or injured."""

_IN_WORDS = "(?:" + "|".join(sorted(OPENING_WORDS, key=len, reverse=True)) + ")"
"""A figure's first word when written out ("three thousand", "sixteen hundred"; `analysis.numberwords`): a toll in
words is a toll as much as one in digits, and `claimnumbers` reads both."""
_FIGURE = rf"(?:\d[\d,.]*|{_IN_WORDS})(?:\s+(?:thousand|million|hundred))?"
_LOSS = (r"(?:killed|wounded|injured|dead|died|deaths?|casualties|casualty|losses|lost|missing|captured"
         r"|slain|fallen)")
_COUNTED = re.compile(
    rf"(?i)\b{_FIGURE}(?:\s+[\w'’-]+){{0,4}}?\s+(?:(?:have|has|had|were|was|are|is|been|being|reportedly|already)\s+)*"
    rf"(?:(?:killed|wounded|injured)\s+(?:or|and)\s+)?{_LOSS}\b"
    rf"|\b(?:lost|lose|loses|losing|killed|kills|kill)\s+(?:(?:some|about|around|nearly|almost|more\s+than|over"
    rf"|at\s+least|up\s+to|roughly)\s+)?{_FIGURE}")
"""A figure with a word of loss a few words after it, or a verb of loss right before it."""


def loss_counts(text: str) -> Numbers:
    """The numbers of ``text`` (as `claimnumbers.numbers_of` reads them) that count losses."""
    found: set[tuple[float, str | None]] = set()
    for match in _COUNTED.finditer(text):
        found |= numbers_of(match.group())
    return frozenset(found & numbers_of(text))


def apart_from_losses(numbers: Numbers, counted: Numbers) -> Numbers:
    """``numbers`` without the loss counts among them (``counted``): what is left to
    compare with a text that states no losses, to which a toll is no figure."""
    return numbers - counted
