"""The indexed comparisons find exactly what comparing every pair finds."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from generator.analysis.attribution import (
    ALIGNED_THRESHOLD, CONFLICT_THRESHOLD, AttributionConflict, QuoteWords, aligned_share, attributed,
    find_conflicts, quote_grams, same_speaker, similarity,
)
from generator.analysis.pairs import candidate_pairs
from test_analysis_support import BriefSpec, Cite, make_corpus


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.75, 0.8, 1.0])
@pytest.mark.parametrize("smallest", [1, 4])
def test_candidates_hold_every_close_pair(threshold: float, smallest: int) -> None:
    rng = random.Random(threshold * 100 + smallest)
    sets = [frozenset(rng.sample("abcdefghijkl", rng.randint(0, 8))) for _ in range(80)]
    found = candidate_pairs(sets, threshold, smallest)
    close = {(i, j) for i, j in combinations(range(len(sets)), 2)
             if min(len(sets[i]), len(sets[j])) >= smallest and similarity(sets[i], sets[j]) >= threshold}
    assert close <= found
    assert all(i < j for i, j in found)


def test_candidates_leave_far_pairs_out() -> None:
    sets = [{"a", "b", "c"}, {"a", "b", "c", "d"}, {"x", "y", "z"}, {"a", "x", "q"}]
    assert candidate_pairs(sets, 0.8) == {(0, 1)}


def all_pairs_conflicts(briefs) -> dict[str, list[AttributionConflict]]:
    """The plain definition: every pair of citations of a claim, compared."""
    cited: dict[str, list] = {}
    for brief in briefs:
        for citation in brief.citations:
            cited.setdefault(citation.claim, []).append((attributed(brief, citation, {}), citation.quote))
    conflicts: dict[str, list[AttributionConflict]] = {}
    for claim, said in cited.items():
        for (a, qa), (b, qb) in combinations(said, 2):
            if a.brief == b.brief or same_speaker(a.by, b.by):
                continue
            grams = similarity(quote_grams(qa), quote_grams(qb))
            aligned = aligned_share(QuoteWords.of(qa), QuoteWords.of(qb))
            if grams >= CONFLICT_THRESHOLD or aligned >= ALIGNED_THRESHOLD:
                conflicts.setdefault(claim, []).append(AttributionConflict(claim, a, b, max(grams, aligned)))
    return conflicts


def test_conflicts_are_those_of_comparing_every_pair() -> None:
    # Few words, so that quotes repeat, overlap a little, a lot, or reorder.
    rng = random.Random(2024)
    words = "we have not yet seen these troops deploy [into] combat soon".split()
    said: list[tuple[str, str]] = []
    texts, specs = {}, []
    for n in range(100):
        cites = []
        for _ in range(rng.randint(1, 4)):
            claim, quote = rng.choice("ab"), " ".join(rng.choices(words, k=rng.randint(1, 14)))
            if said and rng.random() < 0.6:  # words said before, as reported again: the same, or one changed
                claim, quote = rng.choice(said)
                if rng.random() < 0.5:
                    changed = quote.split()
                    changed[rng.randrange(len(changed))] = rng.choice(words)
                    quote = " ".join(changed)
            said.append((claim, quote))
            cites.append(Cite(claim, quote, rng.choice(["Pentagon", "pentagon ", "Kremlin", "x"])))
        texts[f"s/{n}.txt"] = "Title\n\n" + "\n".join(c.quote for c in cites) + "\n"
        specs.append(BriefSpec(f"b{n}", f"s/{n}.txt", cites))
    briefs = make_corpus(texts, specs).briefs
    expected = all_pairs_conflicts(briefs)
    found = [c.similarity for conflicts in expected.values() for c in conflicts]
    assert len(found) > 100 and any(0 < s < 1 for s in found)  # copied words, and reworded ones
    assert find_conflicts(briefs) == expected
