"""Words of news copy that say the same thing: one key per group, for `claimmatch`.

    >>> from generator.drafting.claimmatch import stem
    >>> table = build(stem)
    >>> table[stem("soldiers")], table[stem("troops")], table[stem("casualties")], table[stem("losses")]
    ('troop', 'troop', 'los', 'los')

Reporters restate a fact in their own words: "troops" becomes "soldiers"
or "forces", "combat" becomes "battle", "technology" becomes "know-how",
"talks" becomes "discussions", "reckless" becomes "irresponsible".  A claim
filed from one article must be found from another, so each group below is
read as one key word.  The groups are general news vocabulary (military,
economic, diplomatic and electoral reporting), each a set of words a style
guide would accept in place of one another; a word belongs to one group
only (the first that lists it), and words with a common other sense
("move", "issue", "raise", "hold", "fair") are left out — but for "men" among
the troops: in news of fighting a body of troops is its "men", and the troop
key weighs little where a registry is about a war, so a "men" of another
story seldom decides.  This is the one table of word groups; the phrases
that stand for a word (`paraphrases.PHRASES`: "bring them home") are
rewritten before these are read.  Entries are stemmed as the matcher stems.
"""

from __future__ import annotations

from typing import Callable

GROUPS: tuple[tuple[str, ...], ...] = (
    # people under arms
    ("troop", "soldier", "force", "unit", "personnel", "servicemen", "servicemembers", "manpower", "fighter",
     "battalion", "brigade", "infantry", "army", "armies", "contingent", "men"),
    ("weapon", "arm", "armament", "munition", "ammunition", "weaponry"),
    ("combat", "battle", "fighting", "fight", "battlefield", "clash", "frontline", "front-line"),
    ("loss", "lose", "lost", "losing", "casualty", "killed", "wounded", "dead", "death", "die", "died", "toll"),
    ("send", "sent", "deploy", "deployment", "dispatch", "transfer"),
    ("arrive", "arrival", "reach", "enter", "entered"),
    ("train", "training", "trained", "drill", "instruct", "instruction", "teach", "taught", "teaching"),
    ("technology", "know-how", "expertise", "technical", "technological", "secrets"),
    ("pay", "paid", "payment", "reward", "compensate", "compensation", "buy", "bought", "purchase"),
    ("supply", "provide", "give", "given", "gave", "equip", "deliver", "delivery", "ship", "shipped",
     "export"),
    ("weakness", "weak", "desperate", "desperation", "weaken"),
    ("widen", "wider", "broaden", "broadening", "broader", "expand", "expansion", "escalate", "escalation", "extend",
     "spread",
     "spill"),
    ("war", "conflict", "hostilities", "confrontation"),
    ("border", "frontier"),
    ("cooperation", "co-operation", "ties", "relations", "partnership", "collaboration", "cooperate"),
    ("legitimate", "lawful", "justified"),
    ("target", "targeted"),
    ("allow", "let", "permit", "permission", "authorise", "authorize", "lift"),
    ("ban", "restriction", "prohibition", "limit", "curb"),
    ("condemn", "denounce", "criticise", "criticize", "censure"),
    ("agreement", "deal", "accord", "pact", "treaty"),
    ("talk", "negotiation", "negotiate", "discuss", "discussion"),
    ("ceasefire", "truce", "armistice"),
    ("tariff", "duty", "levy", "tax"),
    ("rise", "increase", "grow", "growth", "climb", "hike", "jump", "heighten", "mount"),
    ("fall", "drop", "decline", "decrease", "cut", "halve", "plunge"),
    ("election", "vote", "poll", "ballot", "run-off", "runoff"),
    ("missile", "rocket"),
    ("occupy", "occupied", "occupation", "seize", "capture"),
    ("incursion", "offensive", "invasion", "assault"),
    ("help", "assistance", "aid", "support"),
    ("benefit", "advantage", "gain"),
    # how likely a thing is: "a high likelihood that Russia will use them" is an expectation
    ("expect", "expected", "likely", "poised", "likelihood", "probability", "probable"),
    ("warn", "threaten", "threat"),
    ("withdraw", "withdrawal", "pullout", "pull", "retreat"),
    ("pressure", "press", "push", "lean"),
    ("influence", "leverage", "sway", "clout"),
    ("replace", "replenish", "offset"),
    ("badly", "worse", "worst", "poorly"),
    ("equipment", "gear", "kit", "materiel"),
    ("get", "receive", "obtain", "acquire"),
    # what a fact betokens: "a symptom of", "a signal that" ("signal" the verb is a speech verb, `lexicon`)
    ("show", "sign", "proof", "prove", "evidence", "demonstrate", "indicate", "indication", "symptom", "signal"),
    ("invite", "welcome", "host"),
    ("territory", "soil"),
    # holding ground: "still control a strip of the region" ("hold" the verb; "arms control" is a noun)
    ("hold", "control", "controlled", "controlling"),
    ("draw", "drag", "embroil"),
    ("trigger", "start", "spark", "provoke", "ignite"),
    ("restrain", "restraint", "constrain"),
    ("intend", "intention", "plan", "aim"),
    ("worker", "labourer", "laborer", "workforce"),
    ("country", "nation"),
    # counting: "the total", "estimates", "tallied" (and "the figure", `paraphrases.PHRASES`)
    ("count", "tally", "total", "estimate"),
    # words of condemnation for an act
    ("irresponsible", "reckless", "destabilising", "destabilizing"),
    # making stronger ("agreed to reinforce extended deterrence"; "boost" is as often a rise)
    ("strengthen", "reinforce", "bolster"),
    # wanting and asking for: "Kyiv wants X" is reported as "renewed its request for X"
    ("want", "wish", "request", "appeal", "plea"),
)

ACTIONS: tuple[str, ...] = ("send", "arrive", "pay", "supply", "get", "help", "allow", "expect", "want",
                            "rise", "fall", "replace", "invite")
"""Groups (by first word) of verbs of giving, getting, moving and changing: they say what
happens between parties, never which parties or what passes, so two texts that share
only these and no party ("it had received 612 claims … and had paid 187 of them" and
North Korea getting technology in exchange for its troops) state different facts."""


def build(stem: Callable[[str], str]) -> dict[str, str]:
    """Every stemmed word of `GROUPS` → the stem of its group's first word."""
    table: dict[str, str] = {}
    for group in GROUPS:
        key = stem(group[0])
        for word in group:
            table.setdefault(stem(word), key)
    return table
