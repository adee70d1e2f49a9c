"""Find a quote in its seed and name the sentences it covers.

The comparison folds runs of whitespace and curly/straight quotation marks
and apostrophes — the differences copy-and-paste introduces — and nothing
else: a quote with a changed word is not found.

>>> folded, _ = fold("“We’ve  not”")
>>> folded
'"We\\'ve not"'
"""

from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass

from .model import Anchor, Seed

_QUOTE_FOLDS = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"})


def fold(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each of its characters, the offset in ``text``."""
    chars: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, char in enumerate(text):
        if char.isspace():
            if not in_space:
                chars.append(" ")
                offsets.append(i)
            in_space = True
            continue
        in_space = False
        chars.append(char)
        offsets.append(i)
    return "".join(chars).translate(_QUOTE_FOLDS), offsets


def fold_quote(quote: str) -> str:
    return fold(quote.strip())[0]


@dataclass(frozen=True)
class SeedIndex:
    """A seed folded once, so that many quotes are looked up cheaply."""

    seed: Seed
    folded: str
    offsets: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    """Start offsets of every sentence, in text order, for bisection."""
    sentence_ids: tuple[tuple[int, int], ...]
    boilerplate_lines: frozenset[int]
    paragraph_line_by_sentence: tuple[int, ...]

    @classmethod
    def build(cls, seed: Seed, boilerplate: frozenset[int]) -> "SeedIndex":
        folded, offsets = fold(seed.text)
        starts, ids, lines = [], [], []
        for paragraph in seed.paragraphs:
            for sentence in paragraph.sentences:
                starts.append(sentence.start)
                ids.append((paragraph.index, sentence.index))
                lines.append(paragraph.line)
        return cls(seed, folded, tuple(offsets), tuple(starts), tuple(ids), boilerplate, tuple(lines))

    def occurrences(self, quote: str) -> list[tuple[int, int]]:
        """(start, end) offsets in the seed's text of every match of ``quote``."""
        needle = fold_quote(quote)
        if not needle:
            return []
        found, at = [], self.folded.find(needle)
        while at != -1:
            end = self.offsets[at + len(needle) - 1] + 1
            found.append((self.offsets[at], end))
            at = self.folded.find(needle, at + 1)
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
                matcher = difflib.SequenceMatcher(None, needle, fold(sentence.text)[0], autojunk=False)
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
