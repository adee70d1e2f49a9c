"""A letter's salutation: the words after "Dear" are whom a notice addresses, not a person named.

    >>> salutation(["Dear", "Valued", "Customer"], "Dear Valued Customer,", 0)
    'a salutation: "Dear" opens it'
    >>> salutation(["Valued", "Customer"], "Dear Valued Customer,", 5)
    'a salutation: after "Dear"'
    >>> salutation(["Rosa", "Dear"], "said Rosa Dear.", 5) is None
    True

Advisories, notices and letters open with a salutation to their readers ("Dear Valued
Customer,", "Dear Esteemed Customers,", "Estimado Cliente,", "Cher client,"): a class of
readers, written in title case.  A person a letter addresses by name has an honorific or a
title after the salutation ("Dear Mr Tan,"), which `names` cuts as a title before the name, so
this rule reads only what opens a name or stands right before it.  "Dearly" opens a death
notice's formula ("Dearly Loved wife of …").
"""

from __future__ import annotations

import re

SALUTATIONS = frozenset("""
    dear dearest dearly estimado estimada estimados estimadas querido querida queridos queridas
    prezado prezada prezados prezadas caro cara cari care cher chère chers chères
    liebe lieber geehrte geehrter
""".split())
"""Words that open a salutation in English, Spanish, Portuguese, Italian, French and German
("Dear", "Estimado", "Prezado", "Caro", "Cher", "Liebe", "Sehr geehrte"), and "Dearly" of a
death notice: no given names (a surname "Dear" ends a name, and only a first word counts)."""

_BEFORE = re.compile(r"(?<![\w'’-])(?i:" + "|".join(sorted(SALUTATIONS)) + r")[ \t]+$")
MAX_BEFORE = 12
"""Characters read before a name for a salutation word: the longest is "estimadas "."""


def salutation(words: list[str], text: str, start: int) -> str | None:
    """Why the name ``words`` at ``start`` of ``text`` is a salutation's addressee, or None."""
    if words and words[0].lower() in SALUTATIONS:
        return f'a salutation: "{words[0]}" opens it'
    found = _BEFORE.search(text, max(0, start - MAX_BEFORE), start)
    return f'a salutation: after "{found.group().strip()}"' if found is not None else None
