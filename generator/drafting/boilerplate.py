"""Which raw lines are web clutter, judged from the text itself.

A page copied from a browser is a header (section labels, date, byline),
the article, and a footer (polls, teasers, newsletter forms, copyright),
with widgets and advertisements between paragraphs.  The rules, in order:

1. a line is clutter by its own shape: a copyright notice, a hashtag line,
   a line of no letters ("+1", "×"), share-widget words, a call to action
   (newsletter, subscribe, comments, advertisement…), a teaser label
   ("READ MORE: …") or an arrowed link, a photo credit, a date or byline
   line, or a fragment of three words or fewer that is not a sentence;
   author lines and author boxes (`authors`) and readers' comments below
   the text (`sections`) likewise;
2. a repeated line: a second copy of the title, every copy of a paragraph
   or of a heading but the last (a live blog's list of its headings), or a
   pull quote (a line in quotation marks whose words another line has);
3. position: before the article's first paragraph every line but the title,
   its standfirst and sentences (captions) is page header; after its last
   paragraph every line that is not a full sentence is page footer;
4. a headline-like line next to a call to action or teaser is part of it
   (the teaser list under "Related Stories", a newsletter's tag line);
5. but a short line between the article's paragraphs that a paragraph
   follows is a section heading ("Notes to editors", "Key findings").

The article's paragraphs are the lines of running prose (`Line.is_prose`)
that no rule above marks.
"""

from __future__ import annotations

import re

from .authors import BYLINE, mark_authors
from .dates import find_dates
from .lexicon import (ATTRIBUTION_VERBS, CREDIT_LABELS, FUNCTION_WORDS, MEDIA_WORDS, ORGANISATION_WORDS,
                      TEASER_LABELS, WIDGET_WORDS)
from .lines import Line
from .model import Boilerplate
from .sections import mark_comments, mark_headings, mark_pull_quotes

_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved|©\s*\d{4}", re.I)
_TEASER_LABEL = re.compile(r"^([A-Za-z' ]{2,24}):\s*\S")
_CREDITS = re.compile(r"(?:[A-Za-z]+\s+){0,2}by\s+[A-Z][^;]*")
"""One part of a wire story's credit line: "Additional reporting by Dan Whitcombe in Washington"."""
_STAMP = re.compile(r"^(?:posted|published|updated|first published|last updated|last modified)\b", re.I)
"""A page's time stamp: "Posted Fri 1 Nov 2024 at 6:12am, updated …"."""
_NEW_TAB = re.compile(r",?\s*opens? (?:in )?(?:a )?new (?:tab|window)$", re.I)
"""What a screen reader reads after a link that opens elsewhere: "Purchase Licensing Rights, opens new tab"."""
_READING_TIME = re.compile(r"\b\d+\s*(?:min|mins|minutes?)\s*(?:read|listen)\b", re.I)
_SPREADING = ("cta", "widget", "teaser")
_NAMES = {"cta": "call to action", "widget": "share widget", "teaser": "teaser"}
"""Kinds of clutter whose headline-like neighbours belong to them (rule 4)."""


def intrinsic(line: Line) -> tuple[str, str] | None:
    """``(kind, reason)`` when the line is clutter by its own shape (rule 1)."""
    text, words = line.text, line.words
    if _COPYRIGHT.search(text):
        return "copyright", "copyright line"
    tokens = text.split()
    if sum(t[0] in "#@" for t in tokens) * 2 >= len(tokens) and any(t[0] == "#" for t in tokens):
        return "hashtag", "hashtag line"
    if not any(c.isalpha() for c in text):
        return "symbol", "no words, only symbols or numbers"
    if words and all(w.lower().strip(".:") in WIDGET_WORDS for w in words):
        return "widget", "share or comment widget"
    if _NEW_TAB.search(text) and line.word_count <= 12:
        return "widget", "link to another page"
    if len(re.findall(r"\s[>›»|/]\s", text)) >= 2 and not line.is_prose:
        return "navigation", "navigation path"
    return _prompt(line) or _metadata(line) or _fragment(line)


_ARROWS = "→▶►»›➔➜"


def _prompt(line: Line) -> tuple[str, str] | None:
    if line.text[:1] in _ARROWS or line.text[-1:] in _ARROWS:
        # A player's "▶ Watch" heads the list below it; each link of a list has its own arrow
        return ("teaser" if line.word_count <= 3 else "link"), "a link marked with an arrow"
    phrase = line.cta_phrase()
    label = _TEASER_LABEL.match(line.text)
    if label and label.group(1).split()[0].lower() in TEASER_LABELS and not line.is_prose:
        return "teaser", f'teaser label "{label.group(1)}:"'
    if phrase and (line.second_person or not line.is_prose or line.word_count <= 12):
        return "cta", f'call to action ("{phrase}")'
    first = line.text.lstrip("(").split()[0].lower().strip(":,/") if line.text.strip("(") else ""
    if first.split("/")[0] in CREDIT_LABELS and not line.is_prose and line.word_count <= 8:
        return "credit", "photo or image credit"
    return None


def _metadata(line: Line) -> tuple[str, str] | None:
    parts = [p.strip() for p in line.text.split(";")]
    if len(parts) > 1 and all(_CREDITS.fullmatch(p.rstrip(".")) for p in parts):
        return "byline", "reporting and editing credits"
    if _STAMP.match(line.text) and line.word_count <= 24 and find_dates(line.text):
        return "date", "time stamp"  # even ending "… at 6:02 p.m." like a sentence
    if line.is_prose:
        return None
    if BYLINE.match(line.text) and line.word_count <= 12:
        return "byline", "byline"
    if line.word_count <= 14 and find_dates(line.text) or line.word_count <= 24 and len(find_dates(line.text)) >= 2:
        return "date", "date line"
    if _READING_TIME.search(line.text):
        return "date", "reading time"
    return None


def _fragment(line: Line) -> tuple[str, str] | None:
    if line.text.endswith(":") and any(w.lower() in ATTRIBUTION_VERBS for w in line.words):
        return None  # "Ed Miliband said:" introduces the quotation below
    if line.word_count <= 3 and not (line.ends_sentence and line.word_count >= 3):
        return "short", "a fragment of a few words, not a sentence"
    return None


def is_label(line: Line) -> bool:
    """A short name-like line (a publisher or section), not a headline."""
    words = [w for w in line.words if w.lower() not in FUNCTION_WORDS]
    capitalised = all(w[0].isupper() or not w[0].isalpha() for w in words)
    named = any(w.lower().strip(".") in ORGANISATION_WORDS | MEDIA_WORDS for w in words)
    return line.word_count <= 6 and capitalised and named and "," not in line.text


def find_boilerplate(lines: list[Line]) -> tuple[list[Boilerplate], Line | None]:
    """Clutter lines (sorted) and the title line the rules kept, if any."""
    kinds = {l.number: k for l in lines if (k := intrinsic(l))}
    mark_authors(lines, kinds)
    mark_comments(lines, kinds)
    _spread(lines, kinds)
    title = _title(lines, kinds)
    _repeats(lines, kinds, title)
    mark_pull_quotes(lines, kinds)
    _zones(lines, kinds, title)
    _spread(lines, kinds)
    mark_headings(lines, kinds)
    found = [Boilerplate(n, reason) for n, (_, reason) in sorted(kinds.items())]
    return found, title


def _title(lines: list[Line], kinds: dict) -> Line | None:
    """The longest headline-like line before the first paragraph (navigation
    links such as "Skip to main content" are headline-like too, but shorter),
    or the headline-like line right above it: a standfirst is often longer
    than the headline it follows.  A photo caption ("Image caption, …",
    "… Photograph: Jane Doe") is no headline."""
    candidates: list[Line] = []
    for line in lines:
        if line.is_prose and line.number not in kinds:
            break
        if line.number not in kinds and line.is_title_like and not is_label(line) and not _CAPTION.search(line.text):
            candidates.append(line)
    longest = max(candidates, key=lambda l: l.word_count, default=None)
    index = candidates.index(longest) if longest is not None else 0
    above = candidates[index - 1] if index else None
    if above is not None and above.number == _previous_number(lines, longest):
        return above
    return longest


_CAPTION = re.compile(r"^(?:" + "|".join(sorted(CREDIT_LABELS)) + r")\b[\w ]{0,12},"
                      r"|\b(?:" + "|".join(sorted(CREDIT_LABELS)) + r"|photograph)s?\s*:", re.I)


def _previous_number(lines: list[Line], line: Line) -> int:
    position = lines.index(line)
    return lines[position - 1].number if position else -1


def _repeats(lines: list[Line], kinds: dict, title: Line | None) -> None:
    last_copy: dict[str, int] = {}
    for line in lines:
        last_copy[line.folded] = line.number
    seen_title = False
    for i, line in enumerate(lines):
        if title is not None and line.folded == title.folded:
            if seen_title:
                kinds.setdefault(line.number, ("repeat", f"repeats the title (line {title.number})"))
            seen_title = True
        elif line.folded and last_copy[line.folded] != line.number and (line.is_prose or _heading_copy(line)):
            kinds.setdefault(line.number, ("repeat", f"repeated below at line {last_copy[line.folded]}"))
        elif (later := _summary_of(line, lines[i + 1:i + 1 + len(line.folded) + 1])) is not None:
            kinds.setdefault(line.number, ("repeat", f"shortened copy of the paragraphs from line {later}"))


def _heading_copy(line: Line) -> bool:
    """A headline-like line of three words or more: a list of the page's headings
    ("Key events") repeats the headings of the text below it."""
    return line.is_title_like and line.word_count >= 3


def _summary_of(line: Line, below: list[Line]) -> int | None:
    """A cut-short copy of the text ``below`` ("… in the coming days… "), as a
    page summary repeats the opening: the line number where that text starts.

    Only as much of the text below as the line's length is joined (each line
    below adds one character at least, so that many lines are enough): a
    page of such lines must not join the rest of the page for each of them.
    """
    if not (line.is_prose and line.text.rstrip().endswith(("...", "…"))) or not line.folded:
        return None
    parts, size = [], -1
    for other in below:
        parts.append(other.folded)
        size += len(other.folded) + 1
        if size >= len(line.folded):
            break
    return below[0].number if " ".join(parts).startswith(line.folded) else None


FOOTER_GAP = 3
"""Clutter lines in a row that end the article: one or two paragraphs after
them are the page's ("The BBC is not responsible for …"), more are the article's."""


def _zones(lines: list[Line], kinds: dict, title: Line | None) -> None:
    body = [l.number for l in lines if l.is_prose and l.number not in kinds]
    if not body:
        return
    first, (last, cut) = body[0], _last_paragraph(lines, kinds, body)
    for i, line in enumerate(lines):
        if line.number in kinds or (title is not None and line.number == title.number):
            continue
        if line.number < first and not line.is_prose and not _header_text(line, lines[i - 1] if i else None, title):
            kinds[line.number] = ("header", "page header before the article's first paragraph")
        elif line.number > last and (cut or not (line.is_prose and line.word_count >= 8)):
            kinds[line.number] = ("footer", "page footer after the article's last paragraph")


STANDFIRST_WORDS = 8
"""Fewest words of a standfirst: the headline-like line right under the title that
sums the story up ("Zelensky says clashes are days away; Seoul orders …")."""


def _header_text(line: Line, above: Line | None, title: Line | None) -> bool:
    """Whether a line of the page header is the article's: the standfirst right
    under the title, or a photo caption with its credit ("Image caption, …",
    "… Photograph: Jane Doe")."""
    standfirst = above is not None and above is title and line.word_count >= STANDFIRST_WORDS
    caption = _CAPTION.search(line.text) is not None and line.word_count >= STANDFIRST_WORDS and line.lower_share >= 0.2
    return standfirst or caption


def _last_paragraph(lines: list[Line], kinds: dict, body: list[int]) -> tuple[int, bool]:
    """The article's last paragraph: prose after a run of `FOOTER_GAP` clutter
    lines ("The BBC is not responsible for …") belongs to the page footer."""
    position = {l.number: i for i, l in enumerate(lines)}
    for i in range(1, len(body)):
        between = lines[position[body[i - 1]] + 1:position[body[i]]]
        after = len(body) - i
        if len(between) >= FOOTER_GAP and all(l.number in kinds for l in between) and after <= min(2, i - 1):
            return body[i - 1], True
    return body[-1], False


def _spread(lines: list[Line], kinds: dict) -> None:
    """Rule 4: headline-like neighbours of a prompt or teaser join it.

    Spreading goes on until nothing changes, and a line looks at the line
    before it first: so a run of unmarked lines that are not prose takes
    the kind of the line before the run when that one spreads, else of the
    line after it.  That is worked out per run, in one pass; spreading one
    line at a time took a pass per line of a long run.
    """
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].number not in kinds and not lines[end].is_prose:
            end += 1
        if end == start:
            start += 1
            continue
        kind = _spreading(lines, kinds, start - 1) or _spreading(lines, kinds, end)
        if kind is not None:
            for line in lines[start:end]:
                kinds[line.number] = (kind, f"headline-like line next to a {_NAMES[kind]}")
        start = end


def _spreading(lines: list[Line], kinds: dict, index: int) -> str | None:
    """The kind of ``lines[index]`` when it spreads to its neighbours."""
    if not 0 <= index < len(lines):
        return None
    kind = kinds.get(lines[index].number, ("", ""))[0]
    return kind if kind in _SPREADING else None
