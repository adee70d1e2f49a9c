"""Build the site safely, and rebuild it on change.

Pelican writes into a staging folder; only a build that succeeds replaces
``output/``, so a failed build leaves the previous site intact.  Each build
runs in a fresh interpreter: edits to plugin code take effect at once and
memory does not grow across rebuilds.
"""

from __future__ import annotations

import functools
import os
import http.server
import shutil
import subprocess
import sys
import threading
from pathlib import Path

CONTENT_WATCHED = ("content", "seeds")
"""Watched in the project folder (``--root``)."""
CODE_WATCHED = ("themes", "generator", "pelicanconf.py", "publishconf.py")
"""Watched in the current folder: Pelican's own watcher misses the plugin folder."""


def build(settings: str, output: Path, extra: list[str] | None = None, root: Path = Path(".")) -> int:
    """Check, build into a staging folder next to ``output``, swap it in on success."""
    from pelican import main as pelican_main

    from .pelican_plugin.pages import PRELOADED
    from .validate import report, validate

    result = validate(root)
    if result.problems:
        print(report(result.problems), file=sys.stderr)
    if not result.ok:
        print(f"build stopped: the content has errors; {output}/ is unchanged", file=sys.stderr)
        return 1
    PRELOADED[root.resolve()] = result  # the plugin builds from this parse
    output = Path(output)
    stage = output.with_name(f".{output.name}-staging")
    shutil.rmtree(stage, ignore_errors=True)
    try:
        pelican_main([str(root / "content"), "--settings", settings, "--output", str(stage), "--fatal", "warnings", *(extra or [])])
        code = 0
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 1
    if code == 0:
        code = index_for_search(stage)
    if code != 0:
        shutil.rmtree(stage, ignore_errors=True)
        print(f"build failed; {output}/ is unchanged", file=sys.stderr)
        return code
    old = output.with_name(f".{output.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if output.exists():
        output.rename(old)
    stage.rename(output)
    shutil.rmtree(old, ignore_errors=True)
    print(f"built {output}/: {summary(output)}")
    return 0


def index_for_search(site: Path) -> int:
    """Pagefind's static search index (``pagefind/``), built offline from the pages.

    Only content marked ``data-pagefind-body`` is indexed (the theme marks
    briefs, sources, claims, people and countries)."""
    return subprocess.call([sys.executable, "-m", "pagefind", "--site", str(site), "--silent"])


def summary(output: Path) -> str:
    """"5 briefs, 14 people, … (76 pages)": what a build wrote, by section."""
    counts = {name: sum(1 for _ in (output / name).glob("*/index.html"))
              for name in ("briefs", "sources", "people", "countries", "claims")}
    pages = sum(1 for _ in output.rglob("*.html"))
    return ", ".join(f"{n} {name}" for name, n in counts.items()) + f" ({pages} pages)"


def serve(output: Path, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serving {output}/ on http://127.0.0.1:{port}/")
    return server


def devserver(settings: str, output: Path, port: int | None, root: Path = Path(".")) -> int:
    """Build, serve (unless ``port`` is None) and rebuild on every change."""
    from watchfiles import watch

    _build_in_subprocess(settings, output, root)
    if port is not None:
        serve(output.resolve(), port)  # by path: each request sees the swapped-in folder
    paths = [p for p in [*(root / name for name in CONTENT_WATCHED), *map(Path, CODE_WATCHED)] if p.exists()]
    try:
        for changes in watch(*paths, watch_filter=_interesting):
            names = sorted({os.path.relpath(path) for _, path in changes})
            print(f"changed: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}", flush=True)
            _build_in_subprocess(settings, output, root)
    except KeyboardInterrupt:
        pass
    return 0


def _build_in_subprocess(settings: str, output: Path, root: Path) -> int:
    # A fresh interpreter per build: plugin edits take effect, memory stays flat.
    return subprocess.call([sys.executable, "-m", "generator", "--root", str(root), "build",
                            "--settings", settings, "--output", str(output)])


def _interesting(change, path: str) -> bool:
    name = Path(path).name
    return not (name.startswith(".") or name.endswith((".pyc", "~")) or "__pycache__" in path)
