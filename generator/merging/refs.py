"""References to OLD rewritten into NEW: front-matter ids and link targets.

Which values name an entry is the `kinds.Kind`'s table; a list of ids
(``people: [a, b]``) keeps each id once: when it already lists NEW, OLD's
item is removed rather than renamed.
"""

from __future__ import annotations

from typing import Any, Iterable

from ..links import KINDS as LINK_KINDS
from ..model import Corpus, Markdown
from .bodylinks import rename_links
from .edits import delete_items, replace_value
from .kinds import Kind, Reference
from .plan import FileEdit, Refused
from .spans import Unsafe


def rename_references(edit: FileEdit, kind: Kind, old: str, new: str) -> None:
    """Every reference of ``edit``'s file to ``old``, rewritten (as splices and expected values)."""
    folder = edit.path.split("/")[1]
    references = [r for r in kind.references if r.folder == folder]
    lists: dict[tuple[Any, ...], tuple[Reference, list[int]]] = {}
    try:
        for path, node in edit.spans.nodes.items():
            if node.kind != "scalar" or node.value is None or node.value.strip() != old:
                continue
            reference = next((r for r in references if r.matches(path)), None)
            if reference is None:
                continue
            if reference.in_list:
                lists.setdefault(path[:-1], (reference, []))[1].append(path[-1])
            else:
                _rename(edit, path, new, f"{reference.label}: {old} → {new}")
        for list_path, (reference, indexes) in lists.items():
            _rename_in_list(edit, list_path, sorted(indexes), reference.label, old, new)
        if kind.name in LINK_KINDS:
            _rename_links(edit, kind, old, new)
    except Unsafe as why:
        raise Refused(f"{edit.path}: cannot be rewritten safely: {why}") from None


def _rename(edit: FileEdit, path: tuple[Any, ...], new: str, what: str) -> None:
    edit.splices.append(replace_value(edit.spans, path, new))
    edit.sets[path] = new
    edit.change(edit.spans.nodes[path].start, what)


def _rename_in_list(edit: FileEdit, list_path: tuple[Any, ...], indexes: list[int], label: str,
                    old: str, new: str) -> None:
    nodes = edit.spans.nodes
    listed = [(nodes[item].value or "").strip() for item in nodes[list_path].items]
    if new not in listed:
        _rename(edit, (*list_path, indexes[0]), new, f"{label}: {old} → {new}")
        removed, reason = indexes[1:], f"{label}: {old} removed ({new} is listed already)"
    else:
        removed, reason = indexes, f"{label}: {old} removed ({new} is listed)"
    edit.splices += delete_items(edit.spans, list_path, removed) if removed else []
    for index in removed:
        edit.deletions.append((*list_path, index))
        edit.change(nodes[(*list_path, index)].start, reason)


def _rename_links(edit: FileEdit, kind: Kind, old: str, new: str) -> None:
    body = edit.original[edit.spans.body_start:]
    renamed, lines = rename_links(body, edit.spans.body_line, kind.name, old, new)
    if renamed != body:
        edit.set_body(renamed)
        for line in lines:
            edit.change_on_line(line, f"link: {kind.name}:{old} → {kind.name}:{new}")


def linking_files(corpus: Corpus, link: str, key: str) -> set[str]:
    """The files whose Markdown links to ``link:key`` (with any fragment), as the loader read them."""
    target = f"{link}:{key}"
    return {path for path, markdown in _bodies(corpus)
            if any(href.partition("#")[0] == target for href, _ in markdown.links or ())}


def _bodies(corpus: Corpus) -> Iterable[tuple[str, Markdown]]:
    records: list[Any] = [*corpus.briefs, *corpus.pages.values()]
    for folder in ("people", "organisations", "countries", "claims"):
        records += getattr(corpus, folder, {}).values()
    for record in records:
        for name in ("body", "profile", "notes"):
            if isinstance(markdown := getattr(record, name, None), Markdown):
                yield record.where.path, markdown
