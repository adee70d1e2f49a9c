"""The generator's child processes: run as ``make`` runs them, each in a session of its own.

A build or dev server started here, and whatever it starts in turn, is one
process group; it is stopped (SIGINT, then SIGKILL) on every way out, Ctrl-C
included, so nothing outlives the bench.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Iterator

PROJECT = Path(__file__).resolve().parents[2]
"""The folder holding generator/: builds run here, as ``make html`` does."""
SETTINGS = PROJECT / "pelicanconf.py"


class BenchError(Exception):
    """A step failed: the message says which, with the tail of its output."""


def tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.splitlines()[-lines:])


def generator(root: Path, command: str, *options: str) -> list[str]:
    """``python -m generator --root ROOT COMMAND --settings … --output ROOT/output OPTIONS…``."""
    return [sys.executable, "-m", "generator", "--root", str(root), command, "--settings", str(SETTINGS),
            "--output", str(root / "output"), *options]


def start(cmd: list[str], **options: object) -> subprocess.Popen:
    """``cmd`` started in PROJECT, in a new session (its own process group), its stdout a text pipe."""
    return subprocess.Popen(cmd, cwd=PROJECT, start_new_session=True, stdout=subprocess.PIPE, text=True,
                            **options)


@contextlib.contextmanager
def running(cmd: list[str], **options: object) -> Iterator[subprocess.Popen]:
    """``start(cmd)``, stopped however the block is left."""
    proc = start(cmd, **options)
    try:
        yield proc
    finally:
        stop(proc)


def stop(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGINT to the child's own process group, then SIGKILL: nothing it started outlives the bench."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGINT)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(grace)
    with contextlib.suppress(ProcessLookupError):  # the child if it ignored SIGINT, and what it had started
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
