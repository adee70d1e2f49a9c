"""The words a candidate claim and a registered claim are compared on, for `claimmatch`.

    >>> sorted(key_words("Roughly 8,000 soldiers have strongly pressed into the Kursk region"))
    ['kursk', 'pressur', 'troop']

A text's *key words* are its content words, stemmed (`stem`), each read as
the key of its group of `synonyms` (after the phrases of
`paraphrases.rewrite`): not function words, speech verbs, months, weekdays,
adverbs of manner or degree, words too common in news (`GENERIC_WORDS`),
that only qualify a fact (`QUALIFIERS`), that give the speaker's stance
(`STANCE`: "we believe"), pronouns (`PRONOUNS`: "something", "itself"), light
verbs (`LIGHT_VERBS`: "made … likely") or who heard it (`AUDIENCE`: "told
reporters"); a war placed on two continents adds the key of widening
(`spans_continents`).  Its *listed* words (`listed_words`) are the items of
its lists.  Its *place names* (`names_of`) are
the proper names it gives as places, and its *directions* (`ways`) which way
it says a figure moved.
"""

from __future__ import annotations

import functools
import re

from .lexicon import ATTRIBUTION_VERBS, FUNCTION_WORDS, IRREGULAR_FORMS, MONTHS, PLACE_KINDS, WEEKDAYS
from .paraphrases import rewrite
from .claimtimes import without_dating_days
from .synonyms import build as build_synonyms

GENERIC_WORDS = frozenset("""
    would could should will can cannot may might must also more most less than about around nearly almost some
    many much very just like including new said say says told according per cent percent year years least
    time times day days week weeks month months people way part number same
""".split())
"""Words too common in news to tell one claim from another."""

QUALIFIERS = frozenset("""
    think thinks maybe perhaps
    dangerous perilous serious grave significant major huge massive enormous
    advanced sophisticated sensitive cutting-edge great real genuine
    region regions area areas province oblast district
    ever always
""".split())
"""Words that qualify a fact without stating it, so that a restatement seldom repeats
them: an opinion's hedge ("I think", "maybe"), words that weigh a fact ("dangerous",
"major", "advanced"), adverbs of how often that only stress it ("more than it could ever
send", "as it always has"), and the kind of a place whose name tells it ("the Kursk region": the name
is a key word and one of `names_of`).  Matching only: claim ids (`claimids`) keep them."""

STANCE = frozenset("""
    believe believes believed believing assume assumes assumed assuming suppose supposes supposed
    reckon reckons reckoned assess assesses assessed assessing seem seems seemed appear appears appeared
""".split())
"""Verbs of belief and appearance, in all their forms: the speaker's stance toward a fact
("we believe there are …", "it seems …"), not the fact, which a restatement words with
another stance or none.  Matching only."""

PRONOUNS = frozenset("""
    something anything nothing everything someone anyone everyone nobody somebody anybody
    itself himself herself themselves themself ourselves myself yourself
""".split())
"""Indefinite and reflexive pronouns: grammar, not content ("ask for something in return",
"what he cannot build himself").  Not "own", which sets one party's people against
another's ("its own infantry", "its own men").  Matching only."""

LIGHT_VERBS = frozenset("""
    make makes made making put puts putting take takes took taken taking include includes included including
""".split())
"""Verbs that carry little meaning of their own in news copy: the light verbs of English
grammar ("made a war more likely", "put the figure at", "every step we take"; "make up for" and "put the
number at" are read as phrases first, `paraphrases`) and "include", which lists what
another word says.  Not "going": "the war is going badly" says how a thing goes.
Matching only."""

AUDIENCE = frozenset("""
    reporter reporters journalist journalists correspondent correspondents interviewer interviewers
    briefing briefings
""".split())
"""Who a statement was made to and where ("he told reporters", "told a briefing"): the
occasion of a fact, not the fact.  Matching only."""

NUMBER_WORDS = frozenset("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    tens hundred hundreds thousand thousands million millions billion billions dozen dozens
    bulk handful remainder
""".split())
"""Numbers written as words ("eleven thousand", "twelve hundred"): `claimnumbers` reads
them as the figures they are, which a restatement gives in digits as often; as key
words they would count twice, and against a claim that gives the same figure in digits.
With them the nouns of a share that say how many as "most" or "a few" do ("the bulk
of", "a handful of", "the remainder").  Matching only."""

_CONTRACTION = re.compile(r"(?:n['’]t|['’](?:ve|re|ll|d|m))$")
"""A contracted auxiliary or negation ("don't", "we've", "they're"): grammar, not content."""

KEPT_LY = frozenset("""
    ally rally supply apply reply family assembly anomaly monopoly italy likely badly poorly daily weekly
    monthly yearly early only
""".split())
"""Words ending in "-ly" that are no adverb of manner or degree, or that a synonym group reads."""

TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def stem(word: str) -> str:
    """A word's crude stem: "troops" → troop, "moved" and "moving" → mov, "forces" → forc,
    "held" → hold (`IRREGULAR_FORMS`), "used" and "using" → use."""
    word = re.sub(r"['’]s?$", "", word.lower())
    word = IRREGULAR_FORMS.get(word, word)
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        root = word[: -len(suffix)]
        if word.endswith(suffix) and suffix in ("ing", "ed") and len(root) == 2 and root[0] in "aeiou" \
                and root[1] not in "aeiou":
            word = root + "e"  # "used", "using" → use; "owed" → owe (not "feed" → fee)
            break
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)] + replacement
            break
    word = word[:-1] if word.endswith("e") and len(word) > 3 else word
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou" else word


_NAME = re.compile(r"(?<=[\w,;:’'\"“)] )[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*")
"""Capitalised words inside a sentence, not its first."""
_LOCATIVE = re.compile(r"(?i)\b(?:in|into|to|from|near|at|toward|towards|across|outside|inside|around)"
                       r"(?:\s+(?:the|['’]s))*\s*$")
"""A preposition of place before a name, perhaps with "the" or what is left of a country's
possessive ("in the Far East", "into Russia's Kursk": countries are taken out first)."""
_PLACE_NOUN = re.compile(r"\s+(?:border\s+)?(?:" + "|".join(PLACE_KINDS) + r")\b", re.I)
"""The kind of place after a name ("Kursk region", "Darfur border region")."""


def names_of(text: str) -> frozenset[str]:
    """The place names of ``text`` (countries and registered people already taken
    out), each as its stemmed words joined by a space: capitalised words inside a
    sentence after a preposition of place or before a kind of place ("Kursk
    region"), not months, weekdays or function words.  Other proper names ("the
    Mutual Defense Treaty") are left to the key words.

    >>> sorted(names_of("Troops have moved into the Kursk region and to the Far East since May, the Pentagon said"))
    ['far east', 'kursk']
    """
    found = set()
    for match in _NAME.finditer(text):
        if not (_LOCATIVE.search(text, max(0, match.start() - 40), match.start())
                or _PLACE_NOUN.match(text, match.end())):
            continue
        words = [re.sub(r"['’]s?$", "", word.lower()) for word in match.group().split()]
        kept = [stem(w) for w in words if w not in FUNCTION_WORDS and w not in MONTHS and w not in WEEKDAYS
                and len(w) > 2]
        if kept:
            found.add(" ".join(kept))
    return frozenset(found)


CONCEPTS = build_synonyms(stem)
"""Stem → the key of its group of `synonyms`."""
ACTORS = frozenset({CONCEPTS[stem("troops")]})
"""The key words whose country says who acts: a body of troops is its country's ("North
Korean soldiers", "Ukraine's forces").  Not places or things two countries share ("the
Ukrainian border" is Russia's border with Ukraine too)."""


def is_content_word(lower: str) -> bool:
    """Whether a word (lower case, possessive taken off) says something of its own: not
    a function word, speech verb (any form), generic news word, month, weekday,
    contraction or adverb of manner.  Claim ids (`claimids`) are made of these;
    `is_key` leaves out more."""
    return len(lower) > 2 and lower not in FUNCTION_WORDS and lower not in ATTRIBUTION_VERBS \
        and lower not in GENERIC_WORDS and lower not in MONTHS and lower not in WEEKDAYS \
        and not _CONTRACTION.search(lower) and not is_speech_participle(lower) and not is_adverb(lower)


MATCHING_ONLY = QUALIFIERS | STANCE | PRONOUNS | LIGHT_VERBS | AUDIENCE | NUMBER_WORDS
"""Content words that are no key words for matching (a restatement seldom repeats
them), though a claim id may keep them ("dangerous", "thousands")."""


def is_key(word: str) -> bool:
    """Whether a word of a text is one of its key words (see `claimmatch`)."""
    lower = re.sub(r"['’]s?$", "", word.lower())
    return is_content_word(lower) and lower not in MATCHING_ONLY


@functools.lru_cache(maxsize=4096)  # asked for every "-ing" word of every clause: the same few words
def is_speech_participle(lower: str) -> bool:
    """A speech verb's "-ing" form ("describing", "saying", "warning", "denying"): as
    much a speech verb as the forms `ATTRIBUTION_VERBS` lists ("described", "says")."""
    if not lower.endswith("ing") or len(lower) < 6:
        return False
    base = lower[:-3]
    forms = {base, base + "s", base + "ed", base + "d", base + "es"}
    if base.endswith("y"):
        forms |= {base[:-1] + "ied", base[:-1] + "ies"}
    return bool(forms & ATTRIBUTION_VERBS)


def is_adverb(lower: str) -> bool:
    """An adverb of manner or degree ("strongly", "remarkably", "almost certainly"):
    how a reporter or a speaker qualifies a fact, seldom repeated when it is restated."""
    return lower.endswith("ly") and len(lower) > 4 and lower not in KEPT_LY


DIRECTIONS: dict[str, str] = {
    **dict.fromkeys(("rise", "raise"), "up"),
    **dict.fromkeys(("fall", "lower", "reduce"), "down"),
    **dict.fromkeys(("unchanged", "steady"), "still"),
}
"""Words that say which way a figure moved: a rate that rose and a rate kept unchanged are
two facts, whatever else they share (the groups of `synonyms` add "increase", "cut", …)."""


_DIRECTION_OF = {CONCEPTS.get(stem(w), stem(w)): way for w, way in DIRECTIONS.items()}


def ways(words: frozenset[str]) -> set[str]:
    """Which ways the key ``words`` say a figure moved: "up", "down", "still"."""
    return {_DIRECTION_OF[w] for w in words if w in _DIRECTION_OF}


def key_words(text: str) -> frozenset[str]:
    """The key words of ``text`` (countries and registered people already taken out);
    `WIDER` in place of the continents' names when it places a war on two
    continents (`spans_continents`)."""
    text = without_dating_days(text)  # ", a day after …" says when, not how often (`claimtimes`)
    words = {CONCEPTS.get(s, s) for s in (stem(w) for w in TOKEN.findall(rewrite(text)) if is_key(w))}
    if spans_continents(text, words):  # the continents say the war is wider, and no more
        return frozenset(words - _CONTINENT_STEMS | {WIDER})
    return frozenset(words)


CONTINENTS: dict[str, str] = {
    **dict.fromkeys(("europe", "european"), "europe"),
    **dict.fromkeys(("asia", "asian", "indo-pacific"), "asia"),
    **dict.fromkeys(("africa", "african"), "africa"),
    **dict.fromkeys(("eurasia", "eurasian"), "eurasia"),
    **dict.fromkeys(("continent", "continents"), "continent"),
}
"""Words that name a continent or a world region, each under its region ("eurasia" and
"continent" count as two)."""
WIDER = CONCEPTS[stem("widen")]
_CONTINENT_STEMS = {stem(w) for w in CONTINENTS}


def spans_continents(text: str, words: set[str] | frozenset[str]) -> bool:
    """Whether ``text`` (with its key ``words``) places a war or its escalation on two
    continents: "a European war into a Eurasian one", "no longer a European war with
    Asian spectators", "escalation on one continent fuels escalation on another" — a
    wider war in any story's words.

    >>> spans_continents("A war in Europe now has a second front in Asia", key_words("war front"))
    True
    """
    regions = [CONTINENTS[w.lower()] for w in TOKEN.findall(text) if w.lower() in CONTINENTS]
    spread = len(set(regions)) + sum(r in ("eurasia", "continent") for r in set(regions))
    return spread >= 2 and bool(words & {CONCEPTS[stem("war")], WIDER})


LIST_ITEM_WORDS = 4
"""Most words of an item inside a list ("missile re-entry technology", "with reconnaissance satellites")."""
_ITEM_JOINTS = re.compile(r",\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+")
"""A comma (perhaps with "and" or "or") or "and"/"or" between the items of a list; each
alternative starts on one character, so that a long run of spaces costs no backtracking."""


def listed_words(text: str) -> frozenset[str]:
    """The key words of the items of a list of three or more ("reconnaissance
    satellites, missile re-entry technology and nuclear-powered submarines"): the
    pieces of ``text`` between commas and "and"/"or" where short pieces
    (`LIST_ITEM_WORDS`) stand between a comma and an "and" or "or" (commas between
    them) — those pieces, the last word of the piece before and the first two of
    the piece after, up to a function word.  A restatement lists the examples a
    claim sums up in one word ("technology"), so `claimmatch` weighs a list as one
    word.  Read as written: a phrase `paraphrases` rewrites ("in exchange for"
    into "pay") is no item.

    >>> sorted(listed_words("help from Moscow with satellites, submarines and missiles in exchange for troops"))
    ['missil', 'satellit', 'submarin']
    """
    pieces, commas, conjunctions = [], [], []
    last = 0
    for joint in _ITEM_JOINTS.finditer(text):
        pieces.append(text[last:joint.start()].split())
        commas.append("," in joint.group())
        conjunctions.append(joint.group().strip(" ,") != "")
        last = joint.end()
    pieces.append(text[last:].split())
    short = [0 < len(piece) <= LIST_ITEM_WORDS for piece in pieces]
    closed = [False] * len(pieces)  # closed[i]: the joint after piece i ends a list, or a short piece that does follows
    for i in range(len(pieces) - 2, -1, -1):
        closed[i] = conjunctions[i] or (commas[i] and short[i + 1] and i + 1 < len(pieces) - 1 and closed[i + 1])
    found: set[str] = set()
    for i in range(1, len(pieces) - 1):
        if commas[i - 1] and short[i] and closed[i]:
            found |= _keys(pieces[i]) | _keys(_edge(pieces[i - 1][::-1], 1)) | _keys(_edge(pieces[i + 1], 2))
    return frozenset(found)


def _edge(words: list[str], most: int) -> list[str]:
    """The words of a list's outer piece that belong to its item: up to ``most``, and up
    to the first function word."""
    kept = []
    for word in words[:most]:
        if word.lower() in FUNCTION_WORDS:
            break
        kept.append(word)
    return kept


def _keys(words: list[str]) -> set[str]:
    return {CONCEPTS.get(s, s) for s in (stem(w) for w in TOKEN.findall(" ".join(words)) if is_key(w))}


def count_key_words(text: str) -> int:
    """How many words of ``text`` are key words, as written."""
    return sum(1 for w in TOKEN.findall(text) if is_key(w))
