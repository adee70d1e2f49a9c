"""Clauses around a trailing speech verb that are, or are not, the speaker's words.

    >>> time_clause("on Monday after the envoys were briefed".split(), frozenset({"were"}))
    True

Used by `statements`:

* a clause of time or cause after "X said" ("said on Monday after the ambassadors
  were briefed") says when, not what (`time_clause`);
* a condition before an interrupting frame waits for its main clause ("If they join
  the fighting, he warned, they would become …": `condition_waits`);
* a clause joined by "and" after a trailing frame ("…, he said, and the soldiers …
  would not fill that gap") is more of the speaker's words, unless a verb or a
  relative pronoun follows "and" (`joined_clause`);
* the words before "…, a day after X said" are a clause of the reporter's own
  (`time_link`).
"""

from __future__ import annotations

import re

TIME_CONJUNCTIONS = frozenset("when after before while once since because".split())
MAX_TIME_WORDS = 4
"""Words of a time or place before the conjunction: "said on Monday after …"."""


def time_clause(tail: list[str], finite: frozenset[str]) -> bool:
    """Whether the words after a trailing speech verb are a clause of time or cause
    ("on Monday after the ambassadors were briefed"), after at most a short phrase
    of time or place (no ``finite`` word in it), with no "that" to open words of the
    speaker's."""
    lowered = [w.lower() for w in tail]
    at = next((i for i, w in enumerate(lowered[:MAX_TIME_WORDS + 1]) if w in TIME_CONJUNCTIONS), None)
    if at is None or "that" in lowered or len(lowered) == at + 1:
        return False
    return not any(w in finite for w in lowered[:at])


_CONDITIONS = frozenset("if unless once should".split())
"""Words opening a condition before its main clause: "If they join the fighting, he warned, …"."""
_MAIN_CLAUSE = re.compile(r",\s*(?:he|she|it|they|we|i|you|there|this|that|the|[a-z]+\s+(?:would|will|could|might|must))\b",
                          re.I)
"""A main clause right after a trailing frame's comma, opened by a subject (matched at one place)."""


def condition_waits(before: list[str], text: str, tail_end: int) -> bool:
    """Whether the words ``before`` a trailing frame open with a condition and a main
    clause follows the frame's comma at ``tail_end``."""
    return bool(before) and before[0].lower() in _CONDITIONS and _MAIN_CLAUSE.match(text, tail_end) is not None


_AND_CLAUSE = re.compile(r"(?:and|but)\s+(?!(?:also\s+)?[a-z]+(?:ed|s)\b|(?:which|who|whom|whose|where|when)\b)")
"""A clause joined to a trailing frame's words (matched at one place): a verb right after
"and" is the speaker's next act ("and added …"), which a frame of its own reads; a
relative pronoun ("and which would flood …") goes on describing a noun of the sentence."""


def joined_clause(text: str, start: int, finite: frozenset[str]) -> int | None:
    """Where the words of a clause joined at ``start`` by "and"/"but" begin, when it
    has a ``finite`` word of its own, else None."""
    joined = _AND_CLAUSE.match(text, start)
    if joined is None or not any(w.strip("“”\"‘’'").lower() in finite for w in text[joined.end():].split()):
        return None
    return joined.end()


TIME_LINK_REACH = 40
"""Characters before a frame's subject looked at for "…, a day after"."""
_TIME_LINK = re.compile(r"(?<![\s,]),(?:\s+[\w-]+){0,3}\s+(?:after|before|since|when|as)\s+$")
"""A conjunction of time right before a frame's subject, after a comma and a short phrase
("…, a day after Rutte said", "…, shortly before")."""


def time_link(text: str, cursor: int, subject_start: int) -> int | None:
    """Where the reporter's clause before "…, a day after X said" ends (its comma), else None."""
    found = _TIME_LINK.search(text, max(cursor, subject_start - TIME_LINK_REACH), subject_start)
    return found.start() if found is not None else None
