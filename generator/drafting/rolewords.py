"""Small tables for comparing role words (`roles.words_of`): one spelling per word, and the
adjectives a role phrase may add that no introduction needs.

    >>> one_spelling("defence"), is_tenure_adjective("new")
    ('defense', True)

British and American spellings of one word name the same office: "the South Korean
defence minister" is the registry's "Minister of National Defense", and "the US
defence secretary" the article's "US Defense Secretary Lloyd Austin".  A word saying
how recently someone took office ("the alliance's new secretary general") describes
the holder, not the office: "NATO Secretary General Mark Rutte" is still the one.
"""

from __future__ import annotations

_SPELLINGS = {"defence": "defense", "offence": "offense", "licence": "license", "programme": "program",
              "labour": "labor", "centre": "center", "organisation": "organization", "councillor": "councilor"}
"""British spelling → American, for words of offices and bodies."""

_TENURE_ADJECTIVES = frozenset({"new", "newly", "incoming", "current", "incumbent", "sitting"})
"""Adjectives of a holder's time in office that every holder of it had at some time
("former", "outgoing" and "acting" are left: they point at another holder or another footing)."""


def one_spelling(word: str) -> str:
    """The American spelling of a lower-case word, the word itself when it has one spelling."""
    return _SPELLINGS.get(word, word)


def is_tenure_adjective(word: str) -> bool:
    """Whether a lower-case word only says how recently the holder took office (`_TENURE_ADJECTIVES`)."""
    return word in _TENURE_ADJECTIVES
