"""``python -m generator merge person|organisation|claim OLD NEW [--dry-run]``.

The steps, each refusing with nothing written when something would be
lost or is unclear:

1. OLD and NEW differ, and the loader reads the kind's registry;
2. the project checks cleanly (`validate`, as ``make check``), so a merge
   never runs on a broken project; OLD and NEW both exist (did you mean);
3. every file that names OLD is read and its edits computed (`refs`), NEW
   takes over OLD's names, fields and profile (`carry`), and each new text is
   read back and checked (`plan`);
4. the files are written (`disk`) and the project checked again: should it
   not check cleanly, every file is put back as it was.

Each change is printed as ``path:line: what`` — lines as numbered in the
file before the merge — with ``--dry-run`` as well, which writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import cache
from ..files import CONTENT_FOLDERS, ProjectFiles
from ..problems import did_you_mean, errors
from ..validate import Validated, validate
from .carry import carry_over
from .disk import restore, write_files
from .kinds import KINDS, Kind
from .plan import Change, FileEdit, Refused, parse_entry
from .refs import linking_files, rename_references


@dataclass(frozen=True)
class Plan:
    """Everything a merge writes, computed and checked."""

    changes: list[Change]
    """The printed changes, by file and line; OLD's deletion last in its file."""
    texts: dict[str, str]
    """Path → its new text."""
    originals: dict[str, str]
    """Path → its text as read, OLD's file included."""
    deleted: str

    def counts(self) -> str:
        edits = sum(1 for c in self.changes if c.line is not None and not c.what.endswith("not carried"))
        return f"{edits} change(s) in {len(self.texts)} file(s)"


def merge(root: Path, kind: Kind, old: str, new: str, dry_run: bool = False) -> tuple[Plan, str]:
    """The merge's plan, written unless ``dry_run``, and the closing line to print; or `Refused`."""
    if old == new:
        raise Refused(f'OLD and NEW are both "{old}": name two different {kind.folder}')
    if not kind.available():
        raise Refused(f"{kind.name} registry not available: this version of Briefing does not read "
                      f"content/{kind.folder}/")
    memo = cache.load(root, root / cache.CACHE_FOLDER)
    before = validate(root, memo)
    _require_clean(before, "the project does not check cleanly: fix the errors above first "
                   "(python -m generator check); a merge never runs on a broken project")
    registry = kind.registry(before.corpus)
    missing = [_unknown(kind, key, [k for k in registry if k != other], into)
               for key, other, into in ((old, new, ""), (new, old, " into")) if key not in registry]
    if missing:
        raise Refused(*missing)
    plan = make_plan(root, kind, old, new, before)
    if dry_run:
        return plan, (f'dry run: merging {kind.name} "{old}" into "{new}" would make {plan.counts()} and delete '
                      f"{plan.deleted}; nothing was written")
    _write(root, plan)
    after = validate(root, memo)
    if not after.ok:
        restore(root, plan.originals)
        _require_clean(after, "the merged project would not check cleanly (the errors above), so every file "
                       "was put back as it was: please report this with the two entries")
    return plan, (f'merged {kind.name} "{old}" into "{new}": {plan.counts()}, {plan.deleted} deleted; '
                  f"the project checks cleanly ({len(after.problems)} warning(s))")


def _unknown(kind: Kind, key: str, others: list[str], into: str) -> str:
    return (f'no {kind.name} "{key}" to merge{into}{did_you_mean(key, others)}; '
            f"{kind.folder} are registered in content/{kind.folder}/<id>.md")


def _write(root: Path, plan: Plan) -> None:
    try:
        write_files(root, plan.texts, plan.originals, plan.deleted)
    except OSError as error:  # a replace failed half-way (a full disk, a permission)
        restore(root, plan.originals)
        raise Refused(f"writing failed ({error}); every file was put back as it was") from None


def _require_clean(result: Validated, reason: str) -> None:
    found = errors(result.problems)
    if found:
        raise Refused(reason, shown=[str(p) for p in found])


def make_plan(root: Path, kind: Kind, old: str, new: str, checked: Validated) -> Plan:
    """Every edit of the merge, each file's new text read back; `Refused` with every reason found."""
    files = ProjectFiles(root)
    old_path, new_path = kind.path(old), kind.path(new)
    edits, reasons = _referring(files, kind, old, new, linking_files(checked.corpus, kind.name, old))
    try:
        old_edit = FileEdit.read(files, old_path)
        new_edit = edits[new_path] = edits[new_path] if new_path in edits else FileEdit.read(files, new_path)
        notes = carry_over(kind, _entry(old_edit), _entry(new_edit), old_edit, new_edit)
    except Refused as refused:
        raise Refused(*reasons, *refused.reasons) from None
    texts = {}
    for path, edit in edits.items():
        try:
            if edit.splices:
                texts[path] = edit.result()
        except Refused as refused:
            reasons += refused.reasons
    if reasons:
        raise Refused(*reasons)
    changes = [*notes, *(c for e in edits.values() for c in e.changes), Change(old_path, None, "deleted")]
    changes.sort(key=lambda c: (c.path, c.line is None, c.line or 0))
    originals = {path: edits[path].original for path in texts} | {old_path: old_edit.original}
    return Plan(changes, texts, originals, old_path)


def _referring(files: ProjectFiles, kind: Kind, old: str, new: str,
               linking: set[str]) -> tuple[dict[str, FileEdit], list[str]]:
    """The edits of every file that names ``old`` (and of NEW's file), and the reasons some cannot be made."""
    edits: dict[str, FileEdit] = {}
    reasons: list[str] = []
    old_path, new_path = kind.path(old), kind.path(new)
    for relative in _content_files(files):
        try:
            text = FileEdit.read_text(files, relative)
            if relative != old_path and (old in text or relative in linking or relative == new_path):
                edits[relative] = edit = FileEdit.of(relative, text)
                rename_references(edit, kind, old, new)
        except Refused as refused:
            reasons += refused.reasons
    return edits, reasons


def _entry(edit: FileEdit) -> Any:
    """The registry entry the loader makes of the file."""
    entry, problems = parse_entry(edit.path, edit.original)
    if entry is None or problems:
        raise Refused(f"{edit.path} does not read as an entry: " + (str(problems[0]) if problems else "nothing"))
    return entry


def _content_files(files: ProjectFiles) -> list[str]:
    folders = [f for f in CONTENT_FOLDERS if (files.root / "content" / f).is_dir()]
    return [relative for folder in folders for relative in files.content_files(folder)]


def run(args: argparse.Namespace) -> int:
    """The command line: print each change and the outcome; 1 when the merge is refused."""
    try:
        plan, outcome = merge(Path(args.root), KINDS[args.kind], args.old, args.new, args.dry_run)
    except Refused as refused:
        for line in refused.shown:
            print(line, file=sys.stderr)
        for reason in refused.reasons:
            print(f"merge: {reason}", file=sys.stderr)
        return 1
    print("\n".join([*map(str, plan.changes), outcome]))
    return 0
