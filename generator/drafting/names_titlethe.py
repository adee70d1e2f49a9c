"""A title and a lone surname after "the": a ship's, a pub's or a monument's name.

    >>> the_title_surname(["The", "Captain"], False)
    True
    >>> the_title_surname(["General"], True)
    True
    >>> the_title_surname(["Captain"], False)
    False
    >>> the_title_surname(["The", "Rev."], False)
    False

English names a person by a title and a surname without an article ("Captain Dorsey
said"); "the Captain Dorsey", "the General Belgrano", "the Admiral Benbow", "the Princess
Ashika" are vessels, pubs and memorials named after someone.  Clergy are the exception:
"the Reverend Smith", "the Rev. Doyle" are people, as are those addressed by an honorific.
"""

from __future__ import annotations

from ..demonyms import DEMONYMS
from .lexicon import HONORIFIC_STEMS

CLERGY_TITLES = frozenset("rev reverend revd father bishop archbishop cardinal pastor rabbi imam venerable".split())
"""Titles English writes after "the" before a person's surname ("the Reverend Smith")."""


def the_title_surname(title: list[str], after_article: bool) -> bool:
    """Whether a title of a lone surname opens with "the" (in the run, or ``after_article``
    before it) and holds no clergy's title and no honorific."""
    keys = [t.lower().rstrip(".") for t in title]
    opened = bool(keys) and keys[0] == "the" or after_article
    return opened and len(keys) > (keys[0] == "the" if keys else 0) \
        and not any(k in CLERGY_TITLES or k in HONORIFIC_STEMS for k in keys)


def the_state_name(title: list[str]) -> bool:
    """Whether the title is "the" and a state's name, not its demonym: "The Kenya Red Cross",
    "the Uganda Police" name a body of the state ("The Kenyan Eliud Kipchoge" is a person by
    nationality, and English writes no "the Kenya <person>")."""
    words = [t.rstrip(".,") for t in title]
    return len(words) >= 2 and words[0].lower() == "the" and " ".join(words[1:]) not in DEMONYMS \
        and not any(w.rstrip("s") in DEMONYMS for w in words[1:])
