"""What the words after a name's comma, and an opening participle before it, say of the
person (`roles._introductions` reads introductions with these)."""

from __future__ import annotations

import re

from .lexicon import ATTRIBUTION_VERBS

TESTIFYING = re.compile(r"\b(?:[Tt]estifying|[Gg]iving\s+evidence)\b[^,;.“”\"]{0,60},\s+$")
"""An opening participle that makes the person named after it a witness: the court
report calls them "the witness" later."""


def main_clause(apposition: str) -> bool:
    """"Under cross-examination by Peter Malish Jada, the witness admitted that …": the
    words after the comma are the sentence's own subject and speech verb, not a role of
    the name before it ("Amina Yusuf, who said she …" is one: a relative clause)."""
    tokens = apposition.split()[:5]  # a subject of a determiner and a few words, then its verb in the past
    return bool(tokens) and tokens[0].lower() in _CLAUSE_OPENERS and any(
        t.lower() in ATTRIBUTION_VERBS and (t.endswith("ed") or t.lower() in _PAST_SPEECH) for t in tokens[2:])


_CLAUSE_OPENERS = frozenset("the a an this that he she they".split())
_PAST_SPEECH = frozenset("said told wrote".split())


PARTICIPLE_ASIDE = re.compile(r"(?!king\b)[a-z]+ing\s+(?:[A-Z]|(?:to|with|at|in|on|for|from|after|before|the|a|an"
                              r"|his|her|their|its|beside|alongside|next\s+to|behind|outside)\b)")
"""An aside opening with a present participle and its object or a preposition ("meeting Sergei
Lavrov", "speaking to reporters", "speaking beside Blinken"): what the person was doing, no
role of theirs; a name in it is the participle's object's.  A participle before a role's noun
is an adjective of the title ("visiting professor Tomas Berg", "acting president …")."""


NICKNAME = re.compile(r"[“\"‘'][^“”\"‘’]{1,30}[”\"’']\s+to\s+(?:his|her|their|everyone|everybody|friends|colleagues)\b"
                      r"[^,;:.“”\"—–]{0,40}")
"""A nickname aside after a name ("Ana Ruiz — “Nani” to her friends — said", "Tom Berg,
"Bergy" to everyone on the site, who …"): what people call the person, neither the words
quoted nor a subject of its own ("to her friends" opens no infinitive)."""
