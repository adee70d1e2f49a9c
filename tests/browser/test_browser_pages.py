"""The fixture site in a real browser: Debian's Chromium driven by Playwright, audited by axe-core.

Every page type at 320, 375 and 1280 px: no axe-core violation, no horizontal
scrolling, no console error; the same in the dark colour scheme, whose
background differs; every page readable without JavaScript; a print style; the
source page's reading aids; search from disk.  Screenshots of every page type go
to test-artifacts/screenshots/, the figures to test-artifacts/browser-report.json.

`make browser` (a prerequisite of `make test`) installs Chromium with apt and
axe-core with `npm ci`.  Where Chromium cannot be installed the tests skip,
saying why; under CI (the ``CI`` environment variable) they fail instead.

One browser serves the whole run, and one page the audits: each page of the
site is loaded once, then resized and recoloured, so the suite takes a
minute or two on two cores.  The browser and the served site come from
browser_session.py, shared with the other modules here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from browsing import AXE, AXE_RUN, HEIGHT, PAGE_KINDS, SCREENSHOTS, SEARCH_QUERY, WIDTHS, Audit, open_page, write_report

pytest_plugins = ["browser_session"]  # the browser, the served fixture site and its page types, shared

BACKGROUND = """() => {
  for (const element of [document.body, document.documentElement]) {
    const colour = getComputedStyle(element).backgroundColor;
    if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
  }
  return "transparent";
}"""


def page_url(site_url: str, path: str, kind: str) -> str:
    return site_url + path + (f"?q={SEARCH_QUERY}" if kind == "search" else "")


def audit(page, errors: list[str], screenshot: Path) -> Audit:
    """Audit the page as it is now shown; ``errors`` are the console errors it logged."""
    result = Audit(violations=page.evaluate(AXE_RUN),
                   overflow=page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth"),
                   background=page.evaluate(BACKGROUND), console_errors=list(errors))
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(screenshot), full_page=True)
    return result


@pytest.fixture(scope="session")
def audits(browser, site_url, page_types) -> dict[tuple[str, str, int], Audit]:
    """Every page type at every width in the light scheme, and at 375 px in the dark one:
    ``{(kind, scheme, width): Audit}``, with a screenshot of each in test-artifacts/screenshots/.

    Each page is loaded once (axe-core with it) and then resized and recoloured:
    loading axe-core takes longer than running it."""
    context, page = open_page(browser, viewport={"width": WIDTHS[0], "height": HEIGHT})
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    found = {}
    try:
        for kind, path in page_types.items():
            errors.clear()
            page.emulate_media(color_scheme="light")
            page.set_viewport_size({"width": WIDTHS[0], "height": HEIGHT})
            page.goto(page_url(site_url, path, kind), wait_until="load")
            if kind == "search":
                page.wait_for_selector(".pagefind-ui__result")
            page.add_script_tag(path=str(AXE))
            for scheme, width in [("light", width) for width in WIDTHS] + [("dark", 375)]:
                page.emulate_media(color_scheme=scheme)
                page.set_viewport_size({"width": width, "height": HEIGHT})
                found[kind, scheme, width] = audit(page, errors, SCREENSHOTS / f"{kind}-{scheme}-{width}.png")
    finally:
        context.close()
    write_report(found)
    return found

PHONE = 320


def _by_kind(audits: dict, scheme: str, width: int) -> dict[str, Audit]:
    return {kind: a for (kind, s, w), a in audits.items() if (s, w) == (scheme, width)}


def test_every_page_type_is_there(page_types):
    assert set(PAGE_KINDS) <= set(page_types), f"page types missing from the fixture build: {set(PAGE_KINDS) - set(page_types)}"


@pytest.mark.parametrize("width", WIDTHS)
def test_no_accessibility_violations(audits, width):
    found = {kind: a.violations for kind, a in _by_kind(audits, "light", width).items() if a.violations}
    assert found == {}


@pytest.mark.parametrize("width", WIDTHS)
def test_no_horizontal_overflow(audits, width):
    found = {kind: f"{a.overflow} px too wide" for kind, a in _by_kind(audits, "light", width).items() if a.overflow > 0}
    assert found == {}


@pytest.mark.parametrize("width", WIDTHS)
def test_no_console_errors(audits, width):
    found = {kind: a.console_errors for kind, a in _by_kind(audits, "light", width).items() if a.console_errors}
    assert found == {}


def test_dark_scheme_has_its_own_background_and_passes_axe(audits):
    light, dark = _by_kind(audits, "light", 375), _by_kind(audits, "dark", 375)
    assert {kind for kind in dark if dark[kind].background == light[kind].background} == set()
    assert {kind: a.violations for kind, a in dark.items() if a.violations} == {}
    assert {kind: a.overflow for kind, a in dark.items() if a.overflow > 0} == {}


def test_readable_without_javascript(browser, site_url, page_types):
    context, page = open_page(browser, java_script_enabled=False, viewport={"width": 375, "height": 800})
    unreadable = {}
    for kind, path in page_types.items():
        page.goto(site_url + path)
        heading, text = page.locator("main h1").first.inner_text(), page.locator("main").inner_text()
        if not heading.strip() or len(text) < 60:
            unreadable[kind] = text[:80]
    page.goto(site_url + page_types["search"])
    assert "Search needs JavaScript" in page.locator("main").inner_text()
    context.close()
    assert unreadable == {}


def test_search_from_disk_says_it_needs_a_web_server(browser, fixture_site):
    context, page = open_page(browser)
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto((fixture_site / "search" / "index.html").as_uri() + "?q=border")
    notice = page.get_by_role("status")
    notice.wait_for()
    assert "make serve" in notice.inner_text() and "web server" in notice.inner_text()
    assert errors == []
    context.close()


def test_search_input_has_a_label(browser, site_url, page_types):
    context, page = open_page(browser)
    page.goto(site_url + page_types["search"])
    field = page.get_by_label("Search the site")
    field.wait_for()
    assert field.evaluate("e => e.tagName") == "INPUT"
    context.close()


def test_typed_search_goes_into_the_address_and_filters_are_offered(browser, site_url, page_types):
    context, page = open_page(browser)
    page.goto(site_url + page_types["search"])
    page.get_by_label("Search the site").fill("troops")
    page.wait_for_url(lambda url: url.endswith("?q=troops"))
    page.locator(".pagefind-ui__result").first.wait_for()
    # The filter panel is drawn after the first results, once its counts are loaded: on a
    # busy machine, later; wait for its five names (a timeout fails the test as surely).
    page.wait_for_function("n => document.querySelectorAll('.pagefind-ui__filter-name').length >= n", arg=5)
    filters = page.locator(".pagefind-ui__filter-name").all_inner_texts()
    assert {"person", "organisation", "country", "publisher", "type"} <= {f.strip().lower() for f in filters}
    page.get_by_label("Search the site").fill("")
    page.wait_for_url(lambda url: "?" not in url)
    page.goto(site_url + page_types["search"] + "?q=Novak")  # a shared search opens with its results
    page.locator(".pagefind-ui__result").first.wait_for()
    titles = page.locator(".pagefind-ui__result-title").all_inner_texts()
    assert "Original text: Novak warns of border buildup" in titles and "Novak warns of border buildup" in titles
    context.close()


def test_print_style(browser, site_url, page_types):
    """Printed, a brief has no navigation, and a quote or a link to a sentence names it (¶4 sentence 1)."""
    context, page = open_page(browser)
    page.emulate_media(media="print")
    page.goto(site_url + page_types["brief"])
    assert page.locator(".site-header nav").is_hidden()
    where = page.locator("q + .print-only").first
    assert where.is_visible() and where.inner_text().strip().startswith("(¶")
    assert page.locator(".body a .where").first.inner_text().startswith(", ¶")
    rows = page.evaluate("getComputedStyle(document.querySelector('main li')).breakInside")
    assert rows == "avoid"
    page.goto(site_url + page_types["source"])
    assert page.locator(".text .para-link").first.is_visible()  # the ¶ numbers a printed citation refers to
    context.close()


def test_sentence_permalink_shows_the_sentence_before(browser, site_url, page_types):
    """A sentence opened by its permalink lands below the top edge, with room for the line before."""
    context, page = open_page(browser, viewport={"width": 375, "height": 400})
    page.goto(site_url + page_types["source"])
    last = page.locator(".text .s").last.get_attribute("id")
    page.goto(site_url + page_types["source"] + "#" + last)
    top = page.evaluate(f"document.getElementById('{last}').getBoundingClientRect().top")
    margin = page.evaluate(f"parseFloat(getComputedStyle(document.getElementById('{last}')).scrollMarginTop)")
    scrolled = page.evaluate("window.scrollY")
    context.close()
    assert margin >= 48
    assert scrolled > 0 and top >= 40


def test_cited_and_target_highlights_differ_and_legend_matches(browser, site_url, page_types):
    context, page = open_page(browser)
    cited = page_types["source"]
    page.goto(site_url + cited)
    sentence = page.locator(".text .s.cited").first.get_attribute("id")
    page.goto(site_url + cited + "#" + sentence)
    colours = page.evaluate("""(id) => {
      const bg = e => getComputedStyle(e).backgroundColor;
      const target = document.getElementById(id);
      const other = document.querySelector('.text .s.cited:not(:target)');
      return {target: bg(target), cited: bg(other), mark: bg(document.querySelector('.text mark')),
              legendMark: bg(document.querySelector('.legend mark')),
              legendCited: bg(document.querySelector('.legend .swatch-cited')),
              legendTarget: bg(document.querySelector('.legend .swatch-target'))};
    }""", sentence)
    context.close()
    assert colours["target"] != colours["cited"]
    assert colours["legendMark"] == colours["mark"]
    assert colours["legendCited"] == colours["cited"]
    assert colours["legendTarget"] == colours["target"]


@pytest.mark.parametrize("width", [PHONE, 375])
def test_chart_labels_are_legible_on_a_phone(browser, site_url, page_types, width):
    context, page = open_page(browser, viewport={"width": width, "height": 800})
    page.goto(site_url + page_types["claim"])
    sizes = page.evaluate("""() => [...document.querySelectorAll('svg.claim-chart text')].map(t =>
        parseFloat(getComputedStyle(t).fontSize) * t.closest('svg').getScreenCTM().a)""")
    context.close()
    assert sizes and min(sizes) >= 12
