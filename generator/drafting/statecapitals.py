"""Words around a capital or a city-state that say whether it names a place or the state
(used by `countries._metonym` and `countries.CountryFinder._counts`).

* A capital after "a" or "an" and before a lower-case noun modifies one thing of that
  city ("a Lisbon bakery", "an Oslo broker"): English never introduces a government with
  an indefinite article, so the capital is a place; "a Lisbon official" still speaks for
  the government (`OFFICIAL_NOUNS`).
* A capital followed by a particle and a capitalised word opens a longer place name
  ("Santiago del Estero", "Santo Domingo de Guzmán" aside, "San José de Ocoa", "Victoria de
  Durango"): another town or province, not the capital; "Santiago de Chile" is the capital
  itself, written with its state's name.
* A capital standing alone as an item of a row, an option of a quiz or a link between dots
  or bars ("A) Johannesburg · B) Lima · C) New Delhi"), is a city named, not a government
  acting: no verb or noun goes with it.
* A capital right after a capitalised organisation word ends that body's name ("King's
  College London", "University College Dublin"): where the body is, not a government.
* A city-state in the possessive before "national" ("Monaco's national team", "Singapore's
  national schools") is the state: only a state has national institutions, even where a
  locative before it would make a capital a place ("at Singapore's national stadium").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import ORGANISATION_WORDS

OFFICIAL_NOUNS = frozenset("""
    official officials diplomat diplomats envoy spokesman spokeswoman spokesperson source sources
    minister negotiator delegation
""".split())
"""Nouns for people who speak for a government: "a Lisbon official said" is the state's voice."""

_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])[Aa]n?[ \t]+$")
_NOUN_AFTER = re.compile(r"[ \t]+([a-z][\w'’-]*)")
_PARTICLE_NAME_AFTER = re.compile(r"[ \t]+(?:de|del|de la|do|da|dos|das)[ \t]+([A-Z][\w'’-]*)")
_NATIONAL_AFTER = re.compile(r"['’]s[ \t]+national\b")
_ITEM_BEFORE = re.compile(r"(?:(?<![\w'’-])[A-Da-d]\)|[·|•])[ \t]*$")
_ITEM_AFTER = re.compile(r"[ \t]*(?:[·|•]|\n|$)")


def indefinite_modifier(before: str, after: str) -> bool:
    """Whether a capital stands between "a"/"an" and a lower-case noun that is no
    government speaker's: a place modifying one thing ("a Lisbon bakery").

    >>> indefinite_modifier("advice from a ", " shipbroker in the city"), indefinite_modifier("said a ", " official")
    (True, False)
    >>> indefinite_modifier("the ", " bakery")
    False
    """
    if _INDEFINITE_BEFORE.search(before) is None:
        return False
    noun = _NOUN_AFTER.match(after)
    return noun is not None and noun.group(1) not in OFFICIAL_NOUNS


def opens_a_longer_place(after: str, is_state: Callable[[str], bool]) -> bool:
    """Whether a particle and a capitalised word that names no state follow a capital: the
    capital's name opens another place's ("Santiago del Estero").

    >>> opens_a_longer_place(" del Estero province", lambda w: False)
    True
    >>> opens_a_longer_place(" de Chile said", lambda w: w == "Chile")
    False
    """
    found = _PARTICLE_NAME_AFTER.match(after)
    return found is not None and not is_state(found.group(1))


_BODY_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")


def ends_a_body_name(before: str) -> bool:
    """Whether a capitalised organisation word stands right before a capital: the capital
    ends that body's name.

    >>> ends_a_body_name("researches security at King's College "), ends_a_body_name("the college in ")
    (True, False)
    """
    word = _BODY_WORD_BEFORE.search(before)
    return word is not None and word.group(1).lower() in ORGANISATION_WORDS


def city_state_national(after: str) -> bool:
    """Whether a city-state's name is in the possessive before "national".

    >>> city_state_national("'s national schools"), city_state_national("'s port")
    (True, False)
    """
    return _NATIONAL_AFTER.match(after) is not None


def list_item(before: str, after: str) -> bool:
    """Whether a capital stands alone as an item of a row: after a quiz's option letter or a
    dot or bar, and before another dot or bar or the line's end.

    >>> list_item("10. Which city? A) Oslo · B) ", " · C) Rome")
    True
    >>> list_item("Officials in Oslo · ", " said the talks would go on")
    False
    """
    return _ITEM_BEFORE.search(before) is not None and _ITEM_AFTER.match(after) is not None
