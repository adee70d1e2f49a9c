"""What the browser tests share: the browser's settings, the page kinds, and the audit report."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CHROMIUM = "/usr/bin/chromium"
"""Debian's Chromium (package ``chromium``); Playwright never downloads a browser here."""
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
"""No network is reached for: without these flags a closed network stalls the browser.
Playwright's ``launch`` gives the browser a fresh, temporary user-data-dir."""
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
WIDTHS = (320, 375, 1280)
HEIGHT = 800

PAGE_KINDS = ("home", "briefs", "brief", "source", "people", "person", "countries", "country",
              "claims", "claim", "search", "page", "404")
"""Page kinds (``<body class="kind-…">``) the fixture site must have; any other kind it
has (a kind added later) is audited as well."""

SEARCH_QUERY = "border"
"""Searched for on the search page, so that Pagefind's results are audited too."""

TIMEOUT_MS = 60_000
"""How long a page may take to load or show something: generous, for a busy two-core machine."""


def open_page(browser, **options):
    """A new context with ``options`` (viewport, colour scheme, JavaScript) and a page in it."""
    context = browser.new_context(**options)
    context.set_default_timeout(TIMEOUT_MS)
    return context, context.new_page()


@dataclass
class Audit:
    """What one page showed in one browser context."""

    violations: list[dict] = field(default_factory=list)
    """axe-core's violations: rule id, impact, node count and the first targets."""
    overflow: int = 0
    """Pixels the page is wider than the viewport (0: no horizontal scrolling)."""
    console_errors: list[str] = field(default_factory=list)
    background: str = ""
    """The page's background colour as rendered."""



def write_report(audits: dict[tuple[str, str, int], Audit]) -> None:
    """test-artifacts/browser-report.json: axe violations, overflow and console errors by page type and width."""
    rows = {f"{kind} {scheme} {width}": {"axe": sum(v["count"] for v in a.violations), "overflow": a.overflow,
                                        "console_errors": len(a.console_errors), "rules": [v["id"] for v in a.violations]}
            for (kind, scheme, width), a in sorted(audits.items())}
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "browser-report.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
