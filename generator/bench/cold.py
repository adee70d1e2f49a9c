"""The cold build: ``python -m generator build`` from nothing, in a child process, as ``make html`` runs it.

Timed from outside, as a user sees it, with ``--timings`` when the build has it
(its phases).  CPU is user+sys of the children; peak RSS is ``ru_maxrss`` of
``RUSAGE_CHILDREN``: the largest single process, but a running maximum over
every child waited for so far, so the corpus is written in the bench's own
process and the build is the first large child (only the tiny ``build
--help`` probe runs before it).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

from ..timings import parse_report
from .processes import PROJECT, BenchError, generator, running, tail
from .report import BuildFigures, PhaseFigures


def phase_figures(stderr: str, wall: float) -> tuple[PhaseFigures, ...]:
    """The build's ``timing:`` lines, each with its share of the whole build's wall time."""
    return tuple(PhaseFigures(p.name, p.wall, p.cpu, p.wall / wall if wall else 0.0, p.peak) for p in parse_report(stderr))


def timings_supported() -> bool:
    """Whether ``build`` takes ``--timings``: asked once, so the bench runs before and after it exists."""
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--help"], cwd=PROJECT,
                            capture_output=True, text=True, check=False)
    return "--timings" in result.stdout


def children_usage() -> tuple[float, float]:
    """CPU seconds of every child waited for so far, and the peak RSS (MB) of the largest one."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def cold_build(root: Path, briefs: int) -> BuildFigures:
    """``python -m generator build`` from nothing, as ``make html`` runs it, timed from outside."""
    cmd = generator(root, "build", *(["--timings"] if timings_supported() else []))
    cpu_before = children_usage()[0]
    start = time.perf_counter()
    with running(cmd, stderr=subprocess.PIPE) as proc:
        _, stderr = proc.communicate()
    wall = time.perf_counter() - start
    cpu, rss = children_usage()
    cpu -= cpu_before
    if proc.returncode:
        raise BenchError(f"the build failed (exit {proc.returncode}):\n{tail(stderr)}")
    pages = sum(1 for _ in (root / "output").rglob("*.html"))
    return BuildFigures(briefs, pages, wall, cpu, cpu / wall, rss, wall / max(pages, 1) * 1000,
                        phase_figures(stderr, wall))
