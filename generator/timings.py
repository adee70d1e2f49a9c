"""Where a build's time and memory go: named phases, timed in wall and CPU
seconds, with the peak resident memory reached by the end of each.

    with TIMINGS.phase("load"):
        ...
    print(TIMINGS.report())   # "timing: load 1.234 s wall, 1.200 s cpu, 412 MB peak"

``python -m generator build --timings`` prints the report on stderr and
``make bench`` reads it back; nothing is timed in tests.  CPU time counts
this process and the worker processes it has waited for, so a phase that
renders on both cores shows a CPU/wall ratio near 2.  The peak is the
largest resident set so far of this process or of any child it has waited
for (a forked worker counts the pages it shares with its parent).
"""

from __future__ import annotations

import contextlib
import re
import resource
import time
from dataclasses import dataclass
from typing import Iterator

PREFIX = "timing: "


def cpu_seconds() -> float:
    """User + system time of this process and its waited-for children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mb() -> float:
    """The largest resident set so far, in MiB, of this process and its waited-for children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return max(own.ru_maxrss, children.ru_maxrss) / 1024  # Linux gives KiB


@dataclass(frozen=True)
class Phase:
    name: str
    wall: float
    cpu: float
    peak: float | None = None
    """MiB, at the end of the phase (None in reports that do not give it)."""

    def line(self) -> str:
        peak = "" if self.peak is None else f", {self.peak:.0f} MB peak"
        return f"{PREFIX}{self.name} {self.wall:.3f} s wall, {self.cpu:.3f} s cpu{peak}"


class Timings:
    """Phases in the order they ran; a phase run twice adds up."""

    def __init__(self) -> None:
        self.phases: dict[str, Phase] = {}

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), cpu_seconds()
        try:
            yield
        finally:
            before = self.phases.get(name, Phase(name, 0.0, 0.0))
            self.phases[name] = Phase(name, before.wall + time.perf_counter() - wall,
                                      before.cpu + cpu_seconds() - cpu, peak_mb())

    def report(self) -> str:
        return "\n".join(p.line() for p in self.phases.values())


def parse_report(text: str) -> list[Phase]:
    """The phases in a report (other lines ignored).

    >>> parse_report("built\\ntiming: load 1.500 s wall, 1.250 s cpu, 300 MB peak\\ntiming: x 1 s wall, 2 s cpu")
    [Phase(name='load', wall=1.5, cpu=1.25, peak=300.0), Phase(name='x', wall=1.0, cpu=2.0, peak=None)]
    """
    found = []
    for line in text.splitlines():
        match = _LINE.fullmatch(line)
        if match:
            peak = float(match["peak"]) if match["peak"] else None
            found.append(Phase(match["name"], float(match["wall"]), float(match["cpu"]), peak))
    return found


_LINE = re.compile(re.escape(PREFIX) + r"(?P<name>\S+) (?P<wall>[\d.]+) s wall, (?P<cpu>[\d.]+) s cpu"
                   r"(?:, (?P<peak>[\d.]+) MB peak)?")


TIMINGS = Timings()
"""The build's timings: one build per process (the dev server resets it per rebuild)."""
