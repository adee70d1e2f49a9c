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

_SIGNING = re.compile(r"[^:\n]{1,120}\b(?:signed|undersigned)(?:[ \t]+by|[ \t]+on[ \t]+behalf[ \t]+of[^:\n]{1,60})?:",
                      re.I)
"""A clause that hands a letter or a statement to its signers, alone on its line and
ending in a colon: "Given at Lilongwe on 13 February 2026, and signed by:", "Issued in
Apia this day and signed on behalf of the Council:". It is the text's own sentence (not
a label, as a bare "SIGNED" is), and the lines under it are the signers, however long
their titles and sees ("Most Rev. Francis Banda, Archbishop of Lilongwe and Chairman
of the Conference")."""

MAX_SIGNATURE_LINES = 8
"""Most lines of a signature block: names, roles, "and 64 other …", a place and date."""
MAX_SIGNATURE_WORDS = 14
SPREAD_REASON = "headline-like line next to"
"""How `boilerplate` opens the reason of a line it marks only for its headline shape beside a
widget (a share row right under a list of signers): under a signing clause, a signer's line."""
MAX_SIGNING_WORDS = 24
"""Words of a signing clause's line ("Given at … and signed by:"): one clause, not a paragraph."""

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
        elif line.word_count <= MAX_SIGNING_WORDS and _SIGNING.fullmatch(line.text.strip()):
            if kinds.get(line.number, ("", ""))[1].startswith(SPREAD_REASON):
                del kinds[line.number]  # a clause, no headline beside a widget
            _unmark(kinds, line)
            _keep_signature(lines, kinds, index + 1, signers=True)


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


def _keep_signature(lines: list[Line], kinds: dict, start: int, signers: bool = False) -> None:
    """The run of short lines that follow one another from ``start`` (a blank line may
    come before the run, none inside it): it ends at a label ("Editor's note:").  Under
    a signing clause (``signers``) a signer's line may read as prose for its length (a
    name, a see and an office), but it ends in no full stop."""
    previous = None
    for line in lines[start:start + MAX_SIGNATURE_LINES]:
        if previous is not None and line.number != previous + 1:
            return
        spread = signers and kinds.get(line.number, ("", ""))[1].startswith(SPREAD_REASON)
        if line.word_count > MAX_SIGNATURE_WORDS or line.text.endswith(":") \
                or (line.ends_sentence if signers else line.is_prose) \
                or kinds.get(line.number, ("short",))[0] not in WEAK_KINDS and not spread:
            return
        if spread:
            del kinds[line.number]
        _unmark(kinds, line)
        previous = line.number


def _unmark(kinds: dict, line: Line) -> None:
    """Take a line out of the clutter when its mark is a weak one."""
    if kinds.get(line.number, ("",))[0] in WEAK_KINDS:
        del kinds[line.number]
