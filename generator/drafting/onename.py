"""People a page names by one name on purpose: "who gave only her first name, Lan".

    >>> text = "A worker, who gave only her first name, Lan, said so."
    >>> introduced_by_one_name(text, text.index("Lan")), introduced_by_one_name(text, 0)
    (True, False)
    >>> text = "Lan, who would not give her surname, said so."
    >>> withholds_surname(text, text.index(",")), withholds_surname(text, text.index(" said"))
    (True, False)

A single capitalised word names nobody unless it is the short form of a full name of
the page (`people`); but a page sometimes says that a person gives one name only (a
worker, a witness, a refugee): "gave only her first name, Lan", "identified only as
Ahmed", "who asked to be called Mai".  The phrase before the word makes it a person's
whole name; so does a clause after it saying the person withholds the rest ("a guide named
Artjom, who would not give his surname").
"""

from __future__ import annotations

import re

_ONE_NAME = re.compile(r"(?:(?:first|given|christian)\s+name|(?:identified|known|named|called)\s+(?:only\s+)?as"
                       r"|to\s+be\s+(?:called|named|identified\s+as))[,:]?\s$", re.I)
WINDOW = 40
"""Characters before a word read for the phrase: the phrase stands right before it."""


def introduced_by_one_name(text: str, start: int) -> bool:
    """Whether the text says, right before ``start``, that the word there is a person's only given name."""
    return _ONE_NAME.search(text, max(0, start - WINDOW), start) is not None


_WITHHELD = re.compile(r",[ \t]+who[ \t]+(?:would[ \t]+not|did[ \t]+not|declined[ \t]+to|refused[ \t]+to|"
                       r"asked[ \t]+not[ \t]+to|preferred[ \t]+not[ \t]+to)[ \t]+(?:give|be[ \t]+named[ \t]+by)[ \t]+"
                       r"(?:his|her|their)[ \t]+(?:surname|family[ \t]+name|last[ \t]+name|full[ \t]+name)\b", re.I)


def withholds_surname(text: str, end: int) -> bool:
    """Whether a relative clause right after ``end`` says the person there withheld their
    surname: the one word before it is their whole name."""
    return _WITHHELD.match(text, end) is not None
