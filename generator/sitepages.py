"""Parse the site's plain pages (``content/pages/<name>.md``, e.g. About).

Pages go through the same loader, checks and renderer as briefs and
registries: front matter with ``title`` (required), ``slug`` (default: the
file name) and ``status``; a Markdown body whose links are checked.
"""

from __future__ import annotations

from . import fields
from .documents import Document
from .fields import FieldReader
from .model import SitePage, Where

PAGE_FIELDS = ("title", "slug", "status")
PAGE_STATUSES = ("published", "draft")


def parse_page(path: str, stem: str, doc: Document, reader: FieldReader) -> SitePage | None:
    data = reader.mapping(doc.data, PAGE_FIELDS)
    if data is None:
        return None
    slug = reader.field(data, "slug", fields.identifier, default=None)
    return SitePage(
        slug=slug or stem,
        title=reader.field(data, "title", fields.text, required=True, default=stem),
        status=reader.field(data, "status", fields.status(PAGE_STATUSES), default="published"),
        body=doc.markdown,
        where=Where(path, 1),
    )
