"""How pages write states' names that the tables give in one spelling only, and two
shapes in which a state's name names a thing, not the state.

* Written variants: a page abbreviates "Saint" ("St Kitts & Nevis' Community Newspaper",
  "St. Lucia") and writes "&" for "and" ("Trinidad & Tobago"); every such variant of a
  form stands for what the form stands for (`variant_forms`).  A few states are also
  called by their main island alone (`ISLAND_NAMES`: "St Kitts").
* A currency: a state's name or demonym right before a currency's unit ("79 US cents a
  pound", "Australian dollars") names money, as "US$" does (`names_a_currency`).
* A document named after a place: "the Parties to the Nauru Agreement", "the Paris
  Agreement", "the Minsk Accords" name a treaty, not the state acting
  (`names_a_document`).  Where the name follows a hyphen ("the US-Japan Treaty") the
  states are its parties and count.

All checks read a bounded window around one match (`countries.CountryFinder` passes a few
dozen characters), at a fixed position: nothing here searches a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .lexicon import FUNCTION_WORDS

ISLAND_NAMES: dict[str, str] = {"St Kitts": "KN", "St. Kitts": "KN", "Saint Kitts": "KN",
                                "St Vincent": "VC", "St. Vincent": "VC", "Saint Vincent": "VC"}
"""States called by their main island's name: "St Kitts" is always the federation; "St
Vincent" is the state but where it names a cape, a saint's foundation or a society
(`names_a_saints_place`)."""

_SAINTS_PLACE_BEFORE = re.compile(r"(?<![\w'’-])Cape[ \t]+$")
_SAINTS_PLACE_AFTER = re.compile(r"['’]s?(?![\w'’-])|[ \t]+de[ \t]+Paul\b"
                                 r"|[ \t]+(?:Hospital|Church|Cathedral|Chapel|College|School|Street|Road|Avenue"
                                 r"|Square|Parish|Abbey|Priory)\b")


def names_a_saints_place(written: str, before: str, after: str) -> bool:
    """Whether an island's name of `ISLAND_NAMES` opening with a saint's names another place:
    a cape ("Cape St Vincent"), a saint's foundation, in the possessive or not ("St Vincent's
    Hospital", "St Vincent Church", "St Vincent Street": the saint's name is many churches',
    schools' and streets' of other states) or the charity named after him ("the St Vincent de
    Paul Society").

    >>> names_a_saints_place("St Vincent", "off Cape ", " in Portugal"), names_a_saints_place("St Vincent", "made ", " the")
    (True, False)
    """
    return written in ISLAND_NAMES and re.search(r"S(?:ain)?t\.?[ \t]", written) is not None \
        and (_SAINTS_PLACE_BEFORE.search(before) is not None or _SAINTS_PLACE_AFTER.match(after) is not None)

LOCAL_SPELLINGS: dict[str, str] = {
    "Sao Tome and Principe": "São Tomé and Príncipe",
    "Mexico": "México",
    "Peru": "Perú",
    "Panama": "Panamá",
}
"""States whose tables give the English spelling without the accents their own language
writes and that pages of the state (or of its language) keep in English copy: "champions of
São Tomé and Príncipe", "México's central bank".  Each accented spelling stands for the
form, as an abbreviation does (`variant_forms`)."""

_LOCAL_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]*)[ \t]+(?:(?:de|do|da|del)[ \t]+)?$")
"""A capitalised word, perhaps with a particle, right before the form: "Hospital México",
"Banco de México" (searched in the few dozen characters before, anchored at their end)."""
_LOCAL_FORMS = frozenset(LOCAL_SPELLINGS.values())


def inside_a_local_name(written: str, before: str) -> bool:
    """Whether an accented spelling of `LOCAL_SPELLINGS` ends a longer name of its own
    language ("Hospital México", "Universidad de Panamá"): an institution named after the
    state, as the local names of streets are (`countries`), not the state acting."""
    if written not in _LOCAL_FORMS:
        return False
    word = _LOCAL_NAME_BEFORE.search(before)
    return word is not None and word.group(1).lower() not in FUNCTION_WORDS  # not "In São Tomé"


_SAINT = re.compile(r"^Saint ")
_AND = re.compile(r" and ")


def _spellings(form: str) -> Iterator[str]:
    """The abbreviated spellings of ``form``: "St"/"St." for an opening "Saint", "&" for
    "and", and both together; its accented spelling of `LOCAL_SPELLINGS`."""
    saints = [form] + ([_SAINT.sub("St ", form), _SAINT.sub("St. ", form)] if _SAINT.match(form) else [])
    saints += [LOCAL_SPELLINGS[form]] if form in LOCAL_SPELLINGS else []
    for saint in saints:
        yield saint
        if " and " in saint:
            yield _AND.sub(" & ", saint)


def variant_forms(forms: Iterable[str]) -> dict[str, str]:
    """Each abbreviated spelling of ``forms`` that is not itself among them → the form it
    abbreviates.  Linear in the number of forms."""
    known = set(forms)
    out: dict[str, str] = {}
    for form in known:
        for spelling in _spellings(form):
            if spelling not in known:
                out.setdefault(spelling, form)
    return out


_CURRENCY_AFTER = re.compile(r"[ \t]+(?:dollars?|cents?|francs?|pesos?|rupees?|yen|yuan|pounds? sterling)\b")
"""A currency's unit right after a state's name or demonym ("US cents", "Canadian dollars",
"Swiss francs").  Not "won": "the South Korean won" and "South Korean won the vote" look
alike."""


def names_a_currency(after: str) -> bool:
    """Whether the words right after a state's name or demonym make it a currency."""
    return _CURRENCY_AFTER.match(after) is not None


_DOCUMENT_AFTER = re.compile(r"[ \t]+(?:Agreements?|Accords?|Treaty|Convention|Protocol|Declaration|Pact)\b")
_JOINED_BEFORE = re.compile(r"[-–/]$")


def names_a_document(before: str, after: str) -> bool:
    """Whether a place's name opens a treaty's or an agreement's name ("the Nauru
    Agreement"), not joined to another party's name before it ("US-Japan Treaty")."""
    return _DOCUMENT_AFTER.match(after) is not None and _JOINED_BEFORE.search(before) is None
