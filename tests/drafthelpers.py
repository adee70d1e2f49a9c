"""Small readers of a draft for the drafting rules' tests: the people found in a text,
and the candidate claims of an invented article with their speakers."""

from __future__ import annotations

from generator.drafting.drafter import draft_article
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
