"""Parts of a page between and below the article's paragraphs: comments, headings, pull quotes.

Each rule reads the lines and the clutter `boilerplate` has found so far
(``kinds``: line number → (kind, reason)) and adds to it or takes from it.
"""

from __future__ import annotations

import re

from .lexicon import AD_LABEL_WORDS, TEASER_LABELS, WIDGET_WORDS
from .lines import Line
from .places import place_words

_CONTROLS = WIDGET_WORDS | TEASER_LABELS
"""One-word lines that work the page ("Share", "Listen", "Related"), never a heading."""

MIN_LIST_ITEMS, MAX_LIST_ITEMS = 2, 8
"""Lines of a list a heading may stand over before the paragraph below it ("Areas affected"
over the streets, then the text goes on).  One line under a label is no list: "Transcript"
over a stage direction is the player's label."""

MAX_PULL_QUOTES = 50
"""Lines in quotation marks looked for inside the other lines: a magazine has a
few pull quotes; a page of thousands of quoted lines must not cost the square."""
_QUOTED_LINE = re.compile(r"^[“\"‘'].*[”\"’'][.,]?$")


def mark_pull_quotes(lines: list[Line], kinds: dict) -> None:
    """A line that is one quotation whose words another line also has is a pull
    quote, a repeated copy: "“What Pyongyang really wants is …”" set apart
    from the paragraph that quotes it."""
    quoted = [l for l in lines if l.word_count >= 5 and l.number not in kinds and _QUOTED_LINE.match(l.text)]
    if not quoted:
        return
    page = "\n".join(l.folded for l in lines)
    for line in quoted[:MAX_PULL_QUOTES]:
        first = page.find(line.folded)
        if first != -1 and page.find(line.folded, first + 1) != -1:
            kinds.setdefault(line.number, ("repeat", "pull quote: its words are in the text"))


def mark_headings(lines: list[Line], kinds: dict) -> None:
    """A short line of two words or more between the article's paragraphs that a
    paragraph follows, without a digit ("Notes to editors", "Key findings",
    "About Baltica Wind"), is a section heading of the text, not a fragment of
    the page.  So is a short line above such a heading (a category over a topic:
    "Disasters and accidents" over "2025 Nepal monsoon"), and a heading may open
    with its section's number ("4. Reactions")."""
    body = [i for i, l in enumerate(lines) if l.is_prose and l.number not in kinds]
    if not body:
        return
    kept: set[int] = set()
    for i in range(body[-1] - 1, body[0], -1):  # from the end, so a heading sees the heading below it kept
        line, below = lines[i], lines[i + 1]
        if (kinds.get(line.number, ("",))[0] == "short" or _bare_sources_label(lines, i, kinds)) \
                and _heading_like(line) \
                and (below.number not in kinds and _running_text(below) or below.number in kept
                     or _list_then_text(lines, i + 1, kinds)):
            del kinds[line.number]
            kept.add(line.number)


def _bare_sources_label(lines: list[Line], i: int, kinds: dict) -> bool:
    """A "Notes" or "Sources" label with no source under it (no line below took its kind):
    the heading of the text's own notes ("1. Estimates are based on a sample …")."""
    line, below = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    return kinds.get(line.number, ("", ""))[1] == "a list of sources" and line.word_count <= MAX_LABEL_WORDS \
        and not line.is_prose and below is not None and kinds.get(below.number, ("", ""))[1] != "a list of sources"


MAX_LABEL_WORDS = 3
"""Words of a list's label ("Notes", "Further reading"): a longer line is one of its sources."""


def _list_then_text(lines: list[Line], start: int, kinds: dict) -> bool:
    """Whether the lines from ``start`` are a short list the rules kept as text (no line of it
    marked, none a sentence of running prose) and then a paragraph: the list a heading opens."""
    for j in range(start, min(len(lines), start + MAX_LIST_ITEMS + 1)):
        if lines[j].number in kinds:
            return False
        if lines[j].is_prose:
            return j - start >= MIN_LIST_ITEMS
    return False


def _running_text(line: Line) -> bool:
    """Prose, or a sentence that opens a list below it ("Here are the main developments:")."""
    return line.is_prose or line.word_count >= 6 and line.lower_share >= 0.5 and line.text.endswith(":")


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]\s+(?=\w)")
"""A section's number before its heading: "4. Reactions", "2.1) Method"."""
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year of the last two centuries, as headings ("2025 Nepal monsoon": the only other
number a heading may hold), source lists and stamps give it."""


def _heading_like(line: Line) -> bool:
    """A capitalised phrase of two words or more (a section's number counts as one),
    without digits besides that number and a year, not in capitals ("DIANE OKAFOR");
    one word in small letters that is no control of the page ("Aviation", not
    "Listen" or "Share"); or the name of a place, whatever its length or case: a
    round-up's sections by country ("UKRAINE", "SOUTH KOREA") name no person."""
    text = YEAR.sub("", _SECTION_NUMBER.sub("", line.text)).strip()
    place = text in place_words() or text.title() in place_words()
    # a crosshead may be set in capitals ("RATES UNDER PRESSURE"); two words in capitals are a name
    word = line.word_count == 1 and not text.isupper() and text.lower() not in _CONTROLS | AD_LABEL_WORDS  # not "Listen", "Ad"
    return (line.word_count >= 2 or place or word) and text[:1].isupper() \
        and not any(_NUMBER.fullmatch(t) for t in text.split()) and (not text.isupper() or line.word_count >= 3 or place)


_NUMBER = re.compile(r"\W*\d[\d\W]*")
"""A word that is a number ("212", "(14)"): "Episode 212" and "14 entries" are page
labels; a name with digits in it ("About AP-417") may be a heading."""


_COMMENTS = re.compile(r"^(?:\d+\s+)?comments?\b|^(?:reply|load more comments)\b", re.I)


_COMMENT_META = re.compile(r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
                           r"|^(?:reply|like|report)\b", re.I)
MAX_COMMENT_META_WORDS = 8
"""Words of a comment's header ("Ana Ionescu · 2 hours ago") or button row ("Reply · Like (12) ·
Report"); a longer line with "2 hours ago" in it is a reader's words."""


def mark_comments(lines: list[Line], kinds: dict) -> None:
    """Readers' comments: after a comment section opens below the text
    ("Comments (3)", a "Reply" button), a short line with the time of posting
    ("Ana Ionescu · 2 hours ago") or a comment's buttons ("Reply · Like (12)") is
    clutter, and a paragraph set between clutter lines (the reader's name and time
    above, "Reply · 12 likes" below) is a comment."""
    first_prose = next((i for i, l in enumerate(lines) if l.is_prose and l.number not in kinds), None)
    if first_prose is None:
        return
    start = next((i for i in range(first_prose + 1, len(lines))
                  if lines[i].number in kinds and _COMMENTS.match(lines[i].text)), None)
    if start is None:
        return
    for line in lines[start + 1:]:
        # a comment's button row is also a row of links: the comment's reason says more
        unexplained = line.number not in kinds or kinds[line.number][0] == "navigation"
        if unexplained and line.word_count <= MAX_COMMENT_META_WORDS and _COMMENT_META.search(line.text):
            kinds[line.number] = ("comment", "a comment's author and time, or its buttons")
    for i in range(start + 1, len(lines) - 1):
        line, above, below = lines[i], lines[i - 1], lines[i + 1]
        if line.number not in kinds and above.number in kinds and below.number in kinds:
            kinds[line.number] = ("comment", "a reader's comment, below the text")


MIN_SIBLING_HEADINGS = 2
"""Headings kept as text further down before the one above the first paragraph is read as
theirs: one later heading may be a crosshead of a page whose label sits above the text."""
MAX_FIRST_HEADING_WORDS = 5
_WEAK_LABELS = frozenset({"page header before the article's first paragraph", "a summary box's label"})
"""Reasons a line above the first paragraph is marked for its place alone, not its words."""
_PAGE_LABELS = frozenset({"contents", "table of contents", "on this page", "in this article", "in this story"})
"""Labels of a page's own list of its sections: headed by the page, not by its text."""
_FIRST_PLURAL = re.compile(r"\b(?:we|our|us)\b", re.I)
"""The site speaking of itself ("How we write summaries"): a link to its own page."""


def keep_first_heading(lines: list[Line], kinds: dict) -> None:
    """Take out of ``kinds`` the short heading right above the article's first paragraph
    ("Purpose of the Bill", "What happened", "Summary") when at least two headings of the
    same shape further down were kept as the text's: the page's sections start there, and
    the first is one of them, not a label of the page."""
    first = next((i for i, l in enumerate(lines) if l.is_prose and l.number not in kinds), None)
    if first is None or first == 0:
        return
    above = lines[first - 1]
    if kinds.get(above.number, ("", ""))[0] != "short" and kinds.get(above.number, ("", ""))[1] not in _WEAK_LABELS:
        return  # a widget, a row of links, a byline: the page's, whatever its shape
    if not _section_heading(above) or not _sentence_case(above) or _FIRST_PLURAL.search(above.text) \
            or above.folded in _PAGE_LABELS:
        return
    siblings = 0
    for i in range(first + 1, len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if line.number not in kinds and below.number not in kinds and _section_heading(line) \
                and _running_text(below):
            siblings += 1
            if siblings >= MIN_SIBLING_HEADINGS:
                del kinds[above.number]
                return


def _section_heading(line: Line) -> bool:
    """A short heading-shaped line that is no sentence and holds no digit."""
    return not line.is_prose and line.word_count <= MAX_FIRST_HEADING_WORDS and _heading_like(line) \
        and not any(c.isdigit() for c in line.text) and not line.text.endswith((":", "|"))


def _sentence_case(line: Line) -> bool:
    """One word, or a phrase with a word in small letters ("Purpose of the Bill", "What
    happened"): "Liberal Democrat", every word capitalised, is a name (a party's, a body's)."""
    return line.word_count == 1 or any(w[:1].islower() for w in line.words)
