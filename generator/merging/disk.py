"""Writing a merge: all files or none, each replaced atomically.

Every new text is first written to a hidden temporary file beside its file
(the loader ignores hidden files); only when all of them are written, and
every file is still as it was read, does each replace its file
(``os.replace``), and OLD's file is removed last.  `restore` puts the files
back as they were read.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..files import ProjectFiles
from .plan import Refused


def _real(files: ProjectFiles, relative: str) -> Path:
    real = files.real_path(relative)
    if real is None:
        raise Refused(f"{relative} is a link to a file outside the project")
    return real


def _unchanged(real: Path, text: str) -> bool:
    try:
        return real.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def _temporary(real: Path, text: str) -> Path:
    temporary = real.with_name(f".{real.name}.merge-{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        if real.exists():
            os.chmod(temporary, real.stat().st_mode & 0o7777)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_files(root: Path, new_texts: dict[str, str], originals: dict[str, str], deleted: str) -> None:
    """Replace each file of ``new_texts`` (read as ``originals``) and delete ``deleted``;
    `Refused`, with nothing changed, when a file changed since it was read or cannot be written."""
    files = ProjectFiles(root)
    reals = {path: _real(files, path) for path in [*new_texts, deleted]}
    if len(set(reals.values())) != len(reals):
        raise Refused("two of the files to rewrite are one file (a symbolic link): edit them by hand")
    changed = [path for path, real in reals.items() if not _unchanged(real, originals[path])]
    if changed:
        raise Refused(f"{', '.join(changed)} changed while the merge was being prepared; nothing was written: "
                      "run the merge again")
    temporaries: dict[str, Path] = {}
    try:
        for path, text in new_texts.items():
            temporaries[path] = _temporary(reals[path], text)
    except OSError as error:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        raise Refused(f"cannot write beside {path}: {error.strerror or error}; nothing was written") from None
    for path, temporary in temporaries.items():
        os.replace(temporary, reals[path])
    reals[deleted].unlink()


def restore(root: Path, originals: dict[str, str]) -> None:
    """Every file of ``originals`` back as it was read (re-created when it was deleted)."""
    files = ProjectFiles(root)
    for path, text in originals.items():
        real = files.real_path(path) or (root / path)
        os.replace(_temporary(real, text), real)
