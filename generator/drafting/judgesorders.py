"""A judge's order is the judge's ruling: "Judge Liis Saar of the Harju County Court
ordered Tamm to repay the money" gives the order to the judge, as "ruled that" does.

An order to someone to do something is a directive, words the court speaks; but a
court, a panel or a ministry that "ordered" a thing is reported by the reporter as an
act of the institution ("The High Court has ordered the owner to pay damages"), so the
order is a speech act only when its subject names a judge (a judicial title word:
"Judge Saar", "Justice Grace Otieno", "the magistrate").
"""

from __future__ import annotations

import re

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
    """
    return any(w.lower() in _JUDICIAL for w in _WORD.findall(subject))
