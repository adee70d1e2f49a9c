"""Guess a source's title, publisher, publication date and byline from its text.

Each guess names the line it came from; where the text does not say, the
value is None (or an empty byline) and the reason says what was looked for.
"""

from __future__ import annotations

import datetime as dt
import re

from .authors import BYLINE, byline_names, is_names_only
from .boilerplate import is_label
from .dates import STAMP, find_dates
from .furniture import WIDE_GAP
from .lexicon import MEDIA_WORDS
from .lines import Line
from .model import Guess, Metadata

_DATELINE_AGENCY = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .,'’-]{2,40}(?:,[^()]{0,30})?\s*\(([^()]{2,30})\)\s*[-–—]")
_DATELINE = re.compile(r"^(.{0,80}?)\s(?:--|[-–—])\s")
"""A dateline and the dash after it: "LONDON, 3 March 2026 –", "TOKYO, Oct. 28, 2024 (NWS) --"."""
_TOLD = re.compile(r"\btold\s+(the\s+|The\s+)?((?:[A-Z][\w&.'’-]*\s?){1,4})")
_COPYRIGHT_WORDS = re.compile(r"copyright|\(c\)|©|all rights reserved|\b(?:19|20)\d\d\b|[.,|]+\s*$", re.I)
_PUBLISHED = re.compile(r"\b(?:published|posted|released|issued|date)\b", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|edited|last)\b", re.I)
_BUTTON_WORDS = frozenset("live watch listen download pdf print share subscribe play".split())
"""Words of a page's buttons ("Watch Live", "Download PDF"): capitalised like names, but no byline."""


def guess_metadata(lines: list[Line], boilerplate: set[int], title: Line | None) -> Metadata:
    """All four guesses from the numbered lines and the clutter found in them."""
    body = [l for l in lines if l.number not in boilerplate and l.is_prose]
    publisher = guess_publisher(lines, body, title)
    return Metadata(
        title=_title(title),
        publisher=publisher,
        published=guess_published(lines, body),
        byline=guess_byline(lines, body, title, publisher.value),
    )


def _title(title: Line | None) -> Guess[str]:
    if title is None:
        return Guess(None, "no headline-like line before the first paragraph")
    return Guess(title.text, f"first headline-like line (line {title.number})")


def guess_publisher(lines: list[Line], body: list[Line], title: Line | None) -> Guess[str]:
    """Header label, then a wire dateline "(Reuters) -", then a copyright holder, then "told the X"."""
    first_body = body[0].number if body else 0
    header = [l for l in lines if l.number < first_body and l is not title]
    holder = next((h for l in lines if _MARK.search(l.text) and (h := _copyright_holder(l.text))), None)
    for line in header:
        if holder and (holder == line.text or holder.startswith(line.text + " ")):
            return Guess(line.text, f"the page header's name, also the copyright holder's (line {line.number})")
    if header and _LOGO.fullmatch(header[0].text) and header[0] is lines[0]:
        return Guess(header[0].text, f"the page's name in one word at its top (line {header[0].number})")
    for line in header:
        if is_label(line) and line.word_count >= 2 and not _PATH.search(line.text):
            return Guess(_display_case(line.text), f"name-like label in the page header (line {line.number})")
    if body and (agency := _DATELINE_AGENCY.match(body[0].text)):
        return Guess(agency.group(1).strip(), f"agency in the dateline (line {body[0].number})")
    for line in lines:
        if _MARK.search(line.text) and (holder := _copyright_holder(line.text)):
            return Guess(holder, f"copyright holder (line {line.number})")
    for line in body:
        for match in _TOLD.finditer(line.text):
            name = match.group(2).strip(" .,")
            if any(w.lower() in MEDIA_WORDS for w in name.split()):
                written = (match.group(1) or "").strip()
                full = f"{written} {name}" if written == "The" else name
                return Guess(full, f'"{match.group(0).strip()}" in the text (line {line.number})')
    return Guess(None, "no publisher label, dateline agency, copyright line or \"told the …\" in the text")


_LOGO = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+\d*")
"""A name written as one word with capitals inside, as logos are: "ByteWire", "TerraNews"."""
_PATH = re.compile(r"[›▸»>|/]|\s{2,}")
"""What a navigation path or a menu has between its items: "World › Europe", "HOME   NEWS"."""


def _display_case(name: str) -> str:
    """A name set in capitals as the page's logo writes it ("THE NORTHERN COURIER") in
    title case, short words in capitals kept as the acronyms they are ("ABN NEWS" →
    "ABN News"); a name in mixed case as written."""
    if not name.isupper():
        return name
    words = []
    for i, word in enumerate(name.split()):
        if word.lower() in _SMALL_WORDS:
            words.append(word.title() if i == 0 else word.lower())
        else:
            words.append(word if len(word) <= 3 else word.title())
    return " ".join(words)


_SMALL_WORDS = frozenset("the and of for on in at a an".split())


def _copyright_holder(text: str) -> str | None:
    """The holder of a copyright line: the part with the mark, not the links or the
    note beside it ("Nordic Business Desk © 2025 | About us", "© 2024 Sumy Today.
    When using materials, …")."""
    parts = [p for p in _HOLDER_PARTS.split(text) if p.strip()]
    start = next((i for i, p in enumerate(parts) if _MARK.search(p)), None)
    for part in parts[start:] if start is not None else [text]:
        words = _COPYRIGHT_WORDS.sub(" ", part).split(", ")[0].split()  # "Halsey Today, a division of …"
        while words and words[-1].strip(".,") in _LEGAL_FORMS:
            words.pop()
        holder = " ".join(words).strip(" .,|-")
        if _names_someone(holder):
            return holder
    return None


_MARK = re.compile(r"copyright|©|\(c\)", re.I)
_HOLDER_PARTS = re.compile(r"\s+[|·•–—-]\s+|(?<=\w)\.\s+")
"""What sets a copyright line's parts apart: bars, dots, dashes between spaces, full
stops ("About · Terms · © 2025 AgriMarkets Africa Ltd", "Copyright - … © 2026 -
Meridale Business Media Ltd - All Rights Reserved")."""
_LEGAL_FORMS = frozenset("Ltd Limited Inc Incorporated LLC plc PLC GmbH AG Pte Pty SA S.A SL BV B.V NV N.V "
                         "Co Corp KK K.K".split())
"""A company's legal form after its name ("Ltd", "Pte Ltd", "Inc.", "GmbH"): the page's
readers know the name without it."""


def _names_someone(text: str) -> bool:
    """A holder's name: letters, and capitalised words more than small ones (not "Unless
    otherwise stated all contents of this web site are")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


def guess_published(lines: list[Line], body: list[Line]) -> Guess[dt.date]:
    """The first date of a "Published …" line, else of a plain date line, else of an "Updated …" one."""
    candidates: list[tuple[int, int, dt.date | None, str]] = []
    for line in lines:
        if line.word_count > 24:  # a paragraph: not read for dates at all
            continue
        dates = find_dates(line.text)
        stamp = STAMP.match(line.text) is not None or len(dates) >= 2
        if (line.is_prose or line.word_count > 14) and not stamp:
            continue
        # "8 November 2024 · Updated 9 November": an update named after the first date is not that date's
        update = _UPDATED.search(line.text)
        rank = 0 if _PUBLISHED.search(line.text) else 2 if update and (not dates or update.start() < dates[0].start) else 1
        for found in dates[:1]:
            candidates.append((rank, line.number, found.date or _day_first(found.text, line.text), found.text))
        dotted = _YEAR_FIRST_DOTTED.search(line.text) if not dates and line.word_count <= 6 else None
        if dotted is not None:
            candidates.append((rank, line.number, _date(*map(int, dotted.groups())), dotted.group()))
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


_YEAR_FIRST_DOTTED = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.(\d{1,2})\.(\d{1,2})(?![\d.])")
"""A date written year first with dots, as East Asian pages do: "2024.11.07 17:52 KST"."""
_MONTH_FIRST_ZONES = re.compile(r"\b(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|ET|CT|PT|AKST|HST)\b")
"""Time zones of North America, where "01/11/2024" is 11 January."""
_DAY_FIRST_ZONES = re.compile(r"\b(?:GMT|BST|WES?T|CES?T|EES?T|MSK|SAST|CAT|EAT|WAT)\b")
"""Time zones of Europe and Africa, where "01/11/2024" is 1 November."""


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_first(written: str, line: str) -> dt.date | None:
    """A numeric date both of whose first numbers could be the month ("01/11/2024"),
    read by the time zone beside it: month first in North America, day first in
    Europe and Africa; None when the line gives no zone (still ambiguous)."""
    parts = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", written)
    if parts is None:
        return None
    a, b, year = map(int, parts.groups())
    if _MONTH_FIRST_ZONES.search(line):
        return _date(year, a, b)
    return _date(year, b, a) if _DAY_FIRST_ZONES.search(line) else None


def guess_byline(lines: list[Line], body: list[Line], title: Line | None = None,
                 publisher: str | None = None) -> Guess[tuple[str, ...]]:
    """Names of a "By …" line outside the paragraphs ("Live coverage by …", "Text by:
    …", a second credit after "·" or "|" dropped), else of a line of names alone in
    the page header, under the headline and before the second paragraph ("Amina Yusuf
    in Cairo and Tewodros Bekele in Addis Ababa"; a role before them, a place or a
    role after a comma dropped: "Reporter Seo Min-ji", "Jonas Kellermann, Wolfsburg").
    Above the headline stand the site's name and its sections, and a line naming the
    publisher is the publisher's, however much it looks like a person's name."""
    prose = {l.number for l in body}
    for line in lines:
        match = BYLINE.match(line.text) or _CREDIT_BY.match(line.text) if line.word_count <= 16 else None
        if match and line.number not in prose:
            names = byline_names(_SECOND_CREDIT.split(match.group(1))[0])
            if names:
                return Guess(names, f"byline (line {line.number})")
    header_end = body[1].number if len(body) > 1 else body[0].number if body else 0
    names = [_header_names(line, header_end, title, publisher) for line in lines]
    for i, line in enumerate(lines):
        # a list of people, one a line ("Ana Ruiz – Chief Executive" over "Bo Tern – Analyst"),
        # names a call's participants or a panel's speakers, not the writers
        in_list = any(0 <= j < len(lines) and names[j] for j in (i - 1, i + 1))
        if names[i] and not in_list:
            return Guess(names[i], f"a line of names alone in the page header (line {line.number})")
    return Guess((), "no \"By …\" line")


def _header_names(line: Line, header_end: int, title: Line | None, publisher: str | None) -> tuple[str, ...]:
    """The names of a line of names alone in the page header, or () for any other line
    (a line with wide gaps, `furniture.WIDE_GAP`, is a table's row or a menu)."""
    if line.number >= header_end or line.is_prose or line.word_count > 12 or line.text.isupper() \
            or _BUTTON_WORDS & {w.lower() for w in line.words} or WIDE_GAP.search(line.text) \
            or title is not None and line.number < title.number \
            or publisher is not None and _PUBLISHER_WORDS.sub("", line.text).strip() in publisher:
        return ()
    return _names_of(line.text)


_PUBLISHER_WORDS = re.compile(r"^(?:(?:about|from|by)\s+)?(?:the\s+)?", re.I)


_CREDIT_BY = re.compile(r"^(?!(?:photo|photos|photograph|image|picture|video|graphic|illustration|caption|source)\b)"
                        r"(?:[A-Za-z]+\s+){1,2}by:?\s+(.*)$", re.I)
"""A credit with its own words before "by": "Live coverage by …", "Text by: …" (not a
photo's: "Photo by …")."""
_SECOND_CREDIT = re.compile(r"(?<!\s)\s+[·•|]\s+")  # from a run's first space: split at every space, it is quadratic in the run
_LEADING_ROLE = re.compile(r"^(?:(?:reporter|correspondent|editor|writer|author|columnist|dr|prof)\.?\s+)+", re.I)


def _names_of(text: str) -> tuple[str, ...]:
    """The names of a header line of names alone, or of a name with a role before it or
    a place or a title after its comma."""
    if is_names_only(text):
        return byline_names(text)
    bare = _LEADING_ROLE.sub("", text)
    first = bare.split(",")[0].strip()
    if bare != text and is_names_only(bare):
        return byline_names(bare)
    if "," in bare and is_names_only(first) and len(first.split()) >= 2:
        return byline_names(first)
    return ()
