"""A person's order told by a pronoun: "She ordered the company to halt all blasting."

An order to someone to do something is a speech act of the person who gives it
(`judgesorders`); institutions' orders ("The court ordered …") stay the reporter's
account.  "He"/"she" always stands for a person — in a court report the judge named in
the sentence before — so the order is that person's directive, resolved like any
pronoun speaker, not dropped as if a court had given it.
"""

from __future__ import annotations

_PERSONAL = frozenset(("he", "she"))


def personal_pronoun(subject: str) -> bool:
    """Whether the subject of an order is a personal pronoun standing for one person.

    >>> personal_pronoun("She"), personal_pronoun("The court"), personal_pronoun("They")
    (True, False, False)
    """
    return subject.strip().lower() in _PERSONAL
