"""`to_json`: the analysis as plain JSON-ready data, for feeds and exports.

    {"claims": {id: {"statement", "verdict", "verdict_group", "n_sources", "n_independent",
                     "values": [{"brief", "publisher", "published", "speaker", "speaker_name",
                                 "qualifier", "amount", "min", "max", "unit",
                                 "as_of", "date", "date_from", "interval": [low, high], "quote",
                                 "fragment", "cluster"}],
                     "groups": [{"from", "to", "verdict", "values": [index, ...]}],
                     "conflicts": [{"first": {"brief", "source", "by", "speaker_name",
                                              "quote"}, "second": {...}, "similarity"}]}},
     "sources": {slug: {"cluster", "reuse": [{"source", "name", "shared",
                                              "share_of_this", "share_of_that"}]}},
     "contested": [claim id, ...]}

Dates are ISO strings; an unbounded end of an interval is null (JSON has
no infinity); shares are rounded to three decimals.  A value's ``date`` is
the day it describes and ``date_from`` says whence: ``"as_of"``,
``"published"`` (its source's date) or null (unknown).  ``groups`` are the
values' time groups (`timegroups`), earliest first, the unknown-date group
(``from`` and ``to`` null) last; each lists its values by their index in
``values`` (which are in group order, lowest first in each), and
``verdict_group`` is the index of the group ``verdict`` is about.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from ..memo import Kept, remember
from .attribution import Attributed, AttributionConflict
from .records import Analysis, ClaimAnalysis, TimeGroup, ValueRow
from .reuse import Reuse


def to_json(analysis: Analysis) -> dict[str, Any]:
    return {
        "claims": {claim: claim_json(c) for claim, c in sorted(analysis.claims.items())},
        "sources": {
            slug: {"cluster": cluster, "reuse": [reuse_json(r) for r in analysis.sources.get(slug, ())]}
            for slug, cluster in sorted(analysis.clusters.items())
        },
        "contested": [c.claim for c in analysis.contested],
    }


def claim_json(claim: ClaimAnalysis) -> dict[str, Any]:
    return {
        "statement": claim.statement,
        "verdict": claim.verdict,
        "verdict_group": claim.verdict_group,
        "n_sources": claim.n_sources,
        "n_independent": claim.n_independent,
        "values": [row_json(r) for r in claim.values],
        "groups": groups_json(claim.groups),
        "conflicts": [conflict_json(c) for c in claim.conflicts],
    }


def groups_json(groups: tuple[TimeGroup, ...]) -> list[dict[str, Any]]:
    """Each group with the indexes of its values (they are listed group by group)."""
    out, start = [], 0
    for group in groups:
        out.append({"from": _date(group.first), "to": _date(group.last), "verdict": group.verdict,
                    "values": list(range(start, start + len(group.rows)))})
        start += len(group.rows)
    return out


def row_json(row: ValueRow) -> dict[str, Any]:
    q = row.quantity
    return {
        "brief": row.brief, "publisher": row.publisher, "published": _date(row.published),
        "speaker": row.speaker, "speaker_name": row.speaker_name, "qualifier": q.qualifier, "amount": q.amount, "min": q.min, "max": q.max,
        "unit": q.unit, "as_of": _date(q.as_of), "date": _date(row.date), "date_from": row.dated_by,
        "interval": [_finite(v) for v in q.interval],
        "quote": row.quote, "fragment": row.fragment, "cluster": row.cluster,
    }


def conflict_json(conflict: AttributionConflict) -> dict[str, Any]:
    return {"first": _said(conflict.first), "second": _said(conflict.second),
            "similarity": round(conflict.similarity, 3)}


def reuse_json(reuse: Reuse) -> dict[str, Any]:
    return {"source": reuse.other, "name": reuse.other_name, "shared": reuse.shared,
            "share_of_this": round(reuse.share_of_this, 3), "share_of_that": round(reuse.share_of_that, 3)}


def _said(said: Attributed) -> dict[str, Any]:
    return {"brief": said.brief, "source": said.source, "by": said.by, "speaker_name": said.speaker_name,
            "quote": said.quote}


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def analysis_json_text(analysis: Analysis, known: Kept[str] | None = None) -> str:
    """``json.dumps(to_json(analysis), ensure_ascii=False, indent=1, sort_keys=True)``, assembled from
    one fragment per claim and per source.  ``known`` (the dev server's) keeps each fragment with the
    objects it was made from, so that an edit formats again only what it changed; indentation is
    added per nesting level, which is all that places a fragment (JSON strings hold no newline)."""

    def member(key: str, value: Any) -> str:
        text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n  ")
        return f"  {json.dumps(key, ensure_ascii=False)}: {text}"

    claims = [remember(known, ("claim", claim), (c,), lambda claim=claim, c=c: member(claim, claim_json(c)))
              for claim, c in sorted(analysis.claims.items())]
    sources = [remember(known, ("source", slug), (cluster, links := analysis.sources.get(slug, ())),
                        lambda slug=slug, cluster=cluster, links=links: member(
                            slug, {"cluster": cluster, "reuse": [reuse_json(r) for r in links]}), _same_links)
               for slug, cluster in sorted(analysis.clusters.items())]
    if known is not None:
        known.sweep()
    contested = json.dumps([c.claim for c in analysis.contested], ensure_ascii=False, indent=1).replace("\n", "\n ")
    return f'{{\n "claims": {_members(claims)},\n "contested": {contested},\n "sources": {_members(sources)}\n}}'


def _members(members: list[str]) -> str:
    return "{\n" + ",\n".join(members) + "\n }" if members else "{}"


def _same_links(a: tuple, b: tuple) -> bool:
    """A source's fragment stands while its cluster is equal and its links are the very same tuple."""
    return a[0] == b[0] and a[1] is b[1]
