"""The content model: typed, frozen records made once by the loader.

Every record knows where it came from (`path`, `line`) so that any later
check can point an author at the exact line to fix.  Nothing here reads
files or renders HTML; see `loader` and `render` for that.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator


@dataclass(frozen=True, slots=True)
class Where:
    """A place in an author's file, for error messages and permalinks."""

    path: str
    """Path relative to the project root, e.g. ``content/briefs/x.md``."""
    line: int
    """1-based line number."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


# --------------------------------------------------------------------------
# Seeds: the raw articles, segmented into paragraphs and sentences.
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a seed paragraph; its permalink is ``p<N>s<M>``."""

    index: int
    """1-based position in its paragraph (the ``M`` of ``p<N>s<M>``)."""
    start: int
    """Offset of its first character in the seed's full text."""
    end: int
    """Offset one past its last character in the seed's full text."""
    source: str = field(repr=False)
    """The seed's full text, shared: a sentence holds no copy of its words."""

    @property
    def text(self) -> str:
        """The sentence exactly as in the seed."""
        return self.source[self.start:self.end]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-blank line of a seed; its permalink is ``p<N>``."""

    index: int
    """1-based position among the seed's non-blank lines (the ``N``)."""
    line: int
    """1-based line number in the raw seed file."""
    start: int
    """Offset of the paragraph's first character in the seed's text."""
    end: int
    """Offset one past its last character (its line break and trailing spaces left out)."""
    source: str = field(repr=False)
    """The seed's full text, shared, as for `Sentence`."""
    sentences: tuple[Sentence, ...] = ()

    @property
    def text(self) -> str:
        """The line exactly as in the seed, without its line break."""
        return self.source[self.start:self.end]


@dataclass(frozen=True, slots=True)
class Seed:
    """A raw article, never edited, split once into paragraphs and sentences."""

    path: str
    """Path relative to the project root, e.g. ``seeds/003_….txt``."""
    text: str
    """The whole file, decoded as UTF-8."""
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote sits in its seed: a run of sentences, and the exact span."""

    start: int
    """Offset of the quote's first character in the seed's text."""
    end: int
    """Offset one past the quote's last character in the seed's text."""
    sentences: tuple[tuple[int, int], ...]
    """``(paragraph, sentence)`` pairs the quote touches, in order."""

    @property
    def fragment(self) -> str:
        """The permalink fragment of the first sentence, e.g. ``p4s2``."""
        paragraph, sentence = self.sentences[0]
        return f"p{paragraph}s{sentence}"


@dataclass(frozen=True, slots=True)
class Markdown:
    """An author's Markdown text, parsed once into markdown-it tokens."""

    text: str
    line: int
    """1-based line of the file where the text starts (for link errors)."""
    tokens: tuple[Any, ...] = field(default=(), compare=False, repr=False)
    """markdown-it-py tokens; rendered with the site's URLs by ``render``."""
    links: tuple[tuple[str, int], ...] | None = field(default=None, compare=False, repr=False)
    """Every link target with its file line, taken from the tokens once (None: not yet)."""
    images: tuple[tuple[str, int], ...] | None = field(default=None, compare=False, repr=False)
    """Every image source with its file line, likewise."""


# --------------------------------------------------------------------------
# Registries: people, organisations, countries and claims, each with a page.
# --------------------------------------------------------------------------


class _Speaker:
    """What people and organisations share: names to be found by, and front-matter lines."""

    __slots__ = ()
    name: str
    aliases: tuple[str, ...]
    where: Where
    lines: dict[tuple[Any, ...], int]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def line_of(self, *key: Any) -> Where:
        return Where(self.where.path, self.lines.get(key, self.where.line))


@dataclass(frozen=True, slots=True)
class Person(_Speaker):
    """A registered person (``content/people/<id>.md``)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    """Other ways the articles write the name ("Austin", "Lloyd J. Austin III")."""
    role: str
    country: str | None
    """ISO 3166-1 alpha-2 code, upper-case, or None when unknown."""
    wikidata: str | None
    profile: Markdown
    """The body of the registry file (may be empty)."""
    status: str
    """``published``, or ``proposed`` for an entry a draft suggested."""
    where: Where
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict, compare=False, repr=False)
    """1-based line of each front-matter key, e.g. ``("country",)``."""
    organisations: tuple[str, ...] = ()
    """Ids of the organisations the person speaks for (``organisations: [nato]``)."""


@dataclass(frozen=True, slots=True)
class Organisation(_Speaker):
    """A registered organisation (``content/organisations/<id>.md``): a body
    that speaks in the articles — a ministry, an army, an agency, an
    alliance, a news agency, a company."""

    id: str
    name: str
    aliases: tuple[str, ...]
    """Other ways the articles write it ("the Pentagon", "DoD")."""
    kind: str
    """One of `registries.ORGANISATION_KINDS`, e.g. ``intelligence agency``."""
    country: str | None
    """ISO 3166-1 alpha-2 code of the state it belongs to; None for an international body."""
    wikidata: str | None
    profile: Markdown
    status: str
    where: Where
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Country:
    """A registered country (``content/countries/<code>.md``)."""

    code: str
    """ISO 3166-1 alpha-2 code, upper-case (the URL uses lower case)."""
    name: str
    """Display name: the registry's ``name``, else pycountry's common name."""
    official_name: str
    """pycountry's name, shown for reference."""
    aliases: tuple[str, ...]
    """Other names, demonyms and metonyms ("North Korean", "Pyongyang")."""
    profile: Markdown
    status: str
    where: Where

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Claim:
    """A registered proposition (``content/claims/<id>.md``) that briefs cite."""

    id: str
    statement: str
    """The canonical statement, in the project's own words."""
    notes: Markdown
    """The body of the registry file (may be empty)."""
    status: str
    """``published``, or ``proposed`` for a claim a draft suggested."""
    where: Where
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict, compare=False, repr=False)
    """1-based line of each front-matter key, e.g. ``("statement",)``."""

    def line_of(self, *key: Any) -> Where:
        return Where(self.where.path, self.lines.get(key, self.where.line))


@dataclass(frozen=True, slots=True)
class SitePage:
    """A plain page of the site (``content/pages/<slug>.md``), e.g. About."""

    slug: str
    """The URL folder, ``/<slug>/``; the file name unless ``slug:`` says otherwise."""
    title: str
    status: str
    """``published``, or ``draft`` (checked, not published)."""
    body: Markdown
    where: Where


# --------------------------------------------------------------------------
# Briefs: one per seed, the author's annotation of it.
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineSet:
    """1-based line numbers kept as sorted, disjoint ranges.

    ``boilerplate: ["1-1000000000"]`` costs one pair, not a billion numbers;
    the loader clips the ranges to the seed's length before anything
    iterates over them.

    >>> lines = LineSet.of([(57, 69), (2, 2), (60, 70)])
    >>> lines.ranges, 58 in lines, 71 in lines, len(lines)
    (((2, 2), (57, 70)), True, False, 15)
    """

    ranges: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, ranges: Iterable[tuple[int, int]]) -> "LineSet":
        merged: list[tuple[int, int]] = []
        for first, last in sorted(ranges):
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
            else:
                merged.append((first, last))
        return cls(tuple(merged))

    def __contains__(self, line: object) -> bool:
        if not isinstance(line, int):
            return False
        at = bisect.bisect_right(self.ranges, (line, float("inf"))) - 1
        return at >= 0 and self.ranges[at][0] <= line <= self.ranges[at][1]

    def __iter__(self) -> Iterator[int]:
        for first, last in self.ranges:
            yield from range(first, last + 1)

    def __len__(self) -> int:
        return sum(last - first + 1 for first, last in self.ranges)

    def __bool__(self) -> bool:
        return bool(self.ranges)

    @property
    def last(self) -> int:
        """The highest line, or 0 when empty."""
        return self.ranges[-1][1] if self.ranges else 0

    def clipped(self, last_line: int) -> "LineSet":
        """The lines up to ``last_line``."""
        return LineSet(tuple((a, min(b, last_line)) for a, b in self.ranges if a <= last_line))


@dataclass(frozen=True, slots=True)
class Source:
    """The ``source`` block of a brief: which seed, and who published it."""

    file: str
    """Path of the seed relative to the project root."""
    publisher: str | None
    published: dt.date | None
    byline: tuple[str, ...]
    url: str | None
    boilerplate: LineSet
    """1-based raw-file line numbers shown de-emphasised (web clutter)."""


@dataclass(frozen=True, slots=True)
class Citation:
    """One item of a brief's ``claims`` list: a claim as this source has it."""

    claim: str
    """Id of the registered claim."""
    quote: str
    """Verbatim words of the seed."""
    by: str
    """A person's or an organisation's id when ``by_id`` is true, else free
    text ("a senior South Korean official")."""
    by_id: bool
    """``by`` is written as an id: it must name a registered person or organisation."""
    value: Any
    """The raw ``value`` from the front matter, or None; see ``analysis``."""
    occurrence: int | None
    """Which occurrence of the quote to anchor to (1 = the first), if asked."""
    anchor: Anchor | None
    """Where the quote is; None only when it was not found (an error)."""
    where: Where


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """A warning an author reviewed and accepted (a brief's ``acknowledged:`` item)."""

    code: str
    """The warning's code, e.g. ``attribution-conflict``."""
    subject: tuple[tuple[str, str], ...]
    """What it is about, sorted: ``(("brief", "y"), ("claim", "x"))``."""
    note: str
    """Why it stands: what the reviewer checked."""
    where: Where


@dataclass(frozen=True, slots=True)
class Brief:
    """A brief (``content/briefs/<slug>.md``)."""

    slug: str
    title: str
    status: str
    """``published`` or ``draft``."""
    source: Source
    summary: str
    people: tuple[str, ...]
    countries: tuple[str, ...]
    """Upper-case ISO codes."""
    citations: tuple[Citation, ...]
    body: Markdown
    where: Where
    acknowledged: tuple[Acknowledgement, ...] = ()
    """Warnings about this brief that were reviewed and are no longer reported."""
    organisations: tuple[str, ...] = ()
    """Ids of the organisations the brief is about (``organisations:``)."""
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict, compare=False, repr=False)
    """1-based line of each front-matter key and list item, e.g. ``("people", 2)``."""

    def line_of(self, *key: Any) -> Where:
        return Where(self.where.path, self.lines.get(key, self.where.line))


def speaker_kind(speaker: Person | Organisation | None) -> str | None:
    """The page kind a registered speaker links to: ``person``, ``organisation``, or None for free text."""
    if speaker is None:
        return None
    return "person" if isinstance(speaker, Person) else "organisation"


UNREAD = "*"
"""In `Corpus.unparsed`: the whole folder could not be read."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything the site is made of, loaded and anchored once."""

    root: str
    seeds: dict[str, Seed]
    """By path, e.g. ``seeds/003_….txt``."""
    people: dict[str, Person]
    countries: dict[str, Country]
    """By upper-case ISO code."""
    claims: dict[str, Claim]
    briefs: tuple[Brief, ...]
    """Sorted newest first, then by slug."""
    brief_by_slug: dict[str, Brief] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    speakers: dict[str, Person | Organisation] = field(default_factory=dict)
    """People and organisations by id, as a citation's ``by`` names them
    (an id may not be both: the checks report it)."""
    pages: dict[str, SitePage] = field(default_factory=dict)
    """Plain pages (``content/pages/``) by file path: two files may claim one
    slug, and the checks must see both to report it."""
    seed_real: dict[str, str] = field(default_factory=dict)
    """Seed path as a brief writes it → the real file's path in the project;
    two briefs on one real file (through a link) are one source twice."""
    preview: bool = False
    """A draft preview (``make devserver DRAFTS=1``): draft briefs and proposed
    registry entries get pages too.  Never set by ``make html`` or ``make publish``."""
    unparsed: dict[str, frozenset[str]] = field(default_factory=dict)
    """Folder ("briefs", "people", "organisations", "countries", "claims") → file names without
    .md of the files that could not be parsed.  References to them are not
    reported again: the file's own error says what is wrong."""

    def is_unparsed(self, folder: str, key: str) -> bool:
        keys = self.unparsed.get(folder, frozenset())
        return key.lower() in keys or UNREAD in keys

    def on_site(self, status: str) -> bool:
        """Whether an entry of this ``status`` has a page: published ones, and in a preview drafts and proposals."""
        return status == "published" or self.preview

    def seed_of(self, brief: Brief) -> Seed:
        return self.seeds[brief.source.file]
