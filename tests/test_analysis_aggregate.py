"""`analyse` and `to_json` over the frozen showcase seeds, annotated here for the test."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest

from generator.analysis import analyse, to_json
from generator.analysis.export import analysis_json_text
from generator.memo import Kept
from test_analysis_reuse import SEED_BOILERPLATE
from test_analysis_support import BriefSpec, Cite, make_corpus, make_person, real_seed_texts

IN_RUSSIA = "nk-troops-in-russia"
IN_KURSK = "nk-troops-in-kursk"
CITES = {
    "000": [
        Cite(IN_KURSK, "About 8,000 North Korean troops in Russia are in the country’s Kursk border region", "antony-blinken", "about 8,000"),
        Cite(IN_RUSSIA, "The Pentagon earlier this week said about 10,000 North Korean soldiers were training in Russia", "Pentagon", "about 10,000"),
        Cite("legitimate-targets", "they would become legitimate military targets", "antony-blinken"),
    ],
    "001": [
        Cite(IN_KURSK, "as many as 8,000 North Korean troops had been deployed to the Kursk region", "Antony Blinken and Lloyd Austin", "as many as 8,000"),
        Cite(IN_RUSSIA, "there are upwards of 12,000 North Koreans in the country", "volodymyr-zelenskyy", "upwards of 12,000"),
    ],
    "002": [
        Cite(IN_RUSSIA, "Seoul and its allies assess that the number dispatched to Russia has increased to 11,000", "a senior South Korean presidential official", "11,000"),
    ],
    "003": [
        Cite(IN_RUSSIA, "We now assess that North Korea has sent around 10,000 of its soldiers to train in eastern Russia", "lloyd-austin", "around 10,000"),
        Cite(IN_KURSK, "about 8,000 of those [North Korean] soldiers are now in the Kursk Oblast", "lloyd-austin", "about 8,000"),
        Cite("legitimate-targets", "they would make themselves legitimate military targets", "lloyd-austin"),
    ],
    "004": [
        Cite(IN_RUSSIA, "We now assess that North Korea has sent around 10,000 of its soldiers to train in eastern Russia", "lloyd-austin", "around 10,000"),
    ],
}
PUBLISHERS = {"000": "The Hill", "001": "Financial Times", "002": "AP", "003": "U.S. Department of Defense", "004": "dpa-AFX"}
PEOPLE = [make_person("lloyd-austin", "Lloyd Austin", "US"), make_person("antony-blinken", "Antony Blinken", "US"),
          make_person("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "UA")]


def seeds_corpus(drafts: tuple[str, ...] = ()):
    texts = real_seed_texts()
    specs = [
        BriefSpec(f"s{n}", path, CITES[n], PUBLISHERS[n], boilerplate=frozenset(SEED_BOILERPLATE[n]),
                  status="draft" if n in drafts else "published")
        for path in texts for n in [path[6:9]]
    ]
    return make_corpus(texts, specs, PEOPLE, {IN_RUSSIA: "North Korean troops in Russia",
                                               IN_KURSK: "North Korean troops in Kursk",
                                               "legitimate-targets": "Legitimate targets"})


@pytest.fixture(scope="module")
def analysis():
    return analyse(seeds_corpus())


def test_troops_in_russia_differ(analysis) -> None:
    claim = analysis.claims[IN_RUSSIA]
    assert claim.verdict == "sources differ: 10,000 (Lloyd Austin and Pentagon) – 12,000 (Volodymyr Zelenskyy)"
    assert (claim.n_sources, claim.n_independent) == (5, 4)
    assert claim.clusters == {"s000": "s000", "s001": "s001", "s002": "s002", "s003": "s003", "s004": "s003"}
    assert [(r.brief, r.speaker_name, r.qualifier, r.value) for r in claim.values] == [
        ("s003", "Lloyd Austin", "around", "around 10,000"),
        ("s004", "Lloyd Austin", "around", "around 10,000"),
        ("s000", "Pentagon", "about", "about 10,000"),
        ("s002", "a senior South Korean presidential official", "", "11,000"),
        ("s001", "Volodymyr Zelenskyy", "upwards of", "upwards of 12,000"),
    ]
    assert [r.brief for r in claim.rows] == ["s000", "s001", "s002", "s003", "s004"]
    assert claim.chart_svg.startswith("<svg") and claim.chart_svg.count('<g class="row">') == 5
    assert claim.conflicts == ()


def test_rows_carry_source_and_anchor(analysis) -> None:
    row = analysis.claims[IN_RUSSIA].rows[1]
    assert (row.publisher, row.speaker, row.speaker_kind, row.fragment) == ("Financial Times", "volodymyr-zelenskyy", "person", "p8s1")
    assert row.quantity.unit == "North Koreans"  # taken from the quote
    assert row.quantity.interval == (12000, math.inf)


def test_troops_in_kursk_agree(analysis) -> None:
    claim = analysis.claims[IN_KURSK]
    assert (claim.verdict, claim.n_sources, claim.n_independent) == ("sources agree", 3, 3)
    assert not claim.contested


def test_non_numeric_claim(analysis) -> None:
    claim = analysis.claims["legitimate-targets"]
    assert (claim.verdict, claim.chart_svg, claim.values, claim.n_sources) == (None, None, (), 2)


def test_contested_and_sources(analysis) -> None:
    assert [c.claim for c in analysis.contested] == [IN_RUSSIA]
    assert analysis.sources["s000"] == ()
    assert [(r.other, r.other_name) for r in analysis.sources["s003"]] == [("s004", "dpa-AFX")]
    assert analysis.clusters["s004"] == "s003"


def test_drafts_are_left_out() -> None:
    claim = analyse(seeds_corpus(drafts=("001",))).claims[IN_RUSSIA]
    assert claim.verdict == "sources agree"
    assert (claim.n_sources, claim.n_independent) == (4, 3)


def test_unreadable_value_is_no_row_value() -> None:
    corpus = seeds_corpus()
    brief = corpus.briefs[0]
    bad = dataclasses.replace(brief.citations[1], value="lots")
    corpus = dataclasses.replace(corpus, briefs=(dataclasses.replace(brief, citations=(brief.citations[0], bad)), *corpus.briefs[1:]))
    claim = analyse(corpus).claims[IN_RUSSIA]
    assert [r.brief for r in claim.values] == ["s003", "s004", "s002", "s001"]


def test_to_json(analysis) -> None:
    data = to_json(analysis)
    text = json.dumps(data, allow_nan=False)  # no infinity sneaks in
    assert json.loads(text) == data
    claim = data["claims"][IN_RUSSIA]
    assert claim["verdict"].startswith("sources differ")
    assert (claim["n_sources"], claim["n_independent"]) == (5, 4)
    zelenskyy = claim["values"][-1]
    assert (zelenskyy["qualifier"], zelenskyy["amount"], zelenskyy["interval"]) == ("more than", 12000, [12000, None])
    assert zelenskyy["published"] is None and zelenskyy["fragment"] == "p8s1" and zelenskyy["cluster"] == "s001"
    assert data["sources"]["s004"]["cluster"] == "s003"
    assert data["sources"]["s004"]["reuse"] == [
        {"source": "s003", "name": "U.S. Department of Defense", "shared": 72, "share_of_this": 0.49, "share_of_that": 0.344}]
    assert data["contested"] == [IN_RUSSIA]


def test_analysis_json_text_is_json_dumps_of_to_json(analysis) -> None:
    """The fragment-assembled text is byte for byte the plain dump, fresh and from kept fragments."""
    plain = json.dumps(to_json(analysis), ensure_ascii=False, indent=1, sort_keys=True)
    known: Kept = Kept()
    assert analysis_json_text(analysis, known) == plain
    assert known.results() and analysis_json_text(analysis, known) == plain
    empty = dataclasses.replace(analysis, claims={}, sources={}, clusters={}, contested=())
    assert analysis_json_text(empty, known) == json.dumps(to_json(empty), ensure_ascii=False, indent=1, sort_keys=True)
    assert known.results() == {}


def test_analysis_json_text_formats_again_what_changed(analysis) -> None:
    known: Kept = Kept()
    analysis_json_text(analysis, known)
    kept = known.results()
    claim = analysis.claims[IN_RUSSIA]
    edited = dataclasses.replace(analysis, claims={**analysis.claims,
                                                   IN_RUSSIA: dataclasses.replace(claim, verdict="edited")})
    text = analysis_json_text(edited, known)
    assert json.loads(text)["claims"][IN_RUSSIA]["verdict"] == "edited"
    assert [k for k, v in known.results().items() if v is not kept[k]] == [("claim", IN_RUSSIA)]
