"""Last words of the names of documents, rules, processes and abstractions: no surnames.

    >>> document_end(["Risk", "Assessment", "Guidance"])
    'a document or a process: "Guidance" ends its name'
    >>> document_end(["Claire", "Nicolet"]) is None
    True

Regulators, parliaments, treasuries and podcasts' show notes capitalise what they publish
and run ("Children's Safety Codes of Practice", "Office of Foreign Assets Control", "the 1997
Presidential Election", "the Currency Composition of Official Foreign Exchange Reserves"). The
last word of such a name is an abstract or a collective noun no family is named after:
`DOCUMENT_ENDS`.  Nouns that are surnames as well ("Price", "Love", "Law", "Rule", "Power", "Bond",
"Order", "Budget") are left out of it, so "Susan Price" or "Persis Love" stays a person.
"""

from __future__ import annotations

DOCUMENT_ENDS = frozenset("""
    guidance guidelines codes regulations directive directives framework frameworks strategy
    strategies policy policies consultation memorandum digest annex annexes
    appendix schedule statement statements survey surveys review reviews assessment assessments
    election elections referendum referendums by-election primaries census
    composition institutions control controls regulation compliance enforcement procedures
    guarantee relief package measures reforms reform dilemma privilege standards
    agenda roadmap blueprint manifesto whitepaper handbook toolkit
""".split())
"""Abstract or collective nouns that end a named document, rule, process or field
("Draft Guidance", "Presidential Election", "Foreign Assets Control", "Financial
Institutions"): none is a surname.  ("Consultations" ends an event's name:
`nameshapes.EVENT_ENDS`.)"""


def document_end(words: list[str]) -> str | None:
    """Why a name of two words or more whose last word is one of `DOCUMENT_ENDS` is no
    person's, or None."""
    if len(words) < 2 or words[-1].lower().strip(".,;:") not in DOCUMENT_ENDS:
        return None
    return f'a document or a process: "{words[-1]}" ends its name'
