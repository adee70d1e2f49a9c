"""The documentation keeps up with the code."""

from pathlib import Path

import pytest

from generator.model import Where
from generator.problems import CODES, Problem

ROOT = Path(__file__).resolve().parent.parent


def test_an_unregistered_code_is_refused():
    with pytest.raises(ValueError, match="unregistered problem code 'no-such-code'"):
        Problem(Where("x", 1), "no-such-code", "message")


def test_every_problem_code_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [code for code in CODES if f"`{code}`" not in readme] == []


def test_readme_gives_the_two_quick_start_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make html" in readme and "make test" in readme


def test_every_module_of_the_package_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    modules = sorted(p.stem for p in (ROOT / "generator").glob("*.py") if not p.stem.startswith("__"))
    modules += sorted(p.name for p in (ROOT / "generator").iterdir() if (p / "__init__.py").is_file())
    assert [m for m in modules if f"`{m}`" not in readme] == []
