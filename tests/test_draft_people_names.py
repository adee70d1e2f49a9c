"""People's names: names in capitals, trades and short titles before a name, and the
names of places, bodies, businesses and works that are no person's."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.drafting.evaluate import load_registry
from generator.drafting.names import find_names
from drafthelpers import line_spans, people
from generator.drafting.people import find_people
from generator.drafting.recordlines import record_author_lines

REGISTRY = Path(__file__).parent / "fixtures" / "eval"


def _names(text: str) -> list[str]:
    common = {w for w in text.replace(",", " ").replace(".", " ").split() if w.islower()}
    return [span.name for span in find_names(text, [(0, len(text))], common) if span.is_full]



# Names in capitals (`namecaps`)

def test_names_in_capitals_with_a_cue_are_found_in_title_case() -> None:
    text = ("Briefing the Council, ROSEMARY ACHTERBERG, Assistant Secretary-General, said the talks failed. "
            "LINDA THOMAS-GREENFIELD (United States) said troops had moved. "
            "NICOLAS DE RIVIÈRE (France) said China should act. "
            "Japan's representative, KAZUYUKI YAMAZAKI, voiced concern.")
    assert _names(text) == ["Rosemary Achterberg", "Linda Thomas-Greenfield", "Nicolas de Rivière",
                            "Kazuyuki Yamazaki"]


@pytest.mark.parametrize("text", [
    "BREAKING NEWS: the council met today.",           # a label: no cue
    "NORTH KOREA SAYS TROOPS WILL STAY in the east.",  # shouting: the verb is in capitals too
    "The UN said so. Then UN OCHA said more.",          # "UN" stands alone elsewhere: an acronym
    "NEW YORK said nothing.",                            # a place
])
def test_capitals_without_a_persons_cue_name_nobody(text: str) -> None:
    assert _names(text) == []


# Trades and short titles before a name (`occupations`)

def test_a_trade_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = "The ferry was cut. Trucker Wayne MacIsaac, who hauls scallops, said the detour adds hours."
    assert _names(text) == ["Wayne MacIsaac"]


def test_a_trade_before_a_two_word_name_is_kept_as_a_given_name() -> None:
    text = "The season ended. Baker Mayfield threw twice for the team."
    assert _names(text) == ["Baker Mayfield"]


def test_a_time_stamp_opens_the_sentence_before_a_trade() -> None:
    text = "6:45 Driver Julio Ccahuana, who has been parked for eight days: I earn nothing."
    assert _names(text) == ["Julio Ccahuana"]


def test_an_abbreviated_councillor_title_is_no_part_of_the_name() -> None:
    text = "Delivered by the Lord Mayor, Cr Helen Okafor-Reid, at the meeting."
    assert _names(text) == ["Helen Okafor-Reid"]


# Businesses, places, bodies and works (`namecontext.trade_names`, `nameshapes`)

def test_a_business_written_with_its_trade_is_no_person_without_it() -> None:
    text = ("Fundy Link to sail four days a week.\n"
            "Fundy Link Ferries said in a notice that the ferry would run less.\n"
            "Blue Lagoon Hospitality said it regrets the delay, and Ana Ruiz agreed.")
    assert _names(text) == ["Ana Ruiz"]


def test_a_person_a_foundation_is_named_after_stays_a_person() -> None:
    text = "The Nelson Mandela Foundation met. Nelson Mandela was remembered by Ana Ruiz."
    assert "Nelson Mandela" in _names(text)


@pytest.mark.parametrize("text", [
    "Cerro Prieto, the second source, stood at 11%.",
    "Winter cuts are a puncture for Digby Neck, owners warn.",
    "Media enquiries: Communications Team, media@example.org",
    'Music: "Sierra Dawn" played all day.',
    "The Lord Mayor's Budget Speech 2026 was delivered.",
    "The US Federal Reserve kept its rate unchanged.",
    "It acts as a Primary Information Provider in the United Kingdom.",
    "Nova Scotia will not pay, the province said.",
    "If you are in Kalyvia Thorikou, Agios Konstantinos or Kouvaras, leave now.",
])
def test_places_bodies_and_works_are_no_people(text: str) -> None:
    assert _names(text) == []


def test_a_name_used_as_a_modifier_after_a_stays_a_person() -> None:
    text = "Kingsmere equalised through a Tom Pellow penalty after the break."
    assert _names(text) == ["Tom Pellow"]


def test_a_person_after_the_un_stays_a_person() -> None:
    text = "The Permanent Representative of Ukraine to the UN Serhii Kyslytsia spoke."
    assert _names(text) == ["Serhii Kyslytsia"]


def test_in_kyiv_then_a_name_is_no_list_of_places() -> None:
    text = "In Kyiv, Ana Ruiz said the talks were over."
    assert _names(text) == ["Ana Ruiz"]


# Registered aliases and the article's own full names (`people`)

def test_an_alias_in_a_headline_is_the_articles_later_full_name() -> None:
    corpus = load_registry(REGISTRY)
    text = "Why Putin now needs Kim's soldiers\nAnalysts say Kim Jong Un wants cash from Vladimir Putin."
    # listed in the order of the first full names: the headline's words are resolved after them
    assert people(text, corpus) == ["Kim Jong Un", "Vladimir Putin"]


def test_an_alias_with_no_later_full_name_is_the_registered_person() -> None:
    corpus = load_registry(REGISTRY)
    text = "Kim's soldiers\nAnalysts say Kim has lost patience."
    assert people(text, corpus) == ["Kim Yong-hyun"]


# A parliamentary record's members (`recordlines`)

def test_the_members_asking_and_answering_are_read_on_clutter_lines() -> None:
    text = ("Asked by Fiona Rattray (Strathallan and Ochil)\n"
            "To ask the Secretary of State what assessment has been made.\n"
            "Answered by Helen Mayhew-Ross (Minister of State (Indo-Pacific))\n"
            "We assess that the force has moved.\n"
            "Presented by Westbrook Private Wealth\n")
    lines = text.split("\n")
    spans, at = [], 0
    for line in lines:
        if line and not line.endswith(")") and not line.startswith("Presented"):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    assert [text[a:b].strip() for a, b in record_author_lines(text, spans)] == ["Fiona Rattray", "Helen Mayhew-Ross"]
    people, _ = find_people(text, spans, None, lambda offset: 1)
    assert [p.name for p in people] == ["Fiona Rattray", "Helen Mayhew-Ross"]
