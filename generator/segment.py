"""Split a seed into paragraphs and sentences, the units of its permalinks.

A paragraph is a non-blank line of the raw file; sentences are found by
deterministic rules rather than a statistical splitter because their
numbers are permalinks (``#p4s2``): the same text must split the same way
forever, whatever library upgrade comes along.

>>> text = "He met Lt. Col. Kim in D.C. on Oct. 3. “It went well,” he said."
>>> [s.text for s in split_sentences(text, 0, len(text))]
['He met Lt. Col. Kim in D.C. on Oct. 3.', '“It went well,” he said.']
"""

from __future__ import annotations

import re
from typing import Iterator

from .givenabbrev import opens_abbreviated_name
from .model import Paragraph, Seed, Sentence

# Words that end with a period without ending a sentence, compared without
# the period and case-sensitively (so "US." at a sentence end still ends it).
ABBREVIATIONS = frozenset(
    """
    Mr Mrs Ms Dr Prof Sr Jr St Mt Ft Gen Col Lt Maj Capt Cmdr Sgt Cpl Pvt Adm
    Gov Sen Rep Pres Amb Rev Hon Supt Insp Det No Nos Vol Fig Ch Sec Dept Corp
    Inc Ltd Co Bros Ave Blvd Rd approx est vs etc al cf
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """.split()
)

# A sentence may end at . ! ? (or an ellipsis), optionally followed by closing
# quotes/brackets, then whitespace; the next sentence must start with an
# upper-case letter, a digit or an opening quote/bracket.
#
# A match starts only at the first mark of a run ("?!..."): a later start in
# the run would fail the same way, and retrying every mark of a long run made
# splitting quadratic in the run's length.  The pattern opens with the mark
# and only then looks back at it and the character before it, so that the
# regex engine scans straight to the next mark: three times faster than
# trying a look-behind at every character.
_BOUNDARY = re.compile(
    r"""(?P<end>[.!?…](?<![.!?…][.!?…])[.!?…]*)(?P<close>['"’”)\]]*)(?P<space>\s+)(?=['"‘“(\[]*[A-Z0-9À-Ý])"""
)


_INITIAL = re.compile(r"[A-Z]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def is_abbreviation(token: str) -> bool:
    """True for "Col", "U.S", "D.C", "J" — a word whose period is not an end."""
    word = token.lstrip("(['\"‘“")
    if word in ABBREVIATIONS:
        return True
    if _INITIAL.fullmatch(word):  # an initial: "Antony J. Blinken"
        return True
    return bool(_DOTTED.fullmatch(word))  # "U.S", "D.C"


def split_sentences(source: str, offset: int, end: int) -> list[Sentence]:
    """Sentences of the paragraph ``source[offset:end]``, with offsets into ``source``."""
    text = source[offset:end]
    sentences: list[Sentence] = []
    start = previous = 0
    for match in _BOUNDARY.finditer(text):
        # The word before the period lies after the previous boundary's
        # spaces: look no further back, or long paragraphs split in quadratic time.
        after_previous, previous = previous, match.end()
        if match.group("end") == "." and not match.group("close"):
            word = _word_before(text, after_previous, match.start())
            if word and is_abbreviation(word):
                continue
            if word and opens_abbreviated_name(text[max(after_previous, match.start() - 40):match.start()],
                                               text[match.end():match.end() + 60]):
                continue  # "spokesperson Ma. Teresita Daza": a given name's stop
            if word and word.isdigit() and text[match.end()].isdigit():
                continue  # "Oct. 31. 2024": a date, not two sentences
        end = match.end("close")
        sentences.append(Sentence(len(sentences) + 1, offset + start, offset + end, source))
        start = match.end()
    if start < len(text.rstrip()):
        sentences.append(Sentence(len(sentences) + 1, offset + start, offset + len(text.rstrip()), source))
    return sentences


def _word_before(text: str, start: int, end: int) -> str | None:
    """The run of non-spaces ending at ``end`` (None after a space), looked
    for from ``start`` on: ``_word_before("in D.C. Then", 0, 6)`` → ``"D.C"``."""
    if end > start and text[end - 1] == "\n":
        end -= 1  # as a regex's "$" would, look before a final line break
    if end <= start or text[end - 1].isspace():
        return None
    return text[start:end].rsplit(None, 1)[-1]


def nonblank_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """``(line number, offset, stripped text)`` of each non-blank line.

    Lines are numbered as ``str.splitlines`` counts them (1-based), the
    numbering of boilerplate line numbers; the offset is of the first
    non-blank character.
    """
    position = 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            yield number, position + len(content) - len(content.lstrip()), stripped
        position += len(raw)


def parse_seed(path: str, text: str) -> Seed:
    """Paragraphs (non-blank lines) and their sentences, with offsets into ``text``."""
    paragraphs = tuple(
        Paragraph(index=index, line=line, start=start, end=start + len(stripped), source=text,
                  sentences=tuple(split_sentences(text, start, start + len(stripped))))
        for index, (line, start, stripped) in enumerate(nonblank_lines(text), start=1)
    )
    return Seed(path=path, text=text, paragraphs=paragraphs)
