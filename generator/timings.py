"""Where a build's time goes: named phases, timed in wall and CPU seconds.

    with TIMINGS.phase("load"):
        ...
    print(TIMINGS.report())   # "timing: load 1.234 s wall, 1.200 s cpu"

``python -m generator build --timings`` prints the report on stderr and
``make bench`` reads it back; nothing is timed in tests.  CPU time counts
this process and the worker processes it has waited for, so a phase that
renders on both cores shows a CPU/wall ratio near 2.
"""

from __future__ import annotations

import contextlib
import resource
import time
from dataclasses import dataclass
from typing import Iterator

PREFIX = "timing: "


def cpu_seconds() -> float:
    """User + system time of this process and its waited-for children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass(frozen=True)
class Phase:
    name: str
    wall: float
    cpu: float

    def line(self) -> str:
        return f"{PREFIX}{self.name} {self.wall:.3f} s wall, {self.cpu:.3f} s cpu"


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
                                      before.cpu + cpu_seconds() - cpu)

    def report(self) -> str:
        return "\n".join(p.line() for p in self.phases.values())


def parse_report(text: str) -> list[Phase]:
    """The phases in a report (other lines ignored).

    >>> parse_report("built\\ntiming: load 1.500 s wall, 1.250 s cpu")
    [Phase(name='load', wall=1.5, cpu=1.25)]
    """
    found = []
    for line in text.splitlines():
        if line.startswith(PREFIX):
            name, rest = line[len(PREFIX):].split(" ", 1)
            wall, cpu = rest.replace(" s wall,", "").replace(" s cpu", "").split()
            found.append(Phase(name, float(wall), float(cpu)))
    return found


TIMINGS = Timings()
"""The build's timings: one build per process (the dev server resets it per rebuild)."""
