"""Command line: ``python -m generator check|build|devserver|draft|eval|sentences|merge``."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path


def check(args: argparse.Namespace) -> int:
    from . import cache
    from .validate import report, validate

    root = Path(args.root)
    result = validate(root, cache.load(root, root / cache.CACHE_FOLDER))  # what the last make html parsed
    passed = result.passes(args.strict)
    print(report(result, args.strict), file=sys.stdout if passed else sys.stderr)
    return 0 if passed else 1


def build(args: argparse.Namespace) -> int:
    from .build import build as run_build

    return run_build(args.settings, Path(args.output), args.pelican, Path(args.root), args.strict, args.timings,
                     args.jobs)


def devserver(args: argparse.Namespace) -> int:
    from .devserver import run

    return run(args.settings, Path(args.output), None if args.no_serve else args.port, Path(args.root),
               drafts=args.drafts)


def draft(args: argparse.Namespace) -> int:
    from .drafting.cli import run

    return run(args)


def sentences(args: argparse.Namespace) -> int:
    from .sentences import run

    return run(args)


def merge(args: argparse.Namespace) -> int:
    from .merging.command import run

    return run(args)


def evaluate(args: argparse.Namespace) -> int:
    from .drafting.evaluate import run

    return run(args)


GC_THRESHOLD = (50_000, 20, 100)
"""A parsed project is millions of small objects that live as long as the
process; with Python's default thresholds (700, 10, 10) the collector
walks them again and again: a quarter of the time of a check at 2,000 briefs."""


def main(argv: list[str] | None = None) -> int:
    gc.set_threshold(*GC_THRESHOLD)
    parser = argparse.ArgumentParser(prog="python -m generator", description="Briefing site tools.")
    parser.add_argument("--root", default=".", help="project folder (default: the current folder)")
    commands = parser.add_subparsers(dest="command", required=True)
    checking = commands.add_parser("check", help="validate content and seeds; print every problem")
    checking.add_argument("--strict", action="store_true", help="fail on warnings too (as make publish does)")
    checking.set_defaults(run=check)
    building = commands.add_parser("build", help="check, then build the site; output/ is replaced only on success")
    building.add_argument("--settings", default="pelicanconf.py")
    building.add_argument("--output", default="output")
    building.add_argument("--strict", action="store_true", help="stop on warnings too (make publish)")
    building.add_argument("--timings", action="store_true", help="print where the time went, phase by phase")
    building.add_argument("--jobs", type=int, default=0, metavar="N",
                          help="render on N processes (default: every core, for sites of some size)")
    building.add_argument("pelican", nargs=argparse.REMAINDER, help="extra Pelican options")
    building.set_defaults(run=build)
    serving = commands.add_parser("devserver", help="build, serve and rebuild on every change")
    serving.add_argument("--settings", default="pelicanconf.py")
    serving.add_argument("--output", default="output")
    serving.add_argument("--port", type=int, default=8000)
    serving.add_argument("--no-serve", action="store_true", help="rebuild on change without serving")
    serving.add_argument("--drafts", action="store_true",
                         help="preview draft briefs and proposed entries too, each with a draft banner "
                              "(use an output folder of its own: make devserver DRAFTS=1 writes preview/)")
    serving.set_defaults(run=devserver)
    drafting = commands.add_parser("draft", help="copy a raw article into seeds/ and write a draft brief")
    drafting.add_argument("path", help="the raw article, UTF-8 text")
    drafting.add_argument("--dry-run", action="store_true", help="write nothing")
    drafting.add_argument("--json", action="store_true", help="print the draft as one JSON object")
    drafting.set_defaults(run=draft)
    scoring = commands.add_parser("eval", help="score the drafter on the hand-annotated evaluation set")
    scoring.add_argument("--fixtures", default="tests/fixtures/eval", help="evaluation set folder")
    scoring.set_defaults(run=evaluate)
    listing = commands.add_parser("sentences", help="list a seed's paragraph and sentence ids, lines and text")
    listing.add_argument("seed", help="a file in seeds/, e.g. seeds/001_example.txt")
    listing.set_defaults(run=sentences)
    merging = commands.add_parser("merge", help="merge one registry entry into another, rewriting every reference")
    merging.add_argument("kind", choices=("person", "organisation", "claim"))
    merging.add_argument("old", help="the id to merge away (its file is deleted)")
    merging.add_argument("new", help="the id that stays and takes over OLD's references, names and profile")
    merging.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    merging.set_defaults(run=merge)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
