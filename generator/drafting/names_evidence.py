"""Names of two words or more with no sign of a person and a sign of a thing: no person's.

    >>> from types import SimpleNamespace as S
    >>> text = "Rivals cut prices. Shares in Volvo Cars rose, as the updated Volvo Cars range sold."
    >>> spans = [S(name="Volvo Cars", cue=None, start=29, end=39, is_full=True)]
    >>> [s.name for s in without_evidence(text, spans, frozenset())]
    []

A page that names a person usually says so somewhere: a title or a role before the name, a
speech verb, an age or a job in apposition (a cue, which `names` reads), the surname alone
later on ("… said Phiri"), or "he" or "she" in the sentence that names them or the next.
Most people of the tuned pages have one of these; many capitalised things (a product, a
festival, a place of two words, a company named after its founder) have none.  A name with
no such evidence is dropped when something about it says "thing" as well:

* a word of it the page also uses as a noun in lower case, after a determiner and before a
  verb, a preposition or punctuation (`names.nouns_in`: "Booker Prize" beside "the prize
  is"): a common noun, not an adjective ("young people" beside Neil Young);
* a word with a capital inside it that no name prefix explains ("TotalEnergies", not
  "McLennan", "DeSantis", "MacIsaac");
* "the" and a lower-case word right before it somewhere ("the updated Everest Platinum",
  "the latest Ranger Raptor"): English writes a person so only as "the late …" or with a
  noun of a person's standing, which `names` reads as titles;
* a Romance article opening it ("La Chascona", "Le Marais"): a house's, a place's or a
  work's name; an article inside a name ("Marine Le Pen") is a surname's particle;
* a label's, a heading's or an offer's place or words (`names_labels`: "Affected Areas: …",
  "Weekly Price List" on a line of its own, "Free Delivery").
"""

from __future__ import annotations

import re
from typing import Protocol

from .lexicon import FUNCTION_WORDS, NAME_PARTICLES, PERSON_NOUNS, ROLE_WORDS
from .names_labels import furniture_sign


class Span(Protocol):
    name: str
    cue: str | None
    start: int
    end: int

    @property
    def is_full(self) -> bool: ...


_PRONOUN = re.compile(r"(?<![\w'’-])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)(?![\w'’-])")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?(?=\s)|\n")
MAX_FOLLOWING = 400
"""Characters after a name read for the end of its sentence and of the next one."""

NAME_PREFIXES = frozenset("mc mac fitz de di da la le van von o d del della du st".split())
"""Lower-case openings of surnames written with a capital inside ("McLennan", "DeSantis",
"FitzGerald", "VanDyke", "O'Brien" is split at its apostrophe already)."""
_INNER_CAPITAL = re.compile(r"(?<=[a-zà-ÿ])[A-ZÀ-Þ]")

OPENING_ARTICLES = frozenset("la le les il lo los las gli".split())
"""Romance articles that open the names of houses, places and works ("La Chascona")."""

PERSON_ADJECTIVES = frozenset("late great legendary young veteran elder younger older".split())
"""Words English writes between "the" and a person's name ("the late Kenneth Kaunda")."""

_THE_ADJECTIVE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+([a-z][\w-]*)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})")
_PLURAL = re.compile(r"[^su]s$")
MAX_USES = 2000
"""Matches read in a page: far more than any page has."""


def without_evidence(text: str, spans: list[Span], nouns: frozenset[str]) -> list[Span]:
    """``spans`` less the names of two words or more with no evidence of a person and a sign
    of a thing (the module's rules); ``nouns`` are the lower-case words the page uses as nouns."""
    cued = {s.name for s in spans if s.cue is not None}
    alone = {s.name for s in spans if not s.is_full and s.cue is not None}  # "… said Phiri"
    described = _after_the_and_adjective(text)
    first: dict[str, Span] = {}
    places: dict[str, list[tuple[int, int]]] = {}
    for span in spans:
        first.setdefault(span.name, span)
        places.setdefault(span.name, []).append((span.start, span.end))
    dropped = {name for name, span in first.items()
               if span.is_full and name not in cued and not any(w in alone for w in name.split())
               and not _pronoun_follows(text, span.end)
               and (thing_sign(name, nouns, described) or furniture_sign(text, places[name], name)) is not None}
    return [s for s in spans if s.name not in dropped] if dropped else spans


def thing_sign(name: str, nouns: frozenset[str], described: frozenset[str] = frozenset()) -> str | None:
    """What says the name is a thing's, or None."""
    words = name.split()
    lower = next((w for w in words if _plain(w) in nouns and _plain(w) not in NAME_PARTICLES
                  and _plain(w) not in FUNCTION_WORDS), None)
    if lower is not None:
        return f'the page uses "{lower.lower()}" as a noun'
    camel = next((w for w in words if _camel(w)), None)
    if camel is not None:
        return f'"{camel}" has a capital inside'
    if words[0].lower() in OPENING_ARTICLES:
        return f'the article "{words[0]}" opens it'
    if name in described:
        return 'written after "the" and an adjective'
    return None


def _plain(word: str) -> str:
    return word.lower().rstrip(".").removesuffix("'s").removesuffix("’s")


def _camel(word: str) -> bool:
    """Whether a capital stands inside ``word`` after a lower-case opening no surname prefix."""
    for part in re.split(r"['’-]", word):
        inner = _INNER_CAPITAL.search(part)
        if inner is not None and part[:inner.start()].lower() not in NAME_PREFIXES:
            return True
    return False


def _pronoun_follows(text: str, end: int) -> bool:
    """Whether "he", "she", "his" or "her" follows ``end`` within its sentence or the next."""
    window = text[end:end + MAX_FOLLOWING]
    stops = [m.end() for _, m in zip(range(2), _SENTENCE_END.finditer(window))]
    return _PRONOUN.search(window, 0, stops[-1] if len(stops) == 2 else len(window)) is not None


def _after_the_and_adjective(text: str) -> frozenset[str]:
    """Names (and the heads of two words or more of a longer run) the page writes after "the"
    and one lower-case word that is no person's standing ("the updated Everest Platinum")."""
    found: set[str] = set()
    for count, match in enumerate(_THE_ADJECTIVE.finditer(text)):
        if count >= MAX_USES:
            break
        word = match.group(1)
        if word in PERSON_ADJECTIVES or word in PERSON_NOUNS or word in ROLE_WORDS or word in FUNCTION_WORDS \
                or _PLURAL.search(word):
            continue  # "The soldiers Kim Jong Un lent": a noun, the name the subject of a clause
        words = match.group(2).split()
        found |= {" ".join(words[:n]) for n in range(2, len(words) + 1)}
    return frozenset(found)
