"""The timeline: what the briefs date, day by day; and the sources index.

    dates = Dates.of(site, analysis)
    dates.site_wide()       → Timeline(days=(Day(2024-10-30, briefs=…, statements=…), …), undated=(…))
    dates.person("jan-novak"), dates.speaker("organisation", …), dates.country("RU"), dates.claim("troops-crossed")
    dates.source_rows()     → (BriefLine(…), …): the sources index

Two kinds of dated entry:

- a **brief**, on its source's publication date (``source.published``);
- a **statement**, a quote whose value says which day it describes
  (``value: {amount: 3000, qualifier: up to, as_of: 2024-10-28}``), on that
  day, whether or not its brief is dated.  A value without ``as_of`` dates
  nothing: its brief stands for it, on the brief's own day.

Days run **oldest first**: a timeline is read as a chronology, and a value
"as of" a day belongs before the reports that came after it; the briefs
index and the feeds already give the newest first.  Briefs without a date
are listed apart, after the days (`Timeline.undated`).

A person's, organisation's, country's or claim's page shows its own dated
entries: the briefs its feed draws on (that list it, quote it, cite it or
name it), all of them, and the dated statements it makes or is named in, or
that cite the claim.

Values are parsed once, by the claim analysis; `Dates` finds the dated ones
once, so that each page's timeline costs only its own briefs and quotes.
The records are small and frozen and hold the site index's own `Cited`
objects and the analysis's quantities, so that on a dev-server rebuild an
unchanged timeline compares equal by identity, field by field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from typing import Iterable, Iterator, Mapping

from .analysis import Analysis
from .analysis.quantities import Quantity
from .model import Brief
from .site import Cited, Mentioned, SiteIndex

Ref = tuple[str, str]

_SLUG = attrgetter("slug")
_BRIEF_SLUG = attrgetter("brief.slug")


@dataclass(frozen=True, slots=True)
class BriefLine:
    """What a list shows of a brief: its link, title and source line.  A
    summary or body edit leaves it equal, so such a list is not rendered
    again for one."""

    slug: str
    title: str
    publisher: str | None
    published: dt.date | None
    """The source's publication date; None when unknown."""

    @classmethod
    def of(cls, brief: Brief) -> "BriefLine":
        return cls(brief.slug, brief.title, brief.source.publisher, brief.source.published)


@dataclass(frozen=True, slots=True)
class Statement:
    """A quote whose value gives the day it describes."""

    cited: Cited
    """The quote and its brief, as the site index holds them."""
    quantity: Quantity
    """The value, as the claim analysis read it; ``quantity.as_of`` is set."""

    @property
    def day(self) -> dt.date:
        assert self.quantity.as_of is not None
        return self.quantity.as_of

    @property
    def value(self) -> str:
        """``up to 3,000 troops``: the number as stated, with its unit."""
        unit = self.quantity.unit
        return f"{self.quantity.phrase} {unit}" if unit else self.quantity.phrase


@dataclass(frozen=True, slots=True)
class Day:
    """One date of a timeline and what it dates."""

    date: dt.date
    briefs: tuple[BriefLine, ...]
    """Briefs whose source was published that day, by slug."""
    statements: tuple[Statement, ...]
    """Values stated as of that day, by claim id, then in site order."""


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dated entries by day, oldest first, and the briefs with no date."""

    days: tuple[Day, ...]
    undated: tuple[BriefLine, ...] = ()
    """Briefs whose source has no date (the site's timeline only)."""

    @property
    def refs(self) -> Iterator[Ref]:
        """The claims and speakers its statements show by name (the page's lookups)."""
        return chain.from_iterable(s.cited.refs for day in self.days for s in day.statements)

    def __len__(self) -> int:
        """The number of dated entries."""
        return sum(len(day.briefs) + len(day.statements) for day in self.days)


NO_TIMELINE = Timeline(())
"""An entity nothing dated concerns: one shared object."""


@dataclass(frozen=True, eq=False)
class Dates:
    """The site's dated statements, found once; every timeline is made from them."""

    statements: Mapping[int, Statement]
    """``id(citation)`` → its statement, for each quote with a dated value.  Keyed by
    the citation object itself: the statement holds it, so the key stays its own."""
    rank: Mapping[str, int]
    """Brief slug → its place in the site's order (newest first, then by slug)."""
    lines: tuple[BriefLine, ...]
    """Each brief's line, in the site's order: one object per brief, shared by every list of it."""
    site: SiteIndex

    @classmethod
    def of(cls, site: SiteIndex, analysis: Analysis) -> "Dates":
        found = {}
        for claim, cited in site.by_claim.items():
            rows = analysis.claims[claim].rows if claim in analysis.claims else ()
            # Both list the claim's published citations in corpus order: brief by brief, in the brief's order.
            for item, row in zip(cited, rows, strict=True):
                if row.quantity is not None and row.quantity.as_of is not None:
                    found[id(item.citation)] = Statement(item, row.quantity)
        return cls(found, {brief.slug: i for i, brief in enumerate(site.briefs)},
                   tuple(BriefLine.of(brief) for brief in site.briefs), site)

    def line(self, brief: Brief) -> BriefLine:
        return self.lines[self.rank[brief.slug]]

    def source_rows(self) -> tuple[BriefLine, ...]:
        """The sources index: one row per published brief's source, newest first."""
        return self.lines

    def site_wide(self) -> Timeline:
        """Every published brief and every dated statement."""
        return self.timeline([self.site.briefs], [], [self.statements.values()], undated=True)

    def person(self, person: str) -> Timeline:
        return self.speaker("person", person)

    def speaker(self, kind: str, key: str) -> Timeline:
        """A person's or organisation's: the briefs listing, quoting or naming
        them, and the dated values they stated or that name them."""
        said = self.site.by_speaker.get(key, ())
        naming = self.site.quotes_naming.get((kind, key), ())
        return self.timeline([self.site.briefs_naming.get((kind, key), ())],
                             [said, naming, self.site.mentions_of.get((kind, key), ())], [said, naming])

    def country(self, code: str) -> Timeline:
        key = ("country", code)
        naming = self.site.quotes_naming.get(key, ())
        return self.timeline([self.site.briefs_naming.get(key, ())], [naming, self.site.mentions_of.get(key, ())],
                             [naming])

    def claim(self, claim: str) -> Timeline:
        cited = self.site.by_claim.get(claim, ())
        return self.timeline([], [cited], [cited])

    def timeline(self, briefs: Iterable[Iterable[Brief]], about: Iterable[Iterable[Cited | Mentioned]],
                 quotes: Iterable[Iterable[Cited | Statement]], undated: bool = False) -> Timeline:
        """The dated entries among ``briefs``, the briefs of the quotes and
        mentions ``about`` and the ``quotes``, each once, by day; with
        ``undated``, the briefs without a date too.  Costs the length of the
        lists: every page's timeline is made again on each dev-server rebuild."""
        at = self.rank.__getitem__
        ranks = set()
        for group in briefs:
            ranks.update(map(at, map(_SLUG, group)))
        for group in about:
            ranks.update(map(at, map(_BRIEF_SLUG, group)))
        dated = self._statements(quotes) if self.statements else {}
        if not ranks and not dated:
            return NO_TIMELINE
        lines: dict[dt.date, list[BriefLine]] = {}
        no_date = []
        for place in sorted(ranks):
            line = self.lines[place]
            if line.published is None:
                no_date.append(line)
            else:
                lines.setdefault(line.published, []).append(line)
        said: dict[dt.date, list[Statement]] = {}
        for statement in dated.values():
            said.setdefault(statement.day, []).append(statement)
        days = sorted(lines.keys() | said.keys()) if said else sorted(lines)
        return Timeline(
            tuple(Day(day, tuple(lines.get(day, ())),
                      tuple(sorted(said[day], key=self._claim_then_site_order)) if day in said else ())
                  for day in days),
            tuple(no_date) if undated else ())

    def _statements(self, quotes: Iterable[Iterable[Cited | Statement]]) -> dict[int, Statement]:
        """The dated ones among ``quotes``, each once."""
        found = {}
        for group in quotes:
            for item in group:
                statement = item if isinstance(item, Statement) else self.statements.get(id(item.citation))
                if statement is not None:
                    found[id(statement.cited.citation)] = statement
        return found

    def _claim_then_site_order(self, statement: Statement) -> tuple[str, int]:
        return statement.cited.citation.claim, self.rank[statement.cited.brief.slug]
