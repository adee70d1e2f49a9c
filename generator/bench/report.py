"""The bench's figures: what the cold build and each edit measured, printed as lines and kept as JSON.

    print_build(BuildFigures(150, 2426, 19.9, …))   cold build: 150 briefs, 2426 pages, wall 19.9 s, …
    write_json(path, Report(...))                 every figure, as ``--json FILE`` asks
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class PhaseFigures:
    name: str
    wall: float
    cpu: float
    share: float
    """Of the cold build's wall time."""
    peak_mb: float | None = None
    """The build's peak resident memory by the end of the phase, when the build reports it."""


@dataclass(frozen=True)
class BuildFigures:
    briefs: int
    pages: int
    wall: float
    cpu: float
    cpu_per_wall: float
    peak_rss_mb: float
    ms_per_page: float
    phases: tuple[PhaseFigures, ...]


@dataclass(frozen=True)
class EditFigures:
    what: str
    brief: str
    pages: tuple[str, ...]
    """The pages polled until they showed the edit."""
    seconds: float
    """From the write of the brief until every polled page shows the edit."""
    settled: float
    """From the write until the server's last activity: a line printed, a file under output/ changed, CPU used."""
    pages_rewritten: int
    pages_total: int
    files_rewritten: int
    files_added: int
    files_removed: int
    files_total: int
    said: tuple[str, ...]
    """What the server printed meanwhile (a restart or a full build shows here)."""


@dataclass(frozen=True)
class Report:
    briefs: int
    people: int
    claims: int
    countries: int
    write_seconds: float
    build: BuildFigures
    edits: tuple[EditFigures, ...]


def print_corpus(briefs: int, people: int, claims: int, countries: int, written: float, root: Path) -> None:
    print(f"corpus: {briefs} briefs, {people} people, {claims} claims, "
          f"{countries} countries, written in {written:.1f} s into {root}", flush=True)


def print_build(b: BuildFigures) -> None:
    print(f"cold build: {b.briefs} briefs, {b.pages} pages, wall {b.wall:.1f} s, cpu {b.cpu:.1f} s "
          f"({b.cpu_per_wall:.2f} × wall), peak RSS {b.peak_rss_mb:.0f} MB, {b.ms_per_page:.2f} ms/page")
    for p in b.phases:
        peak = "" if p.peak_mb is None else f" {p.peak_mb:7.0f} MB peak"
        print(f"  {p.name:<12} {p.wall:8.2f} s wall {p.cpu:8.2f} s cpu {p.share:6.1%}{peak}")
    if b.phases:
        print(f"  {'(other)':<12} {b.wall - sum(p.wall for p in b.phases):8.2f} s wall: start-up and untimed steps")


def print_edit(e: EditFigures) -> None:
    print(f"edit {e.what} of {e.brief}: shown after {e.seconds:.2f} s on {len(e.pages)} page(s) "
          f"({', '.join(e.pages)}); settled after {e.settled:.1f} s: {e.pages_rewritten} of {e.pages_total} pages "
          f"rewritten; all files: {e.files_rewritten} rewritten, {e.files_added} added, {e.files_removed} removed, "
          f"{e.files_total} now")
    print(f"  the dev server said: {' | '.join(e.said) or 'nothing'}")


def write_json(path: Path, report: Report) -> None:
    path.write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
