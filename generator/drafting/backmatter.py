"""A journal article's back matter and keyword line: the publisher's form, not the paper's text.

    >>> from .lines import parse_lines
    >>> page = "Intro.\\nThe war goes on, and it will for years.\\nFunding\\nThis work was supported by the Research Council.\\nReferences\\n"
    >>> kinds = {}
    >>> mark_back_matter(parse_lines(page), kinds)
    >>> sorted(kinds)
    [3, 4]

A research article ends, between its conclusion and its references, with short sections the
journal requires of every paper: "Disclosure statement" ("No potential conflict of interest
was reported by the author."), "Funding" ("This work was supported by the … Research Council
under grant …"), "Acknowledgements", "Data availability statement", "Author contributions",
"Notes on contributor".  Each is a heading alone on its line (one of `BACK_MATTER_HEADINGS`,
matched whole) and a paragraph or two under it, up to the next heading; a reader skips them,
and a funder's or a university's name in them ("the Swedish Research Council") is no state
of the story.  Above the text, a "Keywords:" line lists the paper's indexing terms.

A news story's own subheading of the same words ("Funding" over a paragraph on a city's
budget) stands alone: the headings count only where the page holds a references list or a
second back-matter heading — one such section alone is no journal's form.
"""

from __future__ import annotations

import re

from .lines import Line

BACK_MATTER_HEADINGS = re.compile(
    r"(?:disclosure|ethics|data\s+availability|funding|conflicts?\s+of\s+interests?|competing\s+interests?"
    r"|declarations?\s+of\s+(?:competing\s+)?interests?)(?:\s+statements?)?"
    r"|funding(?:\s+information)?|acknowledge?ments?|author(?:s['’])?\s+contributions?|notes\s+on\s+contributors?"
    r"|about\s+the\s+authors?",
    re.I)
"""The headings of a journal article's back-matter sections, matched whole."""

REFERENCES = re.compile(r"(?:references|bibliography|works\s+cited|notes\s+and\s+references)", re.I)
"""The heading of the reference list that follows the back matter, matched whole."""

_KEYWORDS = re.compile(r"(?:key\s?words|index\s+terms)[ \t]*:[ \t]*\S[^.!?]*", re.I)
"""A paper's keyword line, matched whole: "Keywords: North Korea; Russia; Kursk"."""
MAX_KEYWORD_WORDS = 30
MAX_SECTION_LINES = 3
"""Paragraphs under a back-matter heading: a sentence or two each."""
MIN_HEADINGS = 2
"""Back-matter headings (or one and a references list) that make the page a journal's."""


HEADING_REASON = "a journal article's back-matter heading"
KEYWORD_REASON = "a paper's keyword line"


def _heading(line: Line) -> bool:
    return BACK_MATTER_HEADINGS.fullmatch(line.text.strip().rstrip(":")) is not None


def _references(line: Line) -> bool:
    return REFERENCES.fullmatch(line.text.strip().rstrip(":")) is not None


def mark_back_matter(lines: list[Line], kinds: dict) -> None:
    """Mark the back-matter headings and the paragraphs under them, and a keyword line,
    where the page reads as a journal's (`MIN_HEADINGS`)."""
    for line in lines:
        if line.number not in kinds and line.word_count <= MAX_KEYWORD_WORDS and _KEYWORDS.fullmatch(line.text.strip()):
            kinds[line.number] = ("metadata", KEYWORD_REASON)
    headings = [i for i, line in enumerate(lines) if _heading(line)]
    references = any(_references(line) for line in lines)
    if len(headings) + references < MIN_HEADINGS:
        return
    for i in headings:
        kinds.setdefault(lines[i].number, ("metadata", HEADING_REASON))
        for below in lines[i + 1:i + 1 + MAX_SECTION_LINES]:
            if _heading(below) or _references(below) or not below.ends_sentence:
                break
            kinds.setdefault(below.number, ("metadata", "a journal article's back matter"))


_ABSTRACT = re.compile(r"abstract|summary", re.I)
_BACK_REASONS = (HEADING_REASON, KEYWORD_REASON)


def keep_abstract_heading(lines: list[Line], kinds: dict) -> None:
    """On a journal's page (back matter or a keyword line marked), take out of ``kinds`` the
    "Abstract" heading right above a paragraph: the paper's own first heading, as its
    numbered ones are, where only its shape marked it."""
    if not any(reason in _BACK_REASONS for _, reason in kinds.values()):
        return
    for line, below in zip(lines, lines[1:]):
        if _ABSTRACT.fullmatch(line.text.strip().rstrip(":")) and kinds.get(line.number, ("",))[0] == "short" \
                and below.is_prose and below.number not in kinds:
            del kinds[line.number]
            return
