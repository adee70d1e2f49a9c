"""What can be merged, as data: one `Kind` per registry.

Each kind says where its entries live, which front-matter values and link
targets refer to an entry, and how two entries' fields combine.  A new
registry, or a new place that names an entry, is one more line here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..model import Corpus

ANY = ...
"""In a reference's path: any list index."""


@dataclass(frozen=True)
class Reference:
    """A front-matter value that names an entry by its id."""

    folder: str
    """The content folder whose files hold it (``briefs``)."""
    path: tuple[Any, ...]
    """Its key path, `ANY` for a list index: ``("claims", ANY, "by")``."""
    label: str
    """How a change to it is printed: ``by``."""

    @property
    def in_list(self) -> bool:
        """The value is an item of a list of ids (``people: [a, b]``): listed once."""
        return self.path[-1] is ANY

    def matches(self, path: tuple[Any, ...]) -> bool:
        return len(path) == len(self.path) and all(
            want is ANY and isinstance(got, int) or want == got for want, got in zip(self.path, path))


@dataclass(frozen=True)
class Kind:
    """A registry whose entries can be merged."""

    name: str
    """As the command line and link targets write it: ``person``."""
    folder: str
    """Its folder in ``content/`` and its attribute of `Corpus`: ``people``."""
    references: tuple[Reference, ...]
    named: bool = False
    """Entries have a ``name`` and ``aliases``: OLD's name and aliases become NEW's aliases."""
    lists: tuple[str, ...] = ()
    """List fields united: NEW keeps its items and gains OLD's others."""
    identity: tuple[str, ...] = ()
    """Fields that say which entity it is: taken from OLD when NEW has none; two different values refuse the merge."""
    described: tuple[str, ...] = ()
    """Text fields: taken from OLD when NEW has none; when both differ NEW's stays and OLD's is kept in the marker."""
    body: str = "profile"
    """What the body of an entry is called."""

    def path(self, key: str) -> str:
        return f"content/{self.folder}/{key}.md"

    def available(self) -> bool:
        """The loader reads this registry (the corpus has a place for it)."""
        return self.folder in {f.name for f in dataclasses.fields(Corpus)}

    def registry(self, corpus: Corpus) -> dict[str, Any]:
        return getattr(corpus, self.folder)


def _brief(*path: Any, label: str) -> Reference:
    return Reference("briefs", path, label)


KINDS = {
    "person": Kind(
        "person", "people",
        (_brief("people", ANY, label="people"), _brief("claims", ANY, "by", label="by"),
         _brief("acknowledged", ANY, "person", label="acknowledged person")),
        named=True, lists=("organisations",), identity=("country", "wikidata"), described=("role",)),
    "organisation": Kind(
        "organisation", "organisations",
        (_brief("organisations", ANY, label="organisations"), _brief("claims", ANY, "by", label="by"),
         Reference("people", ("organisations", ANY), "organisations"),
         _brief("acknowledged", ANY, "organisation", label="acknowledged organisation")),
        named=True, identity=("kind", "country", "wikidata")),
    "claim": Kind(
        "claim", "claims",
        (_brief("claims", ANY, "claim", label="claim"), _brief("acknowledged", ANY, "claim", label="acknowledged claim")),
        described=("statement",), body="notes"),
}
"""Every kind ``python -m generator merge`` takes."""
