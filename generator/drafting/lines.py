"""The raw lines of an article and the features the rules read from them.

    >>> line = parse_lines("Title here\\n\\nHe said it was over, officials said.\\n")[1]
    >>> line.number, line.is_prose, line.word_count
    (3, True, 7)

Line numbers are 1-based and count every line of the raw file, as the
brief's ``boilerplate:`` does; only non-blank lines are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..segment import nonblank_lines
from .lexicon import CTA_PHRASES

WORD = re.compile(r"[^\W_][\w'’.\-]*")
_TERMINAL = re.compile(r"""[.!?…]['"’”)\]]*(?:\[\d{1,3}(?:[,–-] ?\d{1,3}){0,4}\]){0,4}$|[.!?…]\s*\)$""")
# "[3]" after the end mark: a research note's footnote number ("… near Pokrovsk.[1]") ends
# the sentence it follows; bounded groups, so the search stays linear
_CREDIT_END = re.compile(r"(?<!\s)\s*\([^()]*\)$|(?<!\s)\s*\b(?:Photo|Image|Picture|Credit)s?\s*:[^.]*$", re.I)
# "(?<!\s)": a match starts where a run of spaces starts, or the search would read the
# run again from each of its spaces (a line of 20,000 spaces: seconds, not milliseconds)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|yours)\b", re.I)
_COMMENTS_VERB = re.compile(r",[ \t]*comments:$")
"""An expert's name and role before the comment they give ("Dr Mere Tawhiri, Research Fellow,
Massey University, comments:"): the verb "comments", not a comment section's prompt."""
_CTA_PATTERNS = tuple((p, re.compile(rf"(?<!\w){re.escape(p)}(?!\w)")) for p in CTA_PHRASES)


@dataclass(frozen=True)
class Line:
    """One non-blank raw line.

    Its features are computed once, on first use: the rules ask for them
    many times, and a line may be a whole 2 MiB article.
    """

    number: int
    """1-based line number in the raw file."""
    start: int
    """Offset of the stripped text's first character in the raw text."""
    text: str
    """The line without surrounding whitespace."""

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(WORD.findall(self.text))

    @cached_property
    def word_count(self) -> int:
        return len(self.words)

    @cached_property
    def ends_sentence(self) -> bool:
        # A caption ends with its photo credit: "... in Washington. (AP Photo/Kevin Wolf)"
        return bool(_TERMINAL.search(self.text) or _TERMINAL.search(_CREDIT_END.sub("", self.text)))

    @cached_property
    def lower_share(self) -> float:
        """Share of words starting lower-case: high in prose, low in titles."""
        words = [w for w in self.words if w[0].isalpha()]
        return sum(w[0].islower() for w in words) / len(words) if words else 0.0

    @cached_property
    def is_prose(self) -> bool:
        """Running text: several words, lower-case ones, an end mark (or many words:
        a copied page may cut a paragraph short)."""
        ended = self.ends_sentence or self.word_count >= 20
        return self.word_count >= 6 and ended and self.lower_share >= 0.2

    @cached_property
    def is_title_like(self) -> bool:
        """A headline: a few words and no end mark."""
        return 3 <= self.word_count <= 25 and not self.ends_sentence

    @cached_property
    def folded(self) -> str:
        """Lower-case words only, to spot repeated lines."""
        return " ".join(w.lower().strip(".") for w in self.words)

    def cta_phrase(self) -> str | None:
        """The first web call-to-action phrase in the line, if any."""
        lower = self.text.lower()
        # A plain substring test first: it rules most phrases out much faster.
        return next((p for p, pattern in _CTA_PATTERNS if p in lower and pattern.search(lower)
                     and not (p == "comments" and _COMMENTS_VERB.search(lower))), None)

    @cached_property
    def second_person(self) -> bool:
        return bool(_SECOND_PERSON.search(self.text))


def parse_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text``, numbered as ``str.splitlines`` does."""
    return [Line(number, start, stripped) for number, start, stripped in nonblank_lines(text)]
