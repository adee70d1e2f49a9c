"""What the drafter suggests: typed, frozen records, each with its reason.

A reason is a short phrase an author can check at a glance ("title
'Foreign Minister' before the name, line 5"); the writer shows it as a YAML
comment next to the suggestion, and ``--json`` leaves it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Guess(Generic[T]):
    """One guessed value and why; ``value`` is None when nothing was found."""

    value: T | None
    reason: str
    """Why this value, or why none ("no date line in the page header")."""


@dataclass(frozen=True)
class Metadata:
    """The ``source`` facts the text itself gives."""

    title: Guess[str]
    publisher: Guess[str]
    published: Guess[dt.date]
    byline: Guess[tuple[str, ...]]
    """Author names; ``value`` is ``()`` when none is written."""


@dataclass(frozen=True)
class Boilerplate:
    """A raw line of web clutter."""

    line: int
    """1-based line number of the raw file."""
    reason: str


@dataclass(frozen=True)
class PersonGuess:
    """A person named in the article, registered (``known``) or proposed."""

    id: str
    """Registry id: the known person's, or a new one made from the name."""
    name: str
    """The full name, accents kept, as the article or the registry writes it."""
    known: bool
    """True when ``content/people/<id>.md`` exists."""
    aliases: tuple[str, ...]
    """Other forms the article uses: short forms, spellings with initials."""
    role: str
    """Title words written before the name ("Foreign Minister"), or ""."""
    country: str | None
    """ISO code from a demonym in the title ("Spanish Foreign Minister"), if any."""
    line: int
    """Raw line of the first mention."""
    reason: str
    new_aliases: tuple[str, ...] = ()
    """Forms the article uses that the registry does not list yet ("Zelensky"):
    proposed as aliases of the registered person."""


@dataclass(frozen=True)
class OrganisationGuess:
    """An organisation named in the article, registered (``known``) or proposed."""

    id: str
    """Registry id: the known organisation's, or a new one made from the name."""
    name: str
    """The name as the registry or the article writes it ("North Atlantic Treaty Organization")."""
    known: bool
    """True when ``content/organisations/<id>.md`` exists."""
    aliases: tuple[str, ...]
    """Other forms the article uses: the acronym it introduces ("NATO")."""
    kind: str
    """One of `registries.ORGANISATION_KINDS`, from the words of the name (`organisations.kind_of`)."""
    kind_reason: str
    """Why that kind ("'Intelligence' and 'Service' in the name")."""
    country: str | None
    """ISO code of the state it belongs to, when the article says ("South Korea's …"), else None."""
    line: int
    """Raw line of the first mention."""
    reason: str
    new_aliases: tuple[str, ...] = ()
    """Forms the article uses that the registry does not list yet: proposed as
    aliases of the registered organisation."""


@dataclass(frozen=True)
class CountryGuess:
    """A country the article refers to as a state."""

    code: str
    """ISO 3166-1 alpha-2, upper-case."""
    name: str
    """The registry's display name, else pycountry's common name."""
    known: bool
    """True when ``content/countries/<code>.md`` exists."""
    forms: tuple[str, ...]
    """The words that named it, in order of first use ("Madrid", "Spanish")."""
    line: int
    reason: str


@dataclass(frozen=True)
class ClaimMatch:
    """A registered claim that a candidate may state, and why."""

    claim: str
    score: float
    """0 to about 1.3: key words in common, plus shared numbers and entities (see `claimmatch`)."""
    shared: str
    """What they share: "numbers 8,000; entities KP, RU; words troop, kursk"."""


@dataclass(frozen=True)
class ClaimGuess:
    """A candidate claim: a verbatim quote of the article and who made it."""

    quote: str
    """A slice of the raw text, never edited."""
    by: str
    """A person or organisation id, free text with a capital ("Pentagon officials"),
    or "" for the reporter's own words."""
    claim: str | None
    """Id of a registered claim that clearly matches, else None."""
    value: dict[str, Any] | None
    """The first quantity of the quote, as a JSON-ready mapping, else None."""
    value_text: str | None
    """The same value as written ("about 8,000"), for the brief's ``value:``."""
    line: int
    reason: str
    """How the statement and its speaker were found (the writer's YAML comment)."""
    start: int = -1
    """Offset of the quote in the raw text (-1 when unknown)."""
    matches: tuple[ClaimMatch, ...] = ()
    """The registered claims most like it, best first (at most three)."""


@dataclass(frozen=True)
class Draft:
    """Everything suggested for one article."""

    seed: str
    """Path of the seed relative to the project root (``seeds/005_….txt``)."""
    metadata: Metadata
    boilerplate: tuple[Boilerplate, ...]
    people: tuple[PersonGuess, ...]
    countries: tuple[CountryGuess, ...]
    claims: tuple[ClaimGuess, ...]
    notes: tuple[str, ...] = field(default=())
    """Warnings for the author (an ambiguous date, a missing title)."""
    organisations: tuple[OrganisationGuess, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        """The ``--json`` object: title, publisher, published, byline, …"""
        published = self.metadata.published.value
        return {
            "title": self.metadata.title.value,
            "publisher": self.metadata.publisher.value,
            "published": published.isoformat() if published else None,
            "byline": list(self.metadata.byline.value or ()),
            "boilerplate": [b.line for b in self.boilerplate],
            "people": [{"id": p.id, "name": p.name, "known": p.known} for p in self.people],
            "organisations": [{"id": o.id, "name": o.name, "known": o.known} for o in self.organisations],
            "countries": [{"code": c.code, "name": c.name} for c in self.countries],
            "claims": [{"quote": c.quote, "by": c.by or None, "claim": c.claim, "value": c.value} for c in self.claims],
        }
