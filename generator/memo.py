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

import dataclasses
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Generic, Hashable, Iterable, Sequence, TypeVar

from .problems import Problem

if TYPE_CHECKING:
    from .analysis.groups import ClaimGroups
    from .analysis.reuse_live import LiveOrigins
    from .checks import BriefChecks
    from .pagelist import KnownRecords
    from .site import KnownParts


def _live_origins() -> LiveOrigins:
    from .analysis.reuse_live import LiveOrigins  # the analysis imports this module: import when first used

    return LiveOrigins()


def _known_records() -> KnownRecords:
    from .pagelist import KnownRecords  # the page list imports the site index, which imports this module

    return KnownRecords()


def _claim_groups() -> ClaimGroups:
    from .analysis.groups import ClaimGroups  # the analysis imports this module

    return ClaimGroups()


def _brief_checks() -> BriefChecks:
    from .checks import BriefChecks  # the checks import this module

    return BriefChecks()


def _known_parts() -> KnownParts:
    from .site import KnownParts  # the site index imports the analysis, which imports this module

    return KnownParts()

Signature = tuple[Any, ...] | None
"""A file's state; None when absent."""


def signature(path: str | Path) -> Signature:
    """(inode, mtime) of the link and (inode, size, mtime) of its target: cheap,
    for the dev server, whose watcher also names every file it sees change."""
    try:
        link = os.lstat(path)
        target = os.stat(path) if stat.S_ISLNK(link.st_mode) else link  # one system call for a plain file
    except OSError:
        return None
    return (link.st_ino, link.st_mtime_ns, target.st_ino, target.st_size, target.st_mtime_ns)


def content_signature(path: str | Path) -> Signature:
    """The SHA-256 of the file's bytes (and whether it is a link): a result
    made from a file is reused only for those very bytes, whatever the clock
    says.  Anything but a regular file is signed by its type, never opened
    (a named pipe would block)."""
    try:
        link, target = os.lstat(path), os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(target.st_mode):
        return ("type", stat.S_IFMT(target.st_mode))
    try:
        with open(path, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return ("unreadable",)
    return ("sha256", stat.S_ISLNK(link.st_mode), target.st_size, digest)


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
    sign: Callable[[str | Path], Signature] = signature
    """How a file's state is taken: by its stat (the dev server) or by its bytes (the disk cache)."""
    entries: dict[str, Entry] = field(default_factory=dict)
    mentions: dict[str, tuple[Any, list]] = field(default_factory=dict)
    """Seed path → (seed, its mentions), for the current gazetteer."""
    gazetteer: tuple[tuple[Any, ...], Any] | None = None
    """(the registry entries it was built from, the gazetteer)."""
    conflicts: Kept = field(default_factory=lambda: Kept())
    """Claim id → its attribution conflicts, kept with the citations and speakers compared."""
    conflict_groups: ClaimGroups = field(default_factory=_claim_groups)
    """Every brief's citations by claim, kept with the briefs, for the attribution check."""
    analyses: Kept = field(default_factory=lambda: Kept())
    analysis_groups: ClaimGroups = field(default_factory=_claim_groups)
    """The published briefs' citations by claim, kept with the briefs, for the analysis."""
    """Claim id → its analysis, kept with what it read."""
    parts: KnownParts = field(default_factory=_known_parts)
    """Each brief's part of the site index, with what it was made from."""
    records: KnownRecords = field(default_factory=_known_records)
    """Each brief's, entity's and feed's records, kept with what they show."""
    checks: BriefChecks = field(default_factory=_brief_checks)
    """Each brief's cross-reference problems, kept with what they were found from."""
    values: Kept = field(default_factory=lambda: Kept())
    """Brief path → the problems of its citations' values, kept with the brief."""
    json: Kept = field(default_factory=lambda: Kept())
    """(kind, key) → its fragment of data/analysis.json, kept with what it was made from."""
    exports: dict[str, Kept] = field(default_factory=lambda: {"annotations": Kept(), "hypothesis": Kept()})
    """Export → brief slug → its annotations' JSON lines (`generator.annotations`), kept with what they show;
    ``"<export> registry"`` → the token standing for the registry entries the lines name."""
    origins: LiveOrigins = field(default_factory=_live_origins)
    """The text-reuse index of the published sources, updated per edited source."""
    changed: bool = False
    """A file was read since the memo was made or loaded: it is worth saving."""
    signed: dict[str, Signature] = field(default_factory=dict)
    """Path → its state, taken once per load (`begin`): a seed is a dependency of
    its brief and an entry of its own, and each costs system calls."""
    trusted: bool = False
    """The dev server's watcher names every changed file (`forget`): a load
    keeps the other files' states instead of taking them again, and
    `missed` looks for a change the watcher did not report, while idle."""

    def begin(self) -> None:
        """A new load: take every file's state afresh, or only the forgotten ones' when `trusted`."""
        if not self.trusted:
            self.signed.clear()

    def missed(self) -> list[str]:
        """The files whose state differs from the one last taken: changes the watcher did not report."""
        return sorted(path for path, state in list(self.signed.items())
                      if self.sign(os.path.join(self.root, path)) != state)

    def _state_of(self, relative: str) -> Signature:
        state = self.signed.get(relative, self)
        if state is self:
            state = self.signed[relative] = self.sign(os.path.join(self.root, relative))  # no Path: thousands a load
        return state

    def forget(self, paths: Iterable[str]) -> None:
        """Drop every result made from any of ``paths`` (project-relative)."""
        gone = set(paths)
        for path in list(gone):  # a file added to or removed from a folder changes the folder (a missing seed's hint)
            folder = path.rpartition("/")[0]
            while folder:
                gone.add(folder)
                folder = folder.rpartition("/")[0]
        for path in gone:
            self.signed.pop(path, None)
        if gone:
            self.entries = {key: entry for key, entry in self.entries.items()
                            if not any(path in gone for path, _ in entry.depends)}

    def lookup(self, relative: str) -> Entry | None:
        entry = self.entries.get(relative)
        if entry is None or any(self._state_of(path) != state for path, state in entry.depends):
            return None
        return entry

    def state(self, relative: str) -> tuple[str, Signature]:
        """A file's state, taken before it is read: an edit made while it is
        being read leaves the entry stale, and so dropped next time."""
        self.changed = True
        return relative, self._state_of(relative)

    def resign(self, sign: Callable[[str | Path], Signature]) -> None:
        """Take every file's state again, the other way (from bytes to stat once
        the bytes have been checked, for the dev server)."""
        self.sign = sign
        self.signed.clear()
        self.entries = {key: dataclasses.replace(entry, depends=tuple((p, self._state_of(p)) for p, _ in entry.depends))
                        for key, entry in self.entries.items()}

    def store(self, relative: str, depends: Sequence[tuple[str, Signature]], value: Any,
              problems: Sequence[Problem], uses: Sequence[str] = ()) -> None:
        """Keep ``value``, made from the files in ``depends`` (the file itself first)."""
        self.entries[relative] = Entry(tuple(dict(depends).items()), value, tuple(problems), tuple(uses))


def same_objects(a: Sequence[Any], b: Sequence[Any]) -> bool:
    """True when two sequences hold the very same objects, in order."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


T = TypeVar("T")


class Kept(Generic[T]):
    """The dev server's results by key (a brief, a claim), each kept with what
    it was made from: `get` makes a result again only when that changed, and
    `sweep`, at the end of a pass over the project, drops the keys the pass
    did not ask for (briefs and claims that are gone)."""

    def __init__(self) -> None:
        self._kept: dict[Hashable, tuple[Any, T]] = {}
        self._asked: set[Hashable] = set()

    def get(self, key: Hashable, made_from: Any, make: Callable[[], T],
            same: Callable[[Any, Any], bool] = same_objects, keep_equal: bool = False) -> T:
        """The result for ``key``; with ``keep_equal``, a result made again
        that equals the kept one is dropped for it, so that what depends on
        the result by identity (the pages showing a claim's analysis) sees
        no change: a brief's summary edit re-analyses its claims to the same values."""
        self._asked.add(key)
        kept = self._kept.get(key)
        if kept is None or not same(kept[0], made_from):
            result = make()
            if keep_equal and kept is not None and kept[1] == result:
                result = kept[1]
            kept = self._kept[key] = (made_from, result)
        return kept[1]

    def has(self, key: Hashable) -> bool:
        return key in self._kept

    def again(self, key: Hashable, otherwise: Callable[[], T]) -> T:
        """The result kept for ``key``, which the caller knows is still valid
        (nothing it was made from changed), not compared again; ``otherwise()`` if none is kept."""
        kept = self._kept.get(key)
        if kept is None:
            return otherwise()
        self._asked.add(key)
        return kept[1]

    def sweep(self) -> None:
        for gone in self._kept.keys() - self._asked:
            del self._kept[gone]
        self._asked = set()

    def results(self) -> dict[Hashable, T]:
        """Key → the result kept for it."""
        return {key: kept[1] for key, kept in self._kept.items()}


def remember(kept: Kept[T] | None, key: Hashable, made_from: Any, make: Callable[[], T],
             same: Callable[[Any, Any], bool] = same_objects) -> T:
    """``make()``, or the result ``kept`` holds for ``key`` when it was made from the same inputs."""
    return make() if kept is None else kept.get(key, made_from, make, same)
