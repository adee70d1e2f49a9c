"""A letters page: each letter is signed under its last paragraph (`signatures`)."""

from __future__ import annotations

import pytest

from generator.drafting.signatures import find_signatures


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Every non-blank line of ``text`` as a paragraph, as the drafter's article spans are."""
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def signed(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], text[s.first:s.last]) for s in find_signatures(text, spans)]


def test_each_letter_runs_from_its_heading_to_its_signature() -> None:
    text = ("Too few sailings\nThe islanders I know have lost two sailings.\nThe operator says the cuts are temporary.\n"
            "Marta Olsen\nBrekke, Vestland\nA fair price\nI sail twice a week.\nDr Jonas Lind, Florø\n")
    spans = [s for s in paragraphs(text) if text[s[0]:s[1]] not in ("Marta Olsen", "Brekke, Vestland")]
    assert signed(text, spans) == [
        ("Marta Olsen", "The islanders I know have lost two sailings.\nThe operator says the cuts are temporary."),
        ("Jonas Lind", "I sail twice a week.")]  # the title is no part of the name; the town after a comma


@pytest.mark.parametrize("text", [
    "Harbour news\nThe office opens at eight on Saturdays.\nTom Vik\nBergen\n",        # no first person: a notice
    "Ferry news\nWe sail at eight.\nTom Vik\nThe ferry leaves at nine on Sundays.\n",   # no town: a sentence follows
    "Ferry news\nWe sail at eight.\nPrices rose\nBergen\n",                             # no name: one word is lower case
    "Ferry news\n“We sail at eight,” he said.\nTom Vik\nBergen\n",                      # the first person only quoted
])
def test_no_letter(text: str) -> None:
    assert signed(text, paragraphs(text)) == []


def test_clutter_between_paragraphs_starts_a_new_letter() -> None:
    text = "Our street\nWe waited three weeks.\nAdvertisement\nThe bins were collected on Friday.\nAna Ruiz\nLeeds\n"
    spans = [s for s in paragraphs(text) if text[s[0]:s[1]] not in ("Advertisement", "Ana Ruiz", "Leeds")]
    assert signed(text, spans) == []  # the signed paragraph, after the clutter, speaks in no first person


@pytest.mark.parametrize("signature, name", [
    ("— Ana Ruiz, Leeds", "Ana Ruiz"),
    ("Ana Ruiz, chair, Harbour Residents' Association", "Ana Ruiz"),
    ("Prof. Ana Maria de Souza\nSão Paulo", "Ana Maria de Souza"),
    ("Ana Ruiz, who chairs the association, said so.", None),  # a sentence
    ("Harbour office\nLeeds", None),                          # "office" is no name
    ("Harbour Office\nLeeds", None),
])
def test_what_a_signature_line_holds(signature: str, name: str | None) -> None:
    text = f"Heading\nWe waited three weeks.\n{signature}\n"
    found = [n for n, _ in signed(text, paragraphs(text)[:2])]
    assert found == ([name] if name else [])
