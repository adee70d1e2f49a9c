"""A programme guide's slots and days: the entries of its text, not the page's furniture.

    >>> from .lines import parse_lines
    >>> page = parse_lines("TUESDAY 3 JUNE\\n"
    ...                    "7:00 pm · Harbour Talk with Ana Ruiz\\n"
    ...                    "Fishers in the bay say the new quay was built too low for their boats.\\n"
    ...                    "9:30 pm · Night Desk\\n"
    ...                    "The council explains why the market will close for a month in July.\\n")
    >>> kinds = {1: ("fragment", ""), 2: ("fragment", ""), 4: ("fragment", "")}
    >>> keep_schedule_entries(page, kinds)
    >>> kinds
    {}

A radio or television station's weekly guide (or a festival's or a conference's programme)
lists its slots as a time of day, a separator and the programme's title ("7:00 pm · Harbour
Talk with Ana Ruiz"), each followed by a paragraph on what the programme covers, under a
heading for each day ("TUESDAY 3 JUNE").  Alone, each such line looks like a time stamp or a
fragment; but the slot says which programme, on which day and with which presenter the
paragraph below is about, so it is the guide's text, as a table's rows are.  A live page's
bare time stamps ("18:30", "6:30 pm") hold no title and are left to the other rules.  A page
is a guide when at least `MIN_SLOTS` slots each head a paragraph; then every slot line, and
every day heading above a slot, between its first slot and its last is text; and a line
below the last slot that lists `MIN_STANDING_TIMES` times of day is the station's standing
times ("News at 7 am, 12 noon and 6 pm …"), furniture repeated every week.
"""

from __future__ import annotations

import re

from .lines import Line

_TIME = r"\d{1,2}(?:[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[AP]\.?M\.?))?|[ \t]*(?:[ap]\.?m\.?|[AP]\.?M\.?))"
_SLOT = re.compile(_TIME + r"(?:[ \t]*[–-][ \t]*" + _TIME + r")?[ \t]*[·|•–—][ \t]*[A-Z0-9\"“]")
"""A time of day (or a span of two), a separator and a capitalised title: "6:30 pm · Toktok
Time", "19:00 – 20:00 | Night Desk"."""
_DAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.!?]{0,30}$", re.I)
"""A day's heading: its weekday, maybe its date ("MONDAY 16 MARCH", "Sunday, 22 March")."""
_TIME_OF_DAY = re.compile(r"(?<![\w:.])" + _TIME + r"(?![\w])|\b(?:noon|midday|midnight)\b")
MIN_STANDING_TIMES = 4
"""Times of day in one line below a guide's last slot that make it the station's standing
times ("News at 7 am, 12 noon and 6 pm; sport at 6:30 am and 5:30 pm"): the guide's furniture,
repeated every week, not an entry."""
MIN_SLOTS = 2
"""Slots heading a paragraph each, fewest for a page to be a guide."""
MAX_SLOT_WORDS = 16
"""Words of a slot line: a time, a title and a presenter, no paragraph."""


def _is_slot(line: Line) -> bool:
    return line.word_count <= MAX_SLOT_WORDS and _SLOT.match(line.text) is not None


def keep_schedule_entries(lines: list[Line], kinds: dict) -> None:
    """Take a guide's slot lines and day headings out of ``kinds`` (see the module's note)."""
    slots = [i for i, line in enumerate(lines) if _is_slot(line)]
    heading = [i for i in slots if i + 1 < len(lines) and lines[i + 1].is_prose and lines[i + 1].number not in kinds]
    if len(heading) < MIN_SLOTS:
        return
    first, last = slots[0], slots[-1]
    for i in range(first, last + 1):
        line = lines[i]
        if i in slots or _DAY.match(line.text) is not None and i + 1 < len(lines) and _is_slot(lines[i + 1]):
            kinds.pop(line.number, None)
    if first > 0 and _DAY.match(lines[first - 1].text) is not None:
        kinds.pop(lines[first - 1].number, None)
    for line in lines[last + 1:]:
        if line.number not in kinds and len(_TIME_OF_DAY.findall(line.text)) >= MIN_STANDING_TIMES:
            kinds[line.number] = ("furniture", "a programme guide's standing times")
