"""A transcript's speakers named on lines of their own (`transcript.name_line`,
`transcript.speaker_lines`), and what the page's layout leaves of them."""

from __future__ import annotations

import pytest

from generator.drafting.people import find_people
from generator.drafting.transcript import name_line, speaker_lines


@pytest.mark.parametrize("paragraph, expected", [
    ("Claudia Méndez", "Claudia Méndez"),
    ("Jean-Noël de la Rue", "Jean-Noël de la Rue"),
    ("Operator", None),                      # one word: a role, nobody named
    ("Thank you, operator.", None),          # a sentence
    ("Tomás Errázuriz Vial – CEO", None),    # a participants list's row
    ("Question-and-Answer Session", "Question-and-Answer Session"),  # a heading reads so: `names` says it is none
])
def test_a_name_line(paragraph: str, expected: str | None) -> None:
    assert name_line(paragraph) == expected


TRANSCRIPT = ("Results call\n"
              "Ana Ruiz Vik\n"           # clutter: a recurring line, read as a running header
              "We grew by 4% this quarter.\n"
              "Tom Hale\n"
              "Thank you. Costs rose.\n"
              "Ana Ruiz Vik\n"
              "We expect more next year.\n"
              "Related Stories\n"         # clutter above one paragraph only
              "Prices fell in May.\n")


def _paragraphs(text: str, clutter: set[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in text.split("\n"):
        if line and line not in clutter:
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def test_speaker_lines_in_clutter_are_read_when_the_name_heads_two_turns() -> None:
    spans = _paragraphs(TRANSCRIPT, {"Ana Ruiz Vik", "Related Stories"})
    found = [TRANSCRIPT[a:b] for a, b in speaker_lines(TRANSCRIPT, spans)]
    assert found == ["Ana Ruiz Vik", "Ana Ruiz Vik"]


def test_a_speaker_named_only_on_clutter_lines_is_a_person() -> None:
    spans = _paragraphs(TRANSCRIPT, {"Ana Ruiz Vik", "Related Stories"})
    people, _ = find_people(TRANSCRIPT, spans, None, lambda offset: 1)
    assert [p.name for p in people] == ["Ana Ruiz Vik", "Tom Hale"]
