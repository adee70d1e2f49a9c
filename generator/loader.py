"""Read every file of a project once into a `Corpus`, collecting problems.

The pipeline's first step, shared by ``python -m generator check`` and the
Pelican build:

    load_corpus(root) → (Corpus, problems)   # parse + anchor
    checks.check_corpus(corpus, mentions)     # cross-references

A file that cannot be read or parsed becomes a `Problem`, never an
exception, so one run reports everything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

from .anchoring import SeedIndex
from .briefs import parse_brief
from .documents import FrontMatterError, parse_document
from .fields import FieldReader
from .model import Brief, Corpus, Seed, Source, Where
from .problems import Problem, did_you_mean
from .registries import parse_claim, parse_country, parse_person
from .segment import parse_seed
from .sitepages import parse_page

T = TypeVar("T")
CONTENT = "content"


def read_text(root: Path, relative: str, problems: list[Problem]) -> str | None:
    """A UTF-8 file's text, or None with a problem when it cannot be read."""
    try:
        raw = (root / relative).read_bytes()
    except OSError as error:
        problems.append(Problem(Where(relative, 1), "unreadable", f"cannot read file: {error.strerror}"))
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        problems.append(Problem(Where(relative, line), "not-utf8",
                                f"file is not UTF-8 text ({error.reason}: byte {raw[error.start]:#04x}); "
                                "save it as UTF-8"))
        return None


def markdown_files(root: Path, folder: str) -> list[str]:
    """Relative paths of ``content/<folder>/*.md``, sorted for stable output."""
    base = root / CONTENT / folder
    return sorted(p.relative_to(root).as_posix() for p in base.glob("*.md")) if base.is_dir() else []


def load_documents(root: Path, folder: str, parse: Callable[..., T | None],
                   problems: list[Problem], *extra) -> list[T]:
    """Parse every Markdown file of a content folder with ``parse``."""
    loaded: list[T] = []
    for relative in markdown_files(root, folder):
        text = read_text(root, relative, problems)
        if text is None:
            continue
        try:
            document = parse_document(text)
        except FrontMatterError as error:
            problems.append(Problem(Where(relative, error.line), "yaml-syntax", error.message))
            continue
        if document.data is None:
            problems.append(Problem(Where(relative, 1), "front-matter-missing",
                                    "the file must start with YAML front matter between two '---' lines"))
            continue
        reader = FieldReader(relative, document, problems)
        item = parse(relative, Path(relative).stem, document, reader, *extra)
        if item is not None:
            loaded.append(item)
    return loaded


class SeedCache:
    """Parses each seed once, whatever number of briefs cite it."""

    def __init__(self, root: Path, problems: list[Problem]):
        self.root = root
        self.problems = problems
        self.seeds: dict[str, Seed] = {}
        self.unreadable: set[str] = set()
        self.available = sorted(p.relative_to(root).as_posix() for p in (root / "seeds").glob("*") if p.is_file())

    def get(self, path: str) -> Seed | None:
        if path not in self.seeds and path not in self.unreadable:
            text = read_text(self.root, path, self.problems) if (self.root / path).is_file() else None
            if text is None:
                self.unreadable.add(path)
                return None
            self.seeds[path] = parse_seed(path, text)
        return self.seeds.get(path)

    def index_for(self, source: Source, reader: FieldReader) -> SeedIndex | None:
        """The seed of a brief's source, indexed with that brief's boilerplate."""
        parts = Path(source.file).parts
        if len(parts) < 2 or parts[0] != "seeds" or ".." in parts:
            reader.report("seed-outside", f'seed file "{source.file}" must be a file in seeds/, '
                          "e.g. seeds/001_example.txt", "source", "file")
            return None
        seed = self.get(source.file)
        if seed is None and (self.root / source.file).is_file():
            return None  # reported by read_text (not UTF-8, unreadable)
        if seed is None:
            reader.report("seed-missing", f'seed file "{source.file}" does not exist'
                          f"{did_you_mean(source.file, self.available)}; seeds live in seeds/", "source", "file")
            return None
        last_line = len(seed.text.splitlines())
        beyond = sorted(n for n in source.boilerplate if n > last_line)
        if beyond:
            reader.report("bad-boilerplate", f"boilerplate lines {beyond} are past the end of {source.file} "
                          f"({last_line} lines)", "source", "boilerplate")
        return SeedIndex.build(seed, source.boilerplate)


def load_corpus(root: Path) -> tuple[Corpus, list[Problem]]:
    """Parse registries, seeds and briefs under ``root``; anchor every quote."""
    root = Path(root)
    problems: list[Problem] = []
    people = load_documents(root, "people", parse_person, problems)
    countries = load_documents(root, "countries", parse_country, problems)
    claims = load_documents(root, "claims", parse_claim, problems)
    seeds = SeedCache(root, problems)
    briefs = load_documents(root, "briefs", parse_brief, problems, seeds.index_for)
    pages = load_documents(root, "pages", parse_page, problems)
    loaded = {"people": {p.id for p in people}, "countries": {c.code.lower() for c in countries},
              "claims": {c.id for c in claims}, "briefs": {b.slug for b in briefs}}
    unparsed = {folder: frozenset(Path(p).stem.lower() for p in markdown_files(root, folder)) - keys
                for folder, keys in loaded.items()}
    briefs.sort(key=_newest_first)
    corpus = Corpus(
        root=str(root),
        seeds=seeds.seeds,
        people={p.id: p for p in people},
        countries={c.code: c for c in countries},
        claims={c.id: c for c in claims},
        briefs=tuple(briefs),
        brief_by_slug={b.slug: b for b in briefs},
        unparsed=unparsed,
        pages={p.slug: p for p in pages},
    )
    return corpus, problems


def _newest_first(brief: Brief) -> tuple:
    published = brief.source.published
    return (published is None, -(published.toordinal() if published else 0), brief.slug)
