"""What NEW takes over from OLD: names, fields, the profile — nothing dropped.

- OLD's name (when it differs) and aliases become NEW's aliases, and list
  fields (a person's ``organisations``) are united.
- A field NEW leaves empty takes OLD's value.  Two different values of a
  field that says which entity it is (``wikidata``, ``country``, an
  organisation's ``kind``) refuse the merge; of a descriptive one (a
  person's ``role``, a claim's ``statement``) NEW's stays and OLD's is kept
  in the marker below.
- OLD's profile (a claim's notes) moves to NEW: as it is when NEW has none
  and nothing else needs a word, else after a marker, a Markdown comment
  that renders as nothing and keeps what NEW could not take over (a
  differing description, the comments of OLD's front matter)::

      [//]: # "Merged from content/people/jan-nowak.md (Jan Nowak); role there: \\"Minister\\"; its profile below."

  The drafter's placeholder paragraph ("Proposed by `make draft` …") and
  statement ("Draft, not yet reviewed — …") are not carried, and the
  printed changes say so.
- A reviewed entry is not merged into one still proposed: the merged entry
  would lose its review.
"""

from __future__ import annotations

import re
from typing import Any

from ..documents import MARKDOWN
from ..drafting.writer import DRAFT_STATEMENT, PROPOSED_BY
from ..links import KINDS as LINK_KINDS
from .bodylinks import rename_links
from .edits import append_items, scalar_text, set_value
from .kinds import Kind
from .plan import Change, FileEdit, Refused
from .spans import Unsafe, comments

_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
"""A run of non-blank lines."""


def carry_over(kind: Kind, old: Any, new: Any, old_edit: FileEdit, new_edit: FileEdit) -> list[Change]:
    """Edits of NEW's file (into ``new_edit``); notes about OLD's file are returned."""
    reasons = list(_refusals(kind, old, new, old_edit, new_edit))
    if reasons:
        raise Refused(*reasons)
    notes: list[Change] = []
    try:
        if kind.named:
            _unite(new_edit, "aliases", [*((old.name,) if old.name != new.name else ()), *old.aliases],
                   set(new.names))
        for name in kind.lists:
            _unite(new_edit, name, list(getattr(old, name, ())), set(getattr(new, name, ())))
        recorded = _fill(kind, old, new, old_edit, new_edit, notes)
        if remarks := [f'"{" ".join(text.split())}"' for _, text in comments(old_edit.spans) if text]:
            recorded.append(f"comments there: {', '.join(remarks)}")
        _carry_body(kind, old, new, old_edit, new_edit, recorded, notes)
    except Unsafe as why:
        raise Refused(f"{new_edit.path}: cannot be rewritten safely: {why}") from None
    return notes


def _refusals(kind: Kind, old: Any, new: Any, old_edit: FileEdit, new_edit: FileEdit):
    for name in kind.identity:
        theirs, ours = getattr(old, name, None), getattr(new, name, None)
        if theirs and ours and theirs != ours:
            yield (f'{name} differs: "{theirs}" in {_at(old_edit, name)} and "{ours}" in {_at(new_edit, name)}; '
                   "a merge would lose one: make them agree first, or keep both entries if they are two")
    if new.status == "proposed" and old.status != "proposed":
        yield (f"{new_edit.path} is still proposed and {old_edit.path} is reviewed: the merged entry would lose "
               f"its review; review {new_edit.path} first (remove `status: proposed`), or merge the other way")


def _at(edit: FileEdit, name: str) -> str:
    node = edit.spans.nodes.get((name,))
    return f"{edit.path}:{node.line}" if node else edit.path


def _unite(edit: FileEdit, name: str, values: list[str], present: set[str]) -> None:
    """``values`` not in ``present`` added to NEW's list ``name``, in order, once each."""
    added = [v for i, v in enumerate(values) if v not in present and v not in values[:i]]
    if not added:
        return
    node = edit.spans.nodes.get((name,))
    if node is not None and node.kind == "list":
        splice = append_items(edit.spans, (name,), added)
    else:
        written = "[" + ", ".join(scalar_text(v, True) for v in added) + "]"
        splice = set_value(edit.spans, name, written, after=_previous(edit, name))
    edit.splices.append(splice)
    edit.sets[(name,)] = [*(edit.spans.data.get(name) or ()), *added]
    for value in added:
        edit.change(splice.start, f"{name}: + {value}")


def _previous(edit: FileEdit, name: str) -> str | None:
    """The key a new ``name:`` line goes after: the nearest one before it in the registry's field order."""
    order = ("name", "aliases", "role", "kind", "country", "organisations", "wikidata", "statement")
    earlier = order[:order.index(name)] if name in order else order
    return next((key for key in reversed(earlier) if (key,) in edit.spans.nodes), None)


def _fill(kind: Kind, old: Any, new: Any, old_edit: FileEdit, new_edit: FileEdit, notes: list[Change]) -> list[str]:
    """NEW's empty fields take OLD's values; OLD's differing descriptions are returned, for the marker."""
    recorded = []
    for name in (*kind.identity, *kind.described):
        theirs, ours = getattr(old, name, None), getattr(new, name, None)
        if not theirs or theirs == ours:
            continue
        if name == "statement" and theirs.startswith(DRAFT_STATEMENT):
            notes.append(Change(old_edit.path, _line(old_edit, name), f"{name}: the drafter's placeholder is not carried"))
        elif not ours:
            splice = set_value(new_edit.spans, name, scalar_text(theirs, False), after=_previous(new_edit, name))
            new_edit.splices.append(splice)
            new_edit.sets[(name,)] = theirs
            new_edit.change(splice.start, f"{name}: + {theirs}")
        else:
            recorded.append(f'{name} there: "{" ".join(theirs.split())}"')
    return recorded


def _line(edit: FileEdit, name: str) -> int | None:
    node = edit.spans.nodes.get((name,))
    return node.key_line or node.line if node else None


def _carry_body(kind: Kind, old: Any, new: Any, old_edit: FileEdit, new_edit: FileEdit,
                recorded: list[str], notes: list[Change]) -> None:
    """OLD's profile appended to NEW's, after a marker unless NEW has none and nothing is recorded."""
    carried = _without_placeholder(kind, old_edit, notes)
    if carried and kind.name in LINK_KINDS:
        carried, _ = rename_links(carried, 1, kind.name, old.id, new.id)
    if not carried and not recorded:
        return
    at = len(new_edit.original)
    has_profile = bool(new_edit.original[new_edit.spans.body_start:].strip())
    if not has_profile and not recorded:
        new_edit.append(carried)
    else:
        marker = _marker(kind, old, old_edit.path, recorded, bool(carried))
        new_edit.append(("\n" if has_profile else "") + marker + "\n" + ("\n" + carried if carried else ""))
        new_edit.change(at, f"{kind.body}: + {marker}")
    if carried:
        lines = carried.count("\n")
        new_edit.change(at, f"{kind.body}: + the {kind.body} of {old_edit.path} ({lines} line{'s' * (lines != 1)})")


def _without_placeholder(kind: Kind, edit: FileEdit, notes: list[Change]) -> str:
    """The body of OLD's file without the drafter's placeholder paragraph, from its first
    written line to its last, ending with a line break; "" when nothing is left."""
    body = edit.original[edit.spans.body_start:]
    kept = []
    for paragraph in _PARAGRAPH.finditer(body):
        if paragraph[0].lstrip().startswith(PROPOSED_BY):
            line = edit.spans.body_line + body.count("\n", 0, paragraph.start())
            notes.append(Change(edit.path, line, f"{kind.body}: the drafter's placeholder is not carried"))
        else:
            kept.append(paragraph)
    if not kept:
        return ""
    if len(kept) == len(_PARAGRAPH.findall(body)):  # as written, blank lines between paragraphs and all
        text = body[kept[0].start():kept[-1].end()]
    else:
        text = "\n".join(p[0].rstrip("\n") + "\n" for p in kept)
    return text if text.endswith("\n") else text + "\n"


def _marker(kind: Kind, old: Any, path: str, recorded: list[str], carried: bool) -> str:
    title = f"Merged from {path}" + (f" ({old.name})" if kind.named else "")
    title = "; ".join([title, *recorded, *([f"its {kind.body} below"] if carried else [])]) + "."
    marker = '[//]: # "' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if MARKDOWN.parse(marker + "\n"):
        raise Unsafe(f"the marker {marker} would show on the page")
    return marker
