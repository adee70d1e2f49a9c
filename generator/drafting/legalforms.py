"""Companies' legal forms that `lexicon.COMPANY_SUFFIXES` lacks, and the names before them.

    >>> sorted(legal_form_names("Thanh Long Steel JSC cut jobs. Novi Dnevnik d.o.o., Zagreb"))
    ['Novi Dnevnik', 'Thanh Long', 'Thanh Long Steel']

Central and Eastern European, Vietnamese, Russian, Turkish and Latin American papers
write a company's legal form after its name ("d.o.o.", "JSC", "Ltda."): the words
before one are a company's, never a person's, wherever else the page writes them —
and so are its first words, as `institutions.company_names` takes them, the company
called without its trade ("Thanh Long" of "Thanh Long Steel JSC").
"""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS

LEGAL_FORMS = ("d.o.o.", "d.d.", "a.d.", "s.r.o.", "a.s.", "sp. z o.o.", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "ltda.",
               "ltda", "s.l.", "s.a.c.", "a.ş.", "kft.", "zrt.", "nyrt.", "oü", "sia", "uab", "tbk.")
"""Legal forms (lower case) that close a company's name in the countries above."""

# From a word's start only, and each word a run of non-spaces: linear however long the page.
_COMPANY = re.compile(r"(?<![\w'’&.-])((?:[A-Z][\w'’&.-]*[ \t]+){1,4})(?i:" + "|".join(
    re.escape(s) for s in sorted(LEGAL_FORMS, key=len, reverse=True)) + r")(?![\w/])")


def legal_form_names(text: str) -> set[str]:
    """Names of two words or more written before a legal form of `LEGAL_FORMS`, and their
    first words of two or more."""
    found: set[str] = set()
    for match in _COMPANY.finditer(text):
        words = match.group(1).split()
        while words and (words[0].lower() in FUNCTION_WORDS or not words[0][:1].isupper()):
            words = words[1:]
        if len(words) >= 2:
            found.update(" ".join(words[:n]) for n in range(2, len(words) + 1))
    return found
