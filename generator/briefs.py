"""Parse a brief (``content/briefs/<slug>.md``) and anchor its quotes.

Anchoring is part of the parse: a brief whose quote is not in its seed is
not a brief the site can show, so `quote-not-found` is reported here, with
the seed's closest words (a sentence, or the span of one a fragment was
cut from) as a "did you mean".
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace
from typing import Any, Callable

from . import fields
from .acknowledge import parse_acknowledgements
from .anchoring import SeedIndex, choose_occurrence
from .documents import Document
from .fields import Bad, FieldReader
from .limits import MAX_HINTS_PER_BRIEF, MAX_OCCURRENCES, MAX_QUOTE_CHARS
from .model import Brief, Citation, LineSet, Source, Where
from .problems import shorten
from .registries import country_code

BRIEF_FIELDS = ("title", "slug", "status", "source", "summary", "people", "organisations", "countries", "claims",
                "acknowledged")
SOURCE_FIELDS = ("file", "publisher", "published", "byline", "url", "boilerplate")
CITATION_FIELDS = ("claim", "quote", "by", "value", "occurrence")
BRIEF_STATUSES = ("published", "draft")
_RANGE = re.compile(r"\s*([0-9]+)\s*[-–]\s*([0-9]+)\s*")

def boilerplate_lines(value: Any) -> LineSet:
    """``[2, "57-69"]`` → those 1-based lines, kept as ranges (never expanded here).

    >>> boilerplate_lines(["2", "57-69"]).ranges
    ((2, 2), (57, 69))
    """
    if value is None:
        return LineSet()
    if not isinstance(value, list):
        raise Bad("field-type", f'expected a list of line numbers and ranges like [2, "57-69"], got {fields.type_name(value)}')
    ranges: list[tuple[int, int]] = []
    for item in value:
        written = str(item).strip() if isinstance(item, (str, int)) and not isinstance(item, bool) else ""
        if re.fullmatch(r"[0-9]+", written) and len(written) <= 12 and int(written) > 0:
            ranges.append((int(written), int(written)))
        elif (match := _RANGE.fullmatch(written)) and len(match[2]) <= 12 and 0 < int(match[1]) <= int(match[2]):
            ranges.append((int(match[1]), int(match[2])))
        else:
            raise Bad("bad-boilerplate", f'{shorten(repr(item))} is not a line number or a range like "57-69"')
    return LineSet.of(ranges)


def occurrence(value: Any) -> int | None:
    return None if value is None else fields.whole_number(value, most=MAX_OCCURRENCES)


def seed_path(value: Any) -> str:
    """A seed path, normalised when it stays in seeds/: ``seeds/./x.txt`` and
    ``seeds//x.txt`` are ``seeds/x.txt``; anything else is kept as written,
    for the message that refuses it."""
    written = fields.text(value)
    normal = posixpath.normpath(written)
    return normal if normal.startswith("seeds/") and "\\" not in written else written


def parse_source(reader: FieldReader, data: dict[str, Any]) -> Source | None:
    raw = reader.mapping(data.get("source"), SOURCE_FIELDS, "source") if "source" in data else None
    if "source" not in data:
        reader.report("field-missing", 'required field "source" is missing from the front matter')
    if raw is None:
        return None
    key = ("source",)
    return Source(
        file=reader.field(raw, "file", seed_path, required=True, default="", key=key),
        publisher=reader.field(raw, "publisher", fields.optional_text, key=key),
        published=reader.field(raw, "published", fields.date, key=key),
        byline=reader.field(raw, "byline", fields.text_list, default=(), key=key),
        url=reader.field(raw, "url", fields.web_url, key=key),
        boilerplate=reader.field(raw, "boilerplate", boilerplate_lines, default=LineSet(), key=key),
    )


def parse_citation(reader: FieldReader, raw: Any, i: int, index: SeedIndex | None,
                   hints: list[str]) -> Citation | None:
    """One item of ``claims:``, anchored; ``hints`` collects the quotes not found so far."""
    key = ("claims", i)
    item = reader.mapping(raw, CITATION_FIELDS, *key)
    if item is None:
        return None
    claim = reader.field(item, "claim", fields.identifier, required=True, key=key)
    quote = reader.field(item, "quote", fields.text, required=True, key=key)
    by = reader.field(item, "by", fields.text, required=True, key=key)
    nth = reader.field(item, "occurrence", occurrence, key=key)
    if claim is None or quote is None or by is None:
        return None
    if len(quote) > MAX_QUOTE_CHARS:
        reader.report("quote-too-long", f'quote "{shorten(quote, 60)}" is {len(quote):,} characters long; a quote '
                      f"may be at most {MAX_QUOTE_CHARS:,}: quote the sentence that states the claim", *key, "quote")
        index = None
    anchor = _anchor(reader, index, quote, nth, key, hints) if index else None
    return Citation(
        claim=claim, quote=quote, by=by, by_id=bool(fields.ID_PATTERN.fullmatch(by)),
        value=item.get("value"), occurrence=nth, anchor=anchor,
        where=reader.where(*key),
    )


def _anchor(reader: FieldReader, index: SeedIndex, quote: str, nth: int | None, key: tuple, hints: list[str]):
    matches = index.occurrences(quote)
    chosen = choose_occurrence(index, matches, nth)
    if chosen is not None:
        return index.anchor(*chosen)
    if matches:
        reader.report("bad-occurrence", f"occurrence {nth} asked, but the quote occurs {len(matches)} "
                      f"time(s) in {index.seed.path}", *key, "occurrence")
        return None
    hints.append(quote)  # the search for a hint is bounded per brief, not only per quote
    closest = index.closest_sentence(quote) if len(hints) <= MAX_HINTS_PER_BRIEF else None
    hint = f'; did you mean "{shorten(closest, 160)}"?' if closest else ""
    reader.report("quote-not-found", f'quote "{shorten(quote, 120)}" does not occur in {index.seed.path} '
                  f"(whitespace and quotation marks are folded, nothing else){hint}", *key, "quote")
    return None


def parse_brief(path: str, stem: str, doc: Document, reader: FieldReader, seed_index: Callable) -> Brief | None:
    """A Brief, or None when the front matter is not a mapping or has no usable source."""
    data = reader.mapping(doc.data, BRIEF_FIELDS)
    if data is None:
        return None
    source = parse_source(reader, data)
    index = seed_index(source, reader) if source and source.file else None
    if index is not None:  # the boilerplate as clipped to the seed's length
        source = replace(source, boilerplate=index.boilerplate_lines)
    raw_claims = data.get("claims")
    citations: list[Citation] = []
    if raw_claims is not None and not isinstance(raw_claims, list):
        reader.report("field-type", f"claims: expected a list of claims, got {fields.type_name(raw_claims)}", "claims")
    hints: list[str] = []
    for i, raw in enumerate(raw_claims if isinstance(raw_claims, list) else []):
        if (citation := parse_citation(reader, raw, i, index, hints)) is not None:
            citations.append(citation)
    slug = reader.field(data, "slug", fields.identifier, required=True)
    if slug is not None and slug != stem:
        # URLs, links and the drafter all assume content/briefs/<slug>.md.
        reader.report("slug-mismatch", f'slug "{slug}" differs from the file name "{stem}.md": rename the file '
                      f'to "{slug}.md" or set slug: {stem}', "slug")
    if source is None or slug is None:
        return None
    return Brief(
        slug=slug,
        title=reader.field(data, "title", fields.text, required=True, default=slug),
        status=reader.field(data, "status", fields.status(BRIEF_STATUSES), default="published"),
        source=source,
        summary=reader.field(data, "summary", fields.text, required=True, default=""),
        people=reader.list_field(data, "people", fields.identifier),
        countries=reader.list_field(data, "countries", country_code),
        citations=tuple(citations),
        body=doc.markdown,
        where=Where(path, 1),
        acknowledged=parse_acknowledgements(reader, data),
        organisations=reader.list_field(data, "organisations", fields.identifier),
        lines=doc.lines,
    )
