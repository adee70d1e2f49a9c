"""Find a quote in its seed and name the sentences it covers.

The comparison folds runs of whitespace and curly/straight quotation marks
and apostrophes — the differences copy-and-paste introduces — and nothing
else: a quote with a changed word is not found.

>>> fold("“We’ve  not”").text
'"We\\'ve not"'
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass

from .model import Anchor, Seed

_SPACES = re.compile(r"\s+")
_QUOTE_FOLDS = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"})


@dataclass(frozen=True)
class Folded:
    """Folded text, and the way back to offsets in the original."""

    text: str
    runs: tuple[int, ...]
    """Folded offsets just after each collapsed whitespace run, ascending."""
    shifts: tuple[int, ...]
    """Characters dropped up to and including each run."""

    def original(self, offset: int) -> int:
        """The original offset of the folded character at ``offset``."""
        index = bisect.bisect_right(self.runs, offset) - 1
        return offset + (self.shifts[index] if index >= 0 else 0)


def fold(text: str) -> Folded:
    """Whitespace runs → one space, curly quotes → straight ones.

    Work is per whitespace run, not per character: seeds are long.
    """
    runs, shifts, dropped = [], [], 0
    for run in _SPACES.finditer(text):
        extra = run.end() - run.start() - 1
        if extra:  # a lone whitespace character becomes a space in place
            dropped += extra
            runs.append(run.start() - (dropped - extra) + 1)
            shifts.append(dropped)
    folded = _SPACES.sub(" ", text).translate(_QUOTE_FOLDS)
    return Folded(folded, tuple(runs), tuple(shifts))


def fold_quote(quote: str) -> str:
    return fold(quote.strip()).text


@dataclass(frozen=True)
class SeedIndex:
    """A seed folded once, so that many quotes are looked up cheaply."""

    seed: Seed
    folded: Folded
    sentence_starts: tuple[int, ...]
    """Start offsets of every sentence, in text order, for bisection."""
    sentence_ids: tuple[tuple[int, int], ...]
    boilerplate_lines: frozenset[int]
    paragraph_line_by_sentence: tuple[int, ...]

    @classmethod
    def build(cls, seed: Seed, boilerplate: frozenset[int]) -> "SeedIndex":
        folded = fold(seed.text)
        starts, ids, lines = [], [], []
        for paragraph in seed.paragraphs:
            for sentence in paragraph.sentences:
                starts.append(sentence.start)
                ids.append((paragraph.index, sentence.index))
                lines.append(paragraph.line)
        return cls(seed, folded, tuple(starts), tuple(ids), boilerplate, tuple(lines))

    def occurrences(self, quote: str) -> list[tuple[int, int]]:
        """(start, end) offsets in the seed's text of every match of ``quote``."""
        needle = fold_quote(quote)
        if not needle:
            return []
        text = self.folded.text
        found, at = [], text.find(needle)
        while at != -1:
            end = self.folded.original(at + len(needle) - 1) + 1
            found.append((self.folded.original(at), end))
            at = text.find(needle, at + 1)
        return found

    def anchor(self, start: int, end: int) -> Anchor:
        first = max(bisect.bisect_right(self.sentence_starts, start) - 1, 0)
        last = max(bisect.bisect_right(self.sentence_starts, end - 1) - 1, first)
        return Anchor(start=start, end=end, sentences=self.sentence_ids[first : last + 1])

    def in_boilerplate(self, start: int) -> bool:
        index = max(bisect.bisect_right(self.sentence_starts, start) - 1, 0)
        return self.paragraph_line_by_sentence[index] in self.boilerplate_lines

    def closest_sentence(self, quote: str) -> str | None:
        """The seed sentence most like ``quote``, for a "did you mean"."""
        needle = fold_quote(quote)
        best, best_ratio = None, 0.0
        for paragraph in self.seed.paragraphs:
            for sentence in paragraph.sentences:
                matcher = difflib.SequenceMatcher(None, needle, fold(sentence.text).text, autojunk=False)
                if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                    continue
                ratio = matcher.ratio()
                if ratio > best_ratio:
                    best, best_ratio = sentence.text, ratio
        return best if best_ratio >= 0.5 else None


def choose_occurrence(index: SeedIndex, matches: list[tuple[int, int]], occurrence: int | None):
    """The match to anchor to: the N-th if asked, else the first outside boilerplate."""
    if occurrence is not None:
        return matches[occurrence - 1] if 0 < occurrence <= len(matches) else None
    for match in matches:
        if not index.in_boilerplate(match[0]):
            return match
    return matches[0] if matches else None
