"""The dev server's answer to an edit: how soon the pages show it, and how much is rewritten.

The dev server is started; one brief's summary, then one of its quotes, is
rewritten and the pages that must show it are polled by path every 20 ms (a
server may swap ``output/`` in whole, so a page may briefly be absent).  Then
the files under ``output/`` whose mtime changed are counted, once the server
has been idle for 5 s: no line printed, no file changed, no CPU used (an
incremental server reindexes search after its report line).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Callable

from .corpus import BriefSpec, Corpus, brief_text
from .processes import BenchError, generator, start, stop, tail
from .report import EditFigures


def scan(output: Path) -> dict[str, int]:
    """Every file under ``output`` → its mtime_ns (a file vanishing meanwhile is left out)."""
    found = {}
    for folder, _, files in os.walk(output):
        for name in files:
            with contextlib.suppress(OSError):
                found[os.path.join(folder, name)] = os.stat(os.path.join(folder, name)).st_mtime_ns
    return found


def compare(before: dict[str, int], after: dict[str, int]) -> tuple[int, int, int]:
    """Files rewritten (mtime changed), added and removed."""
    rewritten = sum(1 for path, mtime in before.items() if path in after and after[path] != mtime)
    return rewritten, len(after.keys() - before.keys()), len(before.keys() - after.keys())


def html(files: dict[str, int]) -> dict[str, int]:
    return {path: mtime for path, mtime in files.items() if path.endswith(".html")}


def group_cpu(group: int) -> float:
    """CPU seconds used so far by the processes of a process group, read from /proc (0 where there is none)."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()  # after "pid (name)": state, ppid, pgrp, …
            if int(fields[2]) == group:
                ticks += sum(map(int, fields[11:15]))  # utime, stime, and the waited-for children's
    return ticks / os.sysconf("SC_CLK_TCK")


def shows(page: Path, needle: str) -> bool:
    try:
        return needle.encode() in page.read_bytes()
    except OSError:  # absent while the output folder is swapped
        return False


def brief_page(output: Path, spec: BriefSpec) -> Path:
    return output / f"briefs/{spec.slug}/index.html"


class DevServer:
    """``devserver --no-serve`` in its own process group; a thread counts the lines it prints."""

    def __init__(self, root: Path) -> None:
        self.output, self.lines, self.last_output = root / "output", [], time.monotonic()
        self.errors = tempfile.TemporaryFile()
        # Unbuffered: a server that builds in-process must not keep its "built" line in a pipe buffer.
        self.proc = start(generator(root, "devserver", "--no-serve"), stderr=self.errors,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.last_output = time.monotonic()
            self.lines.append(line.rstrip("\n"))

    def alive(self) -> None:
        if self.proc.poll() is not None:
            self.errors.seek(0)
            raise BenchError(f"the dev server exited ({self.proc.returncode}):\n{tail(self.errors.read().decode())}")

    def wait_until(self, done: Callable[[], bool], timeout: float, every: float, failure: Callable[[], str]) -> None:
        """Ask ``done()`` every ``every`` seconds until it holds; BenchError(``failure()``) after ``timeout``
        seconds, or at once if the server exits."""
        deadline = time.monotonic() + timeout
        while not done():
            self.alive()
            if time.monotonic() > deadline:
                raise BenchError(failure())
            time.sleep(every)

    def wait_built(self, timeout: float) -> None:
        """Until the first build is done (a line starting "built ")."""
        self.wait_until(lambda: any(line.startswith("built ") for line in self.lines), timeout, 0.05,
                        lambda: f"the dev server's first build was not done within {timeout:.0f} s")

    def activity(self) -> tuple[dict[str, int], float]:
        """What changes while the server works: the files under output/, and the CPU seconds it has used."""
        return scan(self.output), group_cpu(self.proc.pid)

    def settle(self, quiet: float = 5.0) -> float:
        """Until the server has printed nothing, changed no file under output/ and used no CPU for ``quiet``
        seconds: its "built" line is not the end, as an incremental server reindexes search in the background,
        silently at first.  Returns the monotonic time of the last activity seen."""
        (files, cpu), active = self.activity(), time.monotonic()
        while time.monotonic() - max(active, self.last_output) < quiet:
            self.alive()
            time.sleep(0.5)
            again, cpu_again = self.activity()
            if again != files or cpu_again - cpu > 0.05:
                active = time.monotonic()
            files, cpu = again, cpu_again
        return max(active, self.last_output)

    def close(self) -> None:
        stop(self.proc)
        self.errors.close()


def timed_edit(server: DevServer, root: Path, what: str, spec: BriefSpec, pages: list[Path], needle: str,
               timeout: float = 1200.0) -> EditFigures:
    """Rewrite the brief; poll every 20 ms until every page shows ``needle``; then count the files rewritten."""
    server.settle()
    before, mark = scan(server.output), len(server.lines)
    start, clock = time.perf_counter(), time.monotonic()
    (root / spec.path).write_text(brief_text(spec), encoding="utf-8")
    pending = list(pages)

    def shown() -> bool:
        pending[:] = [page for page in pending if not shows(page, needle)]
        return not pending

    server.wait_until(shown, timeout, 0.02, lambda: f"{what} edit: {pending[0]} did not show it within {timeout:.0f} s")
    seconds = time.perf_counter() - start
    settled = server.settle() - clock
    after = scan(server.output)
    names = tuple(str(page.relative_to(server.output)) for page in pages)
    said = tuple(line[:100] for line in server.lines[mark:mark + 5])
    return EditFigures(what, spec.slug, names, seconds, settled, compare(html(before), html(after))[0],
                       len(html(after)), *compare(before, after), len(after), said)


def edit_target(corpus: Corpus) -> BriefSpec:
    """A mid-sized published brief whose people and claims are all in other briefs too: its edit touches the
    pages they share."""
    published = corpus.published
    people = Counter(p for b in published for p in b.people)
    claims = Counter(c.claim for b in published for c in b.cites)
    shared = [b for b in published
              if all(people[p] > 1 for p in b.people) and all(claims[c.claim] > 1 for c in b.cites)]
    ordered = sorted(shared or published, key=lambda b: (b.lines, b.slug))
    return ordered[len(ordered) // 2]


def summary_pages(output: Path, corpus: Corpus, spec: BriefSpec) -> list[Path]:
    """Pages that must show a new summary: the brief's own, the briefs index, the home page when the brief is
    among the six newest, and any of its countries' pages that show the summary now (their brief cards)."""
    newest = sorted(corpus.published, key=lambda b: (-date.fromisoformat(b.published).toordinal(), b.slug))[:6]
    pages = [brief_page(output, spec), output / "briefs/index.html"]
    pages += [output / "index.html"] if spec in newest else []
    countries = [output / f"countries/{code.lower()}/index.html" for code in spec.countries]
    return pages + [page for page in countries if shows(page, spec.summary)]


def requote(spec: BriefSpec, quote: str) -> BriefSpec:
    """``spec`` with ``quote`` as the quote of its first citation that states no value (else its first)."""
    at = next((i for i, c in enumerate(spec.cites) if c.value is None), 0)
    return replace(spec, cites=tuple(replace(c, quote=quote, value=None) if i == at else c
                                     for i, c in enumerate(spec.cites)))


def measure_edits(root: Path, corpus: Corpus, first_build_timeout: float) -> tuple[EditFigures, ...]:
    """The dev server's answer to a summary edit, then to a quote edit, of one brief."""
    spec = edit_target(corpus)
    with contextlib.closing(DevServer(root)) as server:
        server.wait_built(first_build_timeout)
        marker = f"bench-marker-{time.time_ns()}"
        edited = replace(spec, summary=f"Edited for the benchmark, {marker}.")
        summary = timed_edit(server, root, "summary", edited, summary_pages(server.output, corpus, spec), marker)
        page = brief_page(server.output, spec)
        quote = next((q for q in spec.spare if not shows(page, q)), None)
        if quote is None:
            return (summary,)
        return summary, timed_edit(server, root, "quote", requote(edited, quote), [page], quote)
