"""Guess a source's title, publisher, publication date and byline from its text.

Each guess names the line it came from; where the text does not say, the
value is None (or an empty byline) and the reason says what was looked for.
"""

from __future__ import annotations

import datetime as dt
import re

from .authors import byline_names, is_names_only
from .boilerplate import is_label
from .dates import find_dates
from .lexicon import MEDIA_WORDS
from .lines import Line
from .model import Guess, Metadata

_DATELINE_AGENCY = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .,'’-]{2,40}(?:,[^()]{0,30})?\s*\(([^()]{2,30})\)\s*[-–—]")
_DATELINE = re.compile(r"^(.{0,80}?)\s[-–—]\s")
_TOLD = re.compile(r"\btold\s+(the\s+|The\s+)?((?:[A-Z][\w&.'’-]*\s?){1,4})")
_COPYRIGHT_WORDS = re.compile(r"copyright|\(c\)|©|all rights reserved|\b(?:19|20)\d\d\b|[.,|]+\s*$", re.I)
_PUBLISHED = re.compile(r"\b(?:published|posted|released|issued|first|date)\b", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|edited|last)\b", re.I)
_BYLINE = re.compile(r"^(?:by|written by|words by|reporting by)\s+(.*)$", re.I)


def guess_metadata(lines: list[Line], boilerplate: set[int], title: Line | None) -> Metadata:
    """All four guesses from the numbered lines and the clutter found in them."""
    body = [l for l in lines if l.number not in boilerplate and l.is_prose]
    return Metadata(
        title=_title(title),
        publisher=guess_publisher(lines, body, title),
        published=guess_published(lines, body),
        byline=guess_byline(lines, body),
    )


def _title(title: Line | None) -> Guess[str]:
    if title is None:
        return Guess(None, "no headline-like line before the first paragraph")
    return Guess(title.text, f"first headline-like line (line {title.number})")


def guess_publisher(lines: list[Line], body: list[Line], title: Line | None) -> Guess[str]:
    """Header label, then a wire dateline "(Reuters) -", then a copyright holder, then "told the X"."""
    first_body = body[0].number if body else 0
    for line in lines:
        if line.number < first_body and line is not title and is_label(line) and line.word_count >= 2:
            return Guess(line.text, f"name-like label in the page header (line {line.number})")
    if body and (agency := _DATELINE_AGENCY.match(body[0].text)):
        return Guess(agency.group(1).strip(), f"agency in the dateline (line {body[0].number})")
    for line in lines:
        if re.search(r"copyright|©|\(c\)", line.text, re.I) and (holder := _copyright_holder(line.text)):
            return Guess(holder, f"copyright holder (line {line.number})")
    for line in body:
        for match in _TOLD.finditer(line.text):
            name = match.group(2).strip(" .,")
            if any(w.lower() in MEDIA_WORDS for w in name.split()):
                written = (match.group(1) or "").strip()
                full = f"{written} {name}" if written == "The" else name
                return Guess(full, f'"{match.group(0).strip()}" in the text (line {line.number})')
    return Guess(None, "no publisher label, dateline agency, copyright line or \"told the …\" in the text")


def _copyright_holder(text: str) -> str | None:
    holder = _COPYRIGHT_WORDS.sub(" ", text)
    holder = " ".join(holder.split()).strip(" .,|-")
    return holder if holder and any(c.isalpha() for c in holder) else None


def guess_published(lines: list[Line], body: list[Line]) -> Guess[dt.date]:
    """The first date of a "Published …" line, else of a plain date line, else of an "Updated …" one."""
    candidates: list[tuple[int, int, dt.date | None, str]] = []
    for line in lines:
        if line.is_prose or line.word_count > 14:
            continue
        rank = 0 if _PUBLISHED.search(line.text) else 2 if _UPDATED.search(line.text) else 1
        for found in find_dates(line.text)[:1]:
            candidates.append((rank, line.number, found.date, found.text))
    if body and (dateline := _DATELINE.match(body[0].text)):
        for found in find_dates(dateline.group(1))[:1]:
            candidates.append((1, body[0].number, found.date, found.text))
    candidates.sort(key=lambda c: (c[0], c[1]))
    for rank, number, date, text in candidates:
        if date is not None:
            kind = ("publication", "date", "update")[rank]
            return Guess(date, f'{kind} line "{text}" (line {number})')
    if candidates:
        _, number, _, text = candidates[0]
        return Guess(None, f'"{text}" (line {number}) could be read day-first or month-first')
    return Guess(None, "no date line in the page")


def guess_byline(lines: list[Line], body: list[Line]) -> Guess[tuple[str, ...]]:
    """Names of a "By …" line outside the paragraphs, else of a line of names alone
    in the page header ("Amina Yusuf in Cairo and Tewodros Bekele in Addis Ababa")."""
    prose = {l.number for l in body}
    for line in lines:
        match = _BYLINE.match(line.text)
        if match and line.number not in prose:
            names = byline_names(match.group(1))
            if names:
                return Guess(names, f"byline (line {line.number})")
    first_body = body[0].number if body else 0
    for line in lines:
        if line.number < first_body and not line.is_prose and line.word_count <= 12 and is_names_only(line.text):
            return Guess(byline_names(line.text), f"a line of names alone in the page header (line {line.number})")
    return Guess((), "no \"By …\" line")

