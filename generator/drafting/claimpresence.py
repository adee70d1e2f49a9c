"""Where a text puts someone, for `claimmatch`: a shared place that is the fact stated.

One telling word is no restatement (`claimmatch.MIN_TELLING`): a place's name alone
says what a text is about.  But when a claim's fact *is* the place ("Chadian troops
have moved into Libya's Fezzan region"), a candidate that puts someone there ("Most
of them are already in Fezzan", "the bulk of the contingent is in Fezzan") states it
with that one word.  So a place tells as a fact when both texts state presence in it:
a word of being, staying, arriving or fighting ("are", "already", "deployed",
"fighting", "clashed", "moved") followed, inside the clause, by "in", "inside" or
"into" and the place.  Other things done there are not presence: a group flown *to*
it, an incursion or offensive into it (`_NOT_PRESENCE` in the gap).  Nor does it tell
when the sentence also states losses ("are fighting in Fezzan, and some have been
killed": the losses are the fact, the place their setting; `claimmatch.ClaimMatcher.parts`
and `file_all` check the whole sentence and the clauses beside a candidate).

    >>> sorted(present_places("Most of them are already in the Fezzan region"))
    ['fezzan']
    >>> sorted(present_places("Chadian troops have moved into the Fezzan border region"))
    ['fezzan']
    >>> sorted(present_places("The first of them arrived in Fezzan last week"))
    ['fezzan']
    >>> sorted(present_places("Some 3,000 Chadian soldiers have reached the Fezzan region"))
    ['fezzan']
    >>> sorted(present_places("A first group was flown to the Fezzan region in May"))
    []
    >>> sorted(present_places("The army's incursion into Fezzan began in May"))
    []
"""

from __future__ import annotations

import re

from .claimwords import stem
from .lexicon import FUNCTION_WORDS, MONTHS, WEEKDAYS

_PRESENCE = re.compile(
    r"\b(?:is|are|was|were|been|already|now|still|deployed|stationed|based|present|remains?|remained"
    r"|fight|fights|fighting|fought|combat|clash|clashed|clashes|clashing|engaged|moved"
    r"|arrive|arrives|arrived|arriving)\b"
    r"(?P<gap>[^.;:!?]{0,60}?)\b(?:in|inside|into)\s+(?:the\s+)?(?:\S*['’]s\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    r"|\b(?:reach|reaches|reached|reaching)(?P<reached>\s+)(?:the\s+)?(?:\S*['’]s\s+)?"
    r"(?P<goal>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
"""A word of being, staying, arriving or fighting, then in the same clause (bounded gap)
"in"/"into"/"inside" and a capitalised place; or "reached" and the place right after it.
Arriving in a place and reaching it end a movement there: whoever "arrived in Fezzan" or
"reached Fezzan" is there, as whoever "moved into" it (a group flown or sent to it is
still on its way, `_NOT_PRESENCE`)."""
_NOT_PRESENCE = re.compile(r"\b(?:incursion|offensive|invasion|attack|attacks|flown|sent|send|strike|strikes|raid)\b",
                           re.IGNORECASE)
"""Something done to or towards the place, not someone being there: "were sent to fight in"
keeps its subject elsewhere until they arrive; an incursion is the claim of its own."""


_POSSESSIVE = re.compile(r"['’]s?$")
"""A possessive ending ("Russia's")."""


def present_places(text: str) -> frozenset[str]:
    """The places ``text`` states someone is in (stemmed words joined by a space, as
    `claimwords.names_of` writes them)."""
    found = set()
    for match in _PRESENCE.finditer(text):
        if _NOT_PRESENCE.search(match.group("gap") or ""):
            continue
        words = [_POSSESSIVE.sub("", word.lower()) for word in (match.group("place") or match.group("goal")).split()]
        kept = [stem(w) for w in words if w not in FUNCTION_WORDS and w not in MONTHS and w not in WEEKDAYS
                and len(w) > 2]
        if kept:
            found.add(" ".join(kept))
    return frozenset(found)
