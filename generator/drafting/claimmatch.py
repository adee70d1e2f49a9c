"""File candidate claims under registered claims they state.

    matcher = ClaimMatcher(corpus)
    matcher.rank("About 8,000 North Korean troops are in Kursk")   # best three ClaimMatch
    claims = matcher.file_all(claims)                               # claim ids filled in

A registered claim is known by its ``statement:`` and by the quotes briefs
already cite for it.  A candidate is compared with each of those texts on

* **key words**: content words, lightly stemmed ("troops" = "troop",
  "moved" = "move", "held" = "hold") and read through `synonyms`
  ("soldiers" = "troops", "battle" = "combat") and `paraphrases` (phrases
  first: "bring them home" = "withdraw them", "in return for" = "in exchange
  for", "a day" = "per day"; then more word groups: "talks" = "discussions"),
  without function words,
  speech verbs, numbers and the names of countries and people — the Dice
  share 2·w(A∩B) / (c·w(A) + (2 - c)·w(B)) of candidate A and claim B
  (c: `CANDIDATE_SHARE`), each word weighted by how few registered
  claims have it (`ClaimMatcher.weight`: a registry about one story shares
  its topic words, which tell its claims apart least);
* **numbers** ("8,000", "1.5 billion", "50 km"; dates, times and years left
  out): `NUMBER` more when the two agree on one (in the same measure, equal or
  within `NEAR` of each other: 7,000 and 8,000 troops), `NUMBER_CLASH` less
  when both have numbers and none agrees;
* **entities** (countries by any name, demonym or capital, and registered
  people, who stand for their country too: "Putin is getting desperate" names
  Russia): `ENTITY` more when they share one, `ENTITY_CLASH` less when both
  name some and share none.

The score is the best over the claim's texts and over the candidate's
`clauses`: the whole candidate, and its opening words up to each comma, colon
or dash, so that a sentence stating a fact and then another ("…, the first
foreign occupation of Russian territory since the second world war") is
compared by its first fact as well.  A claim is filed when its
score reaches `THRESHOLD`; the draft's comment shows the score, what is
shared and the next two claims.  `THRESHOLD` and the weights come from the
labelled pairs in ``tests/fixtures/draft/claim-match.yaml`` (invented
statements, none from the seeds, and the tuned evaluation articles' key
claims against the frozen registry): every matching pair scores above it and
every other pair below, with `MARGIN` to spare on each side, which a test
checks; and a candidate is filed only when its best claim leads the next by
`LEAD`, set likewise from the real restatements ranked under another claim —
but for the restatements marked ``missed``, which share too few words with
their claim for this measure (65 of the 154 real ones; of the first four
batches' 111, 42, and 61 before `paraphrases`, `clauses`, `CANDIDATE_SHARE`
and people's countries: "Russian
commanders have every reason to spend them the way they have spent their own
convicts" for "cannon fodder", 0.343), and for the
pairs marked ``confused``, which it files under another claim whatever the
threshold and the lead (six of the 190 real pairs; the labelled precision is
85 of 91).  Candidates are only compared with claims sharing a key word or an
entity with them, found through an index.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Callable

from ..analysis.numerals import format_number
from ..analysis.phrases import find_quantities
from ..analysis.units import MEASURES, unit_key
from ..model import Corpus
from .lexicon import ATTRIBUTION_VERBS, FUNCTION_WORDS, IRREGULAR_FORMS, MONTHS, WEEKDAYS
from .model import ClaimGuess, ClaimMatch
from .places import METONYMS, country_forms
from .paraphrases import build as build_paraphrases, rewrite
from .synonyms import build as build_synonyms

THRESHOLD = 0.5385
"""Score at or above which a candidate is filed under a registered claim: midway
between the labelled pairs' groups (matches from 0.548, "North Korean soldiers
arriving in Kursk had been issued Russian uniforms and Russian-made rifles"; others
at most 0.529, the invented near miss "the Bank of Japan kept its interest rate
unchanged").  Before `paraphrases`, `clauses` and `CANDIDATE_SHARE` it was 0.549,
between 0.553 and 0.545."""
MARGIN = 0.004
"""Least distance the labelled pairs keep from the threshold, on either side (0.0095
now): the tuned articles' own hard negatives (the same troops and region, another
event) leave little room."""
LEAD = 0.0435
"""Least lead of the best claim over the next for a candidate to be filed: a
statement nearly as close to two claims is one the author must file.  Midway
between the labelled restatements filed under the wrong claim (leads up to 0.026)
and those filed under their own (from 0.061), with `LEAD_MARGIN` on each side
(0.066 before, between 0.058 and 0.074)."""
LEAD_MARGIN = 0.007
NUMBER = 0.15
NUMBER_CLASH = 0.3
"""Numbers that disagree say another fact more surely than shared numbers say the same one."""
ENTITY = 0.1
ENTITY_CLASH = 0.2
NEAR = 1.5
"""Largest ratio of two numbers that still agree: reports of one count differ by up to
half again.  Every matching labelled pair's numbers agree (the widest: 11,000 and 8,000
troops in Kursk, 1.375); the closest differing numbers of a non-matching pair in one
measure do not (80 and 50 million tonnes of wheat, 1.6)."""
RANKED = 3
CANDIDATE_SHARE = 1.2
"""How much a candidate's own key words count in the Dice share against the claim's
(2 - this): 1 is plain Dice.  Above 1, the words a candidate has and the claim has
not cost more than the claim's own asides ("the figure depends on who is counting"),
which a restatement seldom repeats.  On the labelled pairs, with the threshold
placed anew each time, 0.6, 0.8, 1.0, 1.2, 1.4, 1.5 and 1.6 filed 53, 56, 61, 63,
63, 61 and 56 of the first four batches' 111 real restatements (2 errors or fewer
each) when it was set; 1.2 keeps the wider margin (0.010 against 0.0035)."""

GENERIC_WORDS = frozenset("""
    would could should will can may might must also more most less than about around nearly almost some
    many much very just like including new said say says told according per cent percent year years least
    time times day days week weeks month months people way part number
""".split())
"""Words too common in news to tell one claim from another."""

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


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


@dataclass(frozen=True)
class Features:
    """What a text is compared on."""

    words: frozenset[str]
    numbers: frozenset[tuple[float, str | None]]
    """Each number with its measure ("km", "%"), None for a count (see `numbers_of`)."""
    entities: frozenset[str]
    """ISO country codes and registered person ids."""


class Extractor:
    """Reads `Features` from text, with the country table and the registry's people."""

    def __init__(self, corpus: Corpus | None):
        self.forms: dict[str, str] = {**country_forms(), **METONYMS}
        self.country_of: dict[str, str] = {}
        """Registered person id → their country's code: "Putin is getting desperate" names Russia too."""
        if corpus is not None:
            for person in corpus.people.values():
                for name in person.names:
                    if len(name) >= 3:
                        self.forms.setdefault(name, person.id)
                if person.country:
                    self.country_of[person.id] = person.country.upper()

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        ordered = sorted(self.forms, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")

    def features(self, text: str) -> Features:
        entities = {self.forms[m.group()] for m in self.pattern.finditer(text)}
        entities |= {self.country_of[e] for e in entities if e in self.country_of}
        rest = self.pattern.sub(" ", text)
        rest = rewrite(rest)
        words = {_CONCEPTS.get(s, s) for s in (stem(w) for w in _TOKEN.findall(rest) if _is_key(w))}
        return Features(frozenset(words), numbers_of(text), frozenset(entities))


def numbers_of(text: str) -> frozenset[tuple[float, str | None]]:
    """The numbers of ``text`` with their measure (`MEASURES`: "km", "%", "year"),
    None for a count; a range gives both ends.  Years, dates and times are left
    out (they say when, not what), and so is the first day of a range of days
    ("between 23 and 28 October"), which reads as a number.

    >>> sorted(numbers_of("about 50km from the border, between 23 and 28 October"))
    [(50.0, 'km')]
    """
    days = {int(m.group(1)) for m in _DAY_RANGE.finditer(text)}
    found = set()
    for quantity in find_quantities(text):
        amount, unit = quantity.quantity.amount, quantity.quantity.unit
        if amount is not None and unit is None and amount in days:
            continue
        measure = unit_key(unit)
        measure = measure if measure in MEASURES.values() else None
        found.update((float(v), measure) for v in (amount, quantity.quantity.min, quantity.quantity.max) if v is not None)
    return frozenset(found)


_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:" +
                        "|".join(sorted((m.rstrip(".") for m in MONTHS), key=len, reverse=True)) + r")\b", re.I)


_CONCEPTS = build_synonyms(stem)
_CONCEPTS.update(build_paraphrases(stem, _CONCEPTS))


def _is_key(word: str) -> bool:
    lower = re.sub(r"['’]s?$", "", word.lower())
    return len(lower) > 2 and lower not in FUNCTION_WORDS and lower not in ATTRIBUTION_VERBS \
        and lower not in GENERIC_WORDS and lower not in MONTHS and lower not in WEEKDAYS


def score(a: Features, b: Features, weight: Callable[[str], float] = lambda word: 1.0) -> tuple[float, str]:
    """How alike two texts are (see the module docstring), and what they share;
    ``weight`` says how much each key word counts (`ClaimMatcher.weight`)."""
    shared = a.words & b.words
    total = CANDIDATE_SHARE * sum(map(weight, a.words)) + (2 - CANDIDATE_SHARE) * sum(map(weight, b.words))
    value = 2 * sum(map(weight, shared)) / total if total else 0.0
    reasons = []
    numbers = _agreeing(a.numbers, b.numbers)
    if numbers:
        value += NUMBER
        reasons.append("numbers " + ", ".join(format_number(n) for n in sorted(numbers)))
    elif a.numbers and b.numbers:
        value -= NUMBER_CLASH
        reasons.append("no number in common")
    entities = a.entities & b.entities
    if entities:
        value += ENTITY
        reasons.append("entities " + ", ".join(sorted(entities)))
    elif a.entities and b.entities:
        value -= ENTITY_CLASH
        reasons.append("no entity in common")
    if shared:
        reasons.append("words " + ", ".join(sorted(shared)))
    return round(value, 3), "; ".join(reasons) or "nothing in common"


def _agreeing(mine: frozenset[tuple[float, str | None]], theirs: frozenset[tuple[float, str | None]]) -> set[float]:
    """The numbers of ``mine`` within `NEAR` of one of ``theirs`` in the same measure:
    7,000 and 8,000 troops agree, 40 people and 50 km do not."""
    return {m for m, unit in mine for t, other in theirs
            if unit == other and (m == t or (m > 0 and t > 0 and max(m, t) / min(m, t) <= NEAR))}


MIN_CLAUSE_WORDS = 3
"""Fewest key words a clause compared on its own keeps ("We assess that they have
suffered casualties" has three)."""
_CUT = re.compile(r"\s*(?:[,;:—–(]|\s-\s|[“\"](?=\W*$))|\s+(?:and|but)\s+(?=(?:could|would|will|can|may|might|must|should|had|has|have)\b)")
_OPENING = re.compile(r"^\W*(?i:in|on|at|by|after|before|during|since|early|late|earlier|later|last|meanwhile|"
                      r"separately|overnight|today|yesterday)\b(?:\s+[\w'’.-]+){0,3},\s+")
"""An opening adverbial, which says when or where ("Early Thursday, ", "On Monday, ", "In Seoul, ")."""
_ASIDE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,]*,\s+")
_SUBORDINATE = re.compile(r"(?i)\W*(?:if|when|unless|although|though|because|as|since|while|once|whether)\b")


def clauses(text: str) -> list[str]:
    """``text``, then its opening words up to each comma, colon, semicolon, dash or
    opening bracket, and before "and" or "but" followed by a modal or a perfect
    ("… immediately and had conveyed …"), as written, without an aside (", who
    …,") and without an opening adverbial (`_OPENING`): a candidate that states
    a fact and goes on to another (", the first foreign occupation …", ":
    Colonel General …", ", where Ukrainian troops …") is compared by its first
    fact too.  A part keeps `MIN_CLAUSE_WORDS` key words at least and is no
    subordinate clause ("If they go into Ukraine").  No cut before "and are":
    "have left their camps and are moving toward the front" is one event.

    >>> for part in clauses("the North Koreans, who include special forces troops, are held 50km from the border, officials say")[1:]:
    ...     print(part)
    the North Koreans, who include special forces troops
    the North Koreans, who include special forces troops, are held 50km from the border
    the North Koreans are held 50km from the border
    the North Koreans are held 50km from the border, officials say
    """
    found = [text]
    opening = _OPENING.match(text)
    bases = (text, _ASIDE.sub(" ", text)) + ((text[opening.end():],) if opening else ())
    for base in bases:
        ends = [m.start() for m in _CUT.finditer(base)] + [len(base)]
        for end in ends:
            part = base[:end].strip()
            if part and part not in found and not _SUBORDINATE.match(part) \
                    and sum(1 for w in _TOKEN.findall(part) if _is_key(w)) >= MIN_CLAUSE_WORDS:
                found.append(part)
    return found


class ClaimMatcher:
    """The registered claims, by their statements and cited quotes, indexed by key word and entity."""

    def __init__(self, corpus: Corpus | None, extractor: Extractor | None = None):
        self.extractor = extractor or Extractor(corpus)
        self.texts: list[tuple[str, Features]] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        self.words_of: dict[str, set[str]] = defaultdict(set)
        """Claim id → the key words of all its texts."""
        self.claims_with: Counter[str] = Counter()
        """Key word → how many claims have it."""
        for claim in corpus.claims.values() if corpus else ():
            self.add(claim.id, claim.statement)
        for brief in corpus.briefs if corpus else ():
            for citation in brief.citations:
                if citation.claim in corpus.claims:
                    self.add(citation.claim, citation.quote)

    def add(self, claim: str, text: str) -> None:
        features = self.extractor.features(text)
        for key in features.words | features.entities:
            self.index[key].append(len(self.texts))
        self.texts.append((claim, features))
        self.claims_with.update(features.words - self.words_of[claim])
        self.words_of[claim] |= features.words

    def weight(self, word: str) -> float:
        """How much a shared key word says: 1 for a word of one registered claim or
        none, less the more claims have it, down to 0 for a word of them all
        (log(n / claims with it) / log n over n claims): a registry about one story
        shares its topic words ("troops", "war"), and only the others tell its
        claims apart."""
        having, claims = self.claims_with.get(word, 0), len(self.words_of) + 1
        return 1.0 if having <= 1 else max(math.log(claims / having) / math.log(claims), 0.0)

    def score_against(self, text: str, claim: str) -> float:
        """The score of ``text`` (or its best clause) against the registered claim ``claim`` (its best text)."""
        return max(score(self.extractor.features(part), features, self.weight)[0]
                   for part in clauses(text) for other, features in self.texts if other == claim)

    def rank(self, quote: str) -> list[ClaimMatch]:
        """The registered claims most like ``quote`` or one of its clauses (`clauses`), best first."""
        if not self.texts:
            return []
        best: dict[str, ClaimMatch] = {}
        for part in clauses(quote):
            mine = self.extractor.features(part)
            for i in {i for key in mine.words | mine.entities for i in self.index.get(key, ())}:
                claim, features = self.texts[i]
                value, shared = score(mine, features, self.weight)
                if claim not in best or value > best[claim].score:
                    best[claim] = ClaimMatch(claim, value, shared)
        return sorted(best.values(), key=lambda m: (-m.score, m.claim))[:RANKED]

    def file_all(self, claims: list[ClaimGuess]) -> list[ClaimGuess]:
        """Each candidate with its ranked matches, filed under the best (`chosen`)."""
        filed = []
        for claim in claims:
            ranked = tuple(self.rank(claim.quote))
            filed.append(replace(claim, claim=chosen(ranked), matches=ranked))
        return filed


def chosen(ranked: tuple[ClaimMatch, ...] | list[ClaimMatch]) -> str | None:
    """The claim a candidate is filed under: the best of ``ranked`` when it scores
    `THRESHOLD` or more and leads the next by `LEAD` or more, else None."""
    if not ranked or ranked[0].score < THRESHOLD:
        return None
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    return ranked[0].claim if ranked[0].score - runner_up >= LEAD else None
