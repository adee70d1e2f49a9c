"""The token lookup finds exactly what one alternation of every name found.

The finder once ran one regular expression over each sentence: every name,
longest first, case-sensitive, between ``(?<!\\w)`` and ``(?!\\w)``.
`reference_finder` below keeps that approach as the specification, and each
test compares it with `Gazetteer.find` mention for mention: on the frozen
showcase, on the fixture site, on hand-written hard cases, and on random
texts and name sets from Hypothesis (derandomized, 200 examples each).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.loader import load_corpus
from generator.mentions import Gazetteer, Mention
from generator.model import Corpus, Country, Markdown, Paragraph, Person, Seed, Sentence, Where
from generator.segment import parse_seed

FIXTURES = Path(__file__).resolve().parent / "fixtures"
W = Where("x", 1)
EMPTY = Markdown("", 1)
SETTINGS = settings(derandomize=True, database=None, max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def reference_finder(corpus: Corpus) -> Callable[[Seed], list[Mention]]:
    """The finder as one alternation of every name (longest first), with the same resolution rule."""
    owners: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for person in corpus.people.values():
        for name in dict.fromkeys(person.names):
            owners[name].append(("person", person.id))
    for organisation in corpus.organisations.values():
        for name in dict.fromkeys(organisation.names):
            owners[name].append(("organisation", organisation.id))
    for country in corpus.countries.values():
        for name in dict.fromkeys(country.names):
            owners[name].append(("country", country.code))
    forms = sorted(owners, key=lambda f: (-len(f), f))
    first = "(?=[" + "".join(sorted({re.escape(f[0]) for f in forms})) + "])" if all(forms) else ""
    pattern = re.compile(first + r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")

    def find(seed: Seed) -> list[Mention]:
        mentions, last_seen = [], {}
        for paragraph in seed.paragraphs:
            for sentence in paragraph.sentences:
                for match in pattern.finditer(seed.text, sentence.start, sentence.end):
                    candidates = owners[match.group()]
                    seen = [(last_seen[c], c) for c in candidates if c in last_seen]
                    entity = candidates[0] if len(candidates) == 1 else max(seen)[1] if seen else None
                    if entity is not None:
                        mentions.append(Mention(*entity, match.start(), match.end(), paragraph.index,
                                                sentence.index, paragraph.line))
                    if len(candidates) == 1:
                        last_seen[entity] = match.start()
        return mentions

    return (lambda seed: []) if not owners else find


def person(pid: str, name: str, *aliases: str) -> Person:
    return Person(pid, name, aliases, "", None, None, EMPTY, "published", W)


def country(code: str, name: str, *aliases: str) -> Country:
    return Country(code, name, name, aliases, EMPTY, "published", W)


def registry(people: list[Person], countries: list[Country] = ()) -> Corpus:
    return Corpus(".", {}, {p.id: p for p in people}, {c.code: c for c in countries}, {}, ())


def assert_same(corpus: Corpus, seed: Seed) -> list[Mention]:
    """Both finders agree on ``seed``; returns what they found."""
    found = Gazetteer.build(corpus).find(seed)
    assert found == reference_finder(corpus)(seed)
    return found


@pytest.mark.parametrize("folder", ["showcase", "site"])
def test_same_mentions_on_the_fixture_projects(folder: str) -> None:
    corpus = load_corpus(FIXTURES / folder)[0]
    gazetteer, reference = Gazetteer.build(corpus), reference_finder(corpus)
    for seed in corpus.seeds.values():
        assert gazetteer.find(seed) == reference(seed), seed.path
    found = gazetteer.find_all(corpus)
    assert found == {brief.slug: reference(corpus.seed_of(brief)) for brief in corpus.briefs
                     if brief.source.file in corpus.seeds}
    assert sum(map(len, found.values())) >= 10  # the comparison is not vacuous


AUSTIN = person("lloyd-austin", "Lloyd J. Austin III", "Austin", "Lloyd Austin")
US = country("US", "United States", "U.S.", "American")
KIM_JONG_UN = person("kim-jong-un", "Kim Jong Un", "Kim")
KIM_JONG = person("kim-jong", "Kim Jong", "Kim")
ZELENSKYY = person("zelenskyy", "Volodymyr Zelenskyy", "Zelenskyy")
STORE = person("store", "Jonas Gahr Støre", "Støre")
LUKASZ = person("lukasz", "Łukasz Kowalski", "Łukasz", "Jose")

CASES = {
    "punctuation in names": (
        [AUSTIN], [US],
        "Lloyd J. Austin III said U.S. troops stay; Lloyd J.Austin III, Lloyd J. Austin IIIrd and Austin's aide.",
        ["Lloyd J. Austin III", "U.S.", "Austin", "Austin", "Austin"]),
    "U.S. is not U. S., nor part of U.S.A": (
        [], [US], "U. S. forces; U.S.A., U.S.Łódź, U.S._ and U.S.-led (U.S.), U.S.", ["U.S.", "U.S.", "U.S."]),
    "overlapping names, longest first": (
        [KIM_JONG_UN, KIM_JONG], [],
        "Kim Jong Un met Kim Jong. Kim left. Kim Jong Unification, Kimberley, Kim  Jong Un. Kim",
        ["Kim Jong Un", "Kim Jong", "Kim", "Kim Jong", "Kim", "Kim"]),
    "names at the very start and end": (
        [STORE, LUKASZ], [], "Støre met Łukasz", ["Støre", "Łukasz"]),
    "digits, underscores and punctuation next to names": (
        [KIM_JONG_UN], [], "Kim3 3Kim _Kim Kim_ Kim's (Kim) Kim-Kim “Kim” Kim.",
        ["Kim", "Kim", "Kim", "Kim", "Kim", "Kim"]),
    "non-ASCII names and letters around them": (
        [ZELENSKYY, STORE, LUKASZ], [],
        "Volodymyr Zelenskyy thanked Zelenskyyś aides, Støres, Støre's team and Łukasz Kowalski.",
        ["Volodymyr Zelenskyy", "Støre", "Łukasz Kowalski"]),
    "a combining mark is not a word character": (
        [LUKASZ], [], "Jose\u0301 and José and Josef", ["Jose"]),
    "words inside longer words never match": (
        [KIM_JONG_UN, AUSTIN], [US], "Kimberley, Austinite, Americana and Kimchi", []),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_same_mentions_on_hard_cases(case) -> None:
    people, countries, text, expected = case
    seed = parse_seed("s", text)
    found = assert_same(registry(people, countries), seed)
    assert [seed.text[m.start:m.end] for m in found] == expected


def test_a_sentence_boundary_is_the_end_of_the_text_but_not_its_start() -> None:
    # Sentences cut inside words: "Kim" ends where its sentence ends, so it is a whole word there;
    # the last sentence starts at "Kim" but the "x" before it still counts.
    text = "Kimberley xKim"
    sentences = (Sentence(1, 0, 3, text), Sentence(2, 3, 11, text), Sentence(3, 11, 14, text))
    assert [s.text for s in sentences] == ["Kim", "berley x", "Kim"]
    seed = Seed("s", text, (Paragraph(1, 1, 0, len(text), text, sentences),))
    found = assert_same(registry([KIM_JONG_UN]), seed)
    assert [(m.start, m.end, m.sentence) for m in found] == [(0, 3, 1)]


NAME_FRAGMENTS = ("Kim", "Jong", "Un", "Kimberley", "U", "S", ".", "J.", "III", "Støre", "Łukasz", "é",
                  "3", "_", "-", "'", "’", "(", " ", " ", "  ", "\n")
TEXT_FRAGMENTS = NAME_FRAGMENTS + (", ", ". ", "\n\n", "x", "\u0301", "\t")

names = st.lists(st.sampled_from(NAME_FRAGMENTS), min_size=1, max_size=4).map(lambda parts: "".join(parts).strip())
texts = st.lists(st.sampled_from(TEXT_FRAGMENTS), max_size=60).map("".join)
owned_names = st.lists(st.tuples(names.filter(bool), st.integers(0, 3)), min_size=1, max_size=8)
"""Names and who goes by them: people 0 to 2 or the country 3; a name drawn twice is shared."""


def corpus_of(owned: list[tuple[str, int]]) -> Corpus:
    by_owner: dict[int, list[str]] = defaultdict(list)
    for name, owner in owned:
        by_owner[owner].append(name)
    people = [person(f"p{owner}", *forms) for owner, forms in by_owner.items() if owner < 3]
    return registry(people, [country("KP", *by_owner[3])] if by_owner[3] else [])


@st.composite
def cut_seeds(draw, text: str) -> Seed:
    """``text`` as one paragraph cut into sentences anywhere, even inside words, with gaps between."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)) + [0, len(text)])
    sentences = [Sentence(index, start, end, text)
                 for index, (start, end) in enumerate(zip(cuts, cuts[1:]), start=1) if draw(st.booleans())]
    return Seed("s", text, (Paragraph(1, 1, 0, len(text), text, tuple(sentences)),))


@SETTINGS
@given(owned_names, texts)
def test_same_mentions_on_random_texts(owned: list[tuple[str, int]], text: str) -> None:
    assert_same(corpus_of(owned), parse_seed("s", text))


@SETTINGS
@given(owned_names, texts.flatmap(cut_seeds))
def test_same_mentions_on_random_sentence_cuts(owned: list[tuple[str, int]], seed: Seed) -> None:
    assert_same(corpus_of(owned), seed)
