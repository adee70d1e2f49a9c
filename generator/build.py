"""Build the site safely, and rebuild it on change.

The corpus is validated once; Pelican is driven through its API
(`pelican.settings.read_settings`, `pelican.Pelican`) with the validated
corpus in the ``BRIEFING_VALIDATED`` setting, and writes into a staging
folder; only a build that succeeds — no error, no Pelican warning, search
index made — replaces ``output/``, so a failed build leaves the previous
site intact.  Every failure is a message and an exit code, not a
traceback (``-D`` adds Pelican's debug log and tracebacks).  In the dev
server each build runs in a fresh interpreter: edits to plugin code take
effect at once and memory does not grow across rebuilds.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import logging
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    from .validate import Validated

CONTENT_WATCHED = ("content", "seeds")
"""Watched in the project folder (``--root``)."""
CODE_WATCHED = ("themes", "generator", "pelicanconf.py", "publishconf.py")
"""Watched in the current folder: Pelican's own watcher misses the plugin folder."""


@dataclass(frozen=True)
class Options:
    """The Pelican command-line options the Makefile passes, as settings."""

    debug: bool = False
    """``-D``: Pelican's debug log on stderr, and tracebacks for unexpected failures."""
    verbose: bool = False
    """``-v``: Pelican's info log on stderr."""
    settings: dict[str, Any] = field(default_factory=dict)
    """Setting overrides, e.g. ``RELATIVE_URLS`` for ``--relative-urls``."""


def parse_options(extra: list[str]) -> Options:
    """``["-D", "--relative-urls"]`` → Options; unknown options exit with usage (code 2).

    ``-D``, ``-v``, ``-q`` and ``--relative-urls`` mean what they mean to ``pelican``;
    a leading ``--`` (needed to pass them through ``python -m generator build``) is ignored.
    """
    parser = argparse.ArgumentParser(prog="python -m generator build … [Pelican options]", add_help=False)
    parser.add_argument("-D", "--debug", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("-q", "--quiet", action="store_true")  # Pelican's default here: warnings only
    parser.add_argument("--relative-urls", action="store_true")
    args = parser.parse_args([a for a in extra if a != "--"])
    settings = {"DEBUG": True} if args.debug else {}
    if args.relative_urls:
        settings["RELATIVE_URLS"] = True
    return Options(args.debug, args.verbose, settings)


def build(settings: str, output: Path, extra: list[str] | None = None, root: Path = Path("."),
          strict: bool = False) -> int:
    """Check, build into a staging folder next to ``output``, swap it in on success.

    ``strict`` (``make publish``) stops the build on warnings too.
    """
    from .validate import report, validate

    options = parse_options(extra or [])
    result = validate(root)
    if result.problems or result.acknowledged:
        print(report(result, strict), file=sys.stderr)
    if not result.passes(strict):
        what = "errors" if not result.ok else "warnings (strict mode)"
        print(f"build stopped: the content has {what}; {output}/ is unchanged", file=sys.stderr)
        return 1
    output = Path(output)
    stage = output.with_name(f".{output.name}-staging")
    shutil.rmtree(stage, ignore_errors=True)
    code = run_pelican(settings, stage, root, result, options)
    if code == 0:
        code = index_for_search(stage)
    if code != 0:
        shutil.rmtree(stage, ignore_errors=True)
        print(f"build failed; {output}/ is unchanged", file=sys.stderr)
        return code
    swap_in(stage, output)
    print(f"built {output}/: {summary(output)}")
    return 0


def run_pelican(settings_file: str, stage: Path, root: Path, validated: Validated, options: Options) -> int:
    """One Pelican run into ``stage``; 0, or 1 with the reason on stderr.

    Like ``pelican --fatal warnings``, a warning or error logged during the
    run fails it; unlike it, every such message is reported, not the first.
    """
    from pelican import Pelican
    from pelican.settings import read_settings

    from .pelican_plugin.errors import BuildStopped

    override = {"PATH": str((root / "content").resolve()), "OUTPUT_PATH": str(stage.resolve()),
                "BRIEFING_ROOT": str(root.resolve()), "BRIEFING_VALIDATED": validated, **options.settings}
    with recording_logs(options) as logged:
        try:
            Pelican(read_settings(settings_file, override=override)).run()
        except BuildStopped as stopped:
            print(f"build stopped: {stopped}", file=sys.stderr)
            return 1
        except Exception as error:  # a setting, template or Pelican failure: say what, not where
            if options.debug:
                logging.getLogger(__name__).exception("Pelican failed")
            print(f"build failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    for record in logged:
        print(f"pelican: {record.levelname.lower()}: {record.getMessage()}", file=sys.stderr)
    if logged:
        print(f"build failed: Pelican reported {len(logged)} warning(s) or error(s)", file=sys.stderr)
        return 1
    return 0


class _Recorder(logging.Handler):
    """Keeps every warning and error logged during a run."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def recording_logs(options: Options) -> Iterator[list[logging.LogRecord]]:
    """Record warnings and errors (and echo Pelican's log with ``-v``/``-D``)
    for the duration of one run; Pelican's own console summary is silenced."""
    from pelican.log import console

    root = logging.getLogger()
    recorder = _Recorder()
    handlers: list[logging.Handler] = [recorder]
    if options.debug or options.verbose:
        echo = logging.StreamHandler(sys.stderr)
        echo.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        handlers.append(echo)
    level, quiet = root.level, console.quiet
    root.setLevel(logging.DEBUG if options.debug else logging.INFO if options.verbose else logging.WARNING)
    for handler in handlers:
        root.addHandler(handler)
    console.quiet = not options.debug  # "Done: Processed 0 articles…" counts Pelican's readers, not our pages
    try:
        yield recorder.records
    finally:
        for handler in handlers:
            root.removeHandler(handler)
        root.setLevel(level)
        console.quiet = quiet


def swap_in(stage: Path, output: Path) -> None:
    """Replace ``output`` by ``stage``, keeping the old one until the new one is in place."""
    old = output.with_name(f".{output.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if output.exists():
        output.rename(old)
    stage.rename(output)
    shutil.rmtree(old, ignore_errors=True)


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
