"""Benchmark: check and build a large synthetic corpus (``make bench``).

    python -m generator.bench [--briefs 1000] [--keep DIR]

Writes a project of N briefs (each with its own seed, 6 anchored claims and
a handful of people and countries) into a temporary folder, then times the
one parse + all checks, and the full build.  Performance is measured here,
never asserted in tests: compare the per-brief figures across changes.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = ["us", "ru", "ua", "kp", "kr", "cn", "jp", "fr", "de", "gb"]
WORDS = ("officials troops border talks minister report forces region weapons support "
         "aid meeting statement sources analysts capital army shells drones").split()


def write_registries(root: Path, rng: random.Random, people: int, claims: int) -> None:
    for code in COUNTRIES:
        (root / f"content/countries/{code}.md").write_text("---\naliases: []\n---\n", encoding="utf-8")
    for i in range(people):
        text = f"---\nname: Person Number{i}\naliases: [Number{i}]\nrole: Official\ncountry: {rng.choice(COUNTRIES).upper()}\n---\n"
        (root / f"content/people/person-{i}.md").write_text(text, encoding="utf-8")
    for i in range(claims):
        (root / f"content/claims/claim-{i}.md").write_text(f"---\nstatement: Synthetic claim {i}\n---\n", encoding="utf-8")


def write_brief(root: Path, rng: random.Random, n: int, people: int, claims: int) -> None:
    speakers = rng.sample(range(people), 3)
    lines, quotes = [f"Synthetic report {n}", ""], []
    for k in range(12):
        words = " ".join(rng.choice(WORDS) for _ in range(14))
        speaker = speakers[k % 3]
        sentence = f"Person Number{speaker} said {rng.randint(1000, 20000):,} {words} in report {n} line {k}."
        lines.append(sentence + f" Later Number{speaker} added more {k}.")
        if k < 6:
            quotes.append((sentence[: 60 + k], speaker))
    (root / f"seeds/{n:05d}_bench.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    citations = "".join(
        f"  - claim: claim-{rng.randrange(claims)}\n    quote: \"{q}\"\n    by: person-{s}\n" for q, s in quotes)
    front = (f"---\ntitle: Synthetic brief {n}\nslug: brief-{n}\nsource:\n  file: seeds/{n:05d}_bench.txt\n"
             f"  publisher: Bench Wire\n  published: 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n"
             f"summary: Synthetic brief {n}.\npeople: [{', '.join(f'person-{s}' for s in speakers)}]\n"
             f"countries: [{rng.choice(COUNTRIES).upper()}]\nclaims:\n{citations}---\n"
             f"Body of brief {n}, citing [a claim](claim:claim-{rng.randrange(claims)}).\n")
    (root / f"content/briefs/brief-{n}.md").write_text(front, encoding="utf-8")


def make_project(root: Path, briefs: int) -> None:
    rng = random.Random(20241031)
    for folder in ("seeds", "content/briefs", "content/people", "content/countries", "content/claims", "content/pages"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    people, claims = max(briefs // 5, 10), max(briefs // 3, 10)
    write_registries(root, rng, people, claims)
    for n in range(briefs):
        write_brief(root, rng, n, people, claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=1000)
    parser.add_argument("--keep", help="write the project here and keep it")
    args = parser.parse_args(argv)
    from .build import build
    from .validate import validate

    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    make_project(root, args.briefs)
    start = time.perf_counter()
    result = validate(root)
    check_seconds = time.perf_counter() - start
    if not result.ok:
        print("\n".join(str(p) for p in result.problems[:20]), file=sys.stderr)
        return 1
    start = time.perf_counter()
    code = build("pelicanconf.py", root / "output", ["--quiet"], root)
    build_seconds = time.perf_counter() - start
    pages = sum(1 for _ in (root / "output").rglob("*.html"))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"briefs={args.briefs} check={check_seconds:.2f}s ({check_seconds / args.briefs * 1000:.2f} ms/brief) "
          f"build={build_seconds:.2f}s ({build_seconds / args.briefs * 1000:.2f} ms/brief) pages={pages} "
          f"max_rss={rss:.0f}MB")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
