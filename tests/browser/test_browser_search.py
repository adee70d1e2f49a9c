"""Search in a real browser when the index arrives late or in pieces.

Pagefind's interface counts a search's filters from the filter chunks loaded
so far and keeps the first counts it gets, so a search that outran the filter
index used to offer some of the filters for good (seen on a busy machine: three
of five).  The search page now loads every filter chunk before it makes the
interface.  Here the browser holds back two filter chunks until the page has
had the chance to search without them; and a site indexed in several shards
(what a large site gets) finds what the one-bundle site finds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from browsing import open_page, serve
from generator.search import SHARDS_JSON, index_site

pytest_plugins = ["browser_session"]  # the browser, the served fixture site and its page types, shared

FILTERS = {"person", "organisation", "country", "publisher", "type"}
FILTER_NAMES = "Array.from(document.querySelectorAll('.pagefind-ui__filter-name'), e => e.textContent.trim().toLowerCase())"
LABEL_SHOWN = "!document.querySelector('.search-label').hidden"


class HeldBack:
    """Holds the first ``count`` requests for filter chunks until `release_until` lets them go."""

    def __init__(self, page, count: int):
        self.page, self.count, self.waiting = page, count, []
        page.route("**/filter/*.pf_filter", self.route)

    def route(self, route) -> None:
        if self.count > 0:
            self.count -= 1
            self.waiting.append(route)
        else:
            route.continue_()

    def release_until(self, condition: str, tries: int = 300) -> None:
        """Let held requests go, as they come, until ``condition`` (JavaScript) holds on the page."""
        for _ in range(tries):
            while self.waiting:
                self.waiting.pop().continue_()
            if self.page.evaluate(condition):
                return
            self.page.wait_for_timeout(100)
        raise AssertionError(f"never true: {condition}")


def test_every_filter_is_offered_though_the_filter_index_arrives_late(browser, site_url, page_types):
    context, page = open_page(browser)
    held = HeldBack(page, count=2)
    page.goto(site_url + page_types["search"])
    held.release_until(LABEL_SHOWN)  # the page may wait for the filter index before it shows the box
    page.get_by_label("Search the site").fill("troops")
    page.locator(".pagefind-ui__result").first.wait_for()
    # Only now may the two held chunks arrive: a page that searched without them has already
    # counted its filters from the other three.
    held.release_until("true")
    page.wait_for_timeout(1000)  # time for a late filter index to reach the panel, were it going to
    assert set(page.evaluate(FILTER_NAMES)) == FILTERS
    context.close()


@pytest.fixture(scope="module")
def sharded_site_url(fixture_site: Path, tmp_path_factory):
    """The fixture site indexed in at least three Pagefind shards, served."""
    site = tmp_path_factory.mktemp("sharded") / "output"
    shutil.copytree(fixture_site, site)
    assert index_site(site, shard_bytes=20_000) == 0
    assert len((site / "pagefind" / SHARDS_JSON).read_text(encoding="utf-8").split(",")) >= 3
    with serve(site) as url:
        yield url


def results(page, url: str) -> list[str]:
    """The titles of every result of the search at ``url``, with its filter names checked."""
    page.goto(url)
    page.locator(".pagefind-ui__result").first.wait_for()
    page.wait_for_function(f"{FILTER_NAMES}.length >= {len(FILTERS)}")
    assert set(page.evaluate(FILTER_NAMES)) == FILTERS
    while page.locator(".pagefind-ui__button").count():  # "Load more results"
        page.locator(".pagefind-ui__button").click()
    return sorted(page.locator(".pagefind-ui__result-title").all_inner_texts())


def test_a_site_indexed_in_shards_finds_what_one_bundle_finds(browser, site_url, sharded_site_url, page_types):
    context, page = open_page(browser)
    for query in ("troops", "Novak"):
        whole = results(page, f"{site_url}{page_types['search']}?q={query}")
        assert whole  # the fixture site has pages for both words
        assert results(page, f"{sharded_site_url}{page_types['search']}?q={query}") == whole
    context.close()
