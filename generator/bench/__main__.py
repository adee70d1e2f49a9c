"""Benchmark: a cold build and a one-brief edit of a large synthetic corpus (``make bench N=10000``).

    python -m generator.bench --briefs N [--keep DIR] [--no-edit] [--seed S] [--json FILE]

The corpus is written into a new folder (removed after, unless ``--keep``),
built cold, then edited under the dev server; each step prints its figures.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from .cold import cold_build
from .corpus import write_project
from .edits import measure_edits
from .processes import BenchError
from .report import Report, print_build, print_corpus, print_edit, write_json
from .vocabulary import COUNTRIES


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m generator.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=1000, help="number of briefs (default 1000)")
    parser.add_argument("--keep", help="write the project into this new or empty folder, and keep it")
    parser.add_argument("--no-edit", action="store_true", help="skip the dev-server edit measurement")
    parser.add_argument("--seed", type=int, default=20241031, help="random seed of the corpus")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    if args.keep and Path(args.keep).exists() and any(Path(args.keep).iterdir()):
        parser.error(f"--keep {args.keep}: the folder is not empty")
    return args


def bench(args: argparse.Namespace, root: Path) -> None:
    """Write the corpus into ``root``, build it, edit it; print each step's figures as it ends."""
    start = time.perf_counter()
    corpus = write_project(root, args.briefs, args.seed)
    written = time.perf_counter() - start
    counts = (args.briefs, len(corpus.people), len(corpus.claims), len(COUNTRIES))
    print_corpus(*counts, written, root)
    build = cold_build(root, args.briefs)
    print_build(build)
    edits = () if args.no_edit else measure_edits(root, corpus, max(600.0, 10 * build.wall))
    for edit in edits:
        print_edit(edit)
    if args.json:
        write_json(Path(args.json), Report(*counts, written, build, edits))


def interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, interrupted)  # a kill, like Ctrl-C, stops the builds and the dev server too
    root = Path(args.keep or tempfile.mkdtemp(prefix="briefing-bench-")).resolve()
    try:
        bench(args, root)
        return 0
    except BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
