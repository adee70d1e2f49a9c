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
from typing import Callable, Iterator

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
            while (chunk := pickle.load(handle)) is not None:
                entries, mentions, gazetteer = chunk
                memo.entries.update(entries)
                memo.mentions.update(mentions)
                memo.gazetteer = gazetteer or memo.gazetteer
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
        for chunk in chunks(memo):
            pickle.dump(chunk, handle, pickle.HIGHEST_PROTOCOL)
        pickle.dump(None, handle, pickle.HIGHEST_PROTOCOL)
    os.replace(partial, folder / CACHE_FILE)


CHUNK_ENTRIES = 500
"""Entries pickled together: a pickler remembers every object it has written,
and one pickle of a whole 10,000-brief memo held hundreds of megabytes of
that memory on top of the memo itself."""


def chunks(memo: Memo) -> Iterator[tuple[dict, dict, tuple | None]]:
    """(entries, mentions, gazetteer) in pieces that share no object with each
    other, so that each can be pickled apart and still load as the same graph:
    the registries with the gazetteer made from their very objects, then
    each seed's entry with its mentions (which hold the seed), then the rest."""
    registry = {path: entry for path, entry in memo.entries.items() if path.startswith(REGISTRY_FOLDERS)}
    yield registry, {}, memo.gazetteer
    rest = [path for path in memo.entries if path not in registry]
    for start in range(0, len(rest), CHUNK_ENTRIES):
        paths = rest[start:start + CHUNK_ENTRIES]
        yield ({path: memo.entries[path] for path in paths},
               {path: memo.mentions[path] for path in paths if path in memo.mentions}, None)
    orphans = memo.mentions.keys() - memo.entries.keys()  # mentions of a seed whose entry was dropped
    if orphans:
        yield {}, {path: memo.mentions[path] for path in orphans}, None


REGISTRY_FOLDERS = ("content/people/", "content/organisations/", "content/countries/")
"""What the gazetteer is made from: pickled with it, so that it still holds their very objects."""
