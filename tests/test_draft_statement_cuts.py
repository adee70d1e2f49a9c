"""How a sentence's statements are cut around their frames: the rules of the ninth round."""

from __future__ import annotations

from generator.drafting.attribution import quoted_spans
from generator.drafting.statements import parse_statements


def _cut(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.how) for s in parse_statements(text, quoted_spans(text))]


def test_a_frame_between_a_subject_and_its_predicate_stays_inside_the_statement() -> None:
    """"About 400 rangers from the north, she said, had reached the valley": the words before the frame
    are a subject waiting for its verb, which comes after the frame's comma."""
    assert _cut("About 400 rangers from the north, she said, had reached the valley before dawn.") == [
        ("About 400 rangers from the north, she said, had reached the valley before dawn", 'around "said"')]


def test_a_trailing_frame_after_a_whole_clause_still_ends_it() -> None:
    assert _cut("The rangers had reached the valley before dawn, she said, and rested there.") == [
        ("The rangers had reached the valley before dawn", 'before "said"')]


def test_words_with_a_verb_before_that_are_said_too() -> None:
    """"said there was no sign that …": the clause before "that" is part of what was
    said, its negation with it; "said on Monday that" still opens at "that"."""
    assert _cut('The agency said there was "no sign" that the dam had been damaged.') == [
        ('there was "no sign" that the dam had been damaged', 'after "said"')]
    assert _cut("The agency said on Monday that the dam had been damaged.") == [
        ("the dam had been damaged", 'after "said"')]
