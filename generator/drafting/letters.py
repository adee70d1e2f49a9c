"""A letter's own short lines: its salutation, its close and its signature.

An open letter, a shareholder letter or a signed statement is text from
"Dear Minister," to the names under "Yours faithfully,": the annotation
keeps them, though each is a fragment of a few words that the shape rules
of `boilerplate` take for clutter. A "SIGNED" label stays clutter (a label
of the page, as "Related" is); the signature under it is the text's.
"""

from __future__ import annotations

import re

from .authors import looks_like_name
from .lines import Line
from .signatures import VALEDICTION

_SALUTATION = re.compile(r"Dear [A-Z][\w.'’-]*(?: [\w.'’-]+){0,4},")
"""A letter's salutation, alone on its line: "Dear Minister,", "Dear Shareholders,"."""


_SIGNED = re.compile(r"(?:signed|sgd\.?):?", re.I)
"""The label above a statement's signature: "SIGNED"."""

MAX_SIGNATURE_LINES = 8
"""Most lines of a signature block: names, roles, "and 64 other …", a place and date."""
MAX_SIGNATURE_WORDS = 14

WEAK_KINDS = frozenset({"short", "enclosed", "footer", "header", "date"})
"""Kinds of clutter that a letter's lines get for their shape or place alone: a signature
is short, comes last and may end in a place and date. A copyright line, a teaser or a
link is never a signature line."""


def keep_letter_lines(lines: list[Line], kinds: dict) -> None:
    """Unmark the salutation, the close and the signature block under a close or a
    "SIGNED" label, where only their shape or place marked them."""
    for index, line in enumerate(lines):
        if _SALUTATION.fullmatch(line.text):
            _unmark(kinds, line)
        elif VALEDICTION.fullmatch(line.text.strip()):  # "Yours faithfully,", "Kind regards,"
            _unmark(kinds, line)
            _keep_signature(lines, kinds, index + 1)
        elif _SIGNED.fullmatch(line.text):
            _keep_signature(lines, kinds, index + 1)


MAX_PLACE_WORDS = 4
"""Words of a reader's town under the name: "Kingston upon Thames, Surrey"."""
_TITLE = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Col|Maj|Capt|Rev|Sir|Dame|Cllr)\.?(?:[ \t]+\([^()]{1,12}\))?[ \t]+)+")
"""Titles before a reader's name ("Dr Priya Raman", "Col (retd) Michael Brennan")."""
MIN_READER_LETTERS = 2


def keep_reader_signatures(lines: list[Line], kinds: dict) -> None:
    """A letters page signs each letter with the reader's name and town on the two lines
    under its last paragraph ("Gwen Hartley" / "Stroud, Gloucestershire"): text, as the
    letter is, where their shape alone marked them.  Only where the page does so twice or
    more: one name and place under a paragraph may be a contact or a credit."""
    signed = [(lines[i + 1], lines[i + 2]) for i in range(len(lines) - 2)
              if lines[i].is_prose and _reader_signature(lines[i], lines[i + 1], lines[i + 2])]
    if len(signed) < MIN_READER_LETTERS:
        return
    for name, place in signed:
        _unmark(kinds, name)
        _unmark(kinds, place)


def _reader_signature(paragraph: Line, name: Line, place: Line) -> bool:
    """Whether a name line and a short place line follow ``paragraph`` with no blank line
    (a town and its county have a comma between them, which no name has)."""
    if name.number != paragraph.number + 1 or place.number != name.number + 1:
        return False
    bare = _TITLE.sub("", name.text, count=1) if _TITLE.match(name.text) else name.text
    return looks_like_name(bare) and 1 <= place.word_count <= MAX_PLACE_WORDS and not place.ends_sentence \
        and ("," in place.text or not looks_like_name(place.text)) and ":" not in place.text


def _keep_signature(lines: list[Line], kinds: dict, start: int) -> None:
    """The run of short lines that follow one another from ``start`` (a blank line may
    come before the run, none inside it): it ends at a label ("Editor's note:")."""
    previous = None
    for line in lines[start:start + MAX_SIGNATURE_LINES]:
        if previous is not None and line.number != previous + 1:
            return
        if line.word_count > MAX_SIGNATURE_WORDS or line.text.endswith(":") or line.is_prose \
                or kinds.get(line.number, ("short",))[0] not in WEAK_KINDS:
            return
        _unmark(kinds, line)
        previous = line.number


def _unmark(kinds: dict, line: Line) -> None:
    """Take a line out of the clutter when its mark is a weak one."""
    if kinds.get(line.number, ("",))[0] in WEAK_KINDS:
        del kinds[line.number]
