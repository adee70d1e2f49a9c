"""The records the analysis hands to the pages: frozen, typed, documented."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .attribution import AttributionConflict
from .qualifiers import Quantity
from .reuse import Reuse
from .timegroups import WINDOW_DAYS, span_label
from .verdict import DIFFER


@dataclass(frozen=True, slots=True)
class ValueRow:
    """One citation of a claim, as the claim page's values table shows it."""

    brief: str
    """Slug of the citing brief."""
    title: str
    """The brief's title (shown when the publisher is unknown)."""
    publisher: str | None
    published: dt.date | None
    speaker: str
    """The citation's ``by``: a person's or organisation's id, or free text."""
    speaker_name: str
    """Display name: the registered speaker's name when ``by`` is one."""
    speaker_kind: str | None
    """``person`` or ``organisation`` when ``speaker`` is a registered one's id (link to its page), else None."""
    quote: str
    fragment: str | None
    """Permalink fragment of the quoted sentence (``p4s2``), None if unanchored."""
    quantity: Quantity | None
    """The parsed ``value:``; None when there is none or it is unreadable."""
    cluster: str
    """Origin cluster of the brief's source (see `reuse`)."""
    date: dt.date | None = None
    """The day the value describes: its ``as_of``, else the source's
    publication date; None when neither is known (see `timegroups`)."""
    dated_by: str | None = None
    """Where `date` comes from: ``as_of``, ``published``, or None."""

    @property
    def qualifier(self) -> str:
        """The qualifier as written ("upwards of"), "" for an exact number."""
        if self.quantity is None or self.quantity.qualifier in ("exact", "between"):
            return ""
        return self.quantity.wording or self.quantity.qualifier

    @property
    def value(self) -> str:
        return self.quantity.phrase if self.quantity else ""


@dataclass(frozen=True, slots=True)
class TimeGroup:
    """Values of one time (`timegroups`): compared with one another, never with other groups'."""

    first: dt.date | None
    """The earliest date of its values; None for the values of unknown date."""
    last: dt.date | None
    """The latest date, at most `timegroups.WINDOW` after `first`."""
    rows: tuple[ValueRow, ...]
    """Its values, lowest first."""
    verdict: str | None
    """The verdict on these values alone (`verdict.verdict`)."""

    @property
    def label(self) -> str:
        """"28–31 October 2024", "date unknown"."""
        return span_label(self.first, self.last)


@dataclass(frozen=True, slots=True)
class ClaimAnalysis:
    """Everything the analysis says about one claim."""

    claim: str
    """The claim id."""
    statement: str
    rows: tuple[ValueRow, ...]
    """Every published citation of the claim, in corpus order."""
    values: tuple[ValueRow, ...]
    """The rows with a value, group by group (`groups`), lowest first in each:
    the chart's rows and its table."""
    verdict: str | None
    """"sources agree", "sources differ: …", "one source gives a number", …
    for the latest values (`verdict_group`); None without values."""
    chart_svg: str | None
    """Inline SVG of `values` (escaped when built), None without values."""
    conflicts: tuple[AttributionConflict, ...]
    n_sources: int
    """Distinct briefs citing the claim."""
    n_independent: int
    """Distinct origin clusters among them."""
    clusters: dict[str, str]
    """Citing brief slug → its origin cluster."""
    groups: tuple[TimeGroup, ...] = ()
    """`values` by time, earliest first (unknown dates last); one group when all are of one time."""
    verdict_group: int | None = None
    """The position in `groups` of the group `verdict` is about: the latest
    dated one (the unknown-date group only when no value has a date)."""

    @property
    def verdict_when(self) -> str:
        """The dates `verdict` is about, when values of other dates are set
        apart ("28–31 October 2024"); "" when all values are of one time."""
        if len(self.groups) < 2 or self.verdict_group is None:
            return ""
        return self.groups[self.verdict_group].label

    @property
    def window_days(self) -> int:
        """How many days apart values of one time group may be at most (`timegroups.WINDOW_DAYS`)."""
        return WINDOW_DAYS

    @property
    def contested(self) -> bool:
        return bool(self.verdict and self.verdict.startswith(DIFFER))


@dataclass(frozen=True, slots=True)
class Analysis:
    """The analysis of a corpus, looked up by the pages."""

    claims: dict[str, ClaimAnalysis]
    """Claim id → analysis, for every claim cited by a published brief."""
    sources: dict[str, tuple[Reuse, ...]]
    """Brief slug → the sources it shares text with (empty when none)."""
    clusters: dict[str, str]
    """Brief slug → origin cluster id."""
    contested: tuple[ClaimAnalysis, ...]
    """Claims whose sources' numbers differ, most independent sources first."""
