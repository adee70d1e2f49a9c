"""``python -m generator sentences SEED``: the permalink ids of a seed.

Links (``source:#p4s2``), anchors and the drafter's comments name a
sentence by its id; this lists them all, with the raw line of each and
whether the brief that annotates the seed marks that line as boilerplate::

    seeds/001_alpha.txt: 8 paragraphs, 10 sentences; boilerplate as content/briefs/alpha.md marks it
    …
    p3    line 4  [boilerplate]
    p3s1  line 4  "Share this article"
    p4    line 6
    p4s1  line 6  "Lt. Col. Jan Novak said on Oct. 3 that about 2,000 troops had crossed into Ruritania."

Only a file inside the project's ``seeds/`` is read, as the build reads it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .files import ProjectFiles
from .limits import MAX_SEED_BYTES
from .model import Brief, LineSet, Seed
from .problems import did_you_mean
from .segment import parse_seed

SEEDS = "seeds"


class Refused(Exception):
    """A path that is not a seed of this project; the message says why."""


def seed_path(root: Path, written: str) -> str:
    """``written`` as a path relative to ``root`` inside ``seeds/``, or `Refused`.

    A relative path is read from the project folder, as a brief's ``file:``
    is; a bare file name is looked for in ``seeds/``."""
    given = Path(written)
    if not given.is_absolute() and len(given.parts) == 1 and not (root / given).exists():
        given = Path(SEEDS) / given
    real_root, seeds = root.resolve(), (root / SEEDS).resolve()
    real = (given if given.is_absolute() else root / given).resolve()
    if not real.is_relative_to(real_root):
        raise Refused(f'"{written}" is outside the project: give a seed in {SEEDS}/, e.g. {SEEDS}/001_example.txt')
    if not real.is_relative_to(seeds) or real == seeds:
        raise Refused(f'"{written}" is not in {SEEDS}/: only seeds have sentence ids (e.g. {SEEDS}/001_example.txt)')
    if not real.exists():
        present = sorted(f"{SEEDS}/{p.name}" for p in seeds.iterdir()) if seeds.is_dir() else []
        raise Refused(f'"{written}" does not exist{did_you_mean(str(given), present)}; seeds live in {SEEDS}/')
    if real.is_dir():
        raise Refused(f'"{written}" is a folder, not a file; seeds live in {SEEDS}/')
    return f"{SEEDS}/{real.relative_to(seeds).as_posix()}"


def read_seed(root: Path, relative: str) -> Seed:
    """The seed, read as the build reads it (bounded, UTF-8, no control characters), or `Refused`."""
    files = ProjectFiles(root)
    text = files.read_text(relative, MAX_SEED_BYTES, "seed")
    if text is None:
        raise Refused("; ".join(f"{p.where}: {p.code}: {p.message}" for p in files.problems))
    return parse_seed(relative, text)


def annotating_brief(root: Path, relative: str) -> Brief | None:
    """The brief whose source is this seed (by real path), if any: it says which lines are boilerplate."""
    from . import cache
    from .loader import load_corpus

    corpus, _ = load_corpus(root, cache.load(root, root / cache.CACHE_FOLDER))
    return next((b for b in corpus.briefs if corpus.seed_real.get(b.source.file, b.source.file) == relative), None)


def listing(seed: Seed, boilerplate: LineSet) -> list[str]:
    """One line per paragraph and per sentence, ids padded to one width.

    >>> seed = parse_seed("seeds/x.txt", "Title\\n\\nOne. Two.\\n")
    >>> print("\\n".join(listing(seed, LineSet.of([(1, 1)]))))
    p1    line 1  [boilerplate]
    p1s1  line 1  "Title"
    p2    line 3
    p2s1  line 3  "One."
    p2s2  line 3  "Two."
    """
    rows: list[tuple[str, int, str]] = []
    for paragraph in seed.paragraphs:
        rows.append((f"p{paragraph.index}", paragraph.line, "[boilerplate]" if paragraph.line in boilerplate else ""))
        rows += [(f"p{paragraph.index}s{s.index}", paragraph.line, f'"{s.text}"') for s in paragraph.sentences]
    width = max((len(ident) for ident, _, _ in rows), default=0)
    return [f"{ident:<{width}}  line {line}  {what}".rstrip() for ident, line, what in rows]


def heading(seed: Seed, brief: Brief | None) -> str:
    sentences = sum(len(p.sentences) for p in seed.paragraphs)
    counts = f"{seed.path}: {len(seed.paragraphs)} paragraphs, {sentences} sentences"
    if brief is None:
        return f"{counts}; no brief annotates it yet, so no line is marked as boilerplate"
    return f"{counts}; boilerplate as {brief.where.path} marks it"


def run(args: argparse.Namespace) -> int:
    root = Path(args.root)
    try:
        relative = seed_path(root, args.seed)
        seed = read_seed(root, relative)
    except (Refused, OSError, RuntimeError, ValueError) as refused:  # a link loop, a NUL in the path
        print(f"python -m generator sentences: {refused}", file=sys.stderr)
        return 2
    brief = annotating_brief(root, relative)
    try:
        print("\n".join([heading(seed, brief), *listing(seed, brief.source.boilerplate if brief else LineSet())]))
        sys.stdout.flush()
    except BrokenPipeError:  # `| head` stopped reading: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
