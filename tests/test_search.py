"""The search index in shards: every indexed page in exactly one bundle, the
bundles listed for the search page, memory bounded by the shard size.  What
is indexed: briefs and sources filed under their people, organisations,
countries and publisher; a source titled apart from its brief; no clutter."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest

from generator import search
from generator.search import SHARDS_JSON, search_view, bundle_path, index_site, indexed_pages, plan
from test_build import FIXTURE, run_build


def test_plan_splits_by_bytes_and_keeps_each_page_in_one_shard():
    pages = {f"sources/s{i}/index.html": 1000 for i in range(50)} | {"briefs/b/index.html": 500}
    shards = plan(pages, shard_bytes=10_000)
    assert len(shards) == 6  # 50,500 bytes in shards of at most 10,000 bytes on average
    assert sorted(p for shard in shards for p in shard) == sorted(pages)
    assert plan(pages, shard_bytes=10_000) == shards  # the same pages, the same shards
    assert plan(pages, shard_bytes=10**9) == [sorted(pages)]


def test_plan_of_an_empty_site_is_one_empty_shard():
    assert plan({}) == [[]]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    output = tmp_path_factory.mktemp("search") / "output"
    result = run_build(FIXTURE, output)
    assert result.returncode == 0, result.stderr
    return output


@pytest.mark.parametrize("shard_bytes", [10**9, 40_000])
def test_every_indexed_page_is_in_exactly_one_bundle(site, tmp_path, shard_bytes):
    copy = tmp_path / "output"
    shutil.copytree(site, copy)
    expected = len(plan(indexed_pages(copy), shard_bytes))
    assert index_site(copy, shard_bytes=shard_bytes) == 0
    bundles = json.loads((copy / "pagefind" / SHARDS_JSON).read_text(encoding="utf-8"))
    assert bundles == [f"pagefind/{bundle_path(k)}" for k in range(expected)]
    assert (expected > 1) == (shard_bytes < 10**9)
    counted = 0
    for bundle in bundles:
        entry = json.loads((copy / bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        counted += sum(language["page_count"] for language in entry["languages"].values())
    assert counted == len(indexed_pages(copy)) == 12  # 2 briefs, 2 sources, 3 claims, 2 people, 1 organisation, 2 countries
    assert (copy / "pagefind/pagefind-ui.js").is_file()
    assert not list(copy.parent.glob(".output-search*"))  # the work folder is gone


def test_only_the_shards_holding_changed_pages_are_indexed_again(site, tmp_path):
    copy = tmp_path / "output"
    shutil.copytree(site, copy)
    assert index_site(copy, shard_bytes=20_000) == 0
    shards = plan(indexed_pages(copy), 20_000)
    assert len(shards) >= 3
    entries = {k: copy / "pagefind" / bundle_path(k) / "pagefind-entry.json" for k in range(len(shards))}
    before = {k: path.stat().st_ino for k, path in entries.items()}
    page = shards[-1][0]
    (copy / page).write_text((copy / page).read_text(encoding="utf-8").replace("</main>", "<p>Zanzibar</p></main>"),
                             encoding="utf-8")
    assert index_site(copy, shard_bytes=20_000, changed=[page, "index.html"]) == 0
    after = {k: path.stat().st_ino for k, path in entries.items()}
    assert [k for k in before if before[k] != after[k]] == [len(shards) - 1]
    counted = sum(json.loads(path.read_text(encoding="utf-8"))["languages"]["en"]["page_count"]
                  for path in entries.values())
    assert counted == len(indexed_pages(copy))


def indexed(site) -> dict[str, dict]:
    """What Pagefind stored of each page, by URL: its text, title and filters.

    Read from the bundle's fragments, each gzipped JSON after Pagefind's
    ``pagefind_dcd`` signature (the format of Pagefind 1.x)."""
    found = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        fragment = json.loads(data[len(b"pagefind_dcd"):])
        found[fragment["url"]] = fragment
    return found


BRIEF_FILTERS = ('<div class="search-filters" hidden data-pagefind-ignore>'
                 '<span data-pagefind-filter="person">Jan Novak</span>'
                 '<span data-pagefind-filter="organisation">Ruritanian Ministry of Defence</span>'
                 '<span data-pagefind-filter="country">Ruritania</span>'
                 '<span data-pagefind-filter="country">United States</span>'
                 '<span data-pagefind-filter="publisher">Fixture Times</span></div>')


def test_brief_and_source_pages_carry_their_filters_as_escaped_text(site):
    for page in ("briefs/alpha/index.html", "sources/alpha/index.html"):
        assert BRIEF_FILTERS in (site / page).read_text(encoding="utf-8")
    # beta lists one person and one country and names no publisher
    assert ('<span data-pagefind-filter="person">Jan Novak</span><span data-pagefind-filter="country">United States'
            '</span></div>') in (site / "sources/beta/index.html").read_text(encoding="utf-8")


def test_the_index_files_pages_under_person_organisation_country_publisher_and_type(site):
    pages = indexed(site)
    listed = {"person": ["Jan Novak"], "organisation": ["Ruritanian Ministry of Defence"],
              "country": ["Ruritania", "United States"], "publisher": ["Fixture Times"]}
    assert pages["/briefs/alpha/"]["filters"] == listed | {"type": ["Brief"]}
    assert pages["/sources/alpha/"]["filters"] == listed | {"type": ["Source"]}
    assert pages["/sources/beta/"]["filters"] == {"person": ["Jan Novak"], "country": ["United States"],
                                                  "type": ["Source"]}
    assert pages["/people/jan-novak/"]["filters"] == {"type": ["Person"]}
    assert pages["/organisations/defence-ministry/"]["filters"] == {"type": ["Organisation"]}
    assert "Fixture Times" not in pages["/briefs/beta/"]["content"]  # the hidden filter block is not text


def test_a_source_is_titled_apart_from_its_brief(site):
    html = (site / "sources/alpha/index.html").read_text(encoding="utf-8")
    assert ('<h1 data-pagefind-meta="title:Original text: Ministers meet &lt;after&gt; talks &amp; more">'
            'Ministers meet &lt;after&gt; talks &amp; more</h1>') in html
    pages = indexed(site)
    assert pages["/briefs/alpha/"]["meta"]["title"] == "Ministers meet <after> talks & more"
    assert pages["/sources/alpha/"]["meta"]["title"] == "Original text: Ministers meet <after> talks & more"


def test_web_page_clutter_is_shown_but_not_indexed(site):
    html = (site / "sources/alpha/index.html").read_text(encoding="utf-8")
    assert ('<p id="p8" class="para boilerplate" data-pagefind-ignore><a class="para-link" href="#p8" '
            'aria-label="Paragraph 8">¶8</a> <span class="visually-hidden">Web page clutter: </span>'
            '<span id="p8s1" class="s">Advertisement</span></p>') in html
    assert 'class="para" data-pagefind-ignore' not in html
    text = " ".join(page["content"] for page in indexed(site).values())
    assert "Advertisement" not in text and "Share this article" not in text and "Web page clutter" not in text
    assert "about 2,000 troops had crossed into Ruritania" in text


def test_entity_pages_are_indexed_from_their_searched_parts_alone(site, tmp_path, monkeypatch):
    """Pagefind reads an entity page's marked parts (`search_view`), a fraction of
    the page, and stores what it stores from the whole page: its other parts
    list quotes, which are found on the brief and source they come from."""
    html = (site / "people/jan-novak/index.html").read_text(encoding="utf-8")
    view = search_view(html)
    assert "<h1>Jan Novak</h1>" in view and "We will not accept this" in html and "We will not accept this" not in view
    assert len(view) * 4 < len(html)
    whole = tmp_path / "whole"
    shutil.copytree(site, whole)
    monkeypatch.setattr(search, "search_view", lambda html: None)  # every page read whole
    assert index_site(whole) == 0
    trimmed, untrimmed = indexed(site), indexed(whole)
    assert trimmed.keys() == untrimmed.keys()
    for url in trimmed:
        assert (trimmed[url]["content"], trimmed[url]["meta"], trimmed[url]["filters"]) == \
            (untrimmed[url]["content"], untrimmed[url]["meta"], untrimmed[url]["filters"]), url
    assert trimmed["/people/jan-novak/"]["content"].startswith("Jan Novak")
    assert "We will not accept this" in trimmed["/briefs/alpha/"]["content"]
