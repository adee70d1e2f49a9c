"""Hostile input: every case a title, edits to the fixture site, and the exact report.

The cases live in ``tests/fixtures/hostile/*.txt``, one file per category
(malformed YAML, wrong types, symbolic links, HTML in every field, …).
Each case starts from a fresh copy of ``tests/fixtures/site/``, applies
its edits, and states every line ``make check`` must print, in order,
the closing count included.  Cases about output also state snippets the
built pages must (or must not) contain.

The format, line by line::

    # A comment (a line starting with "#" but not "##").

    ## The case title
    write content/claims/x.md        write a whole file; the block below is its text
    | ---                            "| " + a line of text, written as is
    | statement: [unclosed
    |                                a bare "|" is an empty line
    % "\\x1b" * 3 + "word " * 10     an expression line (see below)
    append PATH                      add the block to the end of a file
    replace PATH                     replace text that occurs exactly once
    - old line one                   "- " lines are the old text, joined by line breaks
    + new line one                   "+ " lines are the new text ("-%" / "+%" take an expression)
    delete PATH                      remove a file, a link or a folder
    mkdir PATH                       make a folder
    mkfifo PATH                      make a named pipe (reading one blocks until a writer comes)
    link PATH -> TARGET              make a symbolic link to TARGET, written as is
    move PATH -> DEST                rename a file or folder
    build GROUP                      also apply this case's edits to the shared build GROUP
    == check                         the report lines, verbatim, one per line
    0 error(s), 0 warning(s)
    == check --strict                (or: the report of the strict check)
    == html briefs/alpha/index.html  snippets the GROUP build's page must contain, one per line
    == no-html briefs/alpha/index.html   snippets it must not contain

A block's lines are joined with line breaks; ``write`` and ``append`` end
the text with one more (an empty block writes an empty file).  An
expression line is a Python string or bytes literal (with its escapes),
or literals joined with ``+``, repeated with ``*`` by a whole number and
turned into bytes with ``.encode(codec)`` — nothing else is evaluated;
bytes make the whole file bytes.  Sections (``==``) come after a case's
edits.  Paths are relative to the project; ``../`` reaches the case's own
scratch folder, never further, and no edit writes through a link to
outside it.

Cases that share a ``build`` group are applied one after another to one
copy of the site, which is then built once (``python -m generator build``)
so that the whole suite runs a handful of builds; each case still gets its
own check.
"""

from __future__ import annotations

import ast
import os
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.validate import report, validate

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
MAX_GENERATED = 8 * 1024 * 1024
"""Largest text an expression line may make: enough for every size limit, small enough for CI."""


@dataclass(frozen=True)
class Edit:
    """One file operation of a case."""

    op: str
    path: str
    text: str | bytes = ""
    """What ``write`` and ``append`` add, or what ``replace`` replaces."""
    new: str | bytes = ""
    """The replacement (``replace``)."""
    target: str = ""
    """Where a ``link`` points, or where ``move`` puts the file."""


@dataclass
class Case:
    title: str
    source: str
    """``file.txt:line`` of the case's title, for messages."""
    edits: list[Edit] = field(default_factory=list)
    group: str | None = None
    """The shared build this case's edits also go into, if its pages are checked."""
    check: list[str] | None = None
    strict: bool = False
    html: list[tuple[str, str, bool]] = field(default_factory=list)
    """``(page, snippet, present)`` expected in the group's build."""


# ---------------------------------------------------------------- expressions


def evaluate(expression: str) -> str | bytes:
    """A string or bytes literal, or literals joined by ``+``, repeated by ``*``
    and encoded with ``.encode("utf-16")``.

    >>> evaluate('"ab" * 2 + "\\\\x1b"')
    'abab\\x1b'
    """
    return _value(ast.parse(expression.strip(), mode="eval").body)


def _value(node: ast.AST):
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes, int)):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mult)):
        left, right = _value(node.left), _value(node.right)
        if isinstance(node.op, ast.Mult):
            text, times = (left, right) if isinstance(right, int) else (right, left)
            if not isinstance(times, int) or isinstance(text, int) or len(text) * times > MAX_GENERATED:
                raise ValueError(f"cannot repeat {ast.unparse(node)!r}")
            return text * times
        if type(left) is not type(right) or isinstance(left, int):
            raise ValueError(f"cannot join {ast.unparse(node)!r}")
        if len(left) + len(right) > MAX_GENERATED:
            raise ValueError(f"{ast.unparse(node)!r} is too large")
        return left + right
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "encode"
            and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Constant)):
        text = _value(node.func.value)
        if isinstance(text, str) and isinstance(node.args[0].value, str):
            return text.encode(node.args[0].value)
    raise ValueError(f"only literals, +, * and .encode(codec) are allowed, not {ast.unparse(node)!r}")


def _join(parts: list[str | bytes]) -> str | bytes:
    if any(isinstance(p, bytes) for p in parts):
        return b"\n".join(p if isinstance(p, bytes) else p.encode("utf-8") for p in parts)
    return "\n".join(parts)


# ---------------------------------------------------------------- parsing


@dataclass
class _Block:
    """An edit whose text lines are still being read."""

    op: str
    path: str
    where: str
    old: list[str | bytes] = field(default_factory=list)
    new: list[str | bytes] = field(default_factory=list)

    def add(self, raw: str) -> None:
        """One ``|``, ``%``, ``-``, ``+``, ``-%`` or ``+%`` line."""
        marker, rest = raw[:1], raw[1:]
        allowed = "-+" if self.op == "replace" else "|%"
        if marker not in allowed:
            raise ValueError(f"{self.where}: {self.op} takes lines starting with {' or '.join(allowed)}")
        expression = None
        if marker == "%":
            expression = rest
        elif marker in "-+" and rest.startswith("%"):
            expression = rest[1:]
        elif rest and not rest.startswith(" "):
            raise ValueError(f"{self.where}: put a space after {marker!r}")
        try:
            value = rest[1:] if expression is None else evaluate(expression)
        except (SyntaxError, ValueError, LookupError) as error:
            raise ValueError(f"{self.where}: {error}") from None
        (self.new if marker == "+" else self.old).append(value)

    def edit(self) -> Edit:
        if self.op == "replace":
            if not self.old:
                raise ValueError(f"{self.where}: replace needs '-' lines")
            return Edit("replace", self.path, _join(self.old), _join(self.new))
        text = _join(self.old)
        if self.old:  # a file's last line ends with a line break
            text += b"\n" if isinstance(text, bytes) else "\n"
        return Edit(self.op, self.path, text)


_TEXT_OPS = ("write", "append", "replace")
_PATH_OPS = ("delete", "mkdir", "mkfifo")
_LINK_OPS = ("link", "move")


def parse_fixture(path: Path) -> list[Case]:
    """Every case of one fixture file, in order."""
    cases: list[Case] = []
    sink = None  # where the lines of an "== …" section go
    block: _Block | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where, kind = f"{path.name}:{number}", _line_kind(raw)
        if kind == "skip":
            continue
        if block is not None and (kind != "text" or sink is not None):
            cases[-1].edits.append(block.edit())
            block = None
        if kind == "title":
            cases.append(Case(raw[3:].strip(), where))
            sink = None
        elif not cases:
            raise ValueError(f"{where}: text before the first case title")
        elif kind == "section":
            sink = _section(cases[-1], raw[3:].split(), where)
        elif sink is not None:
            sink(raw)
        elif kind == "op":
            block = _operation(cases[-1], raw, where)
        elif block is None:
            raise ValueError(f"{where}: a text line outside write, append or replace")
        else:
            block.add(raw)
    if block is not None:
        cases[-1].edits.append(block.edit())
    return cases


def _line_kind(raw: str) -> str:
    if raw.startswith("## "):
        return "title"
    if not raw.strip() or raw.startswith("#"):
        return "skip"
    if raw.startswith("== "):
        return "section"
    return "text" if raw[:1] in "|%-+" else "op"


def _section(case: Case, words: list[str], where: str):
    """The function that takes each line of an ``== check`` or ``== html`` section."""
    kind = words[0]
    if kind == "check" and words[1:] in ([], ["--strict"]):
        case.strict = words[1:] == ["--strict"]
        case.check = []
        return case.check.append
    if kind in ("html", "no-html") and len(words) == 2 and case.group is not None:
        page, present = words[1], kind == "html"
        return lambda snippet: case.html.append((page, snippet, present))
    raise ValueError(f"{where}: unknown section (or == html without a build group): {' '.join(words)!r}")


def _operation(case: Case, raw: str, where: str) -> _Block | None:
    """Record an operation line; a block for the ones that take text lines."""
    op, _, rest = raw.partition(" ")
    rest = rest.strip()
    if op == "build" and rest:
        case.group = rest
    elif op in _PATH_OPS and rest:
        case.edits.append(Edit(op, rest))
    elif op in _LINK_OPS and " -> " in rest:
        path, _, target = rest.partition(" -> ")
        case.edits.append(Edit(op, path.strip(), target=target.strip()))
    elif op in _TEXT_OPS and rest:
        return _Block(op, rest, where)
    else:
        raise ValueError(f"{where}: not an operation: {raw!r}")
    return None


def all_cases() -> list[tuple[str, Case]]:
    return [(f"{path.stem}: {case.title}", case)
            for path in sorted(HOSTILE.glob("*.txt")) for case in parse_fixture(path)]


CASES = all_cases()


# ---------------------------------------------------------------- applying


def new_site(scratch: Path) -> Path:
    """A fresh copy of the fixture site in ``scratch/project``."""
    root = scratch / "project"
    shutil.copytree(FIXTURE_SITE, root, symlinks=True)
    return root


def apply(root: Path, edits: list[Edit], source: str = "") -> None:
    """Make each edit in ``root``; ``source`` names the case in error messages."""
    for edit in edits:
        path = _inside(root, edit.path, source)
        _APPLY[edit.op](edit, path, lambda relative: _inside(root, relative, source))


def _inside(root: Path, relative: str, source: str) -> Path:
    """``root/relative``, checked to stay in the case's scratch folder (links in its folders resolved)."""
    path = Path(os.path.normpath(root / relative))
    assert not Path(relative).is_absolute() and path.parent.resolve().is_relative_to(root.parent.resolve()), \
        f"{source}: {relative} is outside the case's folder"
    return path


def _write_file(edit: Edit, path: Path, _) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    _write(path, edit.text)


def _append(edit: Edit, path: Path, _) -> None:
    _write(path, _read(path, edit.text) + edit.text)


def _replace(edit: Edit, path: Path, _) -> None:
    old = _read(path, edit.text)
    count = old.count(edit.text)
    assert count == 1, f"{edit.path} holds the text to replace {count} times, not once: {edit.text!r}"
    _write(path, old.replace(edit.text, edit.new))


def _delete(edit: Edit, path: Path, _) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _link(edit: Edit, path: Path, _) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(edit.target)


_APPLY = {
    "write": _write_file,
    "append": _append,
    "replace": _replace,
    "delete": _delete,
    "mkdir": lambda edit, path, _: path.mkdir(parents=True, exist_ok=True),
    "mkfifo": lambda edit, path, _: os.mkfifo(path),
    "link": _link,
    "move": lambda edit, path, inside: path.rename(inside(edit.target)),
}
"""Operation name → how it is made: ``(edit, path, inside)``, where ``inside`` checks another path."""


def _read(path: Path, like: str | bytes) -> str | bytes:
    return path.read_bytes() if isinstance(like, bytes) else path.read_text(encoding="utf-8")


def _write(path: Path, text: str | bytes) -> None:
    assert not path.is_symlink(), f"{path.name} is a link: edits never write through one"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")


class Hang(BaseException):
    """The check ran past `TIME_LIMIT` (a BaseException, so no ``except Exception`` in the checker hides it)."""


TIME_LIMIT = 5
"""Seconds one check may take: the slowest case takes under one."""


@contextmanager
def time_limit(seconds: int):
    """Raise `Hang` in the main thread after ``seconds`` (where the platform has SIGALRM)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hang(signum, frame):
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_lines(root: Path, strict: bool = False) -> list[str]:
    """What ``python -m generator check [--strict]`` prints, line by line."""
    with time_limit(TIME_LIMIT):
        return report(validate(root), strict).splitlines()


# ---------------------------------------------------------------- tests


def test_every_category_has_cases_with_distinct_titles():
    files = sorted(HOSTILE.glob("*.txt"))
    assert files and all(parse_fixture(path) for path in files)
    names = [name for name, _ in CASES]
    assert len(names) >= 100 and len(set(names)) == len(names)


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[name for name, _ in CASES])
def test_check_reports_exactly(case: Case, tmp_path: Path):
    assert case.check is not None, f"{case.source}: the case states no == check"
    root = new_site(tmp_path)
    apply(root, case.edits, case.source)
    assert check_lines(root, case.strict) == case.check, case.source


BUILD_CASES = [(name, case) for name, case in CASES if case.html]


@pytest.fixture(scope="session")
def builds(tmp_path_factory):
    """Group name → (the build's output folder, or None, and its log); each group built once, when first asked."""
    done: dict[str, tuple[Path | None, str]] = {}

    def get(group: str) -> tuple[Path | None, str]:
        if group not in done:
            scratch = tmp_path_factory.mktemp(f"build-{group}")
            root = new_site(scratch)
            for _, case in CASES:
                if case.group == group:
                    apply(root, case.edits, case.source)
            output = scratch / "output"
            result = subprocess.run(
                [sys.executable, "-m", "generator", "--root", str(root), "build",
                 "--settings", "pelicanconf.py", "--output", str(output)],
                cwd=ROOT, capture_output=True, text=True, timeout=300)
            done[group] = (output if result.returncode == 0 else None, result.stdout + result.stderr)
        return done[group]

    return get


@pytest.mark.parametrize("case", [c for _, c in BUILD_CASES], ids=[name for name, _ in BUILD_CASES])
def test_built_pages_show_the_text_as_written(case: Case, builds):
    output, log = builds(case.group)
    assert output is not None, f"the build of group {case.group!r} failed:\n{log}"
    missing, leaked = [], []
    for page, snippet, present in case.html:
        html = (output / page).read_text(encoding="utf-8") if (output / page).is_file() else ""
        if present and snippet not in html:
            missing.append((page, snippet))
        if not present and snippet in html:
            leaked.append((page, snippet))
    assert not missing and not leaked, f"{case.source}: missing {missing}; should not be there {leaked}"
