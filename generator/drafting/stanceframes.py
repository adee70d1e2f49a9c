"""Attributions whose speech is a stance, and "according to" before a long clause.

* "blamed": "Mayor Ibrahim Sannoh blamed illegal electrical connections" says what its
  subject holds to be the cause, a claim of theirs as "said … caused" would be
  (`BLAME_ACT`); the quote keeps the verb (`KEPT_VERBS`), since the object alone ("illegal
  electrical connections") states nothing.
* "According to Blinken, Russia has also been …": the phrase after "according to"
  ends at the comma before a clause, however long the clause runs
  (`according_source_end`).

    >>> t = "According to Blinken, Russia has been equipping them."
    >>> according_source_end(t, 12)
    20
"""

from __future__ import annotations

import re

from .framegrammar import opens_a_clause
from .figuregiven import FIGURE_VERBS

BLAME_ACT = r"\b(?:blamed|blames)(?=\s+(?!on\b|for\b|it\b|him\b|her\b|them\b|me\b|us\b|himself\b|herself\b|themselves\b|itself\b)[a-z“\"])"
"""A subject's blame, its object a cause: "blamed the delays on a new payroll system",
"blamed illegal electrical connections" — not "blamed for" (the subject is who is
blamed) nor "blamed him", "blamed himself" (a person blamed, which `attribution._speech_act` leaves to
its subject test: a person speaks only with a name or a role before the verb)."""

KEPT_VERBS = frozenset("blamed blames".split()) | FIGURE_VERBS
"""Stance verbs the quote keeps, as `lexicon.DENIAL_VERBS` are kept; and the verbs of a
figure given (`figuregiven`)."""

MAX_SOURCE_CHARS = 80
"""Characters a source after "according to" may have before its comma."""
MAX_CLAUSE_CHARS = 80
"""Characters after the comma looked at for a verb that makes them a clause."""
_FIRST_COMMA = re.compile(r"[^,;.“”\"()]{1,80}(?=,\s)")


def according_source_end(text: str, after: int) -> int | None:
    """Where the source named after "according to" (ending at ``after``) ends when a
    comma and a clause follow it ("According to Blinken, Russia has also been …"),
    else None: the clause is the source's words, whatever its length."""
    found = _FIRST_COMMA.match(text, after, min(len(text), after + MAX_SOURCE_CHARS + 1))
    if found is None or not found.group().strip():
        return None
    rest = text[found.end() + 2:found.end() + 2 + MAX_CLAUSE_CHARS]
    return found.end() if opens_a_clause(rest) else None
