"""Speakers, round 19c: the reporter's background narration (a thing pledged or recalled, a
request made in the present perfect, the main clause after ", which X said …,") is credited
to nobody."""

from __future__ import annotations

from generator.drafting.attribution import find_frames, quoted_spans
from generator.drafting.statements import parse_statements


def _frames(text: str) -> list[tuple[str, str | None]]:
    return [(f.verb, text[f.subject[0]:f.subject[1]] if f.subject else None) for f in find_frames(text, quoted_spans(text))]


def _statements(text: str) -> list[tuple[str, str | None]]:
    return [(text[s.start:s.end], s.frame.verb if s.frame else None) for s in parse_statements(text, quoted_spans(text))]


def test_pledged_thing_is_an_act() -> None:
    assert _frames("Germany pledged a further system in April, but it has not yet arrived.") == []
    assert _frames("Spain pledged €1 billion in new aid.") == []


def test_pledged_words_still_attribute() -> None:
    assert _frames("Germany pledged that it would send more air defence.")[0][0] == "pledged"
    assert _frames("The minister promised to raise pensions next year.")[0][0] == "promised"


def test_recalled_count_or_envoy_is_a_recall() -> None:
    assert _frames("Tesla had recalled more than 2 million cars in December.") == []
    assert _frames("Poland recalled its ambassador from Minsk on Friday.") == []


def test_recalled_memory_still_attributes() -> None:
    assert _frames("She recalled that the shelling began at dawn.")[0][0] == "recalled"


def test_present_perfect_request_for_a_thing_is_background() -> None:
    assert _frames("Tanzania has called for a negotiated end to the war.") == []
    assert _frames("Zelensky, who took office in 2019, has repeatedly asked for more Patriot batteries.") == []


def test_request_to_act_or_in_past_still_attributes() -> None:
    assert _frames("Georgescu has called for Romania to stop sending military aid to Ukraine.") != []
    assert _frames("Zelensky asked for more Patriot batteries on Tuesday.") != []


def test_relative_frame_leaves_main_predicate_to_reporter() -> None:
    found = _statements("The attack, which officials said killed at least 12 people in the town, was the deadliest this year.")
    assert ("killed at least 12 people in the town", "said") in found
    assert ("was the deadliest this year", None) in found


def test_relative_frame_short_keeps_antecedent() -> None:
    found = _statements("The protests, which organisers said drew 200,000 people, began after a rail crash killed 15.")
    assert found[0] == ("The protests, which organisers said drew 200,000 people", "said")
    assert found[1][1] is None


def test_relative_frame_inside_other_words_unchanged() -> None:
    text = ("The economist expects the central bank's net international reserves, which he estimates at under "
            "US$2 billion, to limit imports until the subsidy is reformed.")
    assert all(verb is not None for _, verb in _statements(text))
