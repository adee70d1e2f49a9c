"""Find a quote in its seed and name the sentences it covers.

The comparison folds runs of whitespace and curly/straight quotation marks
and apostrophes — the differences copy-and-paste introduces — and nothing
else: a quote with a changed word is not found.

>>> fold("“We’ve  not”").text
'"We\\'ve not"'

A quote that is not found gets a "did you mean" (`SeedIndex.closest_sentence`):
the seed's words most like it by difflib's ratio — a whole sentence, or the
span of a longer one about as long as the quote (its number of words, one
fewer or up to three more), so that a shortened or mistyped fragment is
answered with the words it was cut from ("…about 2,000 troops had
crossed…").
difflib costs the product of the lengths it compares, so only the sentences
sharing most of the quote's words are compared, within `COMPARE_BUDGET`;
in each, the spans tried are the runs of words holding most of the quote's
words (one linear pass per length), long sentences are compared by chunks,
and long quotes word by word.  A 2 MiB seed of one sentence costs what an
article does.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Sequence

from .limits import MAX_OCCURRENCES, MAX_QUOTE_CHARS
from .model import Anchor, Seed, Sentence

_RUNS = re.compile(r"\s{2,}")
_TO_SPACE = re.compile(r"\s{2,}|[^\S ]")
"""A run of whitespace, or one whitespace character other than a space."""
_QUOTE_FOLDS = {"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"}


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

    def folded(self, offset: int) -> int:
        """The folded offset of the original character at ``offset`` (one
        that folding kept: not the second character of a whitespace run)."""
        index = bisect.bisect_right(self._original_runs, offset) - 1
        return offset - (self.shifts[index] if index >= 0 else 0)

    @cached_property
    def _original_runs(self) -> tuple[int, ...]:
        """`runs`, as offsets in the original text."""
        return tuple(run + shift for run, shift in zip(self.runs, self.shifts))


def fold(text: str) -> Folded:
    """Whitespace runs → one space, curly quotes → straight ones.

    Work is per run of two or more whitespace characters, and whole-text
    replacements, not per character: seeds are long.
    """
    runs, shifts, dropped = [], [], 0
    for run in _RUNS.finditer(text):  # a lone whitespace character becomes a space in place
        extra = run.end() - run.start() - 1
        dropped += extra
        runs.append(run.start() - (dropped - extra) + 1)
        shifts.append(dropped)
    folded = _TO_SPACE.sub(" ", text)
    for curly, straight in _QUOTE_FOLDS.items():  # faster than str.translate on long texts
        folded = folded.replace(curly, straight)
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
        """(start, end) offsets in the seed's text of the matches of ``quote``
        (the first `MAX_OCCURRENCES`)."""
        needle = fold_quote(quote)
        if not needle:
            return []
        text = self.folded.text
        found, at = [], text.find(needle)
        while at != -1 and len(found) < MAX_OCCURRENCES:
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
        """The seed's text most like ``quote``, for a "did you mean": a whole
        sentence, or a span of a longer one about the quote's length, cut
        marks included ("…about 2,000 troops had crossed…"), whichever is
        more alike; None when nothing is alike enough."""
        needle = fold_quote(quote)
        if not needle:
            return None
        wanted = frozenset(words_of(needle))
        best = _most_alike(needle, wanted, self._candidates(wanted), self.folded.text)
        return self._fragment(*best) if best is not None else None

    def _candidates(self, wanted: frozenset[str]) -> list["_Passage"]:
        """The passages worth ranking for a quote of these words: all of a
        seed of up to `SMALL_SEED` passages; in a longer one, those holding
        the quote's rarest words (`CANDIDATES` at most), in text order."""
        if len(self._passages) <= SMALL_SEED:
            return [p for p in self._passages if wanted & p.words]
        chosen: set[int] = set()
        for word in sorted(wanted & self._holding.keys(), key=lambda w: (len(self._holding[w]), w)):
            chosen.update(self._holding[word][:CANDIDATES - len(chosen)])
            if len(chosen) >= CANDIDATES:
                break
        return [self._passages[i] for i in sorted(chosen)]

    @cached_property
    def _holding(self) -> dict[str, list[int]]:
        """Word → the positions in `_passages` of the passages holding it."""
        holding: dict[str, list[int]] = {}
        for number, passage in enumerate(self._passages):
            for word in passage.words:
                holding.setdefault(word, []).append(number)
        return holding

    @cached_property
    def _sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.seed.paragraphs for s in p.sentences)

    @cached_property
    def _passages(self) -> tuple["_Passage", ...]:
        """Every sentence, and the chunks of the long ones (see `CHUNK`), as
        spans of the folded seed; made on the first quote not found."""
        text, passages = self.folded.text, []
        for number, sentence in enumerate(self._sentences):
            # A sentence starts and ends with a visible character, so its
            # ends are never inside a run of whitespace that folding dropped.
            start, end = self.folded.folded(sentence.start), self.folded.folded(sentence.end - 1) + 1
            passages.append(_Passage(number, start, end, True, frozenset(words_of(text[start:end]))))
            for first in range(start, end - CHUNK // 2, CHUNK // 2) if end - start > CHUNK else ():
                last = min(first + CHUNK, end)
                passages.append(_Passage(number, first, last, False, frozenset(words_of(text[first:last]))))
        return tuple(passages)

    def _fragment(self, passage: "_Passage", start: int, end: int) -> str:
        """The seed's text from folded ``start`` to ``end``, with "…" where
        it cuts its sentence."""
        sentence = self._sentences[passage.sentence]
        first, last = self.folded.original(start), self.folded.original(end - 1) + 1
        text = self.seed.text[first:last]
        return ("…" if first > sentence.start else "") + text + ("…" if last < sentence.end else "")


HINT_RATIO = 0.5
"""How alike (difflib's ratio) a sentence and a quote must be for a hint."""
FRAGMENT_RATIO = 0.6
"""The same for a fragment of a longer sentence: a fragment is cut to be like
the quote, so more is asked of it."""
COMPARE_BUDGET = 2_000_000
"""Pairs of characters (or of words) difflib may compare for one quote: all
the sentences of an article, and a tenth of a second for a 2 MiB seed."""
MAX_COMPARED = 200
"""Passages difflib may compare with one quote, however short they are."""
SMALL_SEED = 2_000
"""Passages (about sentences) up to which every one is ranked for a quote."""
CANDIDATES = 2_000
"""In a longer seed, the passages ranked for a quote: those holding its rarest words."""
WORDWISE_FROM = 300
"""Quotes this long or longer are compared word by word, not character by character."""
MIN_FRAGMENT_WORDS = 4
"""Quotes of fewer distinct words get no fragment as a hint."""
LEFT_OUT = 3
"""Words a shortened quote may have left out in the span a hint offers: spans
of up to this many words more than the quote are tried (each one more
difflib comparison per sentence)."""
CHUNK = 2 * MAX_QUOTE_CHARS
"""Sentences longer than this are also cut into chunks of this length,
overlapping by half: every fragment as long as a quote lies within one."""

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def words_of(text: str) -> list[str]:
    """Words, case-folded, for telling which sentences share a quote's words."""
    return _WORD.findall(text.casefold())


@dataclass(frozen=True)
class _Passage:
    """A sentence, or a chunk of a long one, and the words it holds."""

    sentence: int
    """Position of its sentence in the seed."""
    start: int
    """Offsets in the folded seed."""
    end: int
    whole: bool
    """True for a whole sentence, False for a chunk."""
    words: frozenset[str]

    @property
    def size(self) -> int:
        return self.end - self.start


def _most_alike(needle: str, wanted: frozenset[str], passages: Sequence[_Passage], text: str):
    """``(passage, start, end)`` of the text most like ``needle`` (at least
    `HINT_RATIO` alike for a whole sentence, `FRAGMENT_RATIO` for a span of
    one), or None.

    Passages are tried in order of the quote's words they share, while the
    budget lasts; a tie in likeness goes to the earlier text, and a whole
    sentence before a span starting later in it.
    """
    shared = ((len(wanted & p.words), p) for p in passages)
    ranked = sorted(((n, p) for n, p in shared if n), key=lambda pair: (-pair[0], pair[1].sentence, pair[1].start))
    wordwise = len(needle) >= WORDWISE_FROM
    mine = _units(needle, wordwise)
    fragments = len(wanted) >= MIN_FRAGMENT_WORDS  # "…troops…" would be no help
    best, best_ratio, spent = None, 0.0, 0
    quote_words = words_of(needle)
    for _, passage in ranked[:MAX_COMPARED]:
        for start, end, threshold in _spans(text, passage, len(needle), quote_words, wanted, fragments):
            theirs = _units(text[start:end], wordwise)
            if spent and spent + len(mine) * len(theirs) > COMPARE_BUDGET:
                return best
            spent += len(mine) * len(theirs)
            ratio = _ratio(mine, theirs, max(best_ratio, threshold))
            if ratio < threshold:
                continue
            key = (passage.sentence, start)
            if ratio > best_ratio or (ratio == best_ratio and key < (best[0].sentence, best[1])):
                best, best_ratio = (passage, start, end), ratio
    return best


def _spans(text: str, passage: _Passage, length: int, quote_words: list[str], wanted: frozenset[str],
           fragments: bool) -> Iterator[tuple[int, int, float]]:
    """``(start, end, threshold)`` of what to compare with a quote of ``length``
    characters and ``quote_words``: the whole sentence when its length is
    within a factor of three of the quote's; and, in a longer passage, the
    run of as many words holding most of the quote's words, the runs of one
    fewer and of up to `LEFT_OUT` more (words a shortened quote left out), and
    the words the quote's own align with there (`_aligned`: a mistyped first
    or last word; for quotes shorter than `WORDWISE_FROM`, whose alignment
    costs little) — each only if it holds more than half of the quote's
    distinct words: a span that does not is not what the quote was cut from.
    A sentence longer than a chunk is compared by its chunks only."""
    if passage.whole and length / 3 <= passage.size <= 3 * length:
        yield passage.start, passage.end, HINT_RATIO
    if not fragments or passage.size <= length or (passage.whole and passage.size > CHUNK):
        return
    spans = [(m.start(), m.end(), m.group().casefold() in wanted)
             for m in _WORD.finditer(text, passage.start, passage.end)]
    size, tried = len(quote_words), set()
    widest = size + LEFT_OUT
    for count in (size, size + 1, size - 1, *range(size + 2, widest + 1), None):
        if count is None:  # the alignment, last
            if widest >= len(spans) or length >= WORDWISE_FROM:
                return
            first, last = _aligned(text, spans, quote_words, _window(spans, widest), widest)
        elif 0 < count < len(spans):
            first = _window(spans, count)
            last = first + count - 1
        else:
            continue
        held = {text[start:end].casefold() for start, end, hit in spans[first:last + 1] if hit}
        window = _with_marks(text, passage, spans[first][0], spans[last][1])
        if 2 * len(held) > len(wanted) and window not in tried:  # most of the quote's words, or no hint
            tried.add(window)
            yield (*window, FRAGMENT_RATIO)


def _units(text: str, wordwise: bool) -> str | list[str]:
    return _TOKEN.findall(text) if wordwise else text


def _ratio(a: str | list[str], b: str | list[str], floor: float) -> float:
    """difflib's ratio, or 0 when cheap upper bounds show it is below ``floor``."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def _window(spans: list[tuple[int, int, bool]], size: int) -> int:
    """Where the run of ``size`` of the passage's words (``spans``: start,
    end, whether the quote has it) holding most of the quote's words starts:
    where a shortened quote was cut from; among equals, the first that
    starts with one of them, else the first that ends with one.  One pass:
    a window slides, adding a word and dropping one."""
    held = sum(hit for _, _, hit in spans[:size])
    best, first = (held, spans[0][2], spans[size - 1][2]), 0
    for i in range(size, len(spans)):
        held += spans[i][2] - spans[i - size][2]
        score = (held, spans[i - size + 1][2], spans[i][2])
        if score > best:
            best, first = score, i - size + 1
    return first


def _aligned(text: str, spans: list[tuple[int, int, bool]], quote_words: list[str], first: int,
             count: int) -> tuple[int, int]:
    """The first and last of the passage's words that ``quote_words`` align
    with (difflib over words), in the run of ``count`` words at ``first``
    and `LEFT_OUT` words either side: from the first word matched, less the
    quote's words before it, to the last, plus the quote's words after it —
    so "abuot 2,000 troops" gets "about 2,000 troops", not "2,000 troops"."""
    low, high = max(first - LEFT_OUT, 0), min(first + count + LEFT_OUT, len(spans))
    theirs = [text[start:end].casefold() for start, end, _ in spans[low:high]]
    matcher = difflib.SequenceMatcher(None, quote_words, theirs, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return first, first + count - 1
    head, tail = blocks[0], blocks[-1]
    start = low + max(head.b - head.a, 0)
    end = low + min(tail.b + len(quote_words) - tail.a, len(theirs)) - 1
    return start, max(end, start)


def _with_marks(text: str, passage: _Passage, start: int, end: int) -> tuple[int, int]:
    """The words from ``start`` to ``end`` with the quotation marks and
    punctuation attached to them: ``“We’ve left.”``, not ``We’ve left``."""
    while start > passage.start and not (text[start - 1].isspace() or text[start - 1].isalnum()):
        start -= 1
    while end < passage.end and not (text[end].isspace() or text[end].isalnum()):
        end += 1
    return start, end


def choose_occurrence(index: SeedIndex, matches: list[tuple[int, int]], occurrence: int | None):
    """The match to anchor to: the N-th if asked, else the first outside boilerplate."""
    if occurrence is not None:
        return matches[occurrence - 1] if 0 < occurrence <= len(matches) else None
    for match in matches:
        if not index.in_boilerplate(match[0]):
            return match
    return matches[0] if matches else None
