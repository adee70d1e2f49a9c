"""`ProjectFiles.real_path` resolves folders once, and agrees with `Path.resolve` on every path."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.files import ProjectFiles

PATHS = [
    "seeds/a.txt", "seeds/link.txt", "seeds/out.txt", "seeds/dangling.txt", "seeds/missing.txt",
    "linked/a.txt", "linked/missing.txt", "loop/a.txt", "seeds/loop.txt", "seeds", "linked", "outside/x.txt",
    "seeds/./a.txt", "seeds//a.txt", "seeds/../seeds/a.txt", "../x.txt", "", "/etc/hostname", "seeds/a.txt/x",
]


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    root, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    (root / "seeds").mkdir(parents=True)
    elsewhere.mkdir()
    (root / "seeds/a.txt").write_text("a")
    (elsewhere / "x.txt").write_text("x")
    (root / "seeds/link.txt").symlink_to("a.txt")
    (root / "seeds/out.txt").symlink_to(elsewhere / "x.txt")
    (root / "seeds/dangling.txt").symlink_to("nowhere.txt")
    (root / "seeds/loop.txt").symlink_to("loop.txt")
    (root / "linked").symlink_to("seeds")
    (root / "loop").symlink_to("loop")
    (root / "outside").symlink_to(elsewhere)
    return root


def resolved(root: Path, relative: str) -> Path | str:
    try:
        real = (root / relative).resolve()
    except (OSError, RuntimeError) as error:
        return f"{type(error).__name__}: {error}"
    return real if real.is_relative_to(root.resolve()) else None


@pytest.mark.parametrize("relative", PATHS)
def test_real_path_is_resolve(project: Path, relative: str) -> None:
    files = ProjectFiles(project)
    for _ in range(2):  # the second time from the remembered folders
        try:
            found = files.real_path(relative)
        except (OSError, RuntimeError) as error:
            found = f"{type(error).__name__}: {error}"
        assert found == resolved(project, relative)
