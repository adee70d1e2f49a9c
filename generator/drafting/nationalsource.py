"""An unnamed source described by nationality, named in a sentence soon after.

"… while a visiting South Korean official said several thousand of them had
moved up close to the fighting. … a joint press conference with Park Jin-seong,
South Korea's deputy minister for defence policy, …": the lede describes the
source by their country, a later sentence names the one person whose
apposition gives that country's office; the lede's words are that person's.
Only a description with "a"/"an", only appositions of the form ", <Country>'s
…", and only when exactly one person within `MAX_SENTENCES_LATER` sentences
has one for that country.
"""

from __future__ import annotations

import bisect
import re

from .people import PersonMention
from .places import DEMONYMS, country_forms
from .roles import sentence_ends

_DESCRIPTION = re.compile(r"(?:a|an|A|An)\s(?:[a-z][\w-]*\s){0,2}?(?P<demonym>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)"
                          r"(?:\s[a-z][\w-]*){1,3}")
"""An indefinite description with a demonym: "a visiting South Korean official"."""
_APPOSITION = re.compile(r",\s(?:the\s)?(?P<country>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})['’]s\s[a-z]")
"""", South Korea's deputy minister" right after a name (matched at the name's end)."""
MAX_SENTENCES_LATER = 3
MAX_AHEAD = 12
"""Mentions looked at after the description."""


def described_country(phrase: str) -> str | None:
    """The state a description's demonym names ("a visiting South Korean official" → KR)."""
    found = _DESCRIPTION.fullmatch(phrase.strip())
    return DEMONYMS.get(found.group("demonym")) if found is not None else None


def named_by_country(text: str, phrase: str, offset: int, mentions: list[PersonMention],
                     starts: list[int]) -> PersonMention | None:
    """The one person, within `MAX_SENTENCES_LATER` sentences after ``offset``, put in
    apposition with an office of the state the indefinite ``phrase`` names by demonym."""
    code = described_country(phrase)
    if code is None:
        return None
    forms = country_forms()
    first = bisect.bisect_left(starts, offset)
    found: list[PersonMention] = []
    for mention in mentions[first:first + MAX_AHEAD]:
        if sentence_ends(text, offset, mention.start) > MAX_SENTENCES_LATER:
            break
        apposition = _APPOSITION.match(text, mention.end, mention.end + 80)
        if apposition is not None and forms.get(apposition.group("country")) == code \
                and all(m.key != mention.key for m in found):
            found.append(mention)
    return found[0] if len(found) == 1 else None
