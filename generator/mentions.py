"""Find every mention of a registered person, organisation or country in the seeds.

Every name and alias is split once into tokens (runs of word characters,
and single characters that are neither word characters nor spaces) and
indexed by that tuple of tokens.  Each sentence of a seed is split the same
way once; at each token the longest name that starts there is tried first,
down to a single token, so the time per seed does not grow with the number
of registered names.  A name matches case-sensitively, exactly as written
(same spacing and punctuation), and as whole words; matches never overlap:
the leftmost wins, then the longest, and the search resumes after it.

A name shared by several entities (a bare "Kim") goes to whichever of them
was last named unambiguously earlier in the same text, and stays unlinked
when none was — never to a wrong guess.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate, compress, count

from .parallel import fork_map
from .model import Corpus, Seed

Entity = tuple[str, str]
"""``("person", id)``, ``("organisation", id)`` or ``("country", code)``."""

TOKEN = re.compile(r"\w+|[^\w\s]")
"""A run of word characters, or one character that is neither a word character nor a space."""
TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name of a registered entity at a place in a seed."""

    kind: str
    """``person``, ``organisation`` or ``country``."""
    key: str
    start: int
    end: int
    paragraph: int
    sentence: int
    line: int
    """1-based line of the raw seed file (to tell boilerplate apart)."""


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Every surface form of every entity, indexed once by its tokens.

    ``Lloyd J. Austin III`` is filed under ``("Lloyd", "J", ".", "Austin", "III")``;
    ``U.S.`` and ``U. S.`` share a key, and the text itself tells them apart.
    """

    forms: dict[tuple[str, ...], frozenset[str]]
    """Tokens → the names spelled with exactly those tokens."""
    reach: dict[str, int]
    """First token of a name → the most tokens of any name starting with it."""
    owners: dict[str, tuple[Entity, ...]]
    """Name → every entity that goes by it, in registry order."""

    @classmethod
    def build(cls, corpus: Corpus) -> "Gazetteer":
        owners: dict[str, list[Entity]] = defaultdict(list)
        for person in corpus.people.values():
            for name in dict.fromkeys(person.names):
                owners[name].append(("person", person.id))
        for organisation in corpus.organisations.values():
            for name in dict.fromkeys(organisation.names):
                owners[name].append(("organisation", organisation.id))
        for country in corpus.countries.values():
            for name in dict.fromkeys(country.names):
                owners[name].append(("country", country.code))
        forms: dict[tuple[str, ...], set[str]] = defaultdict(set)
        reach: dict[str, int] = {}
        for name in owners:
            # Names arrive trimmed and non-empty (fields.text): each starts and ends on a token.
            tokens = tuple(TOKEN.findall(name))
            if tokens:
                forms[tokens].add(name)
                reach[tokens[0]] = max(reach.get(tokens[0], 0), len(tokens))
        return cls({tokens: frozenset(names) for tokens, names in forms.items()}, reach,
                   {name: tuple(o) for name, o in owners.items()})

    def find(self, seed: Seed) -> list[Mention]:
        """Mentions in text order; ambiguous names resolved by recency."""
        mentions: list[Mention] = []
        last_seen: dict[Entity, int] = {}
        for paragraph in seed.paragraphs:
            for sentence in paragraph.sentences:
                for start, end in self._spans(seed.text, sentence.start, sentence.end):
                    candidates = self.owners[seed.text[start:end]]
                    entity = self._resolve(candidates, last_seen)
                    if entity is None:
                        continue
                    kind, key = entity
                    mentions.append(Mention(kind, key, start, end, paragraph.index, sentence.index, paragraph.line))
                    if len(candidates) == 1:
                        last_seen[entity] = start
        return mentions

    def find_all(self, corpus: Corpus, known: dict[str, tuple[Seed, list[Mention]]] | None = None,
                 ) -> dict[str, list[Mention]]:
        """Brief slug → the mentions in its seed, each seed read once.

        ``known`` (the dev server's, for this gazetteer) keeps each seed's
        mentions with the seed they were found in: only a changed seed is read again."""
        known = {} if known is None else known
        seeds = [corpus.seeds.get(brief.source.file) for brief in corpus.briefs]
        todo = list({seed.path: seed for seed in seeds
                     if seed is not None and (known.get(seed.path) or (None,))[0] is not seed}.values())
        for seed, mentions in zip(todo, fork_map(self.find, todo)):  # a cold build: on every core
            known[seed.path] = (seed, mentions)
        return {brief.slug: known[seed.path][1] for brief, seed in zip(corpus.briefs, seeds) if seed is not None}

    def _spans(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each name in ``text[start:end]``: leftmost, then longest, never overlapping.

        >>> g = Gazetteer({("Kim",): frozenset({"Kim"}), ("Kim", "Jong", "Un"): frozenset({"Kim Jong Un"})},
        ...               {"Kim": 3}, {})
        >>> list(g._spans("Kim Jong Un met Kimberley Kim.", 0, 29))
        [(0, 11), (26, 29)]
        """
        # Split keeps the tokens at odd places, what lies between at even ones: offsets without a loop in Python.
        parts = TOKEN_SPLIT.split(text[start:end])
        words = parts[1::2]
        offsets = list(accumulate(map(len, parts), initial=start))
        starts, ends = offsets[1::2], offsets[2::2]
        resume = 0
        for i in compress(count(), map(self.reach.__contains__, words)):
            size = self._longest_at(text, end, words, starts, ends, i) if i >= resume else 0
            if size:
                yield starts[i], ends[i + size - 1]
                resume = i + size

    def _longest_at(self, text: str, end: int, words: list[str], starts: list[int], ends: list[int], i: int) -> int:
        """How many tokens the longest name starting at token ``i`` spans, or 0 when none does."""
        for size in range(min(self.reach[words[i]], len(words) - i), 0, -1):
            names = self.forms.get(tuple(words[i:i + size]))
            if names is None:
                continue
            first, last = starts[i], ends[i + size - 1]
            if text[first:last] in names and _whole(text, first, last, end):
                return size
        return 0

    @staticmethod
    def _resolve(candidates: tuple[Entity, ...], last_seen: dict[Entity, int]) -> Entity | None:
        if len(candidates) == 1:
            return candidates[0]
        seen = [(last_seen[c], c) for c in candidates if c in last_seen]
        return max(seen)[1] if seen else None


def _whole(text: str, start: int, end: int, limit: int) -> bool:
    """No word character right before ``start``, nor at ``end`` unless the sentence stops there (``limit``).

    What follows the sentence is not looked at, but what precedes it is: so
    ``(?<!\\w)`` and ``(?!\\w)`` behave in ``pattern.finditer(text, pos, endpos)``.

    >>> _whole("xKim Kimberley", 1, 4, 14), _whole("Kimberley", 0, 3, 3), _whole("Kim_", 0, 3, 4)
    (False, True, False)
    """
    return not (start and _is_word(text[start - 1])) and not (end < limit and _is_word(text[end]))


def _is_word(char: str) -> bool:
    """What ``\\w`` matches: a letter, digit or numeral, or the underscore."""
    return char.isalnum() or char == "_"
