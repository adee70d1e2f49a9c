"""Names a page spells out before their acronym in brackets: a body's or a company's.

    >>> text = "depots of the Agricultural Development and Marketing Corporation (ADMARC) are empty"
    >>> spelled_out(text, ["Agricultural", "Development"], text.index(" and"))
    True

A page introduces a body by its full name and then its initials in brackets
("Yacimientos Petrolíferos Fiscales Bolivianos (YPFB)", "the Agricultural Development
and Marketing Corporation (ADMARC)"); a run of capitalised words cut from such a name
(the words before "and") reads like a person's.  The words are a body's when the
initials of the name and of the capitalised words after it, up to the brackets, are
the acronym's letters in order, the first letters agreeing, and there are three of
them at least: "Pedro Sánchez (PSOE)", a politician and his party, has two.
"""

from __future__ import annotations

import re

MAX_FOLLOWING = 8
"""Words read after the name up to the brackets: the rest of a body's name."""
MIN_INITIALS = 3

_NEXT = re.compile(r"[ \t]+([^\W\d_][\w'’&.-]*|&)")
_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Z&]{1,9})\)")
_JOINERS = frozenset("and of for the & de del la las los el y e da do das dos du des et di".split())


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w[:1].isupper())


def _in_order(letters: str, acronym: str) -> bool:
    """Whether ``letters`` appear in ``acronym`` in order (as a subsequence)."""
    rest = iter(acronym)
    return all(letter in rest for letter in letters)


def spelled_out(text: str, words: list[str], end: int) -> bool:
    """Whether the name ``words`` ending at ``end`` opens a name whose acronym follows in brackets."""
    following: list[str] = []
    position = end
    for _ in range(MAX_FOLLOWING):
        word = _NEXT.match(text, position)
        if word is None or not (word.group(1)[:1].isupper() or word.group(1).lower() in _JOINERS):
            break
        following.append(word.group(1))
        position = word.end()
    acronym = _ACRONYM.match(text, position)
    if acronym is None:
        return False
    letters = _initials(words) + _initials(following)
    found = acronym.group(1).replace("&", "")
    return len(letters) >= MIN_INITIALS and letters[0] == found[0] and _in_order(letters, found)
