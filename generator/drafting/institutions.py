"""Names of companies and institutions that look like people's: "Baltica Wind", "Disease Control".

    >>> sorted(company_names("Baltica Wind A/S signed. Baltica Wind will hold 70%."))
    ['Baltica Wind']
    >>> ends_institution("the Africa Centres for ")
    True

`names` drops a capitalised name that the page also writes before a company
suffix, and one that ends an institution's name ("… Centres for Disease
Control and Prevention", "Department for Energy Security and Net Zero").
"""

from __future__ import annotations

import re

from .lexicon import COMPANY_SUFFIXES, FUNCTION_WORDS, ORGANISATION_WORDS

LEGAL_FORMS = COMPANY_SUFFIXES | {"oy"}
"""Company suffixes, with the Finnish private company's "Oy" ("Vaara Foods Oy"): the table has
only the listed company's "Oyj"."""

# From a word's start only: tried at every capital of a long word in capitals, the
# match would take time quadratic in the word's length.  Within a line: a capitalised
# line above ("E-mail") is no word of the company's name.
_COMPANY = re.compile(r"(?<![\w'’&.-])((?:[A-Z][\w'’&.-]*[^\S\n]+){1,4})(?i:" + "|".join(
    re.escape(s) for s in sorted(LEGAL_FORMS, key=len, reverse=True)) + r")(?![\w/])")


def company_names(text: str) -> set[str]:
    """Names of two words or more that the article writes before a company
    suffix ("Baltica Wind A/S", "Baltica Wind Company", "F. Porsche AG"),
    anywhere in the page: the company's name, not a person's, wherever else it
    stands — and so are its first words, as a company is called without its
    trade ("Ashworth Pryce" of "Ashworth Pryce Therapeutics plc")."""
    found: set[str] = set()
    for match in _COMPANY.finditer(text):
        found |= name_prefixes(match.group(1).split())
    return found


def name_prefixes(words: list[str]) -> set[str]:
    """A business's name of two words or more and its first words of two or more, after
    any opening function word ("The"): how a page shortens the name elsewhere."""
    while words and (words[0].lower() in FUNCTION_WORDS or not words[0][:1].isupper()):
        words = words[1:]
    return {" ".join(words[:n]) for n in range(2, len(words) + 1)}


_INSTITUTION_AND = re.compile(r"([A-Z][\w'’-]*(?:\s+(?:of|for|the|[A-Z][\w'’-]*))+)\s+(?:and|&)\s+$")
_INSTITUTION_OF = re.compile(r"([A-Z][\w'’-]*)\s+(?:of|for)\s+(?:the\s+)?$")


def ends_institution(before: str) -> bool:
    """Whether ``before`` ends with "<an institution's name with of/for> and ", or
    with "<an organisation word> of/for " ("Africa Centres for Disease Control")."""
    named = _INSTITUTION_OF.search(before)
    if named is not None and _plain(named.group(1).lower()) in ORGANISATION_WORDS:
        return True
    found = _INSTITUTION_AND.search(before)
    if found is None:
        return False
    words = found.group(1).split()
    return any(w in ("of", "for") for w in words) and any(_plain(w.lower()) in ORGANISATION_WORDS for w in words)


_FIELD_LIST = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
                         r"(?:[ \t]+[A-Z][\w'’-]*){0,3},[ \t]+$")
_LIST_END = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z]")


def inside_field_list(before: str, after: str) -> bool:
    """Whether a name stands among the fields of an institution's name: after "<an
    organisation word> of <a field>, " and before "and <a field>" ("Ministry of
    Agriculture, Animal Industry and Fisheries").  A name followed by anything else
    ("the Ministry of Health, Ana Ruiz, said") is left alone."""
    named = _FIELD_LIST.search(before)
    return named is not None and _plain(named.group(1).lower()) in ORGANISATION_WORDS \
        and _LIST_END.match(after) is not None


def _plain(word: str) -> str:
    """An organisation word without a plural "s": "centres" → "centre"."""
    return word[:-1] if word.endswith("s") and word[:-1] in ORGANISATION_WORDS else word
