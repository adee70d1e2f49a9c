"""Another party's doing in a place's description is the setting, for `claimmatch`.

    >>> from generator.drafting.claimmatch import Extractor, _owners
    >>> extractor = Extractor(None)
    >>> owners = lambda text: _owners(extractor.features(text).owned)
    >>> without_setting("The first Chadian units had reached Kufra, the desert region where Sudanese forces "
    ...                 "have held ground since May", owners)
    'The first Chadian units had reached Kufra, the desert region'
    >>> without_setting("Most are in or near Kufra, the desert region where Sudanese forces have held ground "
    ...                 "since May", owners)
    'Most are in or near Kufra, the desert region where Sudanese forces have held ground since May'

A non-restrictive relative clause on a place (", where Sudanese forces have held ground
since May"), or an apposition that ends in one (", the desert region where …"), says
what the place is.  When the main clause says what one party's troops did there ("The
first Chadian units had reached Kufra") and the description what another's did
("Sudanese forces have held ground"), the sentence asserts the first and gives the
second as the setting: read whole, the description's words would file the Chadians'
arrival under the claim about who holds the place.  So the text is then read up to the
"where" (an apposition before it, "the desert region", renames the place and stays),
when what is left keeps `KEPT_WORDS` key words.  When the main clause names no troops of
its own ("Most are in or near Kufra, … where Sudanese forces have held ground"), or the
same country's, the description may be the point, and the text is read whole; so is a
restrictive "where" without a comma ("the part of Kufra where the fighting began").

So too a participle of sending that closes the text on the troops one party fought with or
against ("Sudanese forces have clashed with Chadian soldiers deployed by Libya"): how the
enemy came there describes them, and the sentence asserts the clash; read whole, "deployed"
would file the clash under the claim that the troops were sent (`without_described`).  The
main clause must name two countries' troops; "calling on Chadian soldiers sent to Sudan to
…" and "Chadian soldiers sent to Sudan are now in Darfur" keep their participle.
"""

from __future__ import annotations

import re
from typing import Callable

from .claimwords import count_key_words

KEPT_WORDS = 3
"""Fewest key words the main clause keeps for the setting to be cut (as `claimmatch.MIN_CLAUSE_WORDS`)."""
_SETTING = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?)?(?P<where>where)\s")
"""A comma, an optional short apposition ("the desert region"), then "where": at most six
words between, so each comma costs a bounded look."""


def without_setting(text: str, owners: Callable[[str], dict[str, set[str]]]) -> str:
    """``text`` up to the "where" that opens a description of a place, when the main
    clause and the description name different countries' troops (see the module
    docstring), and without the participle that describes an enemy (`without_described`);
    ``owners``: a text's actor words, each with the countries named right before it
    (`claimmatch.Extractor`), "*" for one written with none."""
    return _without_place_setting(without_described(text, owners), owners)


_DESCRIBED = re.compile(r"\b(?:with|against|alongside|among)\s+(?:[\w'’-]+\s+){0,4}?"
                        r"(?:soldiers|troops|forces|units|fighters)(?P<described>\s+(?:deployed|sent|dispatched)\s+"
                        r"(?:by|to|from)\s+[^,;:.!?]{1,60}?)(?=\s*[,;:.!?]|$)")
"""A preposition of fighting with or against, up to five words and a word for troops, then a
participle of sending to the end of the clause: a bounded gap, so the search stays linear."""


def without_described(text: str, owners: Callable[[str], dict[str, set[str]]]) -> str:
    """``text`` without the participle of sending on the troops its main clause fought with or
    against, when the main clause names two countries' troops (see the module docstring).

    >>> from generator.drafting.claimmatch import Extractor, _owners
    >>> owners = lambda text: _owners(Extractor(None).features(text).owned)
    >>> without_described("Sudanese forces have clashed with Chadian soldiers deployed by Libya", owners)
    'Sudanese forces have clashed with Chadian soldiers'
    >>> without_described("They have clashed with Chadian soldiers deployed by Libya", owners)
    'They have clashed with Chadian soldiers deployed by Libya'
    """
    found = _DESCRIBED.search(text)
    if not found:
        return text
    kept = text[:found.start("described")] + text[found.end("described"):]
    countries = {country for named in owners(kept).values() for country in named} - {"*"}
    return kept if len(countries) >= 2 else text


def _without_place_setting(text: str, owners: Callable[[str], dict[str, set[str]]]) -> str:
    """``text`` up to the "where" that opens a description of a place (see `without_setting`)."""
    found = _SETTING.search(text)
    if not found:
        return text
    kept = text[:found.start("where")].rstrip(" ,")
    if count_key_words(kept) < KEPT_WORDS:
        return text
    mine, theirs = owners(kept), owners(text[found.start("where"):])
    others = [word for word in mine.keys() & theirs.keys()
              if mine[word] and theirs[word] and not mine[word] & theirs[word] and "*" not in mine[word] | theirs[word]]
    return kept if others else text
