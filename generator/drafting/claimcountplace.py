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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .claimmatch import Features


def count_place(a: Features, b: Features, places: frozenset[str]) -> str | None:
    """The registered place (one of ``places``, named by another statement) where candidate
    ``a`` puts its count when it names that place and claim ``b`` does not, and ``a`` names
    not every country ``b`` names (so not the claim's whole setting); else None."""
    if not a.numbers and not a.vague:
        return None
    extra = sorted((a.names - b.names) & places)
    if not extra or {e for e in b.entities if e.isupper()} <= a.entities:
        return None
    return extra[0]
