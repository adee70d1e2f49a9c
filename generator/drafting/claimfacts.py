"""The first fact of a registered statement whose modal governs two predicates, and a
candidate's second predicate with its own finite verb (`second_predicate`), for `claimmatch`.

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
    r"(?i:\b(?P<modal>could|would|should|may|might|will|can|must)\b)[^,;]{0,200}?(?<!\s)\s+(?P<joint>and)\s+"
    r"(?!(?i:the|a|an|its|their|his|her|this|that|these|those|other|more|some|any|all|both)\b)(?=[a-z])")
"""A modal, then (within its clause: no comma or semicolon) "and" before a lower-case word
that starts no noun phrase: the second of two predicates the modal governs.  Lazy within
a clause (no comma or semicolon) of at most 200 characters from each modal: bounded."""


def later_predicate(statement: str) -> str | None:
    """The statement's subject and modal joined to the second of the two predicates the
    modal governs (`_MODAL_AND`), or None when it joins none: "… could broaden or prolong
    the war and draw other countries in" states the drawing in under the same modal, and a
    restatement may say that alone ("That could pull in more countries").

    >>> later_predicate("The deployment could broaden or prolong the war and draw other countries in.")
    'The deployment could draw other countries in.'
    """
    joined = _MODAL_AND.search(statement)
    if not joined:
        return None
    rest = statement[joined.end():]
    rest = rest[3:] if rest.startswith("to ") else rest  # "should restrain … and to press …": "should press"
    return statement[:joined.end("modal")] + " " + rest


def first_predicate(statement: str) -> str | None:
    """The statement up to the "and" that joins two predicates under one modal
    (`_MODAL_AND`), or None when it joins none."""
    joined = _MODAL_AND.search(statement)
    return statement[:joined.start("joint")].rstrip() if joined else None


_SUBJECT = re.compile(r"\W*((?:[\w'’.-]+\s+){1,5}?)(?=(?i:has|have|had|is|are|was|were|will|would|could|can|may|might|"
                      r"should|must|did|does)\s)")
"""A sentence's subject: its first one to five words, up to its first auxiliary ("Russia had
trained …", "The Kremlin has …").  Matched at the start, lazily: at most five words tried."""
_AND_INTENT = re.compile(r"(?<!\s)\s+and\s+(?:(?:now|also|still)\s+)?([a-z][a-z]+(?:s|ed))\s+to\s+(?=[a-z])")
""""and", then a finite verb of its own ("intends", "planned") and "to" before a verb: a
second predicate of the same subject ("… and intends to send them into battle")."""
MAX_SECOND = 400
"""Longest text searched for a second predicate (a sentence is shorter)."""


def second_predicate(sentence: str) -> str | None:
    """The sentence's subject joined to its second predicate, when "and" opens one with
    its own finite verb before "to" (`_AND_INTENT`) and the subject is one to five words
    before an auxiliary (`_SUBJECT`): "Russia had trained and equipped the troops … and
    intends to send them into battle" states the intent as a fact of its own, which a
    registered claim may state alone.

    >>> second_predicate("Russia had trained the 10,000 soldiers it brought in and intends to send them into battle")
    'Russia intends to send them into battle'
    >>> second_predicate("Russia had trained and equipped the soldiers") is None
    True
    """
    subject = _SUBJECT.match(sentence)
    joined = _AND_INTENT.search(sentence, 0, MAX_SECOND) if subject else None
    if not subject or not joined or joined.start() <= subject.end():
        return None
    return subject.group(1).strip() + " " + sentence[joined.start(1):].strip()
