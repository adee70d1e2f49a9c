"""A count placed in a region apart, for `claimmatch`: the troops there, not all of them.

A registry that states both how many troops a country sent abroad ("Chad has sent about
2,000 troops to Libya") and that some are in one region of it ("Chadian troops have moved
into Libya's Fezzan region") tells the two facts apart by the place.  A candidate that
gives the first claim's count but places it in the region ("about 2,000 Chadians were now
deployed in the Fezzan region"), naming neither that claim's country nor any place it
names, counts the troops in the region: it states the region's fact, and the figure it
shares with the whole contingent's claim is a count of another body of troops, as a
clashing figure would be.  A candidate that names the claim's country beside the region
("2,000 Chadian soldiers in Libya, some of them in Fezzan") keeps the count's setting.

    >>> from generator.drafting.claimmatch import Extractor
    >>> features = Extractor(None).features
    >>> claim = features("Chad has sent about 2,000 troops to Libya")
    >>> count_place(features("about 2,000 Chadians were now deployed in the Fezzan region"), claim,
    ...             frozenset({"fezzan"}))
    'fezzan'
    >>> count_place(features("about 2,000 Chadian soldiers are in Libya, some in the Fezzan region"), claim,
    ...             frozenset({"fezzan"})) is None
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .claimwords import names_of

if TYPE_CHECKING:
    from .claimmatch import Features


def count_place(a: Features, b: Features, places: frozenset[str]) -> str | None:
    """The registered place (one of ``places``, named by another statement) where candidate
    ``a`` puts its count when it names that place and claim ``b`` does not, and ``a`` names
    not every country ``b`` names (so not the claim's whole setting), or the place is where
    its subject, a part of the count, is (`subject_places`: the country then only says where
    the whole was sent); else None."""
    if not a.numbers and not a.vague:
        return None
    extra = sorted((a.names - b.names) & places)
    if not extra or ({e for e in b.entities if e.isupper()} <= a.entities and not a.subject_places & set(extra)):
        return None
    return extra[0]


_PART = re.compile(r"\b(?:most|some|many|half|much|part|the\s+bulk)\s+of\s+them\b[^.;:!?]{0,30}?\b(?:in|inside|into)\s+"
                   r"(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:border\s+)?region)?)")
""""most of them in the Kursk region", "some of them are now in Fezzan": a part of the count
placed in a region, a bounded gap between fixed words, so the search stays linear."""


_SUBJECT_PART = re.compile(r"^[^.;:!?]{0,40}?\b(?:most|some|many|half|much|part|the\s+bulk)\s+of\s+the\s+"
                           r"(?=[^.;:!?]{0,30}?\d)[^.;:!?]{0,80}?\b(?:are|were|is|was|have\s+been|had\s+been)\s+"
                           r"(?:(?:now|already|still|mostly|largely)\s+)?(?:(?:deployed|stationed|based|fighting)\s+)?"
                           r"(?:in|inside)\s+(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                           r"(?:\s+(?:border\s+)?region)?)")
""""most of the roughly 2,000 Chadian soldiers sent to Libya were now in the Fezzan region": a
part of a count, the subject of the sentence's first clause, placed in a region by its verb;
bounded gaps between fixed words, so the search stays linear."""


def subject_places(text: str) -> frozenset[str]:
    """The places where ``text``'s subject, a part of the count it gives, is said to be: the
    sentence states where that part is, and gives the whole, and where it was sent, only as
    the subject's description ("most of the 2,000 soldiers sent to Libya were in Fezzan" is a
    statement about Fezzan, not about the 2,000 in Libya).

    >>> sorted(subject_places("most of the roughly 2,000 Chadian soldiers sent to Libya were now in the Fezzan region"))
    ['fezzan']
    >>> sorted(subject_places("about 2,000 Chadian soldiers are in Libya, most of them in the Fezzan region"))
    []
    """
    match = _SUBJECT_PART.search(text)
    return names_of("in " + match.group("place")) if match else frozenset()


def part_places(text: str) -> frozenset[str]:
    """The places (as `claimwords.names_of` writes them) where ``text`` puts part of the
    people it counts ("about 2,000 Chadian soldiers are in Libya, most of them in Fezzan";
    and `subject_places`).

    >>> sorted(part_places("about 2,000 Chadian soldiers are in Libya, most of them in the Fezzan region"))
    ['fezzan']
    >>> sorted(part_places("about 2,000 Chadian soldiers are in the Fezzan region"))
    []
    """
    parts = (name for match in _PART.finditer(text) for name in names_of("in " + match.group("place")))
    return frozenset(parts) | subject_places(text)


def whole_count(a: Features, b: Features) -> str | None:
    """The place where candidate ``a`` puts only part of its count when claim ``b`` names
    that place and puts no part of its own count there: the claim counts the region's
    troops, the candidate the whole contingent ("about 10,000 troops are in Libya, most of
    them in Fezzan" is no statement that 8,000 are in Fezzan, however near the figures);
    else None."""
    placed = sorted((a.part_places & b.names) - b.part_places)
    return placed[0] if placed and (a.numbers or a.vague) else None
