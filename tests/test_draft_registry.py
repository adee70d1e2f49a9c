"""The registry first: people under other spellings, registered claims, claim ids, empty statements."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from generator.drafting.claimids import claim_id
from generator.drafting.evaluate import load_registry
from generator.drafting.claimmatch import MARGIN, THRESHOLD, ClaimMatcher, Extractor, score
from generator.drafting.substance import states_nothing
from generator.drafting.variants import closest, same_name
from generator.problems import did_you_mean

CALIBRATION = yaml.safe_load((Path(__file__).parent / "fixtures" / "draft" / "claim-match.yaml").read_text(encoding="utf-8"))
STATEMENTS = {c["id"]: c["statement"] for c in CALIBRATION["claims"]}


@pytest.mark.parametrize("a, b, same", [
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
    ("Yun Suk-yeol", "Yoon Suk Yeol", True),
    ("Dovilė Šakalienė", "Dovile Sakaliene", True),
    ("Dmitri Peskov", "Dmitry Peskov", True),
    ("Serhiy Kyslytsya", "Sergiy Kyslytsya", True),
    ("Mikhail Shoigu", "Mikgail Shoigu", False),
    ("Kim Yo Jong", "Kim Jong Un", False),
    ("Kim Yong-hyun", "Kim Yung-ho", False),
    ("Jon Smith", "Jan Smith", False),
    ("Lloyd Austen", "Lloyd Austin", False),
])
def test_spellings_of_one_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same


def test_the_match_is_proposed_by_make_checks_did_you_mean() -> None:
    ids = ["volodymyr-zelenskyy", "vladimir-putin"]
    assert closest("volodymyr-zelensky", ids) == "volodymyr-zelenskyy"
    assert did_you_mean("volodymyr-zelensky", ids) == ' (did you mean "volodymyr-zelenskyy"?)'
    assert closest("antony-blinken", ids) is None


class _Claim:
    def __init__(self, claim_id: str, statement: str):
        self.id, self.statement = claim_id, statement


class _Registry:
    """What `ClaimMatcher` reads of a corpus: the calibration file's claims."""

    claims = {c["id"]: _Claim(c["id"], c["statement"]) for c in CALIBRATION["claims"]}
    people: dict = {}
    briefs: list = []


EVAL_REGISTRY = load_registry(Path(__file__).parent / "fixtures" / "eval")
REGISTRY_STATEMENTS = {c.id: c.statement for c in EVAL_REGISTRY.claims.values()}
EXTRACTORS = {"calibration": Extractor(None), "registry": Extractor(EVAL_REGISTRY)}
ALL_PAIRS = CALIBRATION["pairs"] + CALIBRATION["registry_pairs"]


def _pair_score(pair: dict) -> float:
    """As the drafter scores it: the eval registry's people count as entities for its claims."""
    if pair["claim"] in STATEMENTS:
        extractor, statement = EXTRACTORS["calibration"], STATEMENTS[pair["claim"]]
    else:
        extractor, statement = EXTRACTORS["registry"], REGISTRY_STATEMENTS[pair["claim"]]
    return score(extractor.features(pair["statement"]), extractor.features(statement))[0]


@pytest.mark.parametrize("pair", ALL_PAIRS, ids=lambda p: p["statement"][:50])
def test_every_labelled_pair_lands_on_its_side_of_the_threshold(pair: dict) -> None:
    value = _pair_score(pair)
    if pair.get("missed"):
        assert value < THRESHOLD
    elif pair["match"]:
        assert value >= THRESHOLD + MARGIN
    else:
        assert value <= THRESHOLD - MARGIN


def test_the_threshold_sits_between_the_groups() -> None:
    scores: dict[bool, list[float]] = {True: [], False: []}
    for pair in ALL_PAIRS:
        if not pair.get("missed"):
            scores[pair["match"]].append(_pair_score(pair))
    assert len(scores[True]) >= 40 and len(scores[False]) >= 30
    assert max(scores[False]) < THRESHOLD < min(scores[True])
    assert abs((max(scores[False]) + min(scores[True])) / 2 - THRESHOLD) < 0.01  # midway
    gap = min(min(scores[True]) - THRESHOLD, THRESHOLD - max(scores[False]))
    assert gap >= MARGIN


def test_missed_restatements_are_positives_and_a_minority() -> None:
    """`missed` marks a real restatement the key words do not reach; never a negative."""
    missed = [p for p in CALIBRATION["registry_pairs"] if p.get("missed")]
    assert all(p["match"] for p in missed)
    assert len(missed) < sum(p["match"] for p in CALIBRATION["registry_pairs"]) / 2


def test_a_matching_statement_is_filed_under_its_claim_among_them_all() -> None:
    matcher = ClaimMatcher(_Registry())
    for pair in CALIBRATION["pairs"]:
        ranked = matcher.rank(pair["statement"])
        if pair["match"]:
            assert ranked[0].claim == pair["claim"] and ranked[0].score >= THRESHOLD
        assert len(ranked) <= 3 and all(r.shared for r in ranked)


@pytest.mark.parametrize("quote, expected", [
    ("About 8,000 North Korean troops are in the Kursk region", "north-korean-troops-kursk"),
    ("The storm destroyed 1,200 homes in two days across the region", "storm-destroyed-homes-region"),
    ("We will not accept that a Spanish citizen is held without charge", "accept-spanish-citizen-held"),
])
def test_new_claim_ids_are_the_key_words(quote: str, expected: str) -> None:
    assert claim_id(quote, Counter()) == expected


def test_a_topic_word_of_the_article_makes_the_id() -> None:
    topics = Counter({"balloon": 3, "leaflet": 2})
    assert claim_id("Activists sent 20 balloons carrying leaflets from the border town last week", topics) \
        == "activists-sent-balloons-leaflets"


@pytest.mark.parametrize("statement, kind", [
    ("We plan to closely monitor the situation", "monitoring"),
    ("We are following this case closely", "following closely"),
    ("The two ministers exchanged views on the situation in the region", "an exchange of views"),
    ("President Ruto is due to tour the affected areas on Wednesday", "a schedule"),
    ("The Kremlin did not immediately comment", "no comment"),
    ("her gratitude for Japan's support", "a courtesy"),
    ("Should Poland close its coal mines before 2049?", "a question"),
    ("Japan will provide 5 additional patrol vessels", None),
    ("the Czech Republic plans to stop burning coal for power by 2033", None),
    ("European Union members should use frozen assets, a proposal that Brussels is expected to discuss next month",
     None),
])
def test_statements_that_state_nothing(statement: str, kind: str | None) -> None:
    assert states_nothing(statement) == kind
