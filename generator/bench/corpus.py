"""The synthetic project: registries, seeds and briefs, the same bytes for the same arguments.

The corpus is deterministic and shaped like a real one: seeds of 10–80
lines, 2–12 people and 3–15 claims per brief drawn from registries with a
long tail (a few people and claims in very many briefs, most in few), direct
speech, numbers and values, boilerplate, links; it passes ``make check``.

    generate(40, 7, put)        every file to put("content/briefs/….md", text), in a fixed order
    write_project(root, 40)     the same files written under root
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from random import Random
from typing import Callable, Iterator

from .vocabulary import CLUTTER, CODES, COUNTRIES, PUBLISHERS, ROLES, name_part, number, sentence, words


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    role: str
    country: str


@dataclass(frozen=True)
class Cite:
    claim: str
    quote: str
    by: str
    value: str | None = None


@dataclass(frozen=True)
class BriefSpec:
    """What a brief says, kept so the edit can rewrite it (its seed is on disk only)."""

    slug: str
    title: str
    seed: str
    publisher: str | None
    published: str
    byline: tuple[str, ...]
    url: str | None
    boilerplate: str | None
    summary: str
    people: tuple[str, ...]
    countries: tuple[str, ...]
    cites: tuple[Cite, ...]
    body: str
    status: str
    lines: int
    spare: tuple[str, ...]
    """Verbatim fragments of the seed that no citation quotes: for the quote edit."""

    @property
    def path(self) -> str:
        """The brief's Markdown file, relative to the project's root: ``content/briefs/<slug>.md``."""
        return f"content/briefs/{self.slug}.md"


@dataclass(frozen=True)
class Corpus:
    briefs: tuple[BriefSpec, ...]
    people: tuple[Person, ...]
    claims: tuple[str, ...]
    reporters: tuple[str, ...]
    """Bylines: names no registered person goes by, not even in part (or a byline would name someone)."""

    @property
    def published(self) -> tuple[BriefSpec, ...]:
        """The briefs the site lists (a few are drafts)."""
        return tuple(b for b in self.briefs if b.status == "published")


class LongTail:
    """Ranks drawn with weight 1/(rank + q) (Zipf–Mandelbrot): rank 0 in very many briefs, most ranks in few."""

    def __init__(self, n: int, q: float) -> None:
        self.cum = list(itertools.accumulate(1 / (rank + q) for rank in range(n)))

    def draw(self, rng: Random, k: int) -> list[int]:
        """``k`` distinct ranks, the popular ones first more often than not."""
        chosen: list[int] = []
        while len(chosen) < min(k, len(self.cum)):
            rank = bisect.bisect(self.cum, rng.random() * self.cum[-1])
            if rank not in chosen:
                chosen.append(rank)
        return chosen


COUNTRY_TAIL = LongTail(len(CODES), 2)
"""Countries by rank in ``CODES``, for people and briefs alike: a few countries in very many."""


def country_link(code: str) -> str:
    """``"[France](country:FR)"``: a link to a country's page, by the name its registry file gives."""
    return f"[{COUNTRIES[code][0]}](country:{code})"


def make_people(rng: Random, n: int) -> list[Person]:
    """Distinct two-word names; surnames repeat (a bare surname alias may be ambiguous, as "Kim" is)."""
    firsts = [name_part(rng, 2) for _ in range(400)]
    surnames = [name_part(rng, rng.choice((2, 3))) for _ in range(max(300, n // 4))]
    names, people = set(), []
    while len(people) < n:
        first, last = rng.choice(firsts), rng.choice(surnames)
        if first != last and (name := f"{first} {last}") not in names:
            names.add(name)
            aliases = (last, f"{first[0]}. {last}")[: rng.choice((0, 1, 1, 2))]
            country = CODES[COUNTRY_TAIL.draw(rng, 1)[0]]
            people.append(Person(name.lower().replace(" ", "-"), name, aliases, rng.choice(ROLES), country))
    return people


def filler(rng: Random) -> list[str]:
    """A reporter's sentence, as tokens; a quarter of them state a number."""
    tokens = words(rng, rng.randint(10, 22))
    if rng.random() < 0.25:
        at = rng.randrange(len(tokens))
        tokens[at:at] = number(rng)[0]
    return tokens


def quote_sentence(rng: Random, speaker: Person) -> tuple[str, str, str | None]:
    """A sentence giving a speaker's words (direct speech or reported), the quote taken from it, and its value."""
    tokens, value = words(rng, rng.randint(8, 16)), None
    if rng.random() < 0.4:
        phrase, stated = number(rng)
        at = rng.randrange(len(tokens))
        tokens[at:at], value = phrase, stated if rng.random() < 0.6 else None
    style = rng.randrange(3)
    quote = sentence(tokens, "") if style < 2 else " ".join(tokens)
    text = (f"{speaker.name} said, “{quote}.”", f"“{quote},” {speaker.name} said.",
            sentence([*words(rng, rng.randint(3, 6)), quote], f", {speaker.name} said."))[style]
    return text, quote, value


def make_seed(rng: Random, title: str, byline: tuple[str, ...], speakers: list[Person], countries: list[str],
              claims: list[str]) -> tuple[str, list[Cite], list[str], str | None]:
    """Seed text, its citations, spare fragments and boilerplate range ("41-45"): every quote verbatim."""
    head = [title] + ([f"By {' and '.join(byline)}"] if byline else [])
    clutter = rng.sample(CLUTTER, rng.randint(2, 5)) if rng.random() < 0.3 else []
    paragraphs = rng.randint(10, 80) - len(head) - len(clutter)
    body = [[filler(rng) for _ in range(rng.randint(1, 3))] for _ in range(paragraphs)]
    for code in countries:  # each listed country named once, by name or demonym
        tokens = rng.choice(rng.choice(body))
        name, demonym = COUNTRIES[code]
        tokens.insert(rng.randrange(len(tokens)), f"in {name}" if rng.random() < 0.5 else demonym)
    spare = [" ".join(t[1:rng.randint(9, 13)]) for t in [t for line in body for t in line if len(t) >= 14][:3]]
    lines, cites = [[sentence(t) for t in line] for line in body], []
    for claim in claims:
        speaker = rng.choice(speakers)
        text, quote, value = quote_sentence(rng, speaker)
        line = rng.choice(lines)
        line.insert(rng.randint(0, len(line)), text)
        cites.append(Cite(claim, quote, speaker.id, value))
    if speakers[0].aliases:  # a later reference by alias, after the full name
        lines[-1].append(sentence([speakers[0].aliases[0], *words(rng, rng.randint(6, 12))]))
    text_lines = head + [" ".join(line) for line in lines] + clutter
    boilerplate = f"{len(text_lines) - len(clutter) + 1}-{len(text_lines)}" if clutter else None
    return "\n".join(text_lines) + "\n", cites, spare, boilerplate


def brief_body(rng: Random, cites: list[Cite], speakers: list[Person], countries: list[str]) -> str:
    """Most briefs have a paragraph of prose linking a claim, a person, the seed and a country; some none."""
    if rng.random() >= 0.6:
        return ""
    a, b = rng.choice(cites), rng.choice(speakers)
    return (f"{sentence(words(rng, 8), '')} [{' '.join(words(rng, 3))}](claim:{a.claim}), as "
            f"[{b.name}](person:{b.id}) put it in [the opening](source:#p2s1); see also "
            f"{country_link(countries[0])}.\n")


def make_brief(rng: Random, n: int, corpus: Corpus, tails: dict[str, LongTail]) -> tuple[BriefSpec, str]:
    """One brief and its seed text."""
    listed = [corpus.people[r] for r in tails["people"].draw(rng, rng.randint(2, 12))]
    speakers = listed[: rng.randint(1, min(4, len(listed)))]
    countries = [CODES[r] for r in tails["countries"].draw(rng, rng.randint(1, 5))]
    claims = [corpus.claims[r] for r in tails["claims"].draw(rng, rng.randint(3, 15))]
    title_words = words(rng, rng.randint(5, 10))
    byline = tuple(rng.sample(corpus.reporters, rng.choice((0, 1, 1, 2))))
    text, cites, spare, boilerplate = make_seed(rng, sentence(title_words, ""), byline, speakers, countries, claims)
    slug = "-".join(title_words[:4] + [str(n)])
    published = (date(2023, 1, 1) + timedelta(days=rng.randrange(730))).isoformat()
    body = brief_body(rng, cites, speakers, countries)
    seed = f"seeds/{n:05d}_{hashlib.sha256(text.encode()).hexdigest()[:16]}.txt"  # as `make draft` names them
    spec = BriefSpec(slug, sentence(title_words, ""), seed,
                     rng.choice(PUBLISHERS) if rng.random() < 0.95 else None, published, byline,
                     f"https://news.example.org/{published[:4]}/{slug}" if rng.random() < 0.5 else None, boilerplate,
                     sentence(words(rng, rng.randint(12, 24))), tuple(p.id for p in listed), tuple(countries),
                     tuple(cites), body, "draft" if rng.random() < 0.03 else "published", text.count("\n"),
                     tuple(spare))
    return spec, text


def brief_text(b: BriefSpec) -> str:
    """The brief's Markdown file, front matter as an author writes it."""
    front = ["---", f'title: "{b.title}"', f"slug: {b.slug}", f"status: {b.status}", "source:", f"  file: {b.seed}",
             f"  publisher: {b.publisher or 'null'}", f"  published: {b.published}",
             f"  byline: [{', '.join(b.byline)}]", f"  url: {b.url or 'null'}"]
    front += [f'  boilerplate: ["{b.boilerplate}"]'] if b.boilerplate else []
    front += [f'summary: "{b.summary}"', f"people: [{', '.join(b.people)}]",
              f"countries: [{', '.join(b.countries)}]", "claims:"]
    for c in b.cites:
        front += [f"  - claim: {c.claim}", f'    quote: "{c.quote}"', f"    by: {c.by}"]
        front += [f'    value: "{c.value}"'] if c.value else []
    return "\n".join(front + ["---", b.body])


def registry_files(rng: Random, corpus: Corpus) -> Iterator[tuple[str, str]]:
    """Every country, person and claim file, and one plain page."""
    for code, (name, demonym) in COUNTRIES.items():
        yield f"content/countries/{code.lower()}.md", f"---\nname: {name}\naliases: [{demonym}]\n---\n"
    for p in corpus.people:
        profile = f"{sentence(words(rng, 10))} Based in {country_link(p.country)}.\n" if rng.random() < 0.2 else ""
        yield (f"content/people/{p.id}.md", f"---\nname: {p.name}\naliases: [{', '.join(p.aliases)}]\n"
               f"role: {p.role}\ncountry: {p.country}\n---\n{profile}")
    for claim in corpus.claims:
        yield f"content/claims/{claim}.md", f'---\nstatement: "{sentence(words(rng, rng.randint(8, 14)))}"\n---\n'
    yield "content/pages/about.md", "---\ntitle: About\n---\nA synthetic corpus for `make bench`.\n"


def registries(rng: Random, briefs: int) -> Corpus:
    """People, claims and reporters for ``briefs`` briefs; the briefs themselves come after."""
    people = make_people(rng, max(2000, int(briefs * 0.4)))
    claims = tuple(f"{'-'.join(words(rng, 2))}-{i}" for i in range(max(20, briefs // 2)))
    taken = {part for p in people for part in p.name.split()}
    reporters = [f"{a} {b}" for a, b in ((name_part(rng, 2), name_part(rng, 3)) for _ in range(300))
                 if a not in taken and b not in taken]
    return Corpus((), tuple(people), claims, tuple(dict.fromkeys(reporters)))


def generate(briefs: int, seed: int, put: Callable[[str, str], None]) -> Corpus:
    """Hand every file of a project of ``briefs`` briefs to ``put(relative path, text)``, in a fixed order:
    one Random(seed) draws everything, so the same arguments give the same bytes."""
    rng = Random(seed)
    corpus = registries(rng, briefs)
    for path, text in registry_files(rng, corpus):
        put(path, text)
    tails = {"people": LongTail(len(corpus.people), 10), "claims": LongTail(len(corpus.claims), 10),
             "countries": COUNTRY_TAIL}
    specs = []
    for n in range(briefs):
        spec, text = make_brief(rng, n, corpus, tails)
        put(spec.seed, text)
        put(spec.path, brief_text(spec))
        specs.append(spec)
    return replace(corpus, briefs=tuple(specs))


def write_project(root: Path, briefs: int, seed: int = 20241031) -> Corpus:
    """Write the project into ``root`` (here, in this process: see ``generator.bench.cold`` on peak RSS)."""
    for folder in ("seeds", "content/briefs", "content/people", "content/countries", "content/claims", "content/pages"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    return generate(briefs, seed, lambda path, text: (root / path).write_text(text, encoding="utf-8"))
