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
from typing import Callable, Iterable, TypeVar

from .anchoring import SeedIndex
from .briefs import parse_brief
from .documents import FrontMatterError, parse_document
from .fields import FieldReader
from .files import ProjectFiles, is_ignored
from .limits import MAX_CONTENT_BYTES, MAX_SEED_BYTES
from .memo import Entry, Memo, Signature
from .model import UNREAD, Brief, Corpus, Seed, Source, Where
from .problems import Problem, did_you_mean, internal_error
from .registries import parse_claim, parse_country, parse_organisation, parse_person
from .segment import parse_seed
from .sitepages import parse_page

T = TypeVar("T")


def load_documents(files: ProjectFiles, folder: str, parse: Callable[..., T | None], *extra,
                   memo: Memo | None = None, seeds: SeedCache | None = None) -> list[T]:
    """Parse every Markdown file of a content folder with ``parse``; with a
    memo, a file unchanged since the last load (and, for a brief, its seed)
    is not read again."""
    loaded = (_load_file(files, relative, parse, extra, memo, seeds) for relative in files.content_files(folder))
    return [item for item in loaded if item is not None]


def _load_file(files: ProjectFiles, relative: str, parse: Callable[..., T | None], extra: tuple,
               memo: Memo | None, seeds: SeedCache | None) -> T | None:
    problems = files.problems
    entry = memo.lookup(relative) if memo else None
    if entry is not None:
        problems.extend(entry.problems)
        if seeds is not None:
            seeds.replay(entry.uses)
        return entry.value
    state = memo.state(relative) if memo else (relative, None)
    first = len(problems)
    if seeds is not None:
        seeds.start()
    item = _read_and_parse(files, relative, parse, extra)
    if memo is not None:
        depends, uses = ([*seeds.used], [*seeds.loaded]) if seeds is not None else ([], [])
        memo.store(relative, [state, *depends], item, problems[first:], uses)
    return item


def _read_and_parse(files: ProjectFiles, relative: str, parse: Callable[..., T | None], extra: tuple) -> T | None:
    text = files.read_text(relative, MAX_CONTENT_BYTES, "content file")
    if text is None:
        return None
    try:
        return _parse_file(relative, text, parse, files.problems, *extra)
    except Exception as error:  # noqa: BLE001 - the last line of defence; the suite asserts it never fires
        files.problems.append(internal_error(Where(relative, 1), error))
        return None


def _parse_file(relative: str, text: str, parse: Callable[..., T | None], problems: list[Problem], *extra) -> T | None:
    try:
        document = parse_document(text.removeprefix("\ufeff"))  # a byte-order mark some editors write
    except FrontMatterError as error:
        problems.append(Problem(Where(relative, error.line), error.code, error.message))
        return None
    if document.data is None:
        problems.append(Problem(Where(relative, 1), "front-matter-missing",
                                "the file must start with YAML front matter between two '---' lines"))
        return None
    reader = FieldReader(relative, document, problems)
    return parse(relative, Path(relative).stem, document, reader, *extra)


class SeedCache:
    """Parses each seed once, whatever number of briefs cite it.

    A seed's read problems are kept apart (``problems``) and reported once
    per load, whichever brief reached the seed first."""

    def __init__(self, files: ProjectFiles, memo: Memo | None = None):
        self.files = files
        self.memo = memo
        self.seeds: dict[str, Seed] = {}
        self.real: dict[str, str] = {}
        """Seed path as written → its real path, relative to the project."""
        self.unreadable: set[str] = set()
        self.problems: list[Problem] = []
        self.used: list[tuple[str, Signature]] = []
        """The files the brief being parsed depends on besides itself: its seed,
        and the seeds/ folder when the seed is missing (the hint lists the others)."""
        self.loaded: list[str] = []
        """The seeds the brief being parsed loaded: a reuse of it loads them again."""
        folder = files.root / "seeds"
        self.available = sorted(f"seeds/{p.name}" for p in folder.glob("*")
                                if not is_ignored(p.name)) if folder.is_dir() else []

    def get(self, path: str) -> Seed | None:
        if path not in self.seeds and path not in self.unreadable:
            entry = self.memo.lookup(path) if self.memo else None
            if entry is None:
                state = self._state(path)
                entry = Entry((state,), self._read(path), tuple(self._taken))
                if self.memo:
                    self.memo.store(path, entry.depends, entry.value, entry.problems)
            self.problems.extend(entry.problems)
            seed, real = entry.value
            if seed is None:
                self.unreadable.add(path)
            else:
                self.seeds[path] = seed
                self.real[path] = real
        self.loaded.append(path)
        return self.seeds.get(path)

    def _state(self, relative: str) -> tuple[str, Signature]:
        return self.memo.state(relative) if self.memo else (relative, None)

    def _read(self, path: str) -> tuple[Seed | None, str | None]:
        """The parsed seed and its real path; its problems go to ``_taken``."""
        first = len(self.files.problems)
        text = self.files.read_text(path, MAX_SEED_BYTES, "seed")
        self._taken = self.files.problems[first:]
        del self.files.problems[first:]
        if text is None:
            return None, None
        return parse_seed(path, text), self.files.real_path(path).relative_to(self.files.real_root).as_posix()

    def replay(self, loaded: Iterable[str]) -> None:
        """Load the seeds a reused brief was parsed with, as parsing it did."""
        for path in loaded:
            self.get(path)

    def start(self) -> None:
        """A brief is about to be parsed: track what it uses."""
        self.used.clear()
        self.loaded.clear()

    def index_for(self, source: Source, reader: FieldReader) -> SeedIndex | None:
        """The seed of a brief's source, indexed with that brief's boilerplate."""
        parts = Path(source.file).parts
        if len(parts) < 2 or parts[0] != "seeds" or ".." in parts:
            reader.report("seed-outside", f'seed file "{source.file}" must be a file in seeds/, '
                          "e.g. seeds/001_example.txt", "source", "file")
            return None
        path = self.files.root / source.file
        self.used.append(self._state(source.file))
        if path.is_dir():
            reader.report("seed-missing", f'seed file "{source.file}" is a folder, not a file; seeds live in seeds/',
                          "source", "file")
            return None
        if not path.exists() and not path.is_symlink():
            self.used.append(self._state("seeds"))
            reader.report("seed-missing", f'seed file "{source.file}" does not exist'
                          f"{did_you_mean(source.file, self.available)}; seeds live in seeds/", "source", "file")
            return None
        if path.exists() and not self.files.inside(source.file, "seeds"):
            reader.report("seed-outside", f'seed file "{source.file}" is a link to a file outside seeds/; '
                          "a seed must be a file inside seeds/ (copy the article there with make draft)",
                          "source", "file")
            return None
        seed = self.get(source.file)
        if seed is None:
            return None  # reported by read_text (broken link, too large, not UTF-8, …)
        last_line = len(seed.text.splitlines())
        if source.boilerplate.last > last_line:
            first_beyond = next(a if a > last_line else last_line + 1 for a, b in source.boilerplate.ranges
                                if b > last_line)
            reader.report("bad-boilerplate", f"boilerplate lines from {first_beyond} are past the end of "
                          f"{source.file} ({last_line} lines)", "source", "boilerplate")
        return SeedIndex.build(seed, source.boilerplate.clipped(last_line))


def load_corpus(root: Path, memo: Memo | None = None) -> tuple[Corpus, list[Problem]]:
    """Parse registries, seeds and briefs under ``root``; anchor every quote.

    With a ``memo`` (the dev server's), files unchanged since the last load are not read again."""
    root = Path(root)
    files = ProjectFiles(root)
    files.check_content_root()
    if memo is not None:
        memo.begin()
    people = load_documents(files, "people", parse_person, memo=memo)
    organisations = load_documents(files, "organisations", parse_organisation, memo=memo)
    countries = load_documents(files, "countries", parse_country, memo=memo)
    claims = load_documents(files, "claims", parse_claim, memo=memo)
    seeds = SeedCache(files, memo)
    briefs = load_documents(files, "briefs", parse_brief, seeds.index_for, memo=memo, seeds=seeds)
    files.problems.extend(seeds.problems)
    pages = load_documents(files, "pages", parse_page, memo=memo)
    loaded = {"people": {p.id for p in people}, "organisations": {o.id for o in organisations}, "countries": {c.code.lower() for c in countries},
              "claims": {c.id for c in claims}, "briefs": {b.slug for b in briefs}}
    unparsed = {folder: frozenset(p.rsplit("/", 1)[-1].removesuffix(".md").lower()  # the file's stem
                                  for p in files.content_files(folder)) - keys
                for folder, keys in loaded.items()}
    for folder in loaded:  # a folder that was not read at all: its ids are not reported missing
        if files.is_refused(f"content/{folder}"):
            unparsed[folder] = frozenset({UNREAD})
    briefs.sort(key=_newest_first)
    corpus = Corpus(
        root=str(root),
        seeds=seeds.seeds,
        people={p.id: p for p in people},
        organisations={o.id: o for o in organisations},
        speakers={**{o.id: o for o in organisations}, **{p.id: p for p in people}},
        countries={c.code: c for c in countries},
        claims={c.id: c for c in claims},
        briefs=tuple(briefs),
        brief_by_slug={b.slug: b for b in briefs},
        unparsed=unparsed,
        pages={p.where.path: p for p in pages},
        seed_real=seeds.real,
    )
    return corpus, files.problems


def _newest_first(brief: Brief) -> tuple:
    published = brief.source.published
    return (published is None, -(published.toordinal() if published else 0), brief.slug)
