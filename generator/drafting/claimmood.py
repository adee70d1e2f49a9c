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


def mood(text: str) -> tuple[bool, bool]:
    """(whether ``text`` states an intention or expectation, whether it says anything of what is to come)."""
    return bool(_INTENT.search(text)), bool(_AHEAD.search(text))


def mood_clash(claim_intends: bool, says_ahead: bool) -> tuple[float, str]:
    """`MOOD_CLASH` less when the claim states an intention or expectation (``claim_intends``)
    and the candidate says nothing of what is to come (``says_ahead``)."""
    if claim_intends and not says_ahead:
        return -MOOD_CLASH, "no intent"
    return 0.0, ""
