"""Whole-site builds: the fixture site, the frozen showcase, the live project, and failure safety."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitecheck import dead_links, markup_faults, parse_page

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"
SHOWCASE = ROOT / "tests" / "fixtures" / "showcase"
"""The showcase as it was when these tests were written; the live project may hold more."""
SEED_SUMS = ROOT / "tests" / "fixtures" / "seeds.sha256"


def run_build(root: Path, output: Path, settings: str = "pelicanconf.py", env: dict | None = None):
    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), "build", "--settings", settings, "--output", str(output)],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, **(env or {})},
    )


def html_files(output: Path) -> list[str]:
    return sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))


def test_fixture_site_has_every_page(fixture_site):
    assert html_files(fixture_site) == [
        "404.html",
        "about/index.html",
        "briefs/alpha/index.html", "briefs/beta/index.html", "briefs/index.html",
        "claims/border-closed/index.html", "claims/index.html", "claims/troops-crossed/index.html",
        "claims/us-response/index.html",
        "countries/index.html", "countries/ru/index.html", "countries/us/index.html",
        "index.html",
        "organisations/defence-ministry/index.html", "organisations/index.html",
        "people/ann-writer/index.html", "people/index.html", "people/jan-novak/index.html",
        "search/index.html",
        "sources/alpha/index.html", "sources/beta/index.html", "sources/index.html",
        "timeline/index.html",
    ]


def test_fixture_site_has_no_dead_link_from_disk(fixture_site):
    assert dead_links(fixture_site) == []


def test_source_page_ids_are_permalinks(fixture_site):
    ids = parse_page(fixture_site / "sources/alpha/index.html").ids
    assert {"p1", "p1s1", "p4s1", "p4s2", "p5s1", "p5s2", "p8s1"} <= ids
    assert "p9" not in ids


def test_content_is_escaped(fixture_site):
    brief = (fixture_site / "briefs/alpha/index.html").read_text(encoding="utf-8")
    source = (fixture_site / "sources/alpha/index.html").read_text(encoding="utf-8")
    assert "<script>" not in brief
    assert "<p>&lt;script&gt;alert(&quot;no raw HTML&quot;)&lt;/script&gt;</p>" in brief
    assert "<h1>Ministers meet &lt;after&gt; talks &amp; more</h1>" in brief
    assert 'href="https://example.org/alpha?a=1&amp;b=2"' in brief
    assert "Ministers meet in" in source and "&lt;after&gt; the border talks &amp; more" in source


def test_quotes_link_to_their_sentences(fixture_site):
    brief = (fixture_site / "briefs/alpha/index.html").read_text(encoding="utf-8")
    assert 'href="../../sources/alpha/index.html#p4s1"' in brief  # first quote
    assert 'href="../../sources/alpha/index.html#p6s1"' in brief  # occurrence: 2
    source = (fixture_site / "sources/alpha/index.html").read_text(encoding="utf-8")
    # The cited sentence links forward to its claim; the quote spanning two sentences marks both.
    assert '<span id="p5s2" class="s cited"><mark>“The border is closed.”</mark>' in source
    # …named by the claim's statement, and landing on the quote on the claim's page.
    assert ('class="cite-ref" href="../../claims/border-closed/index.html#quote-alpha-p5s1">The border is closed</a>'
            in source)
    assert '<p id="p8" class="para boilerplate" data-pagefind-ignore>' in source


def test_search_index_covers_content_pages_only(fixture_site):
    assert (fixture_site / "pagefind/pagefind-ui.js").is_file()
    assert (fixture_site / "pagefind/pagefind-entry.json").is_file()
    brief = (fixture_site / "briefs/alpha/index.html").read_text(encoding="utf-8")
    index = (fixture_site / "briefs/index.html").read_text(encoding="utf-8")
    assert '<main id="main" data-pagefind-body data-pagefind-filter="type:Brief">' in brief
    assert '<main id="main">' in index


def test_pages_are_read_with_markdown_it(fixture_site):
    about = (fixture_site / "about/index.html").read_text(encoding="utf-8")
    assert "<p>A fixture page with <em>emphasis</em>.</p>" in about
    assert '<li><a href="../about/index.html" aria-current="page">About</a></li>' in about


def test_analysis_is_exported_as_data(fixture_site):
    import json

    data = json.loads((fixture_site / "data/analysis.json").read_text(encoding="utf-8"))
    crossed = data["claims"]["troops-crossed"]
    assert (crossed["verdict"], crossed["n_sources"], crossed["n_independent"]) == ("sources agree", 2, 2)
    assert [v["interval"] for v in crossed["values"]] == [[1800, 2200], [0, 3000]]
    assert set(data["sources"]) == {"alpha", "beta"}


def test_published_site_with_absolute_urls(tmp_path):
    output = tmp_path / "public"
    result = run_build(FIXTURE, output, "publishconf.py", {"SITEURL": "https://example.org/briefing"})
    assert result.returncode == 0, result.stderr
    page = (output / "people/jan-novak/index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/briefing/claims/troops-crossed/"' in page
    assert dead_links(output, "https://example.org/briefing") == []


def test_failed_build_leaves_previous_output_intact(project, tmp_path):
    root = project()
    output = tmp_path / "output"
    assert run_build(root, output).returncode == 0
    before = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    brief = root / "content/briefs/alpha.md"
    brief.write_text(brief.read_text(encoding="utf-8").replace("people: [jan-novak]", "people: [nobody]"), encoding="utf-8")
    result = run_build(root, output)
    assert result.returncode == 1
    assert 'content/briefs/alpha.md:12: unknown-person: unknown person id "nobody"' in result.stderr
    assert f"build stopped: the content has errors; {output}/ is unchanged" in result.stderr
    assert {p: p.read_bytes() for p in output.rglob("*") if p.is_file()} == before


def seed_sums(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((root / "seeds").iterdir())}


def test_showcase_seeds_match_their_recorded_checksums():
    recorded = dict(line.split()[::-1] for line in SEED_SUMS.read_text().splitlines())
    assert seed_sums(SHOWCASE) == recorded


@pytest.fixture(scope="module")
def showcase(tmp_path_factory) -> Path:
    before = seed_sums(SHOWCASE)
    output = tmp_path_factory.mktemp("showcase") / "output"
    result = run_build(SHOWCASE, output)
    assert result.returncode == 0, result.stdout + result.stderr
    assert seed_sums(SHOWCASE) == before, "the build changed a seed"
    return output


def test_showcase_has_a_page_for_every_entity(showcase):
    from generator.loader import load_corpus

    corpus, _ = load_corpus(SHOWCASE)
    pages = set(html_files(showcase))
    expected = {"index.html", "briefs/index.html", "people/index.html", "countries/index.html", "claims/index.html"}
    expected |= {f"briefs/{b.slug}/index.html" for b in corpus.briefs if b.status == "published"}
    expected |= {f"sources/{b.slug}/index.html" for b in corpus.briefs if b.status == "published"}
    expected |= {f"people/{i}/index.html" for i in corpus.people}
    expected |= {f"countries/{c.lower()}/index.html" for c in corpus.countries}
    expected |= {f"claims/{i}/index.html" for i in corpus.claims}
    assert expected <= pages
    assert len(corpus.briefs) == 5


def test_showcase_has_no_dead_link(showcase):
    assert dead_links(showcase) == []


def test_no_link_inside_a_link_and_no_duplicate_id(showcase, fixture_site):
    assert markup_faults(showcase) == []
    assert markup_faults(fixture_site) == []


def test_the_live_project_builds_with_no_dead_link(tmp_path):
    """Whatever the project holds (drafts, new articles): it builds, and every link resolves."""
    output = tmp_path / "output"
    result = run_build(ROOT, output)
    assert result.returncode == 0, result.stdout + result.stderr
    assert dead_links(output) == []
