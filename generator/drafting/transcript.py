"""Speaker labels of a transcript: "ANTONY BLINKEN, US SECRETARY OF STATE: If they …".

    >>> label_name("VOLODYMYR ZELENSKYY (translated): Very soon, within days, …")
    'VOLODYMYR ZELENSKYY'
    >>> label_name("Jocelyn Tabuzo, resident of Virac (translated): We hid …")
    'Jocelyn Tabuzo'

A broadcaster's transcript, an interview or a hearing record writes who
speaks before a colon at the start of the paragraph, often in capitals, with
a role after a comma and a note in brackets.  The words that follow are the
speaker's, though no speech verb says so.  A label is at most `MAX_WORDS`
words, starts with a capital, holds no quotation mark and ends no sentence
inside it (the period of an abbreviation, "U.S. DEFENSE SECRETARY", ends
none), and its name part (before a comma) is capitalised words; what it names is matched against the article's people by
`speakers` (a label naming nobody, such as "REPORTER", changes nothing).
"""

from __future__ import annotations

import re

from ..segment import _is_abbreviation
from .lexicon import NAME_PARTICLES

MAX_WORDS = 10
_LABEL = re.compile(r"(?P<label>[A-Z][^:“”\"\n]{1,100}?)\s*:\s+\S")
_SENTENCE_END = re.compile(r"[!?]|(?P<word>\S*)\.\s+\S")
_NOTE = re.compile(r"\s*[(\[][^)\]]*[)\]]")


def label_name(paragraph: str) -> str | None:
    """The name part of the paragraph's speaker label: before its role and notes."""
    match = _LABEL.match(paragraph)
    return _name(match.group("label")) if match is not None else None


def label_end(paragraph: str) -> int:
    """Where the words after the paragraph's speaker label start (0: no label).

    >>> label_end("REPORTER: Is it true?")
    10
    """
    match = _LABEL.match(paragraph)
    return match.end() - 1 if match is not None and _name(match.group("label")) is not None else 0


def _name(label: str) -> str | None:
    if len(label.split()) > MAX_WORDS or any(not _is_abbreviation(end.group("word") or "")
                                             for end in _SENTENCE_END.finditer(label)):
        return None
    name = _NOTE.sub("", label).split(",")[0].strip()
    capitalised = all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in name.split())
    return name if name and capitalised else None  # "The minister said: …" is no label
