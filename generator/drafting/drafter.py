"""Draft one article: the pipeline of `generator.drafting`, as data in, data out.

    draft = draft_article(text, "seeds/005_….txt", corpus)

Nothing here reads or writes files; `cli` does, and `writer` turns the
`Draft` into the brief and registry files.
"""

from __future__ import annotations

import bisect

from ..limits import MAX_DRAFT_CLAIMS, MAX_DRAFT_PEOPLE
from ..model import Corpus
from ..segment import parse_seed
from .boilerplate import find_boilerplate
from .claimmatch import ClaimMatcher
from .claims import Context, find_claims
from .countries import CountryFinder
from .lines import parse_lines
from .metadata import guess_metadata
from .model import Draft
from .organisations import MAX_DRAFT_ORGANISATIONS, find_organisations
from .people import find_people


def draft_article(text: str, seed_path: str, corpus: Corpus | None = None,
                  matcher: ClaimMatcher | None = None) -> Draft:
    """Every suggestion for the raw article ``text`` (to be saved as ``seed_path``);
    ``matcher``: ``corpus``'s claims already indexed, when many articles are drafted
    against one registry (`evaluate`), else indexed here."""
    lines = parse_lines(text)
    boilerplate, title = find_boilerplate(lines)
    clutter = {b.line for b in boilerplate}
    metadata = guess_metadata(lines, clutter, title)
    seed = parse_seed(seed_path, text)
    article = [p for p in seed.paragraphs if p.line not in clutter]
    # Paragraphs, not sentences: the splitter cuts "Ms. Ma. Theresa Lazaro" after "Ma.".
    spans = [(p.start, p.start + len(p.text)) for p in article]
    line_of = _line_finder(lines)
    people, mentions = find_people(text, spans, corpus, line_of)
    skip = [(m.start, m.end) for m in mentions]
    countries = CountryFinder(corpus).find(text, spans, skip, line_of)
    taken = {p.id for p in people} | set(corpus.people if corpus else ())
    organisations, named = find_organisations(text, spans, corpus, line_of, metadata.publisher.value, taken)
    named = [m for m in named if not any(p.start < m.end and m.start < p.end for p in mentions)]
    context = Context(text, mentions, {p.id: p for p in people}, line_of, named, metadata.publisher.value)
    body_lines = {p.line for p in article} - ({title.number} if title else set())
    claims = find_claims(seed, context, body_lines, corpus)
    notes = [g.reason for g in (metadata.title, metadata.published) if g.value is None]
    notes += [f"add {', '.join(map(repr, p.new_aliases))} to the aliases of content/people/{p.id}.md"
              for p in people if p.new_aliases]
    notes += [f"add {', '.join(map(repr, o.new_aliases))} to the aliases of content/organisations/{o.id}.md"
              for o in organisations if o.new_aliases]
    claims, people, capped = _within_limits(list(claims), list(people))
    organisations, left_out = _organisations_within_limits(organisations, claims)
    claims = (matcher or ClaimMatcher(corpus)).file_all(claims, text)  # after the cap: only kept candidates are compared
    return Draft(seed_path, metadata, tuple(boilerplate), tuple(people), tuple(countries), tuple(claims),
                 tuple(notes + capped + left_out), tuple(organisations))


def _organisations_within_limits(organisations: list, claims: list) -> tuple[list, list[str]]:
    """At most `MAX_DRAFT_ORGANISATIONS`, the speakers of the kept claims first."""
    if len(organisations) <= MAX_DRAFT_ORGANISATIONS:
        return organisations, []
    speakers = {c.by for c in claims}
    kept = [o for o in organisations if o.id in speakers]
    kept += [o for o in organisations if o.id not in speakers][: max(MAX_DRAFT_ORGANISATIONS - len(kept), 0)]
    order = {o.id: i for i, o in enumerate(organisations)}
    note = (f"{len(organisations) - len(kept)} more organisations were left out: a draft proposes at most "
            f"{MAX_DRAFT_ORGANISATIONS}, the speakers of its claims first")
    return sorted(kept, key=lambda o: order[o.id]), [note]


def _within_limits(claims: list, people: list) -> tuple[list, list, list[str]]:
    """The first `MAX_DRAFT_CLAIMS` claims, and the people they need first; notes on what was left out."""
    notes = []
    if len(claims) > MAX_DRAFT_CLAIMS:
        notes.append(f"{len(claims) - MAX_DRAFT_CLAIMS} more candidate claims were left out: a draft lists the "
                     f"first {MAX_DRAFT_CLAIMS}")
        claims = claims[:MAX_DRAFT_CLAIMS]
    if len(people) > MAX_DRAFT_PEOPLE:
        speakers = {c.by for c in claims}
        kept = [p for p in people if p.id in speakers]
        kept += [p for p in people if p.id not in speakers][: max(MAX_DRAFT_PEOPLE - len(kept), 0)]
        order = {p.id: i for i, p in enumerate(people)}
        notes.append(f"{len(people) - len(kept)} more people were left out: a draft proposes at most "
                     f"{MAX_DRAFT_PEOPLE}, the speakers of its claims first")
        people = sorted(kept, key=lambda p: order[p.id])
    return claims, people, notes


def _line_finder(lines):
    """Offset in the text → 1-based raw line number."""
    starts = [line.start for line in lines]

    def line_of(offset: int) -> int:
        return lines[max(bisect.bisect_right(starts, offset) - 1, 0)].number

    return line_of
