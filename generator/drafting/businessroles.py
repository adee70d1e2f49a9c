"""Nouns for a person by the business they run or the trade their firm is in.

    >>> sorted(BUSINESS_NOUNS & {"manager", "haulier", "minister"}), bool(plural_pattern("exporter").search("exporters"))
    (['haulier', 'manager'], True)

A business story names a person with their post or their firm and then calls them
by what they do: "Luis Rojas, general manager of a haulage firm … the manager
added", "Grace Nakato, chief executive of …, one of the country's larger exporters
… The exporter added", "Hauliers dispute those figures. Remberto Justiniano,
president of the chamber of heavy transport, said … the haulier said".  These
nouns are of the same kind as `occupations.OCCUPATION_NOUNS` (trades), which
`variation.trade_holder` reads: one refers back only to a person the story wrote
it next to, never to anyone by itself.  The story may write the noun in the
plural for the group the person is one of ("one of the country's larger
exporters"), which `plural_pattern` matches too.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


BUSINESS_NOUNS = _words("""
    manager haulier hauler exporter importer operator owner planter tapper wholesaler retailer
    distributor supplier shipper transporter broker investor developer processor miller
    stockbroker proprietor franchisee
""")
"""Posts and trades of business people: "the manager", "the haulier", "the exporter"."""


def plural_pattern(noun: str) -> re.Pattern[str]:
    """A searched pattern for ``noun`` in the singular or the plural ("exporter",
    "exporters"; "business" → "businesses"); bounded by word edges, so linear."""
    plural = noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")
    return re.compile(rf"\b(?:{re.escape(noun)}|{re.escape(plural)})\b")


TITLE_ACRONYMS: dict[str, tuple[frozenset[str], ...]] = {
    "ceo": (frozenset({"chief", "executive"}), frozenset({"managing", "director"})),
    "cfo": (frozenset({"chief", "financial"}), frozenset({"finance", "director"})),
    "coo": (frozenset({"chief", "operating"}),),
    "cto": (frozenset({"chief", "technology"}), frozenset({"chief", "technical"})),
    "md": (frozenset({"managing", "director"}),),
}
"""A company's top posts and the initials a story calls them by after writing them in
full: "the Commission's Chief Executive Officer, Sibusiso Dlamini, said … The CEO
added"; an introduction with every word of one of a key's titles also has the key."""
