"""The dev server's reuse index gives what a cold `find_origins` gives, after every kind of edit."""

from __future__ import annotations

import random

import pytest

from generator.analysis import reuse as reuse_module
from generator.analysis.reuse import find_origins
from generator.analysis.reuse_live import LiveOrigins
from test_analysis_support import BriefSpec, make_corpus

WORDS = ("troops army border region officials said thousands more units moved arrived week reported "
         "minister talks summit weapons shells drones front line attack defence ministry intelligence").split()


def _passage(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


def _text(rng: random.Random, stock: list[str]) -> str:
    """Own sentences mixed with passages from a shared stock, so that some sources link and some do not."""
    paragraphs = [f"Headline {rng.randrange(10**6)}"]
    for _ in range(rng.randint(2, 6)):
        paragraphs.append(rng.choice(stock) if rng.random() < 0.4 else _passage(rng, rng.randint(8, 40)))
    return "\n\n".join(paragraphs) + "\n"


def _corpus(texts: dict[str, str], specs: dict[str, BriefSpec]):
    return make_corpus(texts, list(specs.values()))


def _reparsed(corpus, last: dict):
    """The corpus's seeds, an unchanged text keeping its last parse, as the loader keeps it."""
    for path, seed in corpus.seeds.items():
        if path not in last or last[path].text != seed.text:
            last[path] = seed
    return {path: last[path] for path in corpus.seeds}


def _edit(rng: random.Random, texts: dict[str, str], specs: dict[str, BriefSpec], stock: list[str], step: int) -> None:
    kind = rng.choice(("text", "boilerplate", "publisher", "remove", "add", "draft", "copy"))
    slug = rng.choice(sorted(specs))
    spec = specs[slug]
    if kind == "text":
        texts[spec.seed] = _text(rng, stock)
    elif kind == "boilerplate":
        spec.boilerplate = frozenset(rng.sample(range(1, 12), 3))
    elif kind == "publisher":
        spec.publisher = f"Publisher {step}"
    elif kind == "remove" and len(specs) > 2:
        del specs[slug]
    elif kind == "draft":
        spec.status = "draft" if spec.status == "published" else "published"
    elif kind == "copy":  # a wire story reprinted: links are certain
        texts[spec.seed] = texts[rng.choice([s.seed for s in specs.values()])]
    else:
        path = f"s/new{step}.txt"
        texts[path] = _text(rng, stock)
        specs[f"new{step}"] = BriefSpec(f"new{step}", path)


@pytest.mark.parametrize("seed", range(6))
def test_live_origins_equal_a_cold_count_after_every_edit(seed: int) -> None:
    rng = random.Random(seed)
    stock = [_passage(rng, rng.randint(20, 60)) for _ in range(6)]
    texts = {f"s/{i}.txt": _text(rng, stock) for i in range(25)}
    specs = {f"b{i:02}": BriefSpec(f"b{i:02}", f"s/{i}.txt") for i in range(25)}
    live, parsed = LiveOrigins(), {}
    links = 0
    for step in range(40):
        corpus = _corpus(texts, specs)
        seeds = _reparsed(corpus, parsed)
        published = [b for b in corpus.briefs if b.status == "published"]
        cold = find_origins(corpus.seeds, published)
        warm = live.update(seeds, published)
        assert warm == cold, f"step {step}"
        assert list(warm.reuse) == list(cold.reuse) and list(warm.shingle_counts) == list(cold.shingle_counts)
        links += sum(map(len, cold.reuse.values()))
        _edit(rng, texts, specs, stock, step)
    assert links > 0, "the corpus never linked two sources: the test would not see a wrong link"


def test_an_unchanged_source_is_not_cut_again(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = {"s/a.txt": "A\n\none two three four five six.\n", "s/b.txt": "B\n\nseven eight nine ten eleven.\n"}
    specs = {s: BriefSpec(s, f"s/{s}.txt") for s in ("a", "b")}
    corpus = _corpus(texts, specs)
    live = LiveOrigins()
    live.update(corpus.seeds, corpus.briefs)
    cut = []
    import generator.analysis.reuse_live as module
    real = module.shingle_hashes
    monkeypatch.setattr(module, "shingle_hashes", lambda seed, skip: cut.append(seed.path) or real(seed, skip))
    texts["s/b.txt"] = "B\n\nseven eight nine ten eleven twelve.\n"
    edited = _corpus(texts, specs)
    seeds = {**edited.seeds, "s/a.txt": corpus.seeds["s/a.txt"]}  # as the loader keeps an unchanged file's parse
    live.update(seeds, edited.briefs)
    assert cut == ["s/b.txt"]


@pytest.mark.parametrize("seed", range(3))
def test_an_index_filed_in_one_pass_counts_as_one_filed_in_parts(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    stock = [_passage(rng, rng.randint(20, 60)) for _ in range(6)]
    texts = {f"s/{i}.txt": _text(rng, stock) for i in range(25)}
    corpus = _corpus(texts, {f"b{i:02}": BriefSpec(f"b{i:02}", f"s/{i}.txt") for i in range(25)})
    in_parts = find_origins(corpus.seeds, corpus.briefs)
    monkeypatch.setattr(reuse_module, "PARTS", 1)  # one pass
    assert find_origins(corpus.seeds, corpus.briefs) == in_parts
    assert sum(map(len, in_parts.reuse.values())) > 0
