"""Names the page shows to be a kind of thing or a cited text: no person's, wherever they stand.

    >>> sorted(category_names("Home | Pastoral Letters | News\\nPastoral Letter of the Bishops for Lent"))
    ['Pastoral Letter', 'Pastoral Letters']
    >>> sorted(cited_texts("fined under Articles 17 and 65 of the ZNFA Disciplinary Code."))
    ['Disciplinary Code', 'ZNFA Disciplinary Code']
    >>> "James Roberts" in category_names("James Roberts said so."), sorted(cited_texts("Article 5, said Ana Ruiz."))
    (False, [])

* A capitalised name whose plural the page also writes ("Pastoral Letters" in the menu,
  "Pastoral Letter of the Catholic Bishops" over the text; "Annual Reports" and "Annual
  Report 2025"): the name of a kind of document, a page section's item.  A person's name
  is not pluralised; a family's is one word ("the Obamas").
* A name after a provision's number and "of" ("under Article 118 of the ZNFA Disciplinary
  Code", "Section 12 of the Procurement Act"): the text the provision belongs to, with each
  shorter tail of it (a body's acronym before the name is a run of its own).

`names` drops such a name when nothing but a speech verb stands by it.
"""

from __future__ import annotations

import re

_WORD = r"[A-Z][\w'’-]*"
_PLURAL = re.compile(r"(?<![\w'’-])(" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}[ \t]+[A-Z][\w'’-]*?)(ies|es|s)(?![\w'’-])")
"""A run of two to four capitalised words whose last ends in a plural ending."""
_RUN = re.compile(r"(?<![\w'’-])" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,3}")
"""A run of two to four capitalised words."""
_PROVISION = re.compile(
    r"(?<![\w'’-])(?:Articles?|Sections?|Rules?|Regulations?|Clauses?|Chapters?|Paragraphs?|Schedules?|Parts?)"
    r"[ \t]+\d{1,4}[A-Za-z]?(?:(?:,[ \t]*|[ \t]+(?:and|or|to)[ \t]+)\d{1,4}[A-Za-z]?){0,8}[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,5})")
"""A provision's number (or numbers) and the capitalised name of the text it is in."""
MAX_USES = 500
"""Matches read in a page: far more than any page has."""


def category_names(text: str) -> frozenset[str]:
    """Singular names of two words or more whose plural the page writes, and that plural
    too where the page writes the singular as well ("Pastoral Letters" in the menu,
    "Pastoral Letter" over the text)."""
    runs: set[str] = set()
    for n, match in enumerate(_RUN.finditer(text)):
        if n >= MAX_USES:
            break
        words = match.group().split()
        runs.update(" ".join(words[-k:]) for k in range(2, len(words) + 1))
    found: set[str] = set()
    for n, match in enumerate(_PLURAL.finditer(text)):
        if n >= MAX_USES:
            break
        words = match.group(1).split()
        ending = match.group(2)
        for k in range(2, len(words) + 1):
            stem = " ".join(words[-k:])
            singulars = {stem + ("y" if ending == "ies" else "")} | ({stem + "e"} if ending == "es" else set())
            found.update(singulars)  # "Codes" → "Code" as well as "Cod"
            if singulars & runs:
                found.add(stem + ending)
    return frozenset(found)


def cited_texts(text: str) -> frozenset[str]:
    """Names (and their tails of two words or more) after a provision's number and "of"."""
    found: set[str] = set()
    for n, match in enumerate(_PROVISION.finditer(text)):
        if n >= MAX_USES:
            break
        words = match.group(1).split()
        found.update(" ".join(words[-k:]) for k in range(2, len(words) + 1))
    return frozenset(found)
