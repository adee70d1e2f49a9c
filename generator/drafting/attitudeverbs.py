"""Verbs of an attitude — expecting, wanting, planning, hoping, fearing — inside the
words of an "according to X," that opens a sentence.

"According to Miranovich, North Korea expects Russian help with satellites": what
North Korea expects is what Miranovich says; North Korea says nothing here.  The
same verb with no "according to" before it stays its subject's frame ("North Korea
expects Russian help"), and a verb of speech inside the words ("According to Ortiz,
Brazil says it will not sign") keeps its own subject: only a verb of an attitude,
which states a mind the source reads, hands its words back to the source.

They also mark the words after "according to X," as a clause, not a name in
apposition: "According to Ortiz, Peru hopes to reopen the mine" has no auxiliary,
but "hopes" is a verb, so Ortiz's phrase ends at the comma.

    >>> attitude_clause("Peru hopes to reopen the mine next year"), attitude_clause("Marisol Ortega")
    (True, False)
    >>> is_attitude("expects"), is_attitude("says")
    (True, False)
"""

from __future__ import annotations

ATTITUDE_VERBS = frozenset("""
    expects expected wants wanted plans planned hopes hoped intends intended aims aimed
    seeks sought fears feared believes believed
""".split())
"""Finite verbs of expecting, wanting, planning, hoping, fearing and believing: a mind
stated, not words spoken."""


def is_attitude(verb: str) -> bool:
    """Whether a frame's verb states an attitude rather than speech."""
    return verb.lower() in ATTITUDE_VERBS


def attitude_clause(words: str) -> bool:
    """Whether ``words`` (after the comma of "according to X,") hold a finite verb of
    an attitude in lower case, after at least one word (its subject): a clause."""
    return any(w in ATTITUDE_VERBS for w in words.split()[1:])
