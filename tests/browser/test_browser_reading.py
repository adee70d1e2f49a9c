"""What a reader meets in a browser beyond one page's layout: search excerpts as Pagefind shows
them, the 404 page answered for a missing address at any depth, and the long entity pages of
the showcase (folded quotes, heights).

Shares the browser and the served fixture site with test_browser_pages (browser_session.py).
The heights of the showcase's longest person and country pages go to
test-artifacts/entity-heights.json, their screenshots to test-artifacts/screenshots/.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

import pytest

from browsing import ARTIFACTS, AXE, AXE_RUN, SCREENSHOTS, open_page, serve
from test_build import SHOWCASE, run_build

pytest_plugins = ["browser_session"]  # the browser and the served fixture site, shared with test_browser_pages

SEARCHES = ("Novak", "stated", "Fixture", "border", "Writer", "Ruritania")
"""Words found on briefs (their publisher, byline), sources (next to a paragraph number),
people and countries of the fixture site."""

EXCERPTS = """() => [...document.querySelectorAll('.pagefind-ui__result-excerpt')].map(e => e.innerText)"""


def dt_labels(site: Path) -> set[str]:
    """The labels of every metadata list (<dt>) on the site's pages."""
    return {label for page in site.rglob("*.html")
            for label in re.findall(r"<dt>([^<]+)</dt>", page.read_text(encoding="utf-8"))}


def search_excerpts(page, search_url: str, query: str) -> list[str]:
    page.goto(f"{search_url}?q={query}")
    page.locator(".pagefind-ui__result-excerpt").first.wait_for()
    page.wait_for_function("() => !document.querySelector('#search .pagefind-ui__loading')")
    return page.evaluate(EXCERPTS)


def test_search_excerpts_have_no_paragraph_numbers_or_labels_run_into_values(browser, site_url, page_types,
                                                                            fixture_site):
    labels = dt_labels(fixture_site)
    assert {"Publisher", "Published", "Byline", "Role"} <= labels
    context, page = open_page(browser)
    found = {query: search_excerpts(page, site_url + page_types["search"], query) for query in SEARCHES}
    page.screenshot(path=str(SCREENSHOTS / "search-excerpts.png"), full_page=True)
    context.close()
    assert all(found.values()), {query: len(excerpts) for query, excerpts in found.items()}
    with_sign = [e for excerpts in found.values() for e in excerpts if "¶" in e]
    glued = [m.group() for excerpts in found.values() for e in excerpts for label in labels
             for m in re.finditer(rf"{re.escape(label)}[^\W_]\w*", e)]
    assert with_sign == []
    assert glued == []  # "Publishernot stated", "Published31 October"


def test_the_404_page_works_at_a_nested_missing_address(browser, site_url):
    """A server answers /no/such/deep/page/ with 404.html: its stylesheet, icon and links must
    still resolve, which relative links would not (they would point under the missing folder)."""
    context, page = open_page(browser, viewport={"width": 375, "height": 800})
    response = page.goto(site_url + "no/such/deep/page/")
    assert response.status == 404 and page.locator("main h1").inner_text() == "Page not found"
    styled = page.evaluate("""() => [...document.styleSheets].filter(s => s.href && s.href.endsWith('/theme/css/site.css'))
                                      .map(s => s.cssRules.length)""")
    assert styled and styled[0] > 0
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle") == "solid"
    page.screenshot(path=str(SCREENSHOTS / "404-nested-375.png"), full_page=True)
    targets = page.evaluate("""() => [...document.querySelectorAll('a[href], link[href]')]
        .filter(e => e.getAttribute('href')[0] !== '#' && e.rel !== 'canonical').map(e => e.href)""")
    internal = [url for url in targets if url.startswith(site_url)]
    statuses = {url: context.request.get(url).status for url in internal}
    context.close()
    assert len(internal) > 10 and {url: s for url, s in statuses.items() if s != 200} == {}
    assert site_url + "theme/favicon.svg" in internal


# --- the showcase's long entity pages --------------------------------------------


@pytest.fixture(scope="module")
def showcase_url(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    output = tmp_path_factory.mktemp("showcase") / "output"
    result = run_build(SHOWCASE, output)
    assert result.returncode == 0, result.stderr
    with serve(output) as url:
        yield url, output


def longest(output: Path, folder: str) -> str:
    """The largest page of a kind: the one with the most to fold."""
    page = max((output / folder).glob("*/index.html"), key=lambda p: p.stat().st_size)
    return page.relative_to(output).as_posix()


HEIGHT = "document.scrollingElement.scrollHeight"
OVERFLOW = "document.scrollingElement.scrollWidth - window.innerWidth"


def test_long_entity_pages_fold_their_quotes_and_pass_the_audits(browser, showcase_url):
    url, output = showcase_url
    pages = {kind: longest(output, folder) for kind, folder in (("person", "people"), ("country", "countries"))}
    context, page = open_page(browser, viewport={"width": 375, "height": 800})
    heights, faults = {}, {}
    for kind, path in pages.items():
        page.set_viewport_size({"width": 375, "height": 800})
        page.goto(url + path)
        folded = page.locator("details.more-quotes")
        assert folded.count() > 0 and page.locator("details.more-quotes[open]").count() == 0
        heights[path] = {"375": page.evaluate(HEIGHT)}
        page.screenshot(path=str(SCREENSHOTS / f"entity-{kind}-375.png"), full_page=True)
        page.add_script_tag(path=str(AXE))
        faults[path, "axe folded"] = page.evaluate(AXE_RUN)
        page.evaluate("document.querySelectorAll('details.more-quotes').forEach(d => d.open = true)")
        heights[path]["375 unfolded"] = page.evaluate(HEIGHT)
        faults[path, "axe unfolded"] = page.evaluate(AXE_RUN)
        page.set_viewport_size({"width": 320, "height": 800})
        faults[path, "overflow at 320"] = page.evaluate(OVERFLOW)
        heights[path]["320 unfolded"] = page.evaluate(HEIGHT)
    context.close()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "entity-heights.json").write_text(json.dumps(heights, indent=1) + "\n", encoding="utf-8")
    assert {key: fault for key, fault in faults.items() if fault} == {}
    assert all(h["375"] < h["375 unfolded"] for h in heights.values())


def test_folded_quotes_open_without_javascript(browser, showcase_url):
    url, output = showcase_url
    context, page = open_page(browser, java_script_enabled=False, viewport={"width": 375, "height": 800})
    page.goto(url + longest(output, "people"))
    fold = page.locator("details.more-quotes").first
    quote = fold.locator("q a").first
    assert not quote.is_visible()
    fold.locator("summary").click()
    assert quote.is_visible() and "#p" in quote.get_attribute("href")
    context.close()


def test_folded_quotes_are_printed(browser, showcase_url):
    """Paper cannot unfold: printed, every folded quote shows, and the "more quotes" toggle does not."""
    url, output = showcase_url
    context, page = open_page(browser)
    page.goto(url + longest(output, "countries"))
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => [...document.querySelectorAll('details.more-quotes q a')]
        .filter(a => !a.checkVisibility()).length""")
    summary = page.locator("details.more-quotes summary").first.is_visible()
    context.close()
    assert hidden == 0 and not summary
