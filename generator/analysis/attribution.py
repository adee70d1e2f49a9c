"""Attribution conflicts: the same words, credited to different speakers.

Two citations of one claim **conflict** when their quotes are near-identical
and their ``by`` differs (after folding case and spaces): one report says
the Pentagon said it, another that Austin did.  That is worth a look, not an
error, so `check_attribution` yields warnings.

Near-identical: each quote, lower-cased, with quotation marks, punctuation
and editorial insertions in square brackets ("[North Korean]") dropped, is
cut into word 3-grams; the **similarity** is |A ∩ B| / min(|A|, |B|) —
containment of the shorter quote in the longer, so an excerpt of a longer
quote still matches.  Quotes of fewer than three words are compared whole.
The threshold is `CONFLICT_THRESHOLD`.  Only citations in different briefs
are compared, claim by claim.

Reports of one press conference rarely copy each other word for word: one
has "these troops … against Ukrainian forces, but we would expect", another
"these soldiers … against Ukraine's forces, but we expect".  A swapped word
breaks three 3-grams, so quotes of `MIN_ALIGNED_WORDS` words or more are
also compared word by word (difflib's alignment): the share of the shorter
quote's words that line up, in order, with the other's, against its own
`ALIGNED_THRESHOLD`.  Short quotes are left to the 3-grams, because a few
stock words ("legitimate military targets") align in any two of them.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, Iterator, Mapping

from ..model import Brief, Citation, Corpus, Person, Where
from ..problems import WARNING, Problem, shorten
from .narrative import words

GRAM_WORDS = 3
CONFLICT_THRESHOLD = 0.8
"""Share of the shorter quote's 3-grams found in the other, at or above which
two quotes count as the same words.  On the seeds, copied quotes score 1.0
and different statements sharing a stock phrase ("security assistance for
Ukraine in the coming days") at most 0.6."""


MIN_ALIGNED_WORDS = 8
"""Quotes shorter than this are compared by 3-grams only."""
ALIGNED_THRESHOLD = 0.75
"""Aligned-word share at or above which two quotes count as the same words.
On the seeds, the same sentence reported twice scores 0.75–0.79 (a word or
two swapped in every clause); different statements of one claim at most 0.69."""


@dataclass(frozen=True)
class Attributed:
    """A quote as one brief attributes it."""

    brief: str
    """Slug of the brief."""
    source: str
    """The brief's publisher, or its title when the publisher is unknown."""
    by: str
    """The citation's ``by`` (a person id or free text)."""
    speaker_name: str
    """The registered person's name when ``by`` is one, else ``by``."""
    by_person: bool
    """Whether ``by`` is a registered person id (link to their page)."""
    quote: str
    where: Where


@dataclass(frozen=True)
class AttributionConflict:
    """Near-identical quotes of one claim, credited to different speakers."""

    claim: str
    first: Attributed
    """The citation in the brief that comes first in corpus order."""
    second: Attributed
    similarity: float
    """The larger of the 3-gram containment and the aligned-word share (0–1)."""


def quote_grams(quote: str) -> frozenset[str]:
    """The quote's word 3-grams (or the whole quote when shorter)."""
    ws = words(re.sub(r"\[[^\]]*\]", " ", quote))
    if len(ws) < GRAM_WORDS:
        return frozenset([" ".join(ws)]) if ws else frozenset()
    return frozenset(" ".join(ws[i:i + GRAM_WORDS]) for i in range(len(ws) - GRAM_WORDS + 1))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass(frozen=True)
class QuoteWords:
    """A quote's words in order, and counted (for a cheap upper bound)."""

    words: tuple[str, ...]
    counts: Counter

    @classmethod
    def of(cls, quote: str) -> "QuoteWords":
        ws = tuple(words(re.sub(r"\[[^\]]*\]", " ", quote)))
        return cls(ws, Counter(ws))


def aligned_share(a: QuoteWords, b: QuoteWords) -> float:
    """Share of the shorter word list that lines up, in order, with the other.

    >>> aligned_share(QuoteWords.of("we have not yet seen these troops deploy"),
    ...               QuoteWords.of("we have not yet seen these soldiers deploy"))
    0.875
    """
    shorter = min(len(a.words), len(b.words))
    if shorter < MIN_ALIGNED_WORDS:
        return 0.0
    # Words in common bound the alignment from above: skip difflib when even
    # they fall short (most pairs of a much-cited claim).
    if sum((a.counts & b.counts).values()) / shorter < ALIGNED_THRESHOLD:
        return 0.0
    matcher = SequenceMatcher(None, a.words, b.words, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / shorter


def same_speaker(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def find_conflicts(briefs: Iterable[Brief], people: Mapping[str, Person] | None = None,
                   ) -> dict[str, list[AttributionConflict]]:
    """Claim id → its attribution conflicts, in corpus order."""
    by_claim: dict[str, list[tuple[Attributed, frozenset[str], QuoteWords]]] = defaultdict(list)
    for brief in briefs:
        for citation in brief.citations:
            said = attributed(brief, citation, people or {})
            by_claim[citation.claim].append((said, quote_grams(citation.quote), QuoteWords.of(citation.quote)))
    conflicts: dict[str, list[AttributionConflict]] = {}
    for claim, cited in by_claim.items():
        found = list(_conflicts(claim, cited))
        if found:
            conflicts[claim] = found
    return conflicts


def attributed(brief: Brief, citation: Citation, people: Mapping[str, Person]) -> Attributed:
    person = people.get(citation.by) if citation.by_person else None
    return Attributed(brief.slug, brief.source.publisher or brief.title, citation.by,
                      person.name if person else citation.by, person is not None, citation.quote, citation.where)


def _conflicts(claim: str, cited: list[tuple[Attributed, frozenset[str], QuoteWords]],
               ) -> Iterator[AttributionConflict]:
    # Quadratic in the citations of one claim only: a handful per claim.
    for (a, grams_a, words_a), (b, grams_b, words_b) in combinations(cited, 2):
        if a.brief == b.brief or same_speaker(a.by, b.by):
            continue
        grams, aligned = similarity(grams_a, grams_b), aligned_share(words_a, words_b)
        if grams >= CONFLICT_THRESHOLD or aligned >= ALIGNED_THRESHOLD:
            yield AttributionConflict(claim, a, b, max(grams, aligned))


Conflicts = dict[str, list[AttributionConflict]]
"""Claim id → its attribution conflicts (what `find_conflicts` returns)."""


def check_attribution(corpus: Corpus) -> Iterator[Problem]:
    """A warning at the second citation of every conflicting pair."""
    return attribution_problems(find_conflicts(corpus.briefs, corpus.people))


def attribution_problems(found: Conflicts) -> Iterator[Problem]:
    for conflicts in found.values():
        for conflict in conflicts:
            yield Problem(conflict.second.where, "attribution-conflict", conflict_message(conflict), WARNING,
                          (("claim", conflict.claim), ("brief", conflict.first.brief)))


def conflict_message(conflict: AttributionConflict) -> str:
    a, b = conflict.first, conflict.second
    return (f'"{shorten(b.quote, 60)}" is attributed to "{b.by}" in brief "{b.brief}", but near-identical '
            f'words ({round(conflict.similarity * 100)}% shared) are attributed to "{a.by}" in brief '
            f'"{a.brief}" ({a.where}); check who said them')
