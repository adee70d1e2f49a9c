"""Copy a raw article into ``seeds/`` under a stable name, never over another file.

    plan = plan_seed(root, data)        # where it goes, or SeedRefused
    write_seed(root, plan, data)        # exclusive create; a no-op when present

The name is ``NNN_<first 16 hex of sha256>.txt``: the hash makes it stable
(the same bytes always get the same name), the number keeps seeds in the
order they were added (one more than the highest in use).  The same bytes
already in ``seeds/`` under any name are that seed: nothing is copied.  A
file with this hash in its name but other bytes is refused — seeds are
never edited, so it means someone changed one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

SEEDS = "seeds"
_NUMBERED = re.compile(r"(\d+)_")


@dataclass(frozen=True)
class SeedPlan:
    """Where an article goes in ``seeds/``."""

    path: str
    """Relative to the project root, e.g. ``seeds/005_0123456789abcdef.txt``."""
    present: bool
    """True when these exact bytes are already there (nothing to copy)."""


class SeedRefused(Exception):
    """The article cannot be copied; ``message`` says why and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def plan_seed(root: Path, data: bytes) -> SeedPlan:
    """The seed path for ``data``; raises `SeedRefused` on a name clash."""
    folder = Path(root) / SEEDS
    existing = sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    for path in existing:  # sizes first: only a file of the same size is read
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return SeedPlan(f"{SEEDS}/{path.name}", True)
    short = digest(data)
    for path in existing:
        if path.name.endswith(f"_{short}.txt"):
            raise SeedRefused(f"{SEEDS}/{path.name} has this article's name but different bytes; "
                              "seeds are never edited or overwritten — restore that file, or check which text is right")
    numbers = [int(m.group(1)) for p in existing if (m := _NUMBERED.match(p.name))]
    number = max(numbers, default=-1) + 1
    return SeedPlan(f"{SEEDS}/{number:03d}_{short}.txt", False)


def write_seed(root: Path, plan: SeedPlan, data: bytes) -> bool:
    """Copy ``data`` byte for byte; False when it was already there."""
    if plan.present:
        return False
    target = Path(root) / plan.path
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(target, "xb") as handle:  # "x": never replace a file that appeared meanwhile
            handle.write(data)
    except FileExistsError:
        raise SeedRefused(f"{plan.path} appeared while drafting; refusing to overwrite it") from None
    return True
