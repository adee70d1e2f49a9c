"""The browser tests' session fixtures, one of each for the whole run: the browser, the fixture
site served over HTTP, and its page types.  Every test module here loads this as a plugin
(``pytest_plugins``), so that they share one browser: fixtures imported into two modules would
be two fixtures, and Playwright will not start twice in one thread.  (Not a conftest.py: a
second module of that name would shadow tests/conftest.py for the tests that import from it.)

It has no assert for pytest to rewrite, and is loaded by each module: PYTEST_DONT_REWRITE.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

from browsing import AXE, CHROMIUM, CHROMIUM_ARGS, serve
from sitecheck import parse_page


def missing_tools() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not Path(CHROMIUM).is_file():
        return f"{CHROMIUM} is missing: `make browser` installs Debian's chromium with apt-get (as root)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed: `make venv` installs the pinned requirements"
    if not AXE.is_file():
        return "axe-core is not installed: `make browser` runs npm ci (needs npm)"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = missing_tools()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run under CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(fixture_site: Path) -> Iterator[str]:
    """The fixture site served over HTTP on 127.0.0.1, on a free port; a missing address gets its 404.html."""
    with serve(fixture_site) as url:
        yield url


@pytest.fixture(scope="session")
def page_types(fixture_site: Path) -> dict[str, str]:
    """One page of every kind, by kind: the largest, which shows the most (a claim with its chart)."""
    chosen: dict[str, Path] = {}
    for path in fixture_site.rglob("*.html"):
        if path.relative_to(fixture_site).parts[0] == "pagefind":
            continue
        kind = parse_page(path).kind
        if kind and (kind not in chosen or path.stat().st_size > chosen[kind].stat().st_size):
            chosen[kind] = path
    return {kind: path.relative_to(fixture_site).as_posix() for kind, path in sorted(chosen.items())}
