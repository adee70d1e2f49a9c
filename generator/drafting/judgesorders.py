"""A judge's order is the judge's ruling: "Judge Liis Saar of the Harju County Court
ordered Tamm to repay the money" gives the order to the judge, as "ruled that" does.

An order to someone to do something is a directive, words the court speaks; but a
court, a panel or a ministry that "ordered" a thing is reported by the reporter as an
act of the institution ("The High Court has ordered the owner to pay damages"), so the
order is a speech act only when its subject names a judge (a judicial title word:
"Judge Saar", "Justice Grace Otieno", "the magistrate"), or is "he" or "she": a pronoun
always stands for a person, in a court report the judge named before ("She ordered the
company to halt all blasting"), and is resolved like any pronoun speaker.  A judge
introduced with an indefinite article ("A district judge has ordered the council to …")
is not yet anyone the reader knows: such a lede reports the order as news, an event, as
"A court has ordered …" does, and the judge's words come once the story names them.
"""

from __future__ import annotations

import re

from .lexicon import PRONOUNS_HE_SHE

ORDER_ACT = r"\b(?:ordered|orders)(?=\s+[^,;.:“”\"]{1,60}?\sto\s+[a-z])"
"""An order to someone to do something: "ordered Vilsaint to repay", "orders the county to stop"."""

_JUDICIAL = frozenset("judge justice magistrate".split())
"""Titles of the person whose orders are a court's ruling in their words."""
_WORD = re.compile(r"[A-Za-z]+")


def is_order(verb: str) -> bool:
    """Whether the speech act ``verb`` is an order (`ORDER_ACT`)."""
    return verb.split()[0].lower() in ("ordered", "orders")


def judge_subject(subject: str) -> bool:
    """Whether the subject of an order names a judge.

    >>> judge_subject("Judge Liis Saar of the Harju County Court"), judge_subject("The High Court")
    (True, False)
    >>> judge_subject("A district judge"), judge_subject("the judge")
    (False, True)
    """
    words = _WORD.findall(subject)
    if words and words[0].lower() in _INDEFINITE:
        return False  # "A district judge has ordered …": the order as news, the reporter's
    return any(w.lower() in _JUDICIAL for w in words)


_INDEFINITE = frozenset("a an one another".split())


def pronoun_subject(subject: str) -> bool:
    """Whether the subject of an order is "he" or "she" (`lexicon.PRONOUNS_HE_SHE`).

    >>> pronoun_subject("She"), pronoun_subject("The court"), pronoun_subject("They")
    (True, False, False)
    """
    return subject.strip().lower() in PRONOUNS_HE_SHE
