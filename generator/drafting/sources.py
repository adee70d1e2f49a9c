"""Unnamed sources described at length: "a senior State Department official travelling
with the secretary", "a NATO diplomat".

    >>> unnamed_source("A senior State Department official travelling with the secretary")
    True
    >>> unnamed_source("A State Department spokesperson"), unnamed_source("the official")
    (False, False)

An indefinite noun phrase ("a", "an", "one") headed by a noun for one person nobody
names (`lexicon.UNNAMED_PERSONS`: official, source, diplomat, …) names no one, whatever
describes the person: where they work, even a body's name ("a senior State Department
official", "a NATO diplomat"), or what follows the noun in lower case ("travelling with
the secretary", "who asked not to be named").  The words are the source's, and the
statement has no speaker: no one an analyst can link or compare.  The body they work
for is not the speaker either ("Pentagon officials" are not the Pentagon).

So is a spokesman for a body the page does not name ("a spokesman for the ministry",
"a ministry spokesperson": every word in lower case), and a person who speaks for
themself, however described ("One Hamburg-based importer"); "A State Department
spokesperson" is the department's.  A work only its sponsor is named with ("a report
commissioned by the ministry") and a person hidden behind an initial ("Mr D") are
nobody's words either.

Such a person opening a sentence as its subject ("A retired Argentine general I spoke
to this week put it bluntly.") is the antecedent of the "he" or "she" that follows
(`indefinite_subject`), not a person named before them: the words stay nobody's.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import FUNCTION_WORDS, HONORIFIC_STEMS, PERSON_NOUNS, ROLE_HEADS, UNNAMED_PERSONS
from .roles import sentence_ends

_INDEFINITE = frozenset("a an one".split())
MAX_MODIFIERS = 6
"""Words looked at between the determiner and the noun."""


def unnamed_source(phrase: str) -> bool:
    """Whether ``phrase`` is one unnamed person, described (see the module docstring)."""
    tokens = phrase.split()
    if len(tokens) < 2 or tokens[0].lower() not in _INDEFINITE:
        return False
    for i, token in enumerate(tokens[1:MAX_MODIFIERS + 2], 1):
        noun = token.lower().rstrip(",")
        rest = tokens[i + 1:]
        described = not rest or rest[0][:1].islower()  # "an official travelling with …", not "an official Kim"
        if noun in UNNAMED_PERSONS or noun in _PRIVATE_PERSONS:
            return described
        if i == 1 and _agent_noun(noun) and (not rest or rest[0] in _WHERE):
            return True  # "A transporter in N'Djamena": one who does a trade, unnamed (a described one, "a former cashier", is left as written)
        if noun in ROLE_HEADS:  # "a spokesman for the ministry", not "A State Department spokesperson"
            return described and all(t[:1].islower() for t in tokens[1:i] + rest)
    return False


_PRIVATE_PERSONS = PERSON_NOUNS | frozenset("importer exporter buyer seller grower wholesaler retailer".split())
"""Nouns for a person who speaks for themself, not for a body: "One Hamburg-based importer",
"a Bavarian farmer".  Whatever describes them, they stay unnamed."""


_AGENT_SUFFIXES = ("er", "or", "ist")
"""The endings of a noun for one who does something: "transporter", "operator", "pharmacist"."""
_NOT_AGENTS = frozenset("newspaper paper broadcaster poster flyer letter order number".split())
"""Nouns with such an ending that are things or media, not a person: their words are a source's."""
_WHERE = frozenset("in at from near on with based".split())
"""Prepositions that say where or with what an unnamed person works: "a buyer in Soubré"."""


def _agent_noun(noun: str) -> bool:
    """A lower-case noun for one who does something, by its ending (`_AGENT_SUFFIXES`)."""
    return len(noun) > 5 and noun.isalpha() and noun.islower() and noun.endswith(_AGENT_SUFFIXES) \
        and noun not in _NOT_AGENTS


_PERSON_HEADS = UNNAMED_PERSONS | ROLE_HEADS | PERSON_NOUNS
_INDEFINITE_SUBJECT = frozenset("A An One".split())
MAX_SUBJECT_WORDS = 5
"""Words after "A" looked at for the noun: "A retired Argentine army general"."""


def indefinite_subject(sentence: str) -> bool:
    """Whether ``sentence`` opens with one person nobody names as its subject: "A retired
    Argentine general …", "An official at the ministry …"; the noun comes before any
    function word ("A decision by the minister" is no person)."""
    tokens = sentence.split(maxsplit=MAX_SUBJECT_WORDS + 1)
    if not tokens or tokens[0] not in _INDEFINITE_SUBJECT:
        return False
    for token in tokens[1:MAX_SUBJECT_WORDS + 1]:
        word = token.rstrip(",")
        if word in _PERSON_HEADS:
            return True
        if word.lower() in FUNCTION_WORDS or word.endswith(("'s", "’s")) or word != token:
            return False
    return False


def unnamed_antecedent(subject: int, offset: int, mentions: list[int], text: str) -> bool:
    """Whether a "he"/"she" at ``offset`` refers to the unnamed subject of a sentence at
    ``subject`` (-1: none): that sentence is this one or the one before, and no person is
    named, outside quotation marks (``mentions``: their sorted offsets), between them."""
    if not 0 <= subject < offset or sentence_ends(text, subject, offset) > 1:
        return False
    return bisect.bisect_left(mentions, subject) == bisect.bisect_left(mentions, offset)


_INDEFINITE_PRONOUNS = frozenset("""
    nobody no-one noone none nothing everybody everyone anybody anyone somebody someone few many most
""".split()) | {"no one"}
"""Pronouns for people in general or for no one: "nobody expects the North to start a war"
is the reporter's sentence, not a speaker's."""


_COMMISSIONED = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s(?:[a-z][\w-]*\s){0,3}?(?:commissioned|funded|sponsored|financed"
                           r"|paid\sfor)\sby\s")
"""A work someone paid for, not wrote: "a report commissioned by the Ministry of …"."""


def commissioned_work(words: str) -> bool:
    """Whether a subject is a work only its sponsor is named with ("according to a report
    commissioned by the ministry"): the sponsor ordered the words and did not write them,
    and whoever did is not named, so they are no one's."""
    return _COMMISSIONED.match(words) is not None


def anonymised(words: str) -> bool:
    """Whether a subject is a person a decision or a court report hides behind an initial:
    "Mr D", "Ms K.", "Mrs A-B": no one an analyst can link, so no speaker."""
    tokens = words.split()
    return len(tokens) == 2 and tokens[0].lower().rstrip(".") in HONORIFIC_STEMS \
        and _INITIAL.fullmatch(tokens[1]) is not None


_INITIAL = re.compile(r"[A-Z]\.?(?:-[A-Z]\.?)?")


def indefinite_pronoun(words: str) -> bool:
    """Whether a subject is an indefinite pronoun (`_INDEFINITE_PRONOUNS`): no speaker."""
    return " ".join(words.lower().split()) in _INDEFINITE_PRONOUNS



_ANONYMITY = re.compile(r"(?:who|which)\s+(?:spoke|speaks|was\s+speaking|talked|asked|requested|declined|did\s+not\s+want"
                        r"|was\s+not\s+(?:authori[sz]ed|allowed|permitted)|is\s+not\s+(?:authori[sz]ed|allowed|permitted)"
                        r"|were\s+not\s+(?:authori[sz]ed|allowed|permitted))\b"
                        r"[^,;]{0,40}?\b(?:anonymity|named|identified|publicly|on\s+the\s+record)\b", re.I)
"""A relative clause saying why a person is not named: "who spoke on condition of
anonymity", "who asked not to be named", "who was not authorised to speak publicly"."""


def anonymity_clause(apposition: str) -> bool:
    """Whether an apposition between a subject and its verb says the subject is not
    named ("A senior diplomat …, who spoke on condition of anonymity, said"): whatever
    the subject's words, however long, the person is one nobody names."""
    return _ANONYMITY.match(apposition.strip(" ,")) is not None
