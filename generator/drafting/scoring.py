"""The evaluation's measures for one drafted article, against its annotation.

    score, draft = score_case(text, expected, corpus)

* people (full names, compared by `ids.name_key`: case, hyphens and initials
  aside, accents count; a registered person under any of the forms the
  article uses), countries (ISO codes) and boilerplate lines:
  precision and recall;
* key claims (the annotation's ``claims:``, each a verbatim ``quote`` of one
  sentence with ``by``, ``org`` and ``claim``): a claim is *covered* when a
  candidate quote overlaps its words; on the covered claims, `by` is right
  when a named person said it and the candidate's ``by`` is their id, the
  reporter's *voice* is kept when a claim with neither ``by`` nor ``org`` has
  an empty ``by``, and registry *reuse* is the recall and precision of
  ``claim:`` ids;
* every candidate quote must anchor in the article as ``make check`` anchors
  it: an invariant, reported as an error, not a score;
* metadata: title, publisher, date and byline right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..anchoring import SeedIndex
from ..briefs import boilerplate_lines
from ..model import Corpus
from ..segment import parse_seed
from .claimmatch import ClaimMatcher
from .drafter import draft_article
from .ids import name_key
from .model import ClaimGuess, Draft, PersonGuess


@dataclass
class Tally:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, predicted: set, expected: set) -> None:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)
        self.misses += [f"+{x}" for x in sorted(map(str, predicted - expected))]
        self.misses += [f"-{x}" for x in sorted(map(str, expected - predicted))]

    def merge(self, other: "Tally") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Share:
    """How many of some cases came out right; None when there were none."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        self.right += ok
        self.total += 1
        if not ok:
            self.misses.append(miss)

    def merge(self, other: "Share") -> None:
        self.right, self.total = self.right + other.right, self.total + other.total

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


TALLIES = ("people", "countries", "boilerplate")
SHARES = ("coverage", "by", "voice", "reuse_recall", "reuse_precision")


@dataclass
class Score:
    """Every measure for one article or one set."""

    people: Tally = field(default_factory=Tally)
    countries: Tally = field(default_factory=Tally)
    boilerplate: Tally = field(default_factory=Tally)
    coverage: Share = field(default_factory=Share)
    by: Share = field(default_factory=Share)
    voice: Share = field(default_factory=Share)
    reuse_recall: Share = field(default_factory=Share)
    reuse_precision: Share = field(default_factory=Share)
    candidates: int = 0
    not_verbatim: list[str] = field(default_factory=list)
    """Candidate quotes that do not anchor in the article: each one a drafter bug."""
    metadata_right: int = 0
    metadata_total: int = 0

    def merge(self, other: "Score") -> None:
        for name in TALLIES + SHARES:
            getattr(self, name).merge(getattr(other, name))
        self.candidates += other.candidates
        self.not_verbatim += other.not_verbatim
        self.metadata_right += other.metadata_right
        self.metadata_total += other.metadata_total


def score_case(text: str, expected: dict[str, Any], corpus: Corpus | None,
               matcher: ClaimMatcher | None = None) -> tuple[Score, Draft]:
    """Draft one article against ``corpus`` (the frozen registry; ``matcher``: its
    claims indexed, with the quotes filed under them) and compare it with its annotation."""
    draft = draft_article(text, "seeds/eval.txt", corpus, matcher)
    score = Score()
    wanted = {name_key(n) for n in expected.get("people") or []}
    score.people.add({_person_key(p, wanted) for p in draft.people}, wanted)
    score.countries.add({c.code for c in draft.countries}, {c.upper() for c in expected.get("countries") or []})
    clutter = set(boilerplate_lines(expected.get("boilerplate") or []))
    blank = {n for n, line in enumerate(text.splitlines(), 1) if not line.strip()}  # numbered as `lines.parse_lines`
    score.boilerplate.add({b.line for b in draft.boilerplate}, clutter - blank)  # a range may span blank lines: no lines to mark
    index = SeedIndex.build(parse_seed("seeds/eval.txt", text), frozenset())
    score.candidates = len(draft.claims)
    score.not_verbatim = [c.quote for c in draft.claims if not index.occurrences(c.quote)]
    score_claims(score, text, draft.claims, expected.get("claims") or [], clutter)
    _score_metadata(score, draft, expected)
    return score, draft


def _person_key(person: PersonGuess, wanted: set[str]) -> str:
    """The person's name as the annotation writes it: a registered person may be
    listed under the article's spelling ("Volodymyr Zelensky"), one of its forms."""
    keys = [name_key(form) for form in (person.name, *person.aliases)]
    return next((k for k in keys if k in wanted), keys[0])


def score_claims(score: Score, text: str, claims: tuple[ClaimGuess, ...] | list[ClaimGuess],
                 annotated: list[dict[str, Any]], clutter: set[int] = frozenset()) -> None:
    """Coverage, speakers and registry reuse of the annotated key claims (each
    found where ``make check`` anchors it: first outside the ``clutter`` lines)."""
    spans = [(_start_of(c, text), c) for c in claims]
    for item in annotated:
        quote = item["quote"]
        start = _anchor(text, quote, clutter)
        if start == -1:
            raise ValueError(f"annotated quote not in the article: {quote!r}")
        end = start + len(quote)
        overlaps = [(min(end, a + len(c.quote)) - max(start, a), c) for a, c in spans if a < end and start < a + len(c.quote)]
        best = max(overlaps, key=lambda o: o[0])[1] if overlaps else None
        short = quote[:50]
        score.coverage.add(best is not None, f"uncovered: {short}")
        if best is None:
            continue
        by, org, claim = item.get("by"), item.get("org"), item.get("claim")
        if by:
            score.by.add(best.by == by, f"by {best.by or '(empty)'} for {by}: {short}")
        elif not org:
            score.voice.add(best.by == "", f"by {best.by} for the reporter's own words: {short}")
        if claim:
            score.reuse_recall.add(best.claim == claim, f"claim {best.claim} for {claim}: {short}")
        if best.claim:
            score.reuse_precision.add(best.claim == claim, f"claim {best.claim} for {claim}: {short}")


def _anchor(text: str, quote: str, clutter: set[int]) -> int:
    """The first occurrence of ``quote`` on a line that is not clutter, else the first."""
    first = at = text.find(quote)
    while at != -1 and text.count("\n", 0, at) + 1 in clutter:
        at = text.find(quote, at + 1)
    return first if at == -1 else at


def _start_of(claim: ClaimGuess, text: str) -> int:
    """Where a candidate's quote is: its offset, else its first occurrence from its line."""
    if claim.start >= 0:
        return claim.start
    line_start = sum(len(line) for line in text.splitlines(keepends=True)[:max(claim.line - 1, 0)])
    found = text.find(claim.quote, line_start)
    return found if found != -1 else text.find(claim.quote)


def _score_metadata(score: Score, draft: Draft, expected: dict[str, Any]) -> None:
    meta = draft.metadata
    published = expected.get("published")
    pairs = [
        (meta.title.value, expected.get("title")),
        (meta.publisher.value, expected.get("publisher")),
        (meta.published.value, published if isinstance(published, dt.date) or published is None else None),
        (list(meta.byline.value or ()), list(expected.get("byline") or [])),
    ]
    score.metadata_total += len(pairs)
    score.metadata_right += sum(got == want for got, want in pairs)
