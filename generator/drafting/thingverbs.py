"""Verbs that take a thing, not words: the checks that drop a speech verb's frame when its
object is an act done, a thing given, owned, recalled, requested or found, or nothing at all.

"Newsom declared a state of emergency", "Germany pledged a further system", "Tesla
recalled 2 million cars", "Tanzania has called for a negotiated end to the war",
"China claims the islands", "divers found the wreck": each verb can introduce words
("declared that …", "pledged to …", "recalled that …", "claims that …", "found that
…"), but here takes a thing, and the sentence is the reporter's account of an act.  So
does "said" with "nothing" ("The ministry has said nothing about the collision"): the
reporter tells a silence, and no words are anyone's; and "explained" after a cause
("meter errors explained most of the losses"), which accounts for something.
`attribution._frame` asks `takes_a_thing` once; each check reads only a few words at a
fixed position after the verb, so nothing here grows with the text.
"""

from __future__ import annotations

import re

from .lexicon import ACT_VERBS, FINDING_VERBS, FUNCTION_WORDS, LOWER_ROLE_CUES, PERSON_NOUNS, ROLE_WORDS
from .possession import OWNING_VERBS, owns_object


def speaker_word(word: str) -> bool:
    """A word that makes a subject someone: a capitalised name word, "he"/"she"/"they",
    a role noun."""
    bare = re.sub(r"['’]s?$", "", word).strip(",.“”\"")
    lower = bare.lower()
    if lower in ("he", "she", "they"):
        return True
    if bare[:1].isupper() and lower not in FUNCTION_WORDS:
        return True
    return lower in ROLE_WORDS or lower in LOWER_ROLE_CUES


INTRODUCED = re.compile(r"\s*(?:(?:on|last|this)\s+\w+\s+|in\s+a\s+\w+\s+|publicly\s+)?(?:that\b|[:“\"‘]|,\s*[“\"‘])")
"""After an act verb: "that", a colon or a quotation opening the words it introduces."""


QUOTES_IN_CLAUSE = re.compile(r"[^,;.“”\"]{0,80}[“\"]")
"""A quotation opening in the same clause: "called it “a sign of weakness”"."""


_FINDING_THAT = re.compile(r"\s*(?:(?:on|last|this)\s+\w+\s+)?(?:that|:)\s*(?!(?:day|night|morning|afternoon|evening"
                           r"|week|weekend|month|year|time|way)\b)")
""""that" (or a colon) opening a finding's words, not "that" of a time ("found that morning")."""


_SENTENCE_REST = re.compile(r"[.!?]?\s*")
"""Nothing after a verb but the sentence's end."""


def _finds_that(text: str, end: int, subject: tuple[int, int] | None) -> bool:
    """Whether a `FINDING_VERBS` verb ending at ``end`` introduces what was found:
    "that" follows it, or a quotation in the same clause ("the judge found it
    “specific”", as "called it “…”" quotes), or it follows what was found and ends
    the sentence ("…, the Auditor-General has found."), and its subject is someone who can
    find (a name, a pronoun or a role: "Judge Ana Ruiz found that …", not "the
    bodies found that morning")."""
    if subject is None:
        return False
    follows = text[:subject[0]].rstrip()[-1:] in (",", "”", '"') and _SENTENCE_REST.fullmatch(text, end) is not None
    if not follows and _FINDING_THAT.match(text, end) is None and QUOTES_IN_CLAUSE.match(text, end) is None:
        return False
    return any(speaker_word(w) for w in text[subject[0]:subject[1]].split())


def _introduces_words(text: str, low: int, start: int, end: int) -> bool:
    """Whether an `ACT_VERBS` verb ending at ``end``, its subject starting at
    ``start``, attributes words: it follows them (a comma or a quotation mark
    before the subject) or introduces them ("that", a colon or a quotation
    after it, a time or "in a statement" between)."""
    before = text[low:start].rstrip()
    return before[-1:] in (",", "”", '"', "’") or INTRODUCED.match(text, end) is not None


_PLEDGING = frozenset("pledged pledges promised promises".split())
_THING_PLEDGED = re.compile(r"[ \t]+(?:(?:a|an|another|its|their|his|her|the|some|about|over|nearly|almost"
                            r"|up[ \t]+to|more[ \t]+than)[ \t]+)?(?:[$€£¥]|\d|(?:further|new|extra|additional|more"
                            r"|billions?|millions?)\b|[a-z]+[ \t]+(?:system|package|aid|tanks?|jets?|troops|funds?|loan"
                            r"|grant|batteries|missiles?|weapons?|shells)\b)")
"""After "pledged"/"promised": a thing or a sum given ("pledged a further system", "promised
€1 billion", "pledged new aid"), not a to-clause or that-clause of words (matched at a fixed
position)."""
_RECALLING = frozenset("recalled recalls recalling".split())
_THING_RECALLED = re.compile(r"[ \t]+(?:(?:more[ \t]+than|about|some|nearly|almost|over|around|roughly|up[ \t]+to)[ \t]+)?\d"
                             r"|[ \t]+(?:its|their|his|her|the)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:ambassador|envoy|"
                             r"vehicles|cars|trucks|products|units|models|batteries|devices)\b")
"""After "recalled": a count of things or an envoy called home, not a memory told (matched
at a fixed position)."""
_ADDING = frozenset("added adds".split())
_SHARE_ADDED = re.compile(r"[ \t]+(?:(?:another|a[ \t]+further|nearly|almost|about|some|over|more[ \t]+than)[ \t]+)?"
                          r"[$€£¥]?\d[\d.,]*[ \t]*(?:%|per[ \t]*cent|percent|(?:percentage[ \t]+|basis[ \t]+)?points?)"
                          r"(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:to|on|in|at|from|after|over|by|while|as|and|against)\b)")
"""After "added": a share price's or an index's gain, a figure in per cent or points that
ends its clause or goes on with where or when ("added 3.1 per cent.", "added 12 points on
Friday"), not the words said ("added 40 per cent of staff would go") (matched at a fixed position)."""
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)[ \t]+(?:(?:repeatedly|long|also|often|previously|already|consistently"
                             r"|publicly)[ \t]+)?$")
_REQUEST_FOR = re.compile(r"[ \t]+for[ \t]")


def _request_made(text: str, low: int, start: int, verb: str, end: int) -> bool:
    """"has called for a negotiated end", "has repeatedly asked for more Patriot batteries": a
    request for a thing in the present perfect is the reporter's background, not words said now."""
    words = verb.split()
    if words[0] not in ("called", "asked") or not (words[-1] == "for" or _REQUEST_FOR.match(text, end)):
        return False
    if _ASKED_TO_ACT.match(text, end) is not None:
        return False  # "has called for Romania to stop sending military aid": what someone is asked to do, words
    return _PERFECT_BEFORE.search(text, max(low, start - 40), start) is not None


_ASKED_TO_ACT = re.compile(r"[^,;.:“”\"]{0,80}?[ \t]to[ \t]+(?!(?:the|a|an|its|their|his|her|this|these|those)\b)"
                           r"[a-z]+")
"""A to-infinitive after the request's object: someone is asked to act (matched at a fixed position)."""


_SAYING = frozenset("say says said saying revealed reveals disclosed discloses".split())
_NOTHING_SAID = re.compile(
    r"[ \t]+(?:(?:so[ \t]+far|publicly|yet)[ \t]+)?(?:nothing|little|not[ \t]+a[ \t]+word)"
    r"(?=[ \t]*(?:[.,;:!?]|$)|[ \t]+(?:about|on|of|regarding|publicly|in[ \t]+public|so[ \t]+far|yet|since|further"
    r"|else|at[ \t]+all|beyond|to[ \t]+(?:suggest|explain|indicate))\b)")
"""After "said": nothing, little or not a word, then the clause's end or what it was silent about
("has said nothing about the deployment", "revealed little so far"), not a clause whose subject is
"nothing" ("said nothing had changed", "said little would change"): words were said there
(matched at a fixed position)."""


_ACCOUNTING = frozenset("explained explains".split())
"""Forms of "explain", which means "account for" after a cause ("meter errors explained the losses")."""


def _accounts_for(text: str, low: int, start: int, verb: str, end: int, subject: tuple[int, int] | None) -> bool:
    """"evaporation and meter errors explained most of the losses": "explain" with a subject
    that names nobody who could speak (no name, pronoun or role, `speaker_word`, nor a noun
    for a person, `lexicon.PERSON_NOUNS`, up to the verb: an apposition counts) and no words
    after it is "account for", a cause the sentence gives, not speech ("the engineer explained
    the delay", "the ministry explained that …" still speak)."""
    if verb not in _ACCOUNTING or subject is None or _introduces_words(text, low, subject[0], end):
        return False
    words = text[subject[0]:start].split()
    return not any(speaker_word(w) or w.strip(",").lower() in PERSON_NOUNS for w in words)


def takes_a_thing(text: str, low: int, start: int, verb: str, end: int, subject: tuple[int, int] | None) -> bool:
    """Whether the speech verb ``verb`` (``text[start:end]``, its subject ``subject`` when
    written, ``low`` the window's start) takes a thing or an act rather than words."""
    if verb in ACT_VERBS and not _introduces_words(text, low, subject[0] if subject else start, end):
        return True  # "Newsom declared a state of emergency": an act, not words
    if verb in _PLEDGING and _THING_PLEDGED.match(text, end) is not None:
        return True  # "Germany pledged a further system in April": a thing given, not words
    if verb in _RECALLING and _THING_RECALLED.match(text, end) is not None:
        return True  # "Tesla had recalled more than 2 million cars", "recalled its ambassador": a recall
    if verb in _ADDING and _SHARE_ADDED.match(text, end) is not None:
        return True  # "LIG Nex1 added 3.1 per cent": a price's gain, not words added
    if _request_made(text, low, start, verb, end):
        return True  # "Tanzania has called for a negotiated end to the war": background, not these words
    if verb.lower() in OWNING_VERBS and subject is not None and owns_object(text, end) \
            and not _introduces_words(text, low, subject[0], end):
        return True  # "China claims the islands", "he admitted three counts of fraud": a thing, not words
    if verb in FINDING_VERBS and not _finds_that(text, end, subject):
        return True  # "found the wreck", "ruled the country", "the bodies found that morning"
    if verb in _SAYING and _NOTHING_SAID.match(text, end) is not None:
        return True  # "the government has said nothing about the deployment": the reporter tells a silence
    if _accounts_for(text, low, start, verb, end, subject):
        return True  # "meter errors explained most of the losses": a cause, not words
    return False
