"""Titles of more than one word that a general title table reads only in part.

    >>> honorific_second(["Datuk", "Amar", "Douglas", "Uggah", "Embas"], 1)
    True
    >>> honorific_second(["Amar", "Singh"], 0)
    False
    >>> numbered_office(["II", "Amir", "Hamzah"], ["Finance", "Minister"])
    True

* Malaysian honours write a second word after "Datuk", "Dato'" or "Datin" ("Datuk Seri",
  "Datuk Amar", "Datuk Patinggi", "Dato' Sri", "Datuk Wira"): the second word is the title's,
  never the given name, though "Amar" and "Sri" are given names elsewhere ("Amar Singh", "Sri
  Mulyani"), so it counts only right after such a title.
* Malaysia numbers a ministry's second minister ("Finance Minister II Amir Hamzah Azizan"): a
  Roman numeral right after a title is the office's, no name opens with a suffix.
"""

from __future__ import annotations

MALAY_TITLES = frozenset("datuk dato dato' datin".split())
"""Malaysian honours after which `HONOUR_SECONDS` are part of the title."""

HONOUR_SECONDS = frozenset("seri sri amar patinggi wira paduka".split())
"""Second words of Malaysian honours: "Datuk Seri", "Datuk Amar", "Datuk Patinggi"."""

OFFICE_NUMERALS = frozenset("i ii iii".split())
"""Numerals of a numbered office ("Minister II"): Malaysia has a second finance minister."""


def honorific_second(words: list[str], i: int) -> bool:
    """Whether the ``i``-th of the run's ``words`` is the second word of a Malaysian honour."""
    return 0 < i < len(words) - 1 and words[i].lower() in HONOUR_SECONDS \
        and words[i - 1].lower().rstrip(".") in MALAY_TITLES


def numbered_office(name: list[str], title: list[str]) -> bool:
    """Whether the name's first word is a Roman numeral after a title, with a name of two words
    after it: the office's number ("Finance Minister | II | Amir Hamzah Azizan")."""
    return len(name) >= 3 and bool(title) and name[0] in {n.upper() for n in OFFICE_NUMERALS}
