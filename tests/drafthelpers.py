"""Small readers of a draft for the drafting rules' tests: the people and the countries
found in a text, the boilerplate lines of a page with their reasons, and the candidate
claims of an invented article with their speakers."""

from __future__ import annotations

from generator.drafting.boilerplate import find_boilerplate
from generator.drafting.countries import CountryFinder
from generator.drafting.drafter import draft_article
from generator.drafting.lines import parse_lines
from generator.drafting.people import find_people


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: the article's paragraphs, one a line."""
    spans, at = [], 0
    for line in text.split("\n"):
        if line:
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def people(text: str, corpus=None) -> list[str]:
    """The names of the people found in ``text`` (each line a paragraph), in order."""
    found, _ = find_people(text, line_spans(text), corpus, lambda offset: 1)
    return [p.name for p in found]


def claims(*paragraphs: str) -> list[tuple[str, str]]:
    """(quote, by) of every candidate claim of an article of ``paragraphs``, no registry."""
    draft = draft_article("\n\n".join(paragraphs) + "\n", "seeds/x.txt", None)
    return [(c.quote, c.by) for c in draft.claims]


PAD = ("The line reopened at noon on Tuesday after repairs.", "Services were cut by half for two days.")
"""Two statements in the reporter's voice, enough that the draft adds no lead sentence of its
own to a short invented article."""


def padded_claims(*paragraphs: str) -> list[tuple[str, str]]:
    """(quote, by) of the candidate claims of ``paragraphs`` followed by `PAD`, the pad's own left out."""
    return [(quote, by) for quote, by in claims(*paragraphs, *PAD) if not any(quote in pad for pad in PAD)]


def speaker_of(found: list[tuple[str, str]], words: str) -> str:
    """The speaker of the first candidate of ``found`` whose quote holds ``words``."""
    return next(by for quote, by in found if words in quote)


def countries(text: str) -> list[str]:
    """The codes of the states found in ``text`` (each line a paragraph), sorted."""
    return sorted(c.code for c in CountryFinder(None).find(text, line_spans(text), [], lambda _: 1))


def boilerplate_reasons(text: str) -> dict[int, str]:
    """Line number → why the line is clutter, for every boilerplate line of the page ``text``."""
    return {b.line: b.reason for b in find_boilerplate(parse_lines(text))[0]}
