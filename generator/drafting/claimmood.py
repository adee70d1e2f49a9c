"""An intention or expectation against a fact seen, for `claimmatch`.

    >>> mood("Russia intends to use the North Korean troops in front-line operations")
    (True, True)
    >>> mood("We have seen North Korean forces engage in combat operations in Kursk")
    (False, False)
    >>> mood("the soldiers were likely to be used in assaults")
    (False, True)

A claim that a party means or is expected to do a thing ("Russia intends to use the
troops in front-line operations", "troops are expected to go into combat within days")
states what is to come, not what happened: a text that reports the thing done or
under way, with no word of what is to come ("We have seen North Korean forces engage
in combat operations", "the North Koreans had begun to take part in combat operations")
is an observation, another fact than the intention, however alike their words.  A
restatement of an intention or expectation says what is to come somehow: a modal
("will", "could", "would"), a verb of intent or expectation ("means to", "anticipate",
"plans"), likelihood ("likely") or a time ahead ("soon", "within days", "in the coming
days", "days, not months"); any one of them (`_AHEAD`) spares the candidate.  The
claim's side reads only verbs of intent and expectation before "to" (`_INTENT`): a
claim with a modal alone ("could broaden the war", "would be the first foreign
military") is a judgement or a hypothesis, which restatements often state as a fact.
"""

from __future__ import annotations

import re

from .claimwords import CONCEPTS, stem

MOOD_CLASH = 0.1
"""Less when the claim states an intention or expectation and the candidate says
nothing of what is to come."""

_INTENT = re.compile(r"(?i)\b(?:intends?|intended|plans?|planned|expects?|expected|anticipates?|anticipated)"
                     r"\s+to\b")
"""A verb of intent or expectation right before "to" ("intends to use", "are expected to
go"): the words are fixed and adjacent, so the search is linear.  "is not expected to
trigger a war" is an expectation too (that a thing will not happen)."""
_AHEAD = re.compile(r"(?i)\b(?:will|would|could|may|might|shall|going\s+to|about\s+to|wo\s*n['’]t|intend\w*|plan\w*"
                    r"|means?\s+to|meant\s+to|expect\w*|anticipat\w*|(?:un)?likel\w*|prepar\w*|ready\s+to|soon|imminent\w*"
                    r"|coming\s+(?:days|weeks|months)|within\s+(?:days|weeks|a\s+week)|days|weeks|next|future"
                    r"|remains?\s+to\s+be\s+seen)\b|['’]ll\b")
"""A word of what is to come: a modal, intent, expectation, likelihood or a time ahead."""


_ALREADY = re.compile(r"(?i)\balready\b")
"""What is said to be the case now ("are likely already taking part"): a likelihood of it
is an estimate of the present, not of what is to come."""
_LIKELY = re.compile(r"(?i)(?:un)?likel\w*")


def mood(text: str) -> tuple[bool, bool]:
    """(whether ``text`` states an intention or expectation, whether it says anything of what is to come).

    >>> mood('Some of them are "highly likely" already taking part in combat')
    (False, False)
    >>> mood("They are likely to take part in combat soon")
    (False, True)
    """
    ahead = [m.group() for m in _AHEAD.finditer(text)]
    if ahead and _ALREADY.search(text):  # "likely already there" says nothing of what is to come
        ahead = [word for word in ahead if not _LIKELY.fullmatch(word)]
    return bool(_INTENT.search(text)), bool(ahead)


EXPECTATION = CONCEPTS.get(stem("expected"), stem("expected"))
"""The key word of expectation and likelihood ("expected", "likely")."""


def estimates_now(text: str) -> bool:
    """Whether ``text`` gives a likelihood of what is so now and says nothing of what is to
    come ("are likely already taking part in combat").

    >>> estimates_now('Some of them are "highly likely" already taking part in combat')
    True
    >>> estimates_now("I don't see Kim starting anything on the peninsula")
    False
    """
    return bool(_ALREADY.search(text)) and any(_LIKELY.fullmatch(m.group()) for m in _AHEAD.finditer(text)) \
        and not mood(text)[1]


def unexpected(claim_intends: bool, now: bool, shared: frozenset[str] | set[str]) -> frozenset[str]:
    """The word of expectation among ``shared`` when the claim states an expectation and the
    candidate's likelihood is of what is so now (``now``, `estimates_now`): the two share
    the word, not the expectation.  Other wordings of expectation ("I don't see Kim
    starting anything") keep it."""
    return frozenset({EXPECTATION} & set(shared)) if claim_intends and now else frozenset()


def mood_clash(claim_intends: bool, says_ahead: bool) -> tuple[float, str]:
    """`MOOD_CLASH` less when the claim states an intention or expectation (``claim_intends``)
    and the candidate says nothing of what is to come (``says_ahead``)."""
    if claim_intends and not says_ahead:
        return -MOOD_CLASH, "no intent"
    return 0.0, ""
