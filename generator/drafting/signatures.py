"""Letters signed at the end: a letters page's "Gwen Hartley / Stroud, Gloucestershire".

    >>> text = "Heading\\nI fear the worst. We should act.\\nDr Ana Ruiz\\nLeeds\\n"
    >>> [(text[s.start:s.end], text[s.first:s.last]) for s in find_signatures(text, [(8, 40)])]
    [('Ana Ruiz', 'I fear the worst. We should act.')]

A reader's letter has no byline: it is signed under its last paragraph, with
the writer's name on a line of its own (titles before it: "Dr", "Col (retd)";
a dash: "— Ana Ruiz") and their town, or their office, after a comma or on the
next line.  Every statement of the letter is the writer's, what they relay
included (`speakers`), and the signature is the one place the writer is named,
so it names a person even where the page's layout reads it as clutter.

The letter is the run of paragraphs right above the signature (nothing but
blank lines between them) that read as sentences; a heading (no full stop),
a line of clutter or the signature of the letter before ends it.  It must speak
in the first person somewhere ("I", "we", "our"), as letters do: a news
story's last paragraph over an author's name and city does not.

A formal letter (a chairman's to shareholders) closes with a line such as
"Yours sincerely," between its last paragraph and the signature, and the line
under the name says what the writer is ("Chairman").  The closing line marks
the letter as its signer's whoever the page's people are (`Signature.closed`);
such a writer says what no one else in it is credited with, like a speech's
speaker (`claims`), while what they relay stays its teller's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import HONORIFIC_STEMS, NAME_PARTICLES, ORGANISATION_WORDS, is_role_word
from .quotations import inside, quotations

MAX_LINE = 80
"""Characters of a signature's or a town's line: a name and a place, not a sentence."""
MAX_NAME_WORDS = 4
MAX_PLACE_WORDS = 6
MAX_TAIL_WORDS = 10
"""Words after a signature's comma: a town and county, or an office and its body."""

_WORD = re.compile(r"\S+")
_NOTE = re.compile(r"\([^()]{0,20}\)")
"""A short note in brackets among the titles: "Col (retd)"."""
_PERSONAL = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|us|our|Our|my|My)\b")
_SENTENCE = re.compile(r"[.!?…][\"”’)]?$")
VALEDICTION = re.compile(
    r"(?:Yours\s(?:sincerely|faithfully|truly|respectfully|ever)|Sincerely(?:\syours)?|Yours|Respectfully(?:\syours)?"
    r"|(?:With\s)?(?:[Kk]ind|[Bb]est|[Ww]arm)\s(?:regards|wishes)|Regards|With\s(?:gratitude|thanks|appreciation)"
    r"|On\sbehalf\sof\sthe\s(?:[Bb]oard(?:\sof\s[Dd]irectors)?|[Cc]ouncil|[Cc]ommittee))[,.]?")
"""A letter's closing line, matched whole: "Yours sincerely,", "Kind regards,", "On behalf
of the Board,".  The writer signs on the line after it."""


@dataclass(frozen=True)
class Signature:
    """A letter's signature and the paragraphs it signs."""

    start: int
    """Offset of the writer's name (after any title)."""
    end: int
    first: int
    """Offset of the letter's first paragraph."""
    last: int
    """End of the letter's last paragraph."""
    closed: bool = False
    """Whether a closing line ("Yours sincerely,") stands above the name: then the name
    signs the letter even if the article's people do not hold it."""


def find_signatures(text: str, paragraphs: list[tuple[int, int]]) -> list[Signature]:
    """The signatures under the article's ``paragraphs`` (spans of ``text``, in order)."""
    found: list[Signature] = []
    first = 0  # index of the paragraph the next letter may start at
    for i, (start, end) in enumerate(paragraphs):
        if i and _between(text, paragraphs[i - 1][1], start):
            first = i  # clutter above: a letter starts here or later
        if VALEDICTION.fullmatch(text[start:end].strip()):
            continue  # the closing line the paragraph before was signed under
        if not _SENTENCE.search(text[start:end].rstrip()):
            first = i + 1  # a heading: the letter starts after it
            continue
        closing = _closing(text, end)
        signed = _signature(text, closing or end)
        if signed is None:
            continue
        if any(_first_person(text[a:b]) for a, b in paragraphs[first:i + 1]):
            found.append(Signature(signed[0], signed[1], paragraphs[first][0], end, closing is not None))
        first = i + 1
    return found


def _closing(text: str, end: int) -> int | None:
    """The end of the closing line ("Yours sincerely,") right after ``end``, if one is."""
    line = _next_line(text, end)
    return line[1] if line is not None and VALEDICTION.fullmatch(text, *line) else None


def _first_person(paragraph: str) -> bool:
    """Whether the paragraph speaks in the first person outside quotation marks."""
    quoted = [(a - 1, b + 1) for a, b in quotations(paragraph)]
    return any(not inside(quoted, m.start()) for m in _PERSONAL.finditer(paragraph))


def _between(text: str, end: int, start: int) -> bool:
    """Whether anything but blank lines separates two paragraphs."""
    return bool(text[end:start].strip())


def _signature(text: str, end: int) -> tuple[int, int] | None:
    """The writer's name on the line after the paragraph ending at ``end`` (a dash
    before it: "— Ana Ruiz, Leeds"), when a town or what the writer is follows it,
    after a comma ("Ana Ruiz, chair of the residents' association") or on the next
    line."""
    line = _next_line(text, end)
    if line is None:
        return None
    start, stop = line
    words = [m.span() for m in _WORD.finditer(text, start, stop)]
    words = words[1:] if words and _DASH.fullmatch(text, *words[0]) else words
    name, town = words, []
    comma = text.find(",", start, stop)
    if comma >= 0:
        name = [w for w in words if w[1] <= comma + 1]
        town = [w for w in words if w[0] > comma]
    name = _without_titles(text, name)
    if not _is_name(text, name):
        return None
    if town:
        return _name_span(text, name) if _is_tail(text, town) else None
    after = _next_line(text, stop)
    town = [m.span() for m in _WORD.finditer(text, *after)] if after else []
    return _name_span(text, name) if _is_place(text, town) else None


def _name_span(text: str, name: list[tuple[int, int]]) -> tuple[int, int]:
    return name[0][0], name[-1][1] - (text[name[-1][1] - 1] == ",")


_DASH = re.compile(r"[—–-]{1,2}")


def _is_tail(text: str, words: list[tuple[int, int]]) -> bool:
    """What a signature writes after the name and a comma: a town, a county, the
    writer's office or body ("chair, Harbour Residents' Association"), not a sentence."""
    tokens = [text[a:b].rstrip(",") for a, b in words]
    return 1 <= len(tokens) <= MAX_TAIL_WORDS and not _SENTENCE.search(tokens[-1]) \
        and all(c.isalpha() or c in "'’-.&" for t in tokens for c in t)


def _next_line(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the first non-blank line after ``end``, if short."""
    start = end
    while start < len(text) and text[start] in " \t\r\n\u00a0":
        start += 1
    stop = text.find("\n", start, start + MAX_LINE + 1)
    stop = len(text) if stop < 0 and len(text) - start <= MAX_LINE else stop
    if start >= len(text) or stop < 0:
        return None
    return start, len(text[start:stop].rstrip()) + start


def _without_titles(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name's words after its titles and their notes: "Col (retd) | Michael Brennan"."""
    while words and (_title(text[words[0][0]:words[0][1]]) or _NOTE.fullmatch(text, *words[0])):
        words = words[1:]
    return words


def _title(word: str) -> bool:
    key = word.lower().rstrip(".,")
    return key in HONORIFIC_STEMS or is_role_word(key)


def _is_name(text: str, words: list[tuple[int, int]]) -> bool:
    """Two to `MAX_NAME_WORDS` capitalised words (particles inside), none a title."""
    tokens = [text[a:b].rstrip(",") for a, b in words]
    return 2 <= len(tokens) <= MAX_NAME_WORDS and tokens[0][:1].isupper() and tokens[-1][:1].isupper() \
        and all(_name_word(t) for t in tokens)


def _name_word(token: str) -> bool:
    if token.lower() in NAME_PARTICLES:
        return True
    return token[:1].isupper() and not token.isupper() and all(c.isalpha() or c in "'’-." for c in token) \
        and not _title(token) and token.lower() not in ORGANISATION_WORDS  # "Harbour Office" signs for nobody


def _is_place(text: str, words: list[tuple[int, int]]) -> bool:
    """A town, and perhaps its county: capitalised words, commas and "upon"-like particles."""
    tokens = [text[a:b].rstrip(",") for a, b in words]
    return 1 <= len(tokens) <= MAX_PLACE_WORDS and tokens[0][:1].isupper() and not _SENTENCE.search(tokens[-1]) \
        and all(t[:1].isupper() or t.islower() and len(t) <= 4 for t in tokens) \
        and all(c.isalpha() or c in "'’-." for t in tokens for c in t)
