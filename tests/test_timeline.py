"""The timeline (``/timeline/``), the sources index (``/sources/``), the dated
entries of person, country and claim pages, their contents and grouped lists,
and the home page's list of disagreements.

Each case is a copy of the fixture site with a few files added (a dated
value, an undated brief, a quote credited to someone else), and the exact
records or the exact lines of the built page it gives.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.analysis import analyse
from generator.site import build_index
from generator.timeline import BriefLine, Dates
from generator.validate import validate
from sitecheck import dead_links, markup_faults
from test_build import FIXTURE, run_build

GAMMA_SEED = "Border figures revised\n\nJan Novak said about 4,000 troops had crossed by Monday.\n"
GAMMA = """---
title: Figures revised
slug: gamma
source:
  file: seeds/003_gamma.txt
  publisher: Gamma Wire
  published: null
summary: An undated report.
people: [jan-novak]
countries: []
claims:
  - claim: troops-crossed
    quote: about 4,000 troops had crossed
    by: jan-novak
    value: {amount: 4000, qualifier: about, unit: troops, as_of: 2024-10-28}
---
Gamma's body.
"""
UNDATED_WITH_VALUE = {"seeds/003_gamma.txt": GAMMA_SEED, "content/briefs/gamma.md": GAMMA}
"""An undated brief whose one quote states a value as of 28 October 2024."""

DELTA_SEED = "Delta report\n\nA spokesman said about 2,000 troops had crossed into Ruritania.\n"
DELTA = """---
title: Delta report
slug: delta
source:
  file: seeds/004_delta.txt
  publisher: Delta Post
  published: 2024-11-01
summary: The same words, credited to a spokesman.
people: []
countries: [RU]
claims:
  - claim: troops-crossed
    quote: about 2,000 troops had crossed into Ruritania
    by: a spokesman
---
Delta's body.
"""
CREDITED_TWICE = {"seeds/004_delta.txt": DELTA_SEED, "content/briefs/delta.md": DELTA}
"""Alpha's words about the troops, credited to Novak there and to a spokesman here."""

NO_ONE = {"content/people/no-one.md": "---\nname: Zed Nobody\naliases: []\nrole: Nobody in particular\n---\n"}
"""A registered person whom no source names."""


def dates_of(root: Path) -> Dates:
    result = validate(root)
    assert result.ok, result.problems
    site = build_index(result.corpus, result.mentions)
    return Dates.of(site, analyse(result.corpus, result.conflicts))


def days(timeline) -> list[tuple[str, list[str], list[tuple[str, str, str]]]]:
    """Each day as (date, brief slugs, (brief, claim, value) of each statement)."""
    return [(day.date.isoformat(), [line.slug for line in day.briefs],
             [(s.cited.brief.slug, s.cited.citation.claim, s.value) for s in day.statements])
            for day in timeline.days]


def built(root: Path, output: Path) -> Path:
    result = run_build(root, output)
    assert result.returncode == 0, result.stderr
    assert dead_links(output) == [] and markup_faults(output) == []
    return output


def text_lines(html: str, start: str, end: str) -> list[str]:
    """The text between two markers of a page, tags dropped, one line per non-blank line.
    A quote's place in its source, written for print or screen readers only, is left out."""
    part = html[html.index(start):html.index(end, html.index(start))]
    text = re.sub(r"<[^>]+>", "", re.sub(r'<span class="(?:where|print-only)"[^>]*>[^<]*</span>', "", part))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def page(output: Path, name: str) -> str:
    return (output / name).read_text(encoding="utf-8")


# --- records ----------------------------------------------------------------


def test_the_site_timeline_runs_oldest_first_with_values_on_their_as_of_day(project):
    timeline = dates_of(project(UNDATED_WITH_VALUE)).site_wide()
    assert days(timeline) == [
        ("2024-10-28", [], [("gamma", "troops-crossed", "about 4,000 troops")]),
        ("2024-10-30", ["beta"], []),
        ("2024-10-31", ["alpha"], []),
    ]
    assert timeline.undated == (BriefLine("gamma", "Figures revised", "Gamma Wire", None),)
    assert len(timeline) == 3
    assert set(timeline.refs) >= {("claim", "troops-crossed"), ("person", "jan-novak")}


def test_values_without_as_of_date_nothing_and_the_fixture_has_none(project):
    timeline = dates_of(project()).site_wide()
    assert days(timeline) == [("2024-10-30", ["beta"], []), ("2024-10-31", ["alpha"], [])]
    assert timeline.undated == ()


def test_an_entity_timeline_has_its_own_dated_entries_only(project):
    dates = dates_of(project({**UNDATED_WITH_VALUE, **NO_ONE}))
    # Novak: the briefs listing or quoting him, and the value he stated; gamma itself has no date.
    assert days(dates.person("jan-novak")) == [
        ("2024-10-28", [], [("gamma", "troops-crossed", "about 4,000 troops")]),
        ("2024-10-30", ["beta"], []),
        ("2024-10-31", ["alpha"], []),
    ]
    assert dates.person("jan-novak").undated == ()
    assert days(dates.claim("troops-crossed")) == days(dates.person("jan-novak"))
    assert days(dates.claim("border-closed")) == [("2024-10-31", ["alpha"], [])]
    assert days(dates.country("US")) == [("2024-10-30", ["beta"], []), ("2024-10-31", ["alpha"], [])]
    assert days(dates.person("ann-writer")) == [("2024-10-31", ["alpha"], [])]  # named in alpha's byline
    assert not dates.person("no-one") and dates.person("no-one").days == ()


def test_two_values_on_one_day_are_listed_by_claim_then_in_site_order(project):
    beta = (FIXTURE / "content/briefs/beta.md").read_text(encoding="utf-8")
    dated_beta = beta.replace("value: up to 3,000", "value: {amount: 3000, qualifier: up to, as_of: 2024-10-28}")
    timeline = dates_of(project({**UNDATED_WITH_VALUE, "content/briefs/beta.md": dated_beta})).site_wide()
    assert days(timeline)[0] == ("2024-10-28", [], [("beta", "troops-crossed", "up to 3,000 troops"),
                                                    ("gamma", "troops-crossed", "about 4,000 troops")])


def test_the_sources_index_has_a_row_per_published_brief_newest_first(project):
    dates = dates_of(project(UNDATED_WITH_VALUE))
    assert dates.source_rows() == (
        BriefLine("alpha", "Ministers meet <after> talks & more", "Fixture Times", dates.site.briefs[0].source.published),
        BriefLine("beta", "Novak warns of border buildup", None, dates.site.briefs[1].source.published),
        BriefLine("gamma", "Figures revised", "Gamma Wire", None),
    )


def test_unchanged_timelines_compare_equal_between_two_listings(project):
    """What the dev server relies on: listing the pages again gives equal views."""
    dates = dates_of(project(UNDATED_WITH_VALUE))
    again = Dates.of(dates.site, analyse(dates.site.corpus))
    assert again.site_wide() == dates.site_wide() and again.person("jan-novak") == dates.person("jan-novak")


# --- pages ------------------------------------------------------------------


@pytest.fixture(scope="module")
def dated_site(tmp_path_factory) -> Path:
    """The fixture site with an undated brief stating a dated value, and the same words credited twice."""
    root = tmp_path_factory.mktemp("dated") / "project"
    shutil.copytree(FIXTURE, root)
    for relative, text in {**UNDATED_WITH_VALUE, **CREDITED_TWICE, **NO_ONE}.items():
        (root / relative).write_text(text, encoding="utf-8")
    return built(root, root.parent / "output")


def test_the_timeline_page_is_an_ordered_list_of_days(dated_site):
    html = page(dated_site, "timeline/index.html")
    assert re.findall(r'<li id="d([\d-]+)">\s*<h2><time datetime="([\d-]+)">', html) == [
        ("2024-10-28", "2024-10-28"), ("2024-10-30", "2024-10-30"), ("2024-10-31", "2024-10-31"),
        ("2024-11-01", "2024-11-01")]
    assert text_lines(html, '<ol class="timeline">', "</ol>") == [
        "28 October 2024",
        "Value about 4,000 troops,",
        "as of this day — Troops crossed the border",
        "about 4,000 troops had crossed — Jan Novak, in",
        "Gamma Wire",
        "30 October 2024",
        "Brief Novak warns of border buildup",
        "— publisher not stated",
        "31 October 2024",
        "Brief Ministers meet &lt;after&gt; talks &amp; more",
        "— Fixture Times",
        "1 November 2024",
        "Brief Delta report",
        "— Delta Post",
    ]
    assert 'href="../sources/gamma/index.html#p2s1"' in html
    assert text_lines(html, '<section aria-labelledby="undated-h">', "</section>") == [
        "Undated", "Briefs whose source gives no date of publication.",
        "Figures revised — Gamma Wire,", "date unknown"]


def test_the_timeline_reads_without_javascript(dated_site):
    html = page(dated_site, "timeline/index.html")
    assert "<script" not in html[html.index("<main"):]
    assert '<a href="#d2024-11-01">Go to the latest day</a>' in html


def test_the_sources_index_links_each_source_and_its_brief(dated_site):
    html = page(dated_site, "sources/index.html")
    rows = re.findall(r'<tr><th scope="row"><a href="([^"]+)">.*?<a href="([^"]+)">Brief', html, re.S)
    assert rows == [("../sources/delta/index.html", "../briefs/delta/index.html"),
                    ("../sources/alpha/index.html", "../briefs/alpha/index.html"),
                    ("../sources/beta/index.html", "../briefs/beta/index.html"),
                    ("../sources/gamma/index.html", "../briefs/gamma/index.html")]
    assert "<td>unknown</td>" in html


def test_every_page_names_sources_and_timeline_in_its_navigation(fixture_site):
    for name in ("index.html", "briefs/alpha/index.html", "people/jan-novak/index.html"):
        nav = page(fixture_site, name).split('<nav aria-label="Site">')[1].split("</nav>")[0]
        assert "Sources</a>" in nav and "Timeline</a>" in nav
    assert 'aria-current="page">Timeline</a>' in page(fixture_site, "timeline/index.html")
    assert 'aria-current="page">Sources</a>' in page(fixture_site, "sources/index.html")


def test_entity_pages_show_their_own_timeline(dated_site):
    person = page(dated_site, "people/jan-novak/index.html")
    assert text_lines(person, '<ol class="timeline compact">', "</ol>") == [
        "28 October 2024:",
        "about 4,000 troops, the sentence in the original text",
        "(as of this day: Jan Novak, Troops crossed the border)",
        "30 October 2024:",
        "Novak warns of border buildup",
        "31 October 2024:",
        "Ministers meet &lt;after&gt; talks &amp; more",
    ]
    claim = page(dated_site, "claims/troops-crossed/index.html")
    assert re.findall(r'<li><time datetime="([\d-]+)">', claim) == ["2024-10-28", "2024-10-30", "2024-10-31",
                                                                    "2024-11-01"]
    # A claim's own page does not name the claim again.
    assert text_lines(claim, '<ol class="timeline compact">', "</ol>")[1:3] == [
        "about 4,000 troops, the sentence in the original text", "(as of this day: Jan Novak)"]
    assert "Nothing dated concerns Zed Nobody." in page(dated_site, "people/no-one/index.html")


def test_entity_pages_open_with_a_table_of_contents(fixture_site):
    person = page(fixture_site, "people/jan-novak/index.html")
    assert re.findall(r'<li><a href="#([\w-]+)">', person.split('aria-label="On this page"')[1].split("</nav>")[0]) \
        == ["said-h", "naming-h", "mentions-h", "timeline-h"]
    country = page(fixture_site, "countries/ru/index.html")
    assert re.findall(r'<li><a href="#([\w-]+)">', country.split('aria-label="On this page"')[1].split("</nav>")[0]) \
        == ["people-h", "briefs-h", "naming-h", "mentions-h", "timeline-h"]


def test_a_person_s_quotes_are_grouped_by_claim_and_each_shown_once(fixture_site):
    html = page(fixture_site, "people/jan-novak/index.html")
    said = html[html.index('id="said-h"'):html.index('id="naming-h"')]
    assert re.findall(r'<h3 class="claim-group"><a href="../../claims/([\w-]+)/', said) == [
        "troops-crossed", "border-closed", "us-response"]
    assert said.count("<li>") == 4
    # Novak's own words naming him ("… Novak said") are listed under what he said, not again.
    assert text_lines(html, '<section aria-labelledby="naming-h"', "</section>") == [
        "Quotes that name Jan Novak (1)", "1 of them is Jan Novak’s own words, listed above."]
    mentions = html[html.index('id="mentions-h"'):html.index('id="timeline-h"')]
    # Five sentences name him; three are quoted above; the other two are linked, one line per source.
    assert re.findall(r'<a class="to-sentence" href="../../sources/(\w+)/index.html#(p\d+s\d+)"', mentions) == [
        ("alpha", "p6s1"), ("beta", "p1s1")]
    assert "Mentions in the sources (5)" in mentions and "3 of these sentences are quoted above; the others:" in mentions


def test_a_country_page_lists_its_briefs_one_line_each(fixture_site):
    html = page(fixture_site, "countries/us/index.html")
    briefs = html[html.index('id="briefs-h"'):html.index('id="naming-h"')]
    assert 'class="card"' not in briefs and "fixture brief" not in briefs  # no summaries
    assert text_lines(briefs, "<ul", "</ul>") == [
        "Ministers meet &lt;after&gt; talks &amp; more — Fixture Times,", "31 October 2024",
        "Novak warns of border buildup — publisher not stated,", "30 October 2024"]


def test_the_home_page_lists_every_contested_claim_and_every_attribution_conflict(dated_site):
    html = page(dated_site, "index.html")
    section = text_lines(html, '<section aria-labelledby="contested-h">', "</section>")
    assert section[:1] == ["Where the sources disagree"]
    at = section.index("Words credited to different speakers")
    assert section[at:] == ["Words credited to different speakers", "Troops crossed the border",
                            "a spokesman in Delta Post; Jan Novak in Fixture Times",
                            "a spokesman in Delta Post; Ruritanian Ministry of Defence in Fixture Times"]
    assert 'href="./claims/troops-crossed/index.html#analysis-h"' in html


def test_the_home_page_lists_all_that_the_analysis_finds(project, tmp_path):
    """Every contested claim and every claim with an attribution conflict, whatever the fixture holds."""
    root = project({**UNDATED_WITH_VALUE, **CREDITED_TWICE})
    result = validate(root)
    analysis = analyse(result.corpus, result.conflicts)
    html = page(built(root, tmp_path / "output"), "index.html")
    for claim in analysis.claims.values():
        if claim.contested or claim.conflicts:
            assert f'href="./claims/{claim.claim}/index.html' in html, claim.claim
    listed = html[html.index('<ul class="contested conflicts">'):].split("</section>")[0]
    assert listed.count('<li class="meta">') == sum(len(c.conflicts) for c in analysis.claims.values()) == 2
