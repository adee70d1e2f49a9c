"""The theme's static files are published as they are: none may lead out of the theme.

Pelican copies ``THEME_STATIC_PATHS`` into the site following symbolic
links, so a link in ``static/`` to a file elsewhere on the machine would
publish that file, and a link back to a folder it sits in would make the
copy recurse.  The build stops instead of skipping such a link: a skipped
stylesheet goes unnoticed, a stopped build names the link to fix.
"""

from __future__ import annotations

import os
from typing import Iterable, Iterator

from .errors import ThemeError


def check_theme(theme: str, static_paths: Iterable[str]) -> None:
    """Raise `ThemeError` listing every link that leaves the theme or loops."""
    found = stray_links(theme, static_paths)
    if found:
        shown = os.path.relpath(theme)
        shown = theme if shown.startswith("..") else shown
        raise ThemeError(f"the static files of the theme {shown} have links the build must not follow; "
                         "nothing was written\n" + "\n".join(found)
                         + "\ncopy the file into the theme, or remove the link")


def stray_links(theme: str, static_paths: Iterable[str]) -> list[str]:
    """``static/x: …`` for each symbolic link under the static folders that
    leads out of ``theme`` or back to a folder the copy is already in, once
    per link however many ways the copy reaches it.

    The walk follows links as Pelican's copy does, but only the safe ones.
    """
    home = os.path.realpath(theme)
    found: dict[tuple[str, str], str] = {}
    for name in static_paths:
        for path, problem in _walk(home, os.path.join(theme, name)):
            found.setdefault((os.path.realpath(os.path.dirname(path)), os.path.basename(path)), problem)
    return sorted(found.values())


def _walk(home: str, top: str) -> Iterator[tuple[str, str]]:
    if problem := _judge(home, top, ()):
        yield top, problem
        return
    for folder, dirs, files in os.walk(top, followlinks=True):
        above = _real_folders(top, folder)
        judged = [(entry, _judge(home, os.path.join(folder, entry), above)) for entry in [*dirs, *files]]
        yield from ((os.path.join(folder, entry), problem) for entry, problem in judged if problem)
        bad = {entry for entry, problem in judged if problem}
        dirs[:] = [d for d in dirs if d not in bad]


def _judge(home: str, path: str, above: tuple[str, ...]) -> str | None:
    """What is wrong with ``path`` if it is a link, else None."""
    if not os.path.islink(path):
        return None
    real = os.path.realpath(path)
    # Where the link itself is, however the walk reached it.
    shown = os.path.relpath(os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path)), home)
    if not _inside(real, home):
        return f"{shown}: a link to {os.readlink(path)}, outside the theme folder"
    if any(_inside(folder, real) for folder in above):
        return f"{shown}: a link to {os.readlink(path)}, a folder the copy is already in (it would never end)"
    return None


def _real_folders(top: str, folder: str) -> tuple[str, ...]:
    """The real paths of ``folder`` and of each folder between it and ``top``."""
    parts = os.path.relpath(folder, top).split(os.sep)
    prefixes = [top] + [os.path.join(top, *parts[: i + 1]) for i in range(len(parts)) if parts != ["."]]
    return tuple(os.path.realpath(p) for p in prefixes)


def _inside(path: str, folder: str) -> bool:
    return os.path.commonpath([path, folder]) == folder
