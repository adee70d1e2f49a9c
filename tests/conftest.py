"""Shared test helpers: a throwaway project made from the fixture site."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"


@pytest.fixture
def project(tmp_path: Path):
    """A copy of the fixture site; call it with {relative path: text, bytes, or None to delete} to edit it."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE_SITE, root)

    def make(files: dict[str, str | bytes | None] | None = None) -> Path:
        for relative, content in (files or {}).items():
            path = root / relative
            if content is None:
                path.unlink()
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture site built once with the plain settings, for every test that only reads the output."""
    from test_build import run_build  # the build command the build tests run

    output = tmp_path_factory.mktemp("fixture") / "output"
    result = run_build(FIXTURE_SITE, output)
    assert result.returncode == 0, result.stderr
    return output
