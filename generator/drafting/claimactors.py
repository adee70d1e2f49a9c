"""Another actor doing what the claim says, for `claimmatch`.

    >>> actor_swap({"troop"}, frozenset({"KP", "RU"}), frozenset({"UA", "RU"}))
    (-0.1, 'another actor')
    >>> actor_swap({"troop"}, frozenset({"RU"}), frozenset({"RU"}))
    (0.0, '')

When the troops of one text are another country's than the troops of the other
(`claimmatch.other_owners`: "North Korean soldiers" and "Ukrainian forces") and each
text also names a country the other does not (`claimmatch.ENTITY_SWAP`), the two say
what different armies did: "about 11,000 North Korean soldiers had arrived in Russia's
Kursk region" is no restatement of "Ukrainian forces entered Russia's Kursk region",
however alike the verbs and the place.  Either sign alone is common in a restatement
("the deployment showed how stretched the Russian army had become" names Russia's army
and a sign of weakness of Russia's turn to North Korean troops), so only both together
cost `ACTOR_SWAP`.
"""

from __future__ import annotations

from collections.abc import Set

from .claimwords import ACTORS

ACTOR_SWAP = 0.1
"""Less when the two texts' troops are different countries' and each names a country the
other does not: another actor, beside the entities' `ENTITY_SWAP`."""


def actor_swap(others: Set[str], mine: frozenset[str], theirs: frozenset[str]) -> tuple[float, str]:
    """`ACTOR_SWAP` less when an actor word is among ``others`` (tied to another country in
    each text) and each text's entities (``mine``, ``theirs``) hold a country the other's
    lack (country codes are upper case; a registered person's id is not)."""
    if not others & ACTORS:
        return 0.0, ""
    own = {e for e in mine - theirs if e.isupper()}
    other = {e for e in theirs - mine if e.isupper()}
    return (-ACTOR_SWAP, "another actor") if own and other else (0.0, "")
