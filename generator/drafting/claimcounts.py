"""A count of the same troops, for `claimmatch`: one fact, whatever verb puts them where.

    >>> from generator.drafting.claimmatch import Extractor
    >>> features = Extractor(None).features
    >>> claim = features("North Korea has sent some 10,000 to 12,000 troops to Russia")
    >>> weight = counted_weight(features("about 11,000 North Korean soldiers are in Russia"), claim,
    ...                         {"troop"}, lambda word: 0.1)
    >>> weight("troop"), weight("send")
    (0.7, 0.1)

A registry about one war has troops in most of its statements, so `ClaimMatcher.weight`
gives "troops" next to nothing, and a restatement of a count ("the number of North
Korean troops in Russia had risen to about 11,000", "Austin put the overall North
Korean contingent in Russia at about 10,000") shares little else with "North Korea has
sent some 10,000 to 12,000 troops to Russia".  The count ties the word to one body of
troops: the same count of the same troops of the same parties is the same fact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .claimnumbers import same_count, within
from .claimwords import ACTORS

if TYPE_CHECKING:
    from .claimmatch import Features


COUNTED = 0.7
"""Least weight of an actor word two texts give the same count (`counted_weight`).  On the
labelled pairs 0.5 filed 8 more real restatements under their claim, 0.7 and 1.0 each 11,
none wrongly, and left the threshold's and the lead's bounds where they were; 0.7 is the
least that files them all."""


FIGHTING = "combat"
"""The key word of the fighting (`synonyms`: "fighting", "battle", "front-line"): a count the
claim places at or towards the fighting ("3,000 troops had moved up towards the fighting")
is not a count the candidate places only in a country ("about 3,000 soldiers were in eastern
Russia"): those sent, not those at the front."""


def counted_weight(a: Features, b: Features, shared: set[str] | frozenset[str],
                   weight: Callable[[str], float]) -> Callable[[str], float]:
    """``weight``, but a shared actor word (`ACTORS`: "troops") weighing `COUNTED` at
    least when the candidate ``a`` gives claim ``b``'s count and no other
    (`claimnumbers.same_count`: "about 11,000 soldiers" and "10,000 to 12,000 troops"),
    names the claim's countries and no place it does not: a registry about one war has troops
    in most of its statements, so the word alone tells its claims apart least, but a body
    of troops of one count is one fact, whatever verb puts it where ("the number of
    North Korean troops in Russia had risen to about 11,000" for "North Korea has sent
    some 10,000 to 12,000 troops to Russia").  Not when the claim places its troops at the
    fighting and the candidate does not (`FIGHTING`)."""
    counted = shared & ACTORS
    if not counted or not _only_its_count(a, b) or not _same_setting(a, b):
        return weight
    return lambda word: max(COUNTED, weight(word)) if word in counted else weight(word)


def _only_its_count(a: Features, b: Features) -> bool:
    """Whether candidate ``a`` gives a count and every count it gives, in figures or in
    words, is ``b``'s (equal, or inside its range): "about 10,000 … in Russia, and some
    8,000 of them in Kursk" or "upwards of 12,000 …, with several thousand already
    close to the border" count two bodies of troops, of which the claim's may be either."""
    return bool(a.numbers) and all(same_count(frozenset({number}), b.numbers) for number in a.numbers) \
        and all(within(frozenset({span}), b.numbers) for span in a.vague)


def _same_setting(a: Features, b: Features) -> bool:
    """Whether candidate ``a`` names every country claim ``b`` names (whose troops, and
    where: "Twelve thousand men do not fill the holes that Russia has dug" counts no
    North Koreans) and no place ``b`` does not name (a count "in the Kursk region" is
    of the troops there, not of all those sent to Russia)."""
    return bool(b.entities) and {e for e in b.entities if e.isupper()} <= a.entities and a.names <= b.names \
        and (FIGHTING not in b.words or FIGHTING in a.words)
