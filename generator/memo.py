"""What the dev server keeps between rebuilds: each file's parse and each
seed's mentions, so that an edit re-reads only what it touched.

A cold build passes no memo and parses everything.  The dev server passes
the same `Memo` to every rebuild after `forget`-ting the paths its watcher
saw change; an entry is also dropped when a file it was made from differs
in size, modification time or identity (inode) from when it was read, so a
change the watcher missed is still picked up.  Results are kept with the
problems found while making them, and those problems are reported again on
every rebuild that reuses them: a reused parse is never a silenced one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .problems import Problem

Signature = tuple[int, ...] | None
"""A file's state: (inode, size, mtime) of the link and of its target; None when absent."""


def signature(path: Path) -> Signature:
    try:
        link, target = os.lstat(path), os.stat(path)
    except OSError:
        return None
    return (link.st_ino, link.st_mtime_ns, target.st_ino, target.st_size, target.st_mtime_ns)


@dataclass(frozen=True)
class Entry:
    """One file's result and the files it was made from."""

    depends: tuple[tuple[str, Signature], ...]
    """Project-relative paths (the file itself first) and their state when read."""
    value: Any
    problems: tuple[Problem, ...]
    uses: tuple[str, ...] = ()
    """Other entries this result was made with, to be reused along with it (a brief's seed)."""


@dataclass
class Memo:
    """Results by project-relative path, valid while their files are unchanged."""

    root: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    mentions: dict[str, tuple[Any, list]] = field(default_factory=dict)
    """Seed path → (seed, its mentions), for the current gazetteer."""
    gazetteer: tuple[tuple[Any, ...], Any] | None = None
    """(the registry entries it was built from, the gazetteer)."""

    def forget(self, paths: Iterable[str]) -> None:
        """Drop every result made from any of ``paths`` (project-relative)."""
        gone = set(paths)
        if gone:
            self.entries = {key: entry for key, entry in self.entries.items()
                            if not any(path in gone for path, _ in entry.depends)}

    def lookup(self, relative: str) -> Entry | None:
        entry = self.entries.get(relative)
        if entry is None or any(signature(self.root / path) != state for path, state in entry.depends):
            return None
        return entry

    def state(self, relative: str) -> tuple[str, Signature]:
        """A file's state, taken before it is read: an edit made while it is
        being read leaves the entry stale, and so dropped next time."""
        return relative, signature(self.root / relative)

    def store(self, relative: str, depends: Sequence[tuple[str, Signature]], value: Any,
              problems: Sequence[Problem], uses: Sequence[str] = ()) -> None:
        """Keep ``value``, made from the files in ``depends`` (the file itself first)."""
        self.entries[relative] = Entry(tuple(dict(depends).items()), value, tuple(problems), tuple(uses))


def same_objects(a: Sequence[Any], b: Sequence[Any]) -> bool:
    """True when two sequences hold the very same objects, in order."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))
