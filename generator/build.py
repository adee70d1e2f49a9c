"""Build the site safely, and rebuild it on change.

The corpus is validated once; Pelican is driven through its API
(`pelican.settings.read_settings`, `pelican.Pelican`) with the validated
corpus in the ``BRIEFING_VALIDATED`` setting, and writes into a staging
folder; only a build that succeeds — no error, no Pelican warning, search
index made — replaces ``output/``, so a failed build leaves the previous
site intact.  Every failure is a message and an exit code, not a
traceback (``-D`` adds Pelican's debug log and tracebacks).  The dev
server (`generator.devserver`) builds this way first, then in place.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import logging
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from . import precompress
from .search import index_site
from .timings import TIMINGS

if TYPE_CHECKING:
    from .validate import Validated

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
          strict: bool = False, timings: bool = False, jobs: int = 0) -> int:
    """Check, build into a staging folder next to ``output``, swap it in on success.

    ``strict`` (``make publish``) stops the build on warnings too; ``timings``
    prints where the time went (`generator.timings`) on stderr; ``jobs``
    sets the rendering processes (0: every core, once the site is big enough).
    """
    options = parse_options(extra or [])
    if jobs:
        options = dataclasses.replace(options, settings={**options.settings, "BRIEFING_JOBS": jobs})
    from . import cache
    from .validate import validate

    folder = Path(output).absolute().parent / cache.CACHE_FOLDER  # beside the output, cleared by make clean
    with TIMINGS.phase("cache"):
        memo = cache.load(root, folder)
    with corpus_kept():
        result = validate(root, memo)
    saved = cache.save(memo, folder)
    code = build_validated(result, settings, Path(output), options, root, strict)
    saved()
    if timings:
        print(TIMINGS.report(), file=sys.stderr)
    return code


@contextlib.contextmanager
def corpus_kept() -> Iterator[None]:
    """Build the corpus without the cyclic garbage collector, then set it aside.

    The corpus (millions of small records at 10,000 briefs) lives until the
    build ends.  While it grows, each full collection walks all of it, and
    such collections come at every quarter's growth: seconds, for nothing
    (the records form no cycles).  Frozen, the collector never walks it again,
    and forked workers do not touch its pages when they collect.  The cyclic
    garbage of the load, if any, stays until the process exits: this is a
    one-shot build (the dev server does not use it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def build_validated(result: Validated, settings: str, output: Path, options: Options, root: Path,
                    strict: bool = False, extra: dict[str, Any] | None = None) -> int:
    """Report ``result``'s problems; build it unless they stop it.  ``extra``
    settings reach the plugin (the dev server's ``BRIEFING_SESSION``)."""
    from .validate import report

    if result.problems or result.acknowledged:
        print(report(result, strict), file=sys.stderr)
    if not result.passes(strict):
        what = "errors" if not result.ok else "warnings (strict mode)"
        print(f"build stopped: the content has {what}; {output}/ is unchanged", file=sys.stderr)
        return 1
    stage = output.with_name(f".{output.name}-staging")
    shutil.rmtree(stage, ignore_errors=True)
    if extra:
        options = dataclasses.replace(options, settings={**options.settings, **extra})
    code = run_pelican(settings, stage, root, result, options)
    if code == 0:
        with TIMINGS.phase("search"):
            code = index_site(stage)
    if code == 0 and precompress.wanted(settings, root):  # make publish: .gz copies of the text files
        with TIMINGS.phase("precompress"):
            precompress.precompress(stage)
    if code != 0:
        shutil.rmtree(stage, ignore_errors=True)
        print(f"build failed; {output}/ is unchanged", file=sys.stderr)
        return code
    swap_in(stage, output)
    print(f"built {output}/: {summary(output)}", flush=True)
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


def summary(output: Path) -> str:
    """"5 briefs, 14 people, … (76 pages)": what a build wrote, by section."""
    counts = {name: sum(1 for _ in (output / name).glob("*/index.html"))
              for name in ("briefs", "sources", "people", "organisations", "countries", "claims")}
    pages = sum(1 for _ in output.rglob("*.html"))
    return ", ".join(f"{n} {name}" for name, n in counts.items()) + f" ({pages} pages)"
