"""Find every mention of a registered person or country in the seeds.

One regular expression of every name and alias (longest first, matched
case-sensitively as whole words) is compiled once for the corpus and run
once over each seed.  A name shared by several entities (a bare "Kim")
goes to whichever of them was last named unambiguously earlier in the
same text, and stays unlinked when none was — never to a wrong guess.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .model import Corpus, Seed

Entity = tuple[str, str]
"""``("person", id)`` or ``("country", code)``."""


@dataclass(frozen=True)
class Mention:
    """A name of a registered entity at a place in a seed."""

    kind: str
    """``person`` or ``country``."""
    key: str
    start: int
    end: int
    paragraph: int
    sentence: int
    line: int
    """1-based line of the raw seed file (to tell boilerplate apart)."""


@dataclass(frozen=True)
class Gazetteer:
    """Every surface form of every entity, compiled once."""

    pattern: re.Pattern[str] | None
    owners: dict[str, tuple[Entity, ...]]

    @classmethod
    def build(cls, corpus: Corpus) -> "Gazetteer":
        owners: dict[str, list[Entity]] = defaultdict(list)
        for person in corpus.people.values():
            for name in dict.fromkeys(person.names):
                owners[name].append(("person", person.id))
        for country in corpus.countries.values():
            for name in dict.fromkeys(country.names):
                owners[name].append(("country", country.code))
        if not owners:
            return cls(None, {})
        forms = sorted(owners, key=lambda f: (-len(f), f))
        # The look-ahead for the forms' first letters lets the engine skip
        # ahead to where a name may start: several times faster on a long seed.
        first = "(?=[" + "".join(sorted({re.escape(f[0]) for f in forms})) + "])" if all(forms) else ""
        pattern = re.compile(first + r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
        return cls(pattern, {form: tuple(o) for form, o in owners.items()})

    def find(self, seed: Seed) -> list[Mention]:
        """Mentions in text order; ambiguous names resolved by recency."""
        if self.pattern is None:
            return []
        mentions: list[Mention] = []
        last_seen: dict[Entity, int] = {}
        for paragraph in seed.paragraphs:
            for sentence in paragraph.sentences:
                for match in self.pattern.finditer(seed.text, sentence.start, sentence.end):
                    entity = self._resolve(self.owners[match.group()], last_seen)
                    if entity is None:
                        continue
                    kind, key = entity
                    mentions.append(Mention(kind, key, match.start(), match.end(), paragraph.index, sentence.index,
                                            paragraph.line))
                    if len(self.owners[match.group()]) == 1:
                        last_seen[entity] = match.start()
        return mentions

    def find_all(self, corpus: Corpus) -> dict[str, list[Mention]]:
        """Brief slug → the mentions in its seed, each seed read once."""
        by_seed: dict[str, list[Mention]] = {}
        found = {}
        for brief in corpus.briefs:
            seed = corpus.seeds.get(brief.source.file)
            if seed is not None:
                if seed.path not in by_seed:
                    by_seed[seed.path] = self.find(seed)
                found[brief.slug] = by_seed[seed.path]
        return found

    @staticmethod
    def _resolve(candidates: tuple[Entity, ...], last_seen: dict[Entity, int]) -> Entity | None:
        if len(candidates) == 1:
            return candidates[0]
        seen = [(last_seen[c], c) for c in candidates if c in last_seen]
        return max(seen)[1] if seen else None
