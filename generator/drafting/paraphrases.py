"""Phrases and words of news copy that restate one another, for `claimmatch`.

    >>> from generator.drafting.claimmatch import stem
    >>> rewrite("We call on the North to bring them home, in return for help")
    'We urge the North to withdraw them , pay help'
    >>> table = build(stem)
    >>> table[stem("discussing")], table[stem("talks")]
    ('talk', 'talk')

`synonyms` reads single words that a style guide would accept in place of
one another.  Reporters also restate a fact in a phrase ("bring the troops
home" for "withdraw the troops", "in return for" for "in exchange for",
"make up for" for "replace", "fair game" for "a legitimate target",
"called on X to" or "has a responsibility to" for "should", "the meat
grinder" for "cannon fodder", "put the number at" for "estimate") or in a
word of another group of the same field ("talks" for "discussions",
"welcomed" for "invited", "reckless" for "irresponsible").  `PHRASES`
rewrites each phrase into the word it stands for before the key words are
read, and `GROUPS` adds word groups
that `synonyms` does not hold (a word already in a `synonyms` group keeps
that group).  Both are general news vocabulary — diplomatic, military,
economic and political reporting — never the words of one story: every
entry is a paraphrase an editor would let stand in any article, and words
with a common other sense ("issue" the noun, "face", "state") are left
out.  Entries of `GROUPS` are stemmed as the matcher stems.
"""

from __future__ import annotations

import re
from typing import Callable

_OBJECT = r"((?:[\w'’-]+\s+){0,3}?)"
"""Up to three words between a verb and its particle ("bring his soldiers home")."""

PHRASES: tuple[tuple[str, str], ...] = (
    # withdrawing
    (rf"\b(?:bring|brings|brought|bringing)\s+{_OBJECT}(?:home|back)\b", r"withdraw \1"),
    (rf"\b(?:pull|pulls|pulled|pulling)\s+{_OBJECT}(?:out|back)\b", r"withdraw \1"),
    # an exchange: what is given in return is a payment ("paid with technology")
    (r"\bin\s+(?:return|exchange)(?:\s+for)?\b", "pay"),
    (rf"\b(?:pay|pays|paid|paying)\s+{_OBJECT}back\b", r"pay \1"),
    (r"\b(?:repay|repays|repaid|repaying)\b", "pay"),
    # equipping ("had been issued uniforms": given; "issue" the noun is no verb)
    (r"\bissued\b", "given"),
    # making good a loss
    (r"\b(?:make|makes|made|making)\s+up\s+(?:for\s+)?", "replace "),
    # how often
    (r"\b(?:a|per|every|each)\s+day\b|\bdaily\b|\bon\s+an\s+average\s+day\b", "per_day"),
    (r"\bwithin\s+days\b|\bin\s+the\s+coming\s+days\b|\bvery\s+soon\b|\bimminently\b", "within_days"),
    (r"\bmore\s+(?:often|regularly|frequently)\b", "more_often"),
    # a century
    (r"\b(?:a|one)\s+hundred\s+years\b|\bcentury\b", "century"),
    # legitimate targets
    (r"\bfair\s+(?:game|targets?)\b", "legitimate target"),
    # starting a war
    (r"\b(?:set|sets|setting)\s+off\b", "trigger"),
    # restraining
    (r"\breins?\s+in\b|\breined\s+in\b|\breining\s+in\b", "restrain"),
    # cannon fodder: soldiers used up ("meat grinder", "human waves"; "spend" lives or men, not money)
    (r"\bcannon\s+fodder\b|\bexpendable\b|\bdisposable\b|\bmeat\s+(?:grinder|waves?|assaults?)\b"
     r"|\bhuman\s+waves?\b", "cannon_fodder"),
    (r"\b(?:spend|spends|spent|spending)\s+(?:them|(?:the|its|their|his|her)\s+(?:own\s+)?(?:\w+\s+)?"
     r"(?:lives|soldiers|troops|men|recruits|conscripts|infantry))\b", "cannon_fodder"),
    # help with a weapons programme is technology passed on ("help with its satellites")
    (r"\b(?:help|assistance|aid|know-how|expertise)\s+(?:with|on|for)\s+(?:(?:its|their|his|the)\s+)?"
     r"(?:[\w-]+\s+){0,2}?(?:missiles?|satellites?|space|nuclear|submarines?|rockets?|weapons)\b", "technology"),
    # supplying arms is sending them ("sent Moscow three million shells"; drones and missiles
    # are sent at a target too)
    (r"\b(?:send|sends|sent|sending)\b(?=(?:\s+[\w'’,-]+){0,5}?\s+(?:shells|weapons|arms|munitions|ammunition"
     r"|equipment)\b)", "supply"),
    # an estimate of a count: "put the number at", "puts the toll at", "the figure" ("a figure" may be a person)
    (r"\b(?:put|puts|putting)\s+(?:the|its|their|his|her)\s+(?:\w+\s+)?(?:number|total|figure|count|tally|toll)\b",
     "count"),
    (r"\bthe\s+figures?\b", "count"),
    # an appeal to act: "called on Seoul to", "urged", "demanded that"
    (r"\b(?:call|calls|called|calling)\s+(?:on|upon)\b", "urge"),
    (r"\b(?:urged|urges|urging)\b|\b(?:demand|demands|demanded|demanding)(?=\s+(?:that|the|an?)\b)", "urge"),
    (r"\b(?:should|ought\s+to|(?:has|have|had)\s+(?:a|the)\s+(?:responsibility|duty|obligation)\s+to)\b", "urge"),
)
"""(pattern, replacement): phrases read as the one word they stand for."""

GROUPS: tuple[tuple[str, ...], ...] = (
    ("talk", "discuss", "discussion", "negotiation", "negotiate"),
    ("invite", "welcome", "host"),
    ("territory", "soil"),
    ("draw", "drag", "embroil"),
    ("trigger", "start", "spark", "provoke", "ignite"),
    ("restrain", "restraint", "constrain"),
    ("intend", "intention", "plan", "aim"),
    ("worker", "labourer", "laborer", "workforce"),
    ("heighten", "rise", "increase", "grow", "climb", "mount"),
    ("country", "nation"),
    # counting: "the total", "estimates", "tallied" (and "the figure", see PHRASES)
    ("count", "tally", "total", "estimate"),
    # words of condemnation for an act
    ("irresponsible", "reckless", "destabilising", "destabilizing"),
    # more words of `synonyms` groups: a body of troops and, in news of fighting, its
    # "men" (the troop key weighs little where a registry is about a war, so a
    # "men" of another story seldom decides); know-how kept secret
    ("troop", "contingent", "men"),
    ("technology", "secrets"),
    # wanting and asking for: "Kyiv wants X" is reported as "renewed its request for X"
    ("want", "wish", "request", "appeal", "plea"),
)
"""Word groups `synonyms` does not hold; a word of a `synonyms` group keeps that group."""

_COMPILED = [(re.compile(pattern, re.I), replacement) for pattern, replacement in PHRASES]


def rewrite(text: str) -> str:
    """``text`` with each phrase of `PHRASES` replaced by the word it stands for."""
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
    return text


def build(stem: Callable[[str], str], known: dict[str, str] | None = None) -> dict[str, str]:
    """Every stemmed word of `GROUPS` → the stem of its group's first word, or the
    key of the `synonyms` group (``known``) that a word of the group already has."""
    known = known or {}
    table: dict[str, str] = {}
    for group in GROUPS:
        stems = [stem(word) for word in group]
        key = next((known[s] for s in stems if s in known), stems[0])
        for s in stems:
            if s not in known:
                table.setdefault(s, key)
    return table
