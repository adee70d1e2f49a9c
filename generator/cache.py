"""The content-addressed cache of parsed files, beside the output: ``cache/``.

A build saves its `Memo` — every file's parse, anchoring and problems, every
seed's mentions — with each file signed by the SHA-256 of its bytes, under
a fingerprint of the code and the packages that shape a parse.  The next
build (or ``make check``) reuses a result only for the very bytes it was
made from, and only when the fingerprint is the same: a stale entry is never
trusted, whatever the clocks say.  ``make clean`` removes the folder.

The cache is written by a forked process while the build goes on, so a
build does not wait for it; the build waits only at its very end.  It is a
pickle: anyone who can write ``cache/`` can already change the code run by
``make``, so it is trusted like the code.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Callable

from .memo import Memo, content_signature

CACHE_FOLDER = "cache"
CACHE_FILE = "parsed.pickle"
PACKAGE = Path(__file__).resolve().parent


def fingerprint() -> str:
    """The code that shapes a parse: every module of the package, the pinned
    requirements and the Python version."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    requirements = PACKAGE.parent / "requirements.txt"
    if requirements.is_file():
        digest.update(requirements.read_bytes())
    return digest.hexdigest()


def load(root: Path, folder: Path) -> Memo:
    """The memo saved in ``folder`` for this code and project, or an empty one."""
    memo = Memo(Path(root), sign=content_signature)
    try:
        with open(folder / CACHE_FILE, "rb") as handle:
            if pickle.load(handle) != (fingerprint(), str(Path(root).resolve())):
                return memo
            memo.entries, memo.mentions, memo.gazetteer = pickle.load(handle)
    except Exception:  # noqa: BLE001 - no cache, an old one or a damaged one: parse everything
        return Memo(Path(root), sign=content_signature)
    return memo


def save(memo: Memo, folder: Path) -> Callable[[], None]:
    """Write ``memo`` into ``folder`` from a forked process; returns the wait for it.

    Nothing is written when no file was read since the memo was loaded."""
    if not memo.changed:
        return lambda: None
    if not hasattr(os, "fork"):
        _write(memo, folder)
        return lambda: None
    pid = os.fork()
    if pid == 0:  # the child: write, and leave without running the parent's exit handlers
        code = 0
        try:
            _write(memo, folder)
        except BaseException:  # noqa: BLE001 - a cache that cannot be written is only a slower next build
            code = 1
        os._exit(code)
    return lambda: os.waitpid(pid, 0) and None


def _write(memo: Memo, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{CACHE_FILE}.{os.getpid()}"
    with open(partial, "wb") as handle:
        pickle.dump((fingerprint(), str(memo.root.resolve())), handle, pickle.HIGHEST_PROTOCOL)
        pickle.dump((memo.entries, memo.mentions, memo.gazetteer), handle, pickle.HIGHEST_PROTOCOL)
    os.replace(partial, folder / CACHE_FILE)
