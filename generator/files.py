"""Reading the project's files: inside the project, bounded, plain text.

Every path is resolved — symbolic links, ``.``, ``..``, ``//`` — before it
is read, and a file whose real path is outside the project is refused, so
a link to ``/etc/passwd`` can never be published.  Files are read up to
their documented size limit (`generator.limits`), decoded as UTF-8, and
scanned for control characters, which no author means to write (YAML and
HTML both reject them, and markdown-it would silently turn NUL into U+FFFD).

Editors' and systems' own files (``.#x.md``, ``x.md~``, ``#x.md#``,
``.DS_Store``, ``x.swp``) are ignored everywhere; any other file where
the project does not expect one is reported.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable

from .characters import CONTROL
from .model import Where
from .problems import Problem

CONTENT = "content"
CONTENT_FOLDERS = ("briefs", "people", "organisations", "countries", "claims", "pages")
"""The folders of ``content/``, each holding ``<name>.md`` files and nothing else."""


MAX_REPORTED_PER_FILE = 5
"""Control characters reported per file; the rest are counted."""


def is_ignored(name: str) -> bool:
    """Hidden files and the lock, backup and swap files editors leave behind.

    >>> [n for n in (".#x.md", "x.md~", "#x.md#", ".DS_Store", "x.swp", "Thumbs.db", "x.md") if is_ignored(n)]
    ['.#x.md', 'x.md~', '#x.md#', '.DS_Store', 'x.swp', 'Thumbs.db']
    """
    return (name.startswith((".", "#")) or name.endswith(("~", ".swp", ".swo", ".tmp", ".bak"))
            or name in ("Thumbs.db", "desktop.ini"))


class Unreadable(Exception):
    """Why `read_regular` read nothing: ``reason`` is ``"not-regular"``,
    ``"too-large"`` (with ``size``) or the system's words for an error."""

    def __init__(self, reason: str, size: int = 0):
        super().__init__(reason)
        self.reason = reason
        self.size = size


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them, or `Unreadable`.

    Opened without blocking and checked on the open file: a named pipe or a
    device is refused before a read could wait forever, and a file too large
    is refused by its size, never read whole.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise Unreadable(error.strerror or str(error)) from None
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise Unreadable("not-regular")
        if status.st_size > limit:
            raise Unreadable("too-large", status.st_size)
        try:
            # Asked for its size (and one byte more), not for the limit: a read
            # of ``limit`` bytes sets up a buffer that large for every small file.
            data = handle.read(status.st_size + 1)
            if len(data) > status.st_size:  # it grew since fstat: read on, as far as the limit allows
                data += handle.read(limit + 1 - len(data))
        except OSError as error:
            raise Unreadable(error.strerror or str(error)) from None
    if len(data) > limit:  # it grew while being read
        raise Unreadable("too-large", len(data))
    return data


def size_text(size: int) -> str:
    """``2_097_152`` → ``"2 MiB"``: a limit, in the unit the README gives it."""
    for unit, scale in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} bytes"


@dataclass
class ProjectFiles:
    """The project's files as the build may read them; problems are collected."""

    root: Path
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        self.real_root = self.root.resolve()
        self._listed: dict[str, list[str]] = {}
        self._folders: dict[str, Path | None] = {}
        """Folder, relative to the root → its real path (`_real_folder`)."""
        self.refused: set[str] = set()
        """Folders that link outside the project: never listed, reported once."""

    def real_path(self, relative: str) -> Path | None:
        """The resolved path of ``relative``, or None when it is outside the project."""
        real = self._resolve(relative)
        return real if real.is_relative_to(self.real_root) else None

    def _resolve(self, relative: str) -> Path:
        """``(root / relative).resolve()``, with each folder resolved only once.

        Resolving walks every component of a path with a system call each, and
        pathlib's own work per call is larger still: for every file of a large
        project that costs seconds.  A file that is not itself a link (or does
        not exist) lies in its folder's real path under its own name, so only
        links, and paths with ``.``, ``..`` or ``//`` in them, are resolved whole.
        """
        if any(part in ("", ".", "..") for part in relative.split("/")):
            return (self.root / relative).resolve()
        try:
            is_link = stat.S_ISLNK(os.lstat(os.path.join(self.root, relative)).st_mode)
        except OSError:
            is_link = False  # absent or unreachable: resolve() keeps the name as it is, too
        folder, _, name = relative.rpartition("/")
        real_folder = None if is_link else self._real_folder(folder)
        return real_folder / name if real_folder is not None else (self.root / relative).resolve()

    def _real_folder(self, folder: str) -> Path | None:
        """``(root / folder).resolve()``, remembered; None when it raises (a link
        loop), so that the whole path is resolved and raises its own error."""
        if folder not in self._folders:
            try:
                self._folders[folder] = (self.root / folder).resolve()
            except (OSError, RuntimeError):
                self._folders[folder] = None
        return self._folders[folder]

    def inside(self, relative: str, folder: str) -> bool:
        """True when ``relative`` really lies inside the project's ``folder``."""
        real, base = self.real_path(relative), self.real_path(folder)
        return real is not None and base is not None and real.is_relative_to(base) and real != base

    def content_files(self, folder: str) -> list[str]:
        """``content/<folder>/*.md``, sorted; anything else there is reported (once)."""
        if folder not in self._listed:
            self._listed[folder] = self._content_files(folder)
        return self._listed[folder]

    def _content_files(self, folder: str) -> list[str]:
        base = f"{CONTENT}/{folder}"
        found = []
        for entry in self._entries(base):
            name = entry.name
            relative = f"{base}/{name}"
            # The directory entry knows a file's type without a system call per file.
            if name.endswith(".md") and (_entry_is(entry, os.DirEntry.is_file) or entry.is_symlink()):
                found.append(relative)
            elif _entry_is(entry, os.DirEntry.is_dir):
                self.report(relative, "unexpected-file", f"{relative}/ is a folder; {base}/ holds only "
                            "<name>.md files, and subfolders are not read")
            else:
                self.report(relative, "unexpected-file", f"{relative} is not read: {base}/ holds only "
                            "Markdown files named <name>.md (no HTML or other markup is published)")
        return found

    def check_content_root(self) -> None:
        """Report files and folders in ``content/`` that the build would not read."""
        if not (self.root / CONTENT).is_dir():
            self.report(CONTENT, "unreadable", f"no {CONTENT}/ folder in {self.root}: is this a Briefing project? "
                        "(run the command from the project folder, or give --root)")
            return
        allowed = ", ".join(f"{f}/" for f in CONTENT_FOLDERS)
        for folder in CONTENT_FOLDERS:
            path = self.root / CONTENT / folder
            if path.exists() and not path.is_dir():
                self.refused.add(f"{CONTENT}/{folder}")
                self.report(f"{CONTENT}/{folder}", "unexpected-file", f"{CONTENT}/{folder} is a file, not a folder; "
                            f"content/ holds only the folders {allowed}")
        for name in self._listing(CONTENT):
            if name not in CONTENT_FOLDERS:
                self.report(f"{CONTENT}/{name}", "unexpected-file", f"{CONTENT}/{name} is not read: content/ "
                            f"holds only the folders {allowed}")

    def _listing(self, folder: str) -> list[str]:
        return [entry.name for entry in self._entries(folder)]

    def _entries(self, folder: str) -> list[os.DirEntry]:
        """The folder's entries, by name, ignored names left out."""
        path = self.root / folder
        if self.is_refused(folder):
            return []  # it, or a folder above it, was refused already: one report is enough
        if not path.is_dir():
            return []
        if self.real_path(folder) is None:
            self.refused.add(folder)
            self.report(folder, "file-outside", f"{folder}/ is a link to a folder outside the project; "
                        "nothing outside the project is read")
            return []
        try:
            with os.scandir(path) as entries:
                return sorted((entry for entry in entries if not is_ignored(entry.name)), key=lambda e: e.name)
        except OSError as error:
            self.report(folder, "unreadable", f"cannot list {folder}/: {error.strerror}")
            return []

    def is_refused(self, folder: str) -> bool:
        """True when ``folder`` (or a folder above it) links outside the project."""
        return any(folder == r or folder.startswith(r + "/") for r in self.refused)

    def read_text(self, relative: str, limit: int, what: str = "file") -> str | None:
        """The UTF-8 text of a project file, or None with a problem."""
        path = self.root / relative
        if path.is_symlink() and not path.exists():
            self.report(relative, "unreadable", f"{relative} is a broken symbolic link")
            return None
        if self.real_path(relative) is None:
            self.report(relative, "file-outside", f"{relative} is a link to a file outside the project; "
                        "nothing outside the project is read")
            return None
        try:
            raw = read_regular(path, limit)
        except Unreadable as why:
            if why.reason == "too-large":
                self.report(relative, "file-too-large", f"{relative} is {why.size:,} bytes; a {what} may be at "
                            f"most {limit:,} bytes ({size_text(limit)})")
            else:
                reason = "not a regular file" if why.reason == "not-regular" else why.reason
                self.report(relative, "unreadable", f"cannot read {relative}: {reason}")
            return None
        return self.decode(relative, raw)

    def decode(self, relative: str, raw: bytes) -> str | None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            self.report(relative, "not-utf8", f"file is not UTF-8 text ({error.reason}: byte "
                        f"{raw[error.start]:#04x}); save it as UTF-8", line)
            return None
        return text if self.check_characters(relative, text) else None

    def check_characters(self, relative: str, text: str) -> bool:
        """Report control characters, each at its line; True when there are none."""
        matches = CONTROL.finditer(text)
        shown = list(islice(matches, MAX_REPORTED_PER_FILE))
        more = sum(1 for _ in matches)
        for match in shown:
            line = text.count("\n", 0, match.start()) + 1
            extra = f" ({more} more in this file)" if more and match is shown[-1] else ""
            self.report(relative, "control-character", f"control character U+{ord(match[0]):04X} in the text; "
                        f"only tabs and line breaks are allowed: remove it{extra}", line)
        return not shown

    def report(self, relative: str, code: str, message: str, line: int = 1) -> None:
        self.problems.append(Problem(Where(relative, line), code, message))


def _entry_is(entry: os.DirEntry, test: Callable[[os.DirEntry], bool]) -> bool:
    """``entry.is_file()`` or ``is_dir()``, False where the link cannot be
    followed (a loop), as `pathlib.Path.is_file` answers."""
    try:
        return test(entry)
    except OSError:
        return False
