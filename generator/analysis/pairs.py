"""Which pairs of sets may overlap enough, without comparing every pair.

Attribution compares the quotes of one claim pair by pair, and a claim that
hundreds of briefs cite has tens of thousands of pairs, nearly all far
apart.  `candidate_pairs` finds, through an index, every pair whose overlap
*could* reach ``threshold`` × the smaller set's size, and few others; the
caller then measures only those, so the result is the same as comparing all.

Why it is exact (prefix filtering): put every element in one order, rarest
first.  If the smaller set A must share at least ``need`` elements with B,
then at most ``len(A) - need`` of A's elements are missing from B, so one of
A's first ``len(A) - need + 1`` elements is in B.  Each set probes the index
with that prefix only, for partners at least its own size.

>>> sorted(candidate_pairs([{"a", "b"}, {"a", "b", "c"}, {"x", "y"}], 0.5))
[(0, 1)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain, combinations
from typing import AbstractSet, Sequence


def candidate_pairs(sets: Sequence[AbstractSet[str]], threshold: float, smallest: int = 1) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, that may have ``len(A & B) / min(len(A), len(B)) >= threshold``.

    Sets with fewer than ``smallest`` elements (and empty ones) are in no pair.
    """
    if threshold <= 0:  # every pair qualifies, even two disjoint sets: nothing to filter
        sized = [i for i, s in enumerate(sets) if len(s) >= max(smallest, 1)]
        return set(combinations(sized, 2))
    frequency = Counter(chain.from_iterable(sets))
    holders: dict[str, list[int]] = defaultdict(list)
    for i, elements in enumerate(sets):
        for element in elements:
            holders[element].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, elements in enumerate(sets):
        size = len(elements)
        if size < max(smallest, 1):
            continue
        prefix = sorted(elements, key=lambda e: (frequency[e], e))[: size - least_shared(size, threshold) + 1]
        for element in prefix:
            for j in holders[element]:
                if j != i and len(sets[j]) >= size:
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def least_shared(size: int, threshold: float) -> int:
    """The fewest shared elements ``m`` with ``m / size >= threshold``, as the
    caller's own division computes it (``size + 1`` when none is enough).

    >>> least_shared(3, 0.8), least_shared(10, 0.8), least_shared(8, 0.75), least_shared(4, 1.5)
    (3, 8, 6, 5)
    """
    return next((m for m in range(1, size + 1) if m / size >= threshold), size + 1)
