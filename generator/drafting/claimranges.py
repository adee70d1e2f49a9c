"""A missile's range class, for `claimmatch`: a short-range salvo is no ICBM test.

    >>> sorted(other_ranges({"short-rang", "missil", "fir"}, {"intercontinental", "missil", "fir"},
    ...                     {"missil", "fir"}))
    ['fir', 'missil']
    >>> sorted(other_ranges({"long-rang", "missil"}, {"icbm", "missil"}, {"missil"}))
    []

Reports name a missile by its range class ("short-range ballistic missiles",
"an intercontinental ballistic missile", "medium-range rockets"), and a launch
of one class is another launch than a launch of another: "North Korea fired
short-range ballistic missiles into the sea off its east coast" shares the
launch, the sea and the coast with "North Korea fired an intercontinental
ballistic missile into the sea off its east coast", and states none of it.
So when each text names a class and they name none in common, the words they
share say another weapon's launch and are no shared words.  A text that names
no class ("North Korea fired a missile"), or names both ("short-range missiles,
a week after its ICBM test"), is left alone.  An intercontinental missile is a
long-range one ("a long-range missile" is how reports often write an ICBM).
"""

from __future__ import annotations

from collections.abc import Set

from .claimwords import ACTORS

RANGE_CLASSES: dict[str, str] = {
    "short-rang": "short",
    "medium-rang": "medium", "intermediate-rang": "medium",
    "long-rang": "long", "intercontinental": "long", "icbm": "long",
}
"""Key word (as `claimwords.key_words` reads it) → the range class it names."""


def range_classes(words: Set[str]) -> set[str]:
    """The range classes ``words`` name."""
    return {RANGE_CLASSES[word] for word in words if word in RANGE_CLASSES}


def other_ranges(mine: Set[str], theirs: Set[str], shared: Set[str]) -> set[str]:
    """The ``shared`` words (but for the actors, which `claimactors` reads) that say
    another launch: each of the texts' words ``mine`` and ``theirs`` names a range class
    and the two name none in common."""
    a, b = range_classes(mine), range_classes(theirs)
    return {word for word in shared if word not in ACTORS} if a and b and not a & b else set()
