"""What the browser tests share: the browser's settings, the page kinds, and the audit report."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Iterator

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

AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, impact: v.impact, count: v.nodes.length,
                                      targets: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
}"""
"""axe-core's run over the whole page (once axe.min.js is added to it): its violations only."""

TIMEOUT_MS = 60_000
"""How long a page may take to load or show something: generous, for a busy two-core machine."""


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as a web server set up for it does: a missing address, at any
    depth, is answered with the site's own 404.html (status 404), like GitHub Pages."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """``folder`` served over HTTP on 127.0.0.1, on a free port: its base URL, ending in "/"."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SiteHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


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
