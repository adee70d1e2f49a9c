"""Claim analysis: numbers, disagreement, attribution and independent sources.

`analyse` turns a corpus into an `Analysis` for the pages; `analysis_problems`
yields what ``make check`` reports; `to_json` exports the analysis.

    corpus ─┬─ values (quantities) ─ time groups ─ verdicts, chart ─┐
            ├─ quotes (attribution) ─── conflicts ──────────────────┼─ ClaimAnalysis per claim
            └─ seeds (reuse) ────────── clusters ───────────────────┘  Reuse per source

Only published briefs are analysed for the pages (drafts are not shown);
`analysis_problems` checks every brief, drafts included.  Everything is
indexed once: citations by claim, shingles by source.
"""

from __future__ import annotations

from .aggregate import analyse, analysis_problems
from .attribution import AttributionConflict, Attributed, check_attribution
from .checks import check_values
from .export import to_json
from .records import Analysis, ClaimAnalysis, TimeGroup, ValueRow
from .reuse import Reuse

__all__ = [
    "Analysis", "AttributionConflict", "Attributed", "ClaimAnalysis", "Reuse", "TimeGroup", "ValueRow",
    "analyse", "analysis_problems", "check_attribution", "check_values", "to_json",
]
