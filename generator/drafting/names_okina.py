"""A Polynesian name's opening glottal stop, written as an apostrophe: part of the name.

    >>> okina_start("Hihifo captain 'Aisea Havili, whose side won, said so.", 16, 28)
    15

Tongan, Hawaiian and Samoan names may open with the ʻokina, which most pages type as an
apostrophe or a left single quotation mark ("'Aisea Havili", "‘Ofa Fifita"): the name
is written so and kept so, as is the apostrophe opening a Sesotho married woman's name
("'Masenate Mohato Seeiso").  The mark stands after a space or an opening bracket, right
before a capital vowel (the okina is a consonant before a vowel); a single quotation
mark that opens a quotation is closed later on the line, so a line with a closing single
quotation mark after the name keeps the name as it was.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Protocol, TypeVar

_MARKS = "'‘"
_VOWELS = "AEIOU"
_SESOTHO_MA = re.compile(r"Ma[a-zš]")
"""The apostrophe of a Sesotho married woman's name ("'Masenate", "'Matšepo"): part of it too."""
_CLOSING = re.compile(r"(?<=[\w.,!?])['’](?=[\s,.;:!?)]|$)", re.M)
MAX_LINE = 400
"""Characters read after the name for a closing quotation mark."""


def okina_start(text: str, start: int, end: int) -> int:
    """Where the name ``text[start:end]`` starts with its glottal stop: ``start - 1`` when
    an okina-shaped mark opens it, else ``start``."""
    if start < 1 or text[start - 1] not in _MARKS or not (text[start:start + 1] in _VOWELS
                                                          or _SESOTHO_MA.match(text, start)):
        return start
    if start >= 2 and not (text[start - 2].isspace() or text[start - 2] in "([–—"):
        return start
    stop = text.find("\n", end, end + MAX_LINE)
    if _CLOSING.search(text, end, stop if stop != -1 else min(len(text), end + MAX_LINE)):
        return start  # "'Anyone can see it,' he said": a quotation's mark
    return start - 1


class _Span(Protocol):
    start: int
    end: int
    name: str


S = TypeVar("S", bound=_Span)


def with_okina(text: str, span: S) -> S:
    """The name span with its opening glottal stop, if it has one."""
    start = okina_start(text, span.start, span.end)
    if start == span.start:
        return span
    return dataclasses.replace(span, start=start, name=text[start] + span.name)
