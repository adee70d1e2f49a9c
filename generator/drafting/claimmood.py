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

The other way round, a claim of a thing done ("North Korea has supplied Russia with
shells", a perfect with no word of what is to come) is no claim that it may happen: a
text that only gives it as a possibility or a risk ("Pyongyang could send more soldiers
and heavy equipment in the coming months", "a danger that Pyongyang sends still more
weapons"), with no perfect of its own, forecasts another supply than the one done
(`tense`, `possibility_clash`).  And a claim of a wish ("Ukraine wants the United States to
lift its ban") is no claim that the wish was granted: a text that states the thing done
("Washington has authorised Kyiv to use the missiles", a perfect with no word of wishing or
asking) reports the answer, not the request; likewise a claim of an intention is no claim of
the thing done ("the North Koreans had begun to take part in combat operations" is no
intention to use them at the front, beside the `MOOD_CLASH` its silence on what is to come
costs: a perfect says it happened) (`done_clash`).
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


_PERFECT = re.compile(r"(?i)\b(?:has|have|had)\s+(?!to\b)(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|nt|wn|ne|ght|un)\b")
"""A perfect ("has supplied", "have moved", "had been sent", "had begun", "could have sent"): a thing done."""
_POSSIBLE = re.compile(r"(?i)\b(?:could|might|will|shall|(?-i:may)|(?:danger|risk|threat|fear)\s+that"
                       r"|coming\s+(?:days|weeks|months))\b|['’]ll\b")
"""A possibility, a risk or a time ahead ("could send", "a danger that … sends", "in the coming
months"); "would" is left out, which as often reports speech ("I would say") or a purpose
("so that nobody would count them"), and "may" only in lower case (not the month)."""


_WANTS = re.compile(r"(?i)\b(?:wants?|wanted|wishes|wished)\s+(?:[\w'’-]+\s+){0,4}?to\b")
"""A wish that a party act ("wants the United States to lift"): a bounded run between fixed words."""
_ASKING = re.compile(r"(?i)\b(?:wants?|wanted|wish\w*|ask\w*|request\w*|appeal\w*|call\w*|urg\w*|plead\w*"
                     r"|pleas?|press\w*|demand\w*|need\w*|seek\w*|sought)\b")
"""A word of wishing or asking, which a restatement of a wish keeps ("has renewed his request")."""


def tense(text: str) -> tuple[bool, bool, bool]:
    """(whether ``text`` states a thing done, with nothing of what is to come and no word of
    asking; whether it gives a thing only as possible: a possibility and no perfect; whether
    it states a wish that a party act).

    >>> tense("North Korea has supplied Russia with artillery shells")
    (True, False, False)
    >>> tense("Pyongyang could send more soldiers and heavy equipment in the coming months")
    (False, True, False)
    >>> tense("North Korea has sent 10,000 troops and could send more")
    (False, False, False)
    >>> tense("Ukraine wants the United States to lift its ban")
    (False, False, True)
    """
    perfect = bool(_PERFECT.search(text))
    done = perfect and not _INTENT.search(text) and not _AHEAD.search(text) and not _ASKING.search(text)
    return done, not perfect and bool(_POSSIBLE.search(text)), bool(_WANTS.search(text))


def possibility_clash(claim_done: bool, only_possible: bool) -> tuple[float, str]:
    """`MOOD_CLASH` less when the claim states a thing done (``claim_done``) and the candidate
    gives it only as possible (``only_possible``; see `tense`)."""
    return (-MOOD_CLASH, "only possible") if claim_done and only_possible else (0.0, "")


def done_clash(claim_wants: bool, done: bool) -> tuple[float, str]:
    """`MOOD_CLASH` less when the claim states a wish or an intention (``claim_wants``) and the
    candidate a thing done with no word of asking (``done``; see `tense`)."""
    return (-MOOD_CLASH, "already done") if claim_wants and done else (0.0, "")


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
