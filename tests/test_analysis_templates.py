"""The analysis partials render with autoescape on, and link where they should."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.analysis import analyse
from test_analysis_aggregate import IN_KURSK, IN_RUSSIA, seeds_corpus
from test_analysis_support import BriefSpec, Cite, make_corpus

TEMPLATES = Path(__file__).resolve().parent.parent / "themes" / "briefing" / "templates"


def url(kind: str, key: str = "", fragment: str = "") -> str:
    return f"/{kind}/{key}/" + (f"#{fragment}" if fragment else "")


@pytest.fixture(scope="module")
def env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined)


@pytest.fixture(scope="module")
def analysis():
    return analyse(seeds_corpus())


def render(env: Environment, name: str, **context) -> str:
    return env.get_template(f"analysis/{name}").render(url=url, **context)


def test_claim_analysis(env, analysis) -> None:
    html = render(env, "claim_analysis.html", analysis=analysis.claims[IN_RUSSIA])
    assert "Sources differ: 10,000 (Lloyd Austin and Pentagon) – 12,000 (Volodymyr Zelenskyy)." in html
    assert "5 sources, 4 independent." in html
    assert re.search(r'<a href="/source/s003/">U.S. Department of Defense</a>\s*and\s*'
                     r'<a href="/source/s004/">dpa-AFX</a> share much of their own wording and count as one.', html)
    assert html.count("<svg") == 1 and "&lt;svg" not in html
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    assert body.count("<tr>") == 5
    assert '<a href="/source/s001/#p8s1">there are upwards of 12,000 North Koreans in the country</a>' in body
    assert '<a href="/person/volodymyr-zelenskyy/">Volodymyr Zelenskyy</a>' in body
    assert "<td>upwards of</td>" in body and "<td>—</td>" in body
    assert "Attribution differs" not in html


def test_claim_analysis_without_values(env, analysis) -> None:
    html = render(env, "claim_analysis.html", analysis=analysis.claims["legitimate-targets"])
    assert "2 sources, 2 independent." in html
    assert "<svg" not in html and "<table" not in html and "verdict" not in html


def test_claim_analysis_escapes_and_shows_conflicts(env) -> None:
    texts = {"a": "<b>8,000</b> troops arrived.\n", "b": "Reports: <b>8,000</b> troops arrived.\n"}
    corpus = make_corpus(texts, [
        BriefSpec("a", "a", [Cite("c", "<b>8,000</b> troops arrived", "<i>Someone</i>", 8000)], publisher="A & Co"),
        BriefSpec("b", "b", [Cite("c", "<b>8,000</b> troops arrived", "Another", 9000)], publisher="B"),
    ])
    html = render(env, "claim_analysis.html", analysis=analyse(corpus).claims["c"])
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;b&gt;8,000&lt;/b&gt; troops arrived" in html and "&lt;i&gt;Someone&lt;/i&gt;" in html
    assert "Attribution differs" in html
    assert '&lt;i&gt;Someone&lt;/i&gt; in <a href="/brief/a/">A &amp; Co</a>; Another in <a href="/brief/b/">B</a>.' in html


def test_source_reuse(env, analysis) -> None:
    html = render(env, "source_reuse.html", reuse=analysis.sources["s004"])
    assert ('Shares text with:\n<a href="/source/s003/">U.S. Department of Defense</a>, '
            "49% of this text / 34% of that text.") in html
    assert render(env, "source_reuse.html", reuse=()).strip() == ""


def test_source_reuse_falls_back_to_link(env, analysis) -> None:
    html = env.get_template("analysis/source_reuse.html").render(link=url, reuse=analysis.sources["s003"])
    assert '<a href="/source/s004/">dpa-AFX</a>, 34% of this text / 49% of that text.' in html


def test_contested(env, analysis) -> None:
    html = render(env, "contested.html", contested=analysis.contested + (analysis.claims[IN_KURSK],))
    items = re.findall(r"<li>(.*?)</li>", html, re.S)
    assert len(items) == 2
    assert '<a href="/claim/nk-troops-in-russia/">North Korean troops in Russia</a>' in items[0]
    assert "sources differ: 10,000 (Lloyd Austin and Pentagon) – 12,000 (Volodymyr Zelenskyy); 5 sources, 4 independent" in items[0]


def test_claim_analysis_of_values_at_several_times(env) -> None:
    from test_analysis_timegroups import TROOPS, dated_corpus

    later = {"amount": "12000", "qualifier": "more than", "unit": "troops", "as_of": "2024-12-12"}
    html = render(env, "claim_analysis.html", analysis=analyse(dated_corpus(later)).claims[TROOPS])
    assert "One source gives a number, on the latest dated values (12 December 2024).</strong>" in html
    assert "Values of different dates — more than 7 days apart, or of unknown date — are not compared with each other" in html
    assert "<caption>Values stated, date by date, earliest first; lowest first</caption>" in html
    headings = re.findall(r'<tr class="time-group"><th scope="rowgroup" colspan="7">(.*?)</th></tr>', html)
    assert headings == ["30–31 October 2024: sources agree", "12 December 2024: one source gives a number",
                        "Date unknown: one source gives a number"]
    assert html.count("<tbody>") == 3
    assert 'as of <time datetime="2024-12-12">12 Dec 2024</time>' in html
    assert '<td><time datetime="2024-10-30">30 Oct 2024</time></td>' in html
    assert "<td>unknown</td>" in html


def test_claim_analysis_at_one_time_has_no_date_headings(env, analysis) -> None:
    html = render(env, "claim_analysis.html", analysis=analysis.claims[IN_KURSK])
    assert "Sources agree.</strong>" in html and "time-group" not in html
    assert "<caption>Values stated, lowest first</caption>" in html


def test_contested_names_the_dates_of_its_verdict(env) -> None:
    from test_analysis_timegroups import TROOPS, dated_corpus

    claim = analyse(dated_corpus()).claims[TROOPS]
    html = render(env, "contested.html", contested=(claim,))
    assert "— sources differ: 10,000 (US) – 12,000 (Kyiv) (30–31 October 2024); 4 sources, 4 independent" in html
