"""The records the analysis hands to the pages: frozen, typed, documented."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .attribution import AttributionConflict
from .qualifiers import Quantity
from .reuse import Reuse
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
    """The citation's ``by``: a person id or free text."""
    speaker_name: str
    """Display name: the person's name when ``by`` is a registered person."""
    speaker_is_person: bool
    """Whether ``speaker`` is a registered person id (link to their page)."""
    quote: str
    fragment: str | None
    """Permalink fragment of the quoted sentence (``p4s2``), None if unanchored."""
    quantity: Quantity | None
    """The parsed ``value:``; None when there is none or it is unreadable."""
    cluster: str
    """Origin cluster of the brief's source (see `reuse`)."""

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
class ClaimAnalysis:
    """Everything the analysis says about one claim."""

    claim: str
    """The claim id."""
    statement: str
    rows: tuple[ValueRow, ...]
    """Every published citation of the claim, in corpus order."""
    values: tuple[ValueRow, ...]
    """The rows with a value, lowest first: the chart's rows and its table."""
    verdict: str | None
    """"sources agree", "sources differ: …", "only one source"; None without values."""
    chart_svg: str | None
    """Inline SVG of `values` (escaped when built), None without values."""
    conflicts: tuple[AttributionConflict, ...]
    n_sources: int
    """Distinct briefs citing the claim."""
    n_independent: int
    """Distinct origin clusters among them."""
    clusters: dict[str, str]
    """Citing brief slug → its origin cluster."""

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
