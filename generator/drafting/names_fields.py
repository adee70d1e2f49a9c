"""How many words of a run after a minister's field are the person's name: two or three.

    >>> name_length_after_field(["Public", "Utilities", "Jotham", "Napat", "Kalsakau"], set())
    3

A title's field goes on after "and" or "for" in capitalised words and the name follows
with nothing between ("Minister of Infrastructure and Public Utilities Jotham Napat
Kalsakau", "Minister for Civil Protection Stavros Kontogeorgis").  The name is two words
unless a word that ends a ministry's field (`PORTFOLIO_ENDS`) stands right before the last
three: then those three are the name, as a Pacific, Portuguese or Spanish name often is.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PORTFOLIO_ENDS = _words("""
    utilities works affairs resources development services planning infrastructure energy water
    transport transportation health education fisheries agriculture forestry tourism trade industry
    industries commerce finance justice defence defense labour labor security communications
    environment housing culture sport sports youth aviation mines mining lands survey welfare
    protection management cooperatives
""")
"""Nouns that end the field of a ministry or a portfolio ("Public Utilities", "Civil
Protection", "Foreign Affairs"): no given name."""


def name_length_after_field(words: list[str], common: set[str]) -> int:
    """How many of the last ``words`` (a field, then a name) are the name: 3 when the fourth
    from the end closes a field and the third is a capitalised word the page never writes in
    lower case and that closes no field itself, else 2."""
    if len(words) < 4 or words[-4].lower() not in PORTFOLIO_ENDS:
        return 2
    given = words[-3]
    if given.lower() in PORTFOLIO_ENDS or given.lower() in common or not (given[:1].isupper() and given.isalpha()):
        return 2
    return 3
