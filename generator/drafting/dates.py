"""Find calendar dates written in the common formats of news pages.

    >>> [(d.date.isoformat(), d.text) for d in find_dates("Published October 30, 2024")]
    [('2024-10-30', 'October 30, 2024')]
    >>> find_dates("10/31/2024 | News release")[0].date
    datetime.date(2024, 10, 31)

Formats: "October 30, 2024", "Oct. 30 2024", "30 October 2024", "31st Oct
2024", "2024-10-31" (also with a time), "2024/10/31", "10/31/2024" and
"31/10/2024" (read month first unless the first number is above 12; when
both are 12 or less the date is ambiguous), "31.10.2024" (day first, the
European dotted form).  Dates without a year are not dates here: a
publication date needs its year.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {m: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for m in names}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS = (
    ("month-day-year", re.compile(rf"(?<!\w){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I)),
    ("day-month-year", re.compile(rf"(?<!\w){_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\d)", re.I)),
    ("day-month-year", re.compile(rf"(?<![\w-]){_DAY}-{_MONTH}-{_YEAR}(?![\d-])", re.I)),  # 03-Mar-2026
    ("iso", re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?![\d/-])")),
    ("slashed", re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)(?![\d/])")),
    ("dotted", re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?![\d.])")),
)


@dataclass(frozen=True)
class FoundDate:
    """A date in a text."""

    start: int
    end: int
    text: str
    """The date as written."""
    date: dt.date | None
    """None when the text is a date but which one is ambiguous ("03/04/2024")."""
    form: str
    """Which pattern read it: ``month-day-year``, ``slashed``, ``iso``…"""


STAMP = re.compile(r"^(?:posted|published|updated|issued|first\s+published|last\s+(?:updated|modified))\b", re.I)
"""A page's time stamp: "Posted Fri 1 Nov 2024 at 6:12am, updated …", "Issued 3 March"."""


def find_dates(text: str) -> list[FoundDate]:
    """Every full date in ``text``, in order; overlapping readings are dropped
    (an earlier pattern's reading wins)."""
    found: list[FoundDate] = []
    for form, pattern in _PATTERNS:
        # Dates kept so far never overlap each other, so, sorted by start, their
        # ends are sorted too: the last one starting before a match's end is
        # the only one that can overlap it.
        starts, ends = [f.start for f in found], [f.end for f in found]
        for match in pattern.finditer(text):
            before = bisect.bisect_left(starts, match.end()) - 1
            if before >= 0 and ends[before] > match.start():
                continue
            found.append(FoundDate(match.start(), match.end(), match.group(), _read(form, match), form))
        found.sort(key=lambda f: f.start)
    return found


def _read(form: str, match: re.Match[str]) -> dt.date | None:
    year = int(match["year"])
    if form == "slashed":
        a, b = int(match["a"]), int(match["b"])
        if a <= 12 and b <= 12 and a != b:
            return None  # 03/04/2024: March 4 in the US, 3 April elsewhere
        month, day = (a, b) if a <= 12 else (b, a)
    else:
        raw = match["month"].lower().rstrip(".")
        month = _MONTHS[raw] if raw in _MONTHS else int(raw)
        day = int(match["day"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_TIME = re.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|hrs|h))?(?![\w])", re.I)
_PLACE_REST = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}")
"""What a place-and-date line leaves once its date, time and separators are gone: a place
of one to three capitalised words ("Medellín", "Rio de Janeiro" aside)."""

MAX_PLACE_DATE_WORDS = 10


def is_place_date_line(text: str) -> bool:
    """A line of a place, a date and a time alone ("Medellín, 9 March 2026 - 8:47 p.m."):
    the page's date row, though its "p.m." ends it like a sentence.  A dateline that goes
    on into the story ("MADRID, March 12 (Reuters) - Spain's …") leaves more words."""
    if len(text.split()) > MAX_PLACE_DATE_WORDS:
        return False
    dates = find_dates(text)
    if len(dates) != 1:
        return False
    rest = text[:dates[0].start] + " " + text[dates[0].end:]
    rest = _TIME.sub(" ", rest)
    rest = re.sub(r"[,|·•/–—-]+", " ", rest).strip()
    return _PLACE_REST.fullmatch(" ".join(rest.split())) is not None
