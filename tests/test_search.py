"""The search index in shards: every indexed page in exactly one bundle, the
bundles listed for the search page, memory bounded by the shard size."""

from __future__ import annotations

import json
import shutil

import pytest

from generator.search import SHARDS_JSON, bundle_path, index_site, indexed_pages, plan
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
    assert counted == len(indexed_pages(copy)) == 11  # 2 briefs, 2 sources, 3 claims, 2 people, 2 countries
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
