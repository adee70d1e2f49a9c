"""The first fact of a registered statement whose modal governs two predicates, for `claimmatch`.

    >>> first_predicate("The deployment could broaden or prolong the war and draw other countries in.")
    'The deployment could broaden or prolong the war'
    >>> first_predicate("Russia has given the troops uniforms and equipment.") is None
    True

A statement often joins two things a subject could or should do under one
modal ("… could broaden or prolong the war in Ukraine and draw other
countries in"; "China should use its influence to restrain North Korea and
to press Russia"): each is said with the modal, and a restatement seldom
repeats both.  The words up to the "and" are a whole clause (subject, modal
and first predicate), which `claimmatch.statement_parts` compares on its
own, as it does a fact before a semicolon.  Only after a modal, and only
before a lower-case word that starts no noun phrase: "and" between nouns
("uniforms and equipment", "Japan, South Korea and the United States") or
before a new subject (", and the North Korean troops will not …") joins no
two predicates, and the words before it are no clause of their own.
"""

from __future__ import annotations

import re

_MODAL_AND = re.compile(
    r"(?i:\b(?:could|would|should|may|might|will|can|must)\b)[^,;]{0,200}?(?<!\s)\s+(and)\s+"
    r"(?!(?i:the|a|an|its|their|his|her|this|that|these|those|other|more|some|any|all|both)\b)(?=[a-z])")
"""A modal, then (within its clause: no comma or semicolon) "and" before a lower-case word
that starts no noun phrase: the second of two predicates the modal governs.  Lazy within
a clause (no comma or semicolon) of at most 200 characters from each modal: bounded."""


def first_predicate(statement: str) -> str | None:
    """The statement up to the "and" that joins two predicates under one modal
    (`_MODAL_AND`), or None when it joins none."""
    joined = _MODAL_AND.search(statement)
    return statement[:joined.start(1)].rstrip() if joined else None
