"""`analyse`: one pass over the corpus builds every claim's analysis.

Citations are indexed by claim once; the reuse index is built once for all
sources; each claim then needs only its own citations.
"""

from __future__ import annotations

import dataclasses
import operator
from itertools import chain
from typing import Iterator

from ..memo import Kept
from ..model import Brief, Citation, Corpus, speaker_kind
from ..problems import Problem
from .attribution import AttributionConflict, Conflicts, attribution_problems, find_conflicts
from ..parallel import fork_map
from .chart import ChartRow, render_chart_svg
from .groups import ClaimGroups, group
from .checks import check_values
from .quantities import Quantity, find_quantities, parse_value
from .records import Analysis, ClaimAnalysis, TimeGroup, ValueRow
from .reuse import find_origins
from .reuse_live import LiveOrigins
from .timegroups import group_by_time, value_date
from .verdict import verdict


def analyse(corpus: Corpus, conflicts: Conflicts | None = None,
            known: Kept[ClaimAnalysis] | None = None,
            origins: LiveOrigins | None = None, groups: ClaimGroups | None = None) -> Analysis:
    """The analysis of the corpus's published briefs.

    ``conflicts``, when the checks have found them already (over every brief),
    are reused: only pairs of published briefs are kept.  ``known`` (the dev
    server's) keeps each claim's analysis with what it was made from: a claim
    whose inputs are unchanged is not analysed again, and ``origins`` keeps
    the text-reuse index, updated only for edited sources (`find_origins`).
    With ``groups`` (kept too), a claim whose citations, conflicts and
    sources' clusters are unchanged is not even compared (`groups`)."""
    briefs = [b for b in corpus.briefs if corpus.on_site(b.status)]
    origins = find_origins(corpus.seeds, briefs, origins)
    conflicts = find_conflicts(briefs, corpus.speakers) if conflicts is None else published_only(conflicts, briefs)
    changed = _changed_claims(groups, corpus, briefs, conflicts, origins.cluster) if groups is not None else None
    cited = group(briefs) if groups is None else groups.groups
    # Claims never analysed (every claim, in a cold build) are analysed on every core at once.
    fresh = [item for item in cited.items() if known is None or not known.has(item[0])]
    done = dict(zip((claim for claim, _ in fresh), fork_map(
        lambda item: analyse_claim(corpus, item[0], item[1], origins.cluster, conflicts.get(item[0], [])), fresh)))
    claims = {}
    for claim, pairs in cited.items():
        def analysed(claim: str = claim, pairs: list[tuple[Brief, Citation]] = pairs) -> ClaimAnalysis:
            return _remembered(known, corpus, claim, pairs, origins.cluster, conflicts.get(claim, []), done)
        unchanged = known is not None and changed is not None and claim not in changed
        claims[claim] = known.again(claim, analysed) if unchanged else analysed()
    if known is not None:
        known.sweep()
    contested = sorted((c for c in claims.values() if c.contested),
                       key=lambda c: (-c.n_independent, -c.n_sources, c.claim))
    return Analysis(claims, origins.reuse, origins.cluster, tuple(contested))


def _changed_claims(groups: ClaimGroups, corpus: Corpus, briefs: list[Brief], conflicts: Conflicts,
                    cluster: dict[str, str]) -> set[str] | None:
    """The claims whose analysis may differ from the last one, or None for all:
    those cited by a brief that changed, with conflicts that changed, or cited
    by a source whose text-reuse cluster changed."""
    shared = (*corpus.claims.values(), *corpus.speakers.values())
    changed = groups.update(briefs, shared)
    if changed is None:
        groups.differing("conflicts", conflicts)
        groups.differing("cluster", cluster)
        return None
    moved = groups.differing("cluster", cluster)
    by_slug = {b.slug: b for b in briefs} if moved else {}
    return {*changed, *groups.differing("conflicts", conflicts),
            *(c.claim for slug in moved if slug in by_slug for c in by_slug[slug].citations)}


def _remembered(known: Kept[ClaimAnalysis] | None, corpus: Corpus, claim: str,
                pairs: list[tuple[Brief, Citation]], cluster: dict[str, str],
                conflicts: list[AttributionConflict], done: dict[str, ClaimAnalysis]) -> ClaimAnalysis:
    """`analyse_claim`, or the last result when everything it reads is the same;
    ``done`` holds the claims analysed already, on every core."""
    def make() -> ClaimAnalysis:
        return done.pop(claim) if claim in done else analyse_claim(corpus, claim, pairs, cluster, conflicts)

    if known is None:
        return make()
    speakers = tuple(corpus.speakers.get(c.by) if c.by_id else None for _, c in pairs)
    inputs = (corpus.claims.get(claim), tuple(pairs), speakers, tuple(cluster[b.slug] for b, _ in pairs),
              tuple(conflicts))
    return known.get(claim, inputs, make, operator.eq, keep_equal=True)


def analyse_claim(corpus: Corpus, claim: str, pairs: list[tuple[Brief, Citation]],
                  cluster: dict[str, str], conflicts: list[AttributionConflict]) -> ClaimAnalysis:
    rows = tuple(value_row(corpus, brief, citation, cluster[brief.slug]) for brief, citation in pairs)
    groups = time_groups([r for r in rows if r.quantity])
    values = tuple(r for group in groups for r in group.rows)
    headline = latest_group(groups)
    statement = corpus.claims[claim].statement if claim in corpus.claims else claim
    when = len(groups) > 1
    chart_rows = [ChartRow(r.speaker_name, r.quantity, g.label if when else "") for g in groups for r in g.rows]
    chart = render_chart_svg(chart_rows, statement, f"chart-{claim}") or None
    clusters = {r.brief: r.cluster for r in rows}
    said = groups[headline].verdict if headline is not None else None
    return ClaimAnalysis(claim, statement, rows, values, said, chart, tuple(conflicts),
                         len(clusters), len(set(clusters.values())), clusters, tuple(groups), headline)


def time_groups(rows: list[ValueRow]) -> list[TimeGroup]:
    """The rows with a value in their time groups (`timegroups`), each lowest
    first with its own verdict."""
    groups = []
    for (first, last), members in group_by_time(rows, lambda r: r.date):
        members.sort(key=_lowest_first)
        entries = [(r.speaker_name, r.quantity) for r in members]
        groups.append(TimeGroup(first, last, tuple(members), verdict(entries, sources=len({r.brief for r in members}))))
    return groups


def latest_group(groups: list[TimeGroup]) -> int | None:
    """The group a claim's verdict is about: the latest dated one, else the undated one."""
    dated = [i for i, g in enumerate(groups) if g.last is not None]
    return dated[-1] if dated else (0 if groups else None)


def _lowest_first(row: ValueRow) -> tuple:
    numbers = row.quantity.numbers
    return (numbers[0], numbers[-1], row.speaker_name)


def value_row(corpus: Corpus, brief: Brief, citation: Citation, cluster: str) -> ValueRow:
    speaker = corpus.speakers.get(citation.by) if citation.by_id else None
    parsed = parse_value(citation.value) if citation.value is not None else None
    quantity = with_unit(parsed, citation.quote) if isinstance(parsed, Quantity) else None
    source = brief.source
    date, dated_by = value_date(quantity.as_of if quantity else None, source.published)
    return ValueRow(
        brief.slug, brief.title, source.publisher, source.published, citation.by,
        speaker.name if speaker else citation.by, speaker_kind(speaker), citation.quote,
        citation.anchor.fragment if citation.anchor else None,
        quantity, cluster, date, dated_by,
    )


def with_unit(quantity: Quantity, quote: str) -> Quantity:
    """The quantity, with the unit the quote gives its number when the author
    gave none ("3.5mn" quoting "3.5mn artillery shells"), so that verdicts
    compare like with like."""
    if quantity.unit:
        return quantity
    for found in find_quantities(quote):
        if found.quantity.unit and found.quantity.numbers == quantity.numbers:
            return dataclasses.replace(quantity, unit=found.quantity.unit)
    return quantity


def published_only(conflicts: Conflicts, briefs: list[Brief]) -> Conflicts:
    shown = {b.slug for b in briefs}
    kept = {claim: [c for c in found if c.first.brief in shown and c.second.brief in shown]
            for claim, found in conflicts.items()}
    return {claim: found for claim, found in kept.items() if found}


def analysis_problems(corpus: Corpus, conflicts: Conflicts | None = None,
                      known_values: Kept | None = None) -> Iterator[Problem]:
    """Unreadable values, values not in their quote, attribution conflicts;
    ``known_values`` keeps each brief's value problems (`check_values`)."""
    if conflicts is None:
        conflicts = find_conflicts(corpus.briefs, corpus.speakers)
    return chain(check_values(corpus, known_values), attribution_problems(conflicts))
