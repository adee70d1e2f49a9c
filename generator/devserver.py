"""``make devserver``: one warm process that builds, serves and rebuilds in place.

- The first build is the normal one (checked, staged, swapped in).
- An edit under ``content/`` or ``seeds/`` is applied by the warm
  `incremental.Session`: only the pages that show it are rendered and only
  changed files rewritten, so the preview is on disk in a moment; the
  search index catches up afterwards in the background.
- An edit to the theme, the generator's code or the settings restarts the
  process (a fresh interpreter runs the new code), then builds cold.
- While the content has errors, every page the server sends is the error
  report, so a failed rebuild shows in the browser, not only in the terminal;
  ``output/`` keeps the last good pages.
"""

from __future__ import annotations

import functools
import html
import http.server
import io
import os
import sys
import threading
from pathlib import Path
from typing import Callable, Iterable

from .build import Options
from .incremental import Session

CONTENT_WATCHED = ("content", "seeds")
"""Watched in the project folder (``--root``)."""
CODE_WATCHED = ("themes", "generator", "pelicanconf.py", "publishconf.py")
"""Watched in the current folder: a change there restarts the server."""


def run(settings: str, output: Path, port: int | None, root: Path = Path("."), options: Options = Options(),
        restart: Callable[[], None] | None = None, drafts: bool = False) -> int:
    """Build, serve (unless ``port`` is None) and apply every change until interrupted;
    ``drafts`` previews draft briefs and proposed entries too (`Corpus.preview`)."""
    from watchfiles import watch

    session = Session(settings, output, root, options, drafts=drafts, watched=True)
    session.cold()
    server = serve(Path(output).resolve(), port, session) if port is not None else None
    threading.Thread(target=session.warm, daemon=True).start()  # a rebuild waits for it (`Session.lock`)
    indexer = Reindexer(session)
    paths = [p for p in [*(root / name for name in CONTENT_WATCHED), *map(Path, CODE_WATCHED)] if p.exists()]
    verified = True
    try:
        for changes in watch(*paths, watch_filter=_interesting, yield_on_timeout=True, rust_timeout=IDLE_MS):
            if not changes:  # idle: once after each rebuild, look for a change the watcher did not report
                if not verified:
                    verified = True
                    if missed := session.missed():
                        print(f"changed, unreported: {', '.join(missed[:5])}{' …' if len(missed) > 5 else ''}",
                              flush=True)
                        apply(session, indexer, missed)
                continue
            verified = False
            content, code = classify((path for _, path in changes), root)
            shown = sorted({*content, *code})
            print(f"changed: {', '.join(shown[:5])}{' …' if len(shown) > 5 else ''}", flush=True)
            if code:
                print("code, theme or settings changed: restarting", flush=True)
                if server is not None:
                    server.shutdown()
                    server.server_close()
                (restart or _restart)()
                return 0
            apply(session, indexer, content)
    except KeyboardInterrupt:
        pass
    return 0


IDLE_MS = 2000
"""How long the watcher waits for a change before the server looks for one it missed."""


def apply(session: Session, indexer: Reindexer, content: list[str]) -> None:
    outcome = session.rebuild(content)
    if outcome.ok:
        print(outcome.summary(), flush=True)
        indexer.request(outcome.changed)


def classify(paths: Iterable[str], root: Path) -> tuple[list[str], list[str]]:
    """Changed paths → (content and seed files, relative to the project; code files)."""
    base, here = Path(root).resolve(), Path.cwd().resolve()
    content, code = [], []
    for path in map(lambda p: Path(p).absolute(), paths):
        relative = _relative(path, base)
        if relative is not None and relative.split("/", 1)[0] in CONTENT_WATCHED:
            content.append(relative)
        else:
            code.append(_relative(path, here) or str(path))
    return content, code


def _relative(path: Path, base: Path) -> str | None:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None


def _restart() -> None:
    """Run this command again in a fresh interpreter, in this process."""
    os.execv(sys.executable, [sys.executable, "-m", "generator", *sys.argv[1:]])


def _interesting(change, path: str) -> bool:
    name = Path(path).name
    return not (name.startswith(".") or name.endswith((".pyc", "~", ".partial")) or "__pycache__" in path)


class Reindexer:
    """Brings the search index up to date in the background: the shards holding
    the pages that changed, gathered while it was busy."""

    def __init__(self, session: Session):
        self.session = session
        self.wanted = threading.Event()
        self.lock = threading.Lock()
        self.pages: set[str] = set()
        threading.Thread(target=self._loop, daemon=True).start()

    def request(self, pages: Iterable[str]) -> None:
        with self.lock:
            self.pages.update(pages)
        self.wanted.set()

    def _loop(self) -> None:
        while True:
            self.wanted.wait()
            self.wanted.clear()
            with self.lock:
                pages, self.pages = self.pages, set()
            if pages and self.session.reindex(pages) == 0:
                print("search index updated", flush=True)


FAILURE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}}pre{{white-space:pre-wrap;background:#fff4f4;border:1px solid #c00;padding:1rem}}</style>
</head><body><h1>The last rebuild failed</h1>
<p>Fix the problems below; this page is replaced by the site as soon as a rebuild succeeds.
The files in the output folder still hold the last good build.</p>
<pre>{report}</pre></body></html>
"""


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder, or the error report while the last build failed."""

    session: Session

    def send_head(self):
        failure = self.session.failure
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if failure is None or not (path.endswith("/") or path.endswith(".html")):
            return super().send_head()
        body = FAILURE_PAGE.format(report=html.escape(failure)).encode("utf-8")
        self.send_response(500)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass  # the terminal is for build reports


def serve(output: Path, port: int, session: Session) -> http.server.ThreadingHTTPServer:
    handler = type("SessionHandler", (Handler,), {"session": session})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(output)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serving {output}/ on http://127.0.0.1:{port}/", flush=True)
    return server
