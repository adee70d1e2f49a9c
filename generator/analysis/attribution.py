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

The thresholds are not read off the seeds: each lies between two groups of
invented, labelled pairs, with a margin (`calibration`, printed by
``python -m generator eval``).
"""

from __future__ import annotations

import dataclasses
import re
from difflib import SequenceMatcher
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Iterator, Mapping, Sequence

from ..memo import Kept, remember
from ..parallel import fork_map
from ..model import Brief, Citation, Corpus, Organisation, Person, Where, speaker_kind
from ..problems import WARNING, Problem, shorten
from .checks import claim_items, key_where
from .groups import ClaimGroups, group
from .narrative import words
from .pairs import candidate_pairs

GRAM_WORDS = 3
CONFLICT_THRESHOLD = 0.70
"""Share of the shorter quote's 3-grams found in the other, at or above which
two quotes count as the same words.  Set between labelled pairs
(`calibration`): the same words cut, bracketed or punctuated differently keep
at least 0.857; different statements sharing stock phrases ("has no plans to
resign … lead the party into the next election") at most 0.533.  On the
seeds, copied quotes score 1.0 and different statements at most 0.6."""


MIN_ALIGNED_WORDS = 10
"""Quotes shorter than this are compared by 3-grams only.  Set between
labelled pairs (`calibration`): different statements of 8 words align at up
to 0.875 ("This is a dark day for our country" and "Today is a dark day for
democracy in our country"), as high as a reworded quote of 8 words does, so
no share tells them apart; the shortest reworded pair only the alignment
catches has 12 words."""
ALIGNED_THRESHOLD = 0.75
"""Aligned-word share at or above which two quotes count as the same words.
Set between labelled pairs (`calibration`): the same sentence as two
reporters took it down keeps at least 0.789 (contractions, a tense shifted);
different statements of `MIN_ALIGNED_WORDS` words or more at most 0.706 (a
spokesman restating the prime minister).  On the seeds, the same sentence reported
twice scores 0.77–0.79, and Blinken's and Austin's separate announcements of
security assistance score 0.75: on the threshold, so they are flagged."""


@dataclass(frozen=True, slots=True)
class Attributed:
    """A quote as one brief attributes it."""

    brief: str
    """Slug of the brief."""
    source: str
    """The brief's publisher, or its title when the publisher is unknown."""
    by: str
    """The citation's ``by`` (a person id or free text)."""
    speaker_name: str
    """The registered person's or organisation's name when ``by`` is one, else ``by``."""
    speaker_kind: str | None
    """``person`` or ``organisation`` when ``by`` is a registered one's id (link to its page), else None."""
    quote: str
    where: Where


@dataclass(frozen=True, slots=True)
class AttributionConflict:
    """Near-identical quotes of one claim, credited to different speakers."""

    claim: str
    first: Attributed
    """The citation in the brief that comes first in corpus order."""
    second: Attributed
    similarity: float
    """The larger of the 3-gram containment and the aligned-word share (0–1)."""


_BRACKETED = re.compile(r"\[[^\]]*\]")


def quote_words(quote: str) -> list[str]:
    """The quote's normalised words, editorial insertions in square brackets dropped."""
    return words(_BRACKETED.sub(" ", quote))


def quote_grams(quote: str) -> frozenset[str]:
    """The quote's word 3-grams (or the whole quote when shorter)."""
    return word_grams(quote_words(quote))


def word_grams(ws: list[str]) -> frozenset[str]:
    if len(ws) < GRAM_WORDS:
        return frozenset([" ".join(ws)]) if ws else frozenset()
    return frozenset(" ".join(ws[i:i + GRAM_WORDS]) for i in range(len(ws) - GRAM_WORDS + 1))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """A quote's words in order, and as a multiset (for a cheap upper bound)."""

    words: tuple[str, ...]
    tokens: frozenset[str]
    """Each word with its occurrence number ("we", "we 2", …): the multiset as a
    set, so that two quotes' words in common are one set intersection, in C."""

    @classmethod
    def of(cls, quote: str) -> "QuoteWords":
        return cls.from_words(quote_words(quote))

    @classmethod
    def from_words(cls, ws: list[str]) -> "QuoteWords":
        seen: Counter[str] = Counter()
        tokens = []
        for word in ws:  # a word never holds a space: "we 2" cannot be a word
            seen[word] += 1
            tokens.append(word if seen[word] == 1 else f"{word} {seen[word]}")
        return cls(tuple(ws), frozenset(tokens))


def aligned_share(a: QuoteWords, b: QuoteWords) -> float:
    """Share of the shorter word list that lines up, in order, with the other;
    0 for quotes shorter than `MIN_ALIGNED_WORDS` or that cannot reach
    `ALIGNED_THRESHOLD`.

    >>> aligned_share(QuoteWords.of("we have not yet seen these troops deploy at all"),
    ...               QuoteWords.of("we have not yet seen these soldiers deploy at all"))
    0.9
    """
    shorter = min(len(a.words), len(b.words))
    if shorter < MIN_ALIGNED_WORDS:
        return 0.0
    # Words in common bound the alignment from above: skip difflib when even
    # they fall short (most pairs of a much-cited claim).
    if len(a.tokens & b.tokens) / shorter < ALIGNED_THRESHOLD:
        return 0.0
    return word_alignment(a, b)


def word_alignment(a: QuoteWords, b: QuoteWords) -> float:
    """`aligned_share` whatever the quotes' length and words in common (what
    the thresholds are calibrated on)."""
    shorter = min(len(a.words), len(b.words))
    if not shorter:
        return 0.0
    matcher = SequenceMatcher(None, a.words, b.words, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / shorter


def same_words(grams: float, aligned: float) -> bool:
    """Whether a pair's 3-gram containment or aligned-word share makes its quotes the same words."""
    return grams >= CONFLICT_THRESHOLD or aligned >= ALIGNED_THRESHOLD


def same_speaker(a: str, b: str) -> bool:
    return _folded(a) == _folded(b)


def _folded(by: str) -> str:
    return " ".join(by.casefold().split())


@dataclass(frozen=True, slots=True)
class _Cited:
    """A citation of a claim, with what comparing it needs, computed once."""

    said: Attributed
    speaker: str
    """``by`` with case and spaces folded (`same_speaker`)."""
    grams: frozenset[str]
    words: QuoteWords
    brief: Brief
    citation: Citation


def find_conflicts(briefs: Sequence[Brief], speakers: Mapping[str, Person | Organisation] | None = None,
                   known: Kept[list[AttributionConflict]] | None = None, groups: ClaimGroups | None = None,
                   ) -> dict[str, list[AttributionConflict]]:
    """Claim id → its attribution conflicts.

    ``known`` (the dev server's) keeps each claim's conflicts with the very
    briefs, citations and speakers they were found from: a claim whose
    citations are the same objects as last time is not compared again; with
    ``groups`` (kept too), a claim no changed brief cites is not even looked at."""
    speakers = speakers or {}
    changed = None if groups is None else groups.update(briefs, tuple(speakers.values()))
    by_claim = group(briefs) if groups is None else groups.groups
    conflicts: dict[str, list[AttributionConflict]] = {}

    def found_in(item: tuple[str, list[tuple[Brief, Citation]]]) -> list[AttributionConflict]:
        # What the comparison needs is made claim by claim, so that only one claim's is held at a time.
        claim, pairs = item
        return list(_conflicts(claim, [_cited(brief, citation, speakers) for brief, citation in pairs]))

    # Claims never compared (every claim, in a cold build) are compared on every core at once.
    fresh = [item for item in by_claim.items() if known is None or not known.has(item[0])]
    done = dict(zip((claim for claim, _ in fresh), fork_map(found_in, fresh)))
    for claim, pairs in by_claim.items():
        def compare(claim: str = claim, pairs: list[tuple[Brief, Citation]] = pairs) -> list[AttributionConflict]:
            inputs = () if known is None else \
                tuple(x for b, c in pairs for x in (b, c, speakers.get(c.by) if c.by_id else None))
            return remember(known, claim, inputs,
                            lambda: done.pop(claim) if claim in done else found_in((claim, pairs)))
        found = compare() if known is None or changed is None or claim in changed else known.again(claim, compare)
        if found:
            conflicts[claim] = found
    if known is not None:
        known.sweep()
    return conflicts


def _cited(brief: Brief, citation: Citation, speakers: Mapping[str, Person | Organisation]) -> _Cited:
    ws = quote_words(citation.quote)
    return _Cited(attributed(brief, citation, speakers), _folded(citation.by), word_grams(ws),
                  QuoteWords.from_words(ws), brief, citation)


def attributed(brief: Brief, citation: Citation, speakers: Mapping[str, Person | Organisation]) -> Attributed:
    speaker = speakers.get(citation.by) if citation.by_id else None
    return Attributed(brief.slug, brief.source.publisher or brief.title, citation.by,
                      speaker.name if speaker else citation.by, speaker_kind(speaker), citation.quote, citation.where)


def _conflicts(claim: str, cited: list[_Cited]) -> Iterator[AttributionConflict]:
    # A much-cited claim has too many pairs to compare them all, and many of
    # its quotes are the same words: each distinct wording is compared once,
    # with itself and with the wordings an index finds close enough on either
    # measure (`pairs` says why none that conflicts is missed).  Citation
    # pairs are visited in the order of comparing every pair.
    wording: dict[tuple[str, ...], int] = {}
    of = [wording.setdefault(c.words.words, len(wording)) for c in cited]
    members: dict[int, list[int]] = defaultdict(list)
    for i, w in enumerate(of):
        members[w].append(i)
    scores: dict[tuple[int, int], tuple[float, float]] = {}
    items: dict[str, dict[int, int]] = {}
    for i, j in sorted(_citation_pairs(_close_wordings([cited[m[0]] for m in members.values()]), members)):
        a, b = cited[i], cited[j]
        if a.said.brief == b.said.brief or a.speaker == b.speaker:
            continue
        if (of[i], of[j]) not in scores:
            scores[of[i], of[j]] = similarity(a.grams, b.grams), aligned_share(a.words, b.words)
        grams, aligned = scores[of[i], of[j]]
        if same_words(grams, aligned):
            yield AttributionConflict(claim, _at_by(a, items), _at_by(b, items), max(grams, aligned))


def _at_by(cited: _Cited, items: dict[str, dict[int, int]]) -> Attributed:
    """What ``cited`` says, located at its ``by:`` line: who said it is what
    conflicts.  ``items`` keeps each brief's claim items (`claim_items`),
    looked up once per brief with a conflict."""
    brief = cited.brief
    if brief.where.path not in items:
        items[brief.where.path] = claim_items(brief)
    return dataclasses.replace(cited.said, where=key_where(brief, cited.citation, "by", items[brief.where.path]))


def _close_wordings(distinct: list[_Cited]) -> set[tuple[int, int]]:
    """Pairs ``(v, w)``, ``v <= w``, of distinct wordings that may conflict:
    each with itself, and those close on the 3-grams or the words."""
    close = candidate_pairs([c.grams for c in distinct], CONFLICT_THRESHOLD)
    close |= candidate_pairs([c.words.tokens for c in distinct], ALIGNED_THRESHOLD, MIN_ALIGNED_WORDS)
    return close | {(w, w) for w in range(len(distinct))}


def _citation_pairs(wordings: set[tuple[int, int]], members: Mapping[int, list[int]]) -> Iterator[tuple[int, int]]:
    """Citation pairs ``(i, j)``, ``i < j``, of the given pairs of wordings."""
    for v, w in wordings:
        if v == w:
            yield from combinations(members[v], 2)
        else:
            for i in members[v]:
                for j in members[w]:
                    yield (i, j) if i < j else (j, i)


Conflicts = dict[str, list[AttributionConflict]]
"""Claim id → its attribution conflicts (what `find_conflicts` returns)."""


def check_attribution(corpus: Corpus) -> Iterator[Problem]:
    """A warning at the second citation of every conflicting pair."""
    return attribution_problems(find_conflicts(corpus.briefs, corpus.speakers))


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
