"""The site's plain pages (``content/pages/<name>.md``, e.g. About): parse and check.

Pages go through the same loader, checks and renderer as briefs and
registries: front matter with ``title`` (required), ``slug`` (default: the
file name) and ``status``; a Markdown body whose links are checked like a
brief's.  The briefing generator writes each published page to
``/<slug>/``, so a slug must not take a folder the site writes itself.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

from . import fields
from .documents import Document
from .fields import FieldReader
from .links import reserved_folders
from .model import Markdown, SitePage
from .problems import Problem

PAGE_FIELDS = ("title", "slug", "status")
PAGE_STATUSES = ("published", "draft")


def parse_page(path: str, stem: str, doc: Document, reader: FieldReader) -> SitePage | None:
    """A `SitePage`, located at its ``slug:`` line (line 1 when the file name is the slug).

    A page whose slug is bad is still kept, so that its links are checked
    too; the error stops the build before anything is written.
    """
    data = reader.mapping(doc.data, PAGE_FIELDS)
    if data is None:
        return None
    if "slug" in data:
        slug = reader.field(data, "slug", fields.identifier, default=stem)
    else:
        slug = stem
        if not fields.ID_PATTERN.fullmatch(stem):
            reader.report("bad-id", f'file name "{stem}" is not a valid page slug: use lower-case letters, digits '
                          "and hyphens, or set slug:")
    return SitePage(
        slug=slug,
        title=reader.field(data, "title", fields.text, required=True, default=stem),
        status=reader.field(data, "status", fields.status(PAGE_STATUSES), default="published"),
        body=doc.markdown,
        where=reader.where("slug"),
    )


def check_pages(pages: Iterable[SitePage]) -> Iterator[Problem]:
    """Each page has a slug of its own, outside the folders the site writes."""
    reserved = reserved_folders()
    by_slug: dict[str, list[SitePage]] = defaultdict(list)
    for page in pages:
        by_slug[page.slug].append(page)
        if page.slug in reserved:
            yield Problem(page.where, "reserved-slug",
                          f'slug "{page.slug}" is taken by the site\'s own /{page.slug}/ folder; choose another '
                          f'(reserved: {", ".join(sorted(reserved))})')
    for slug, same in by_slug.items():
        for page in same[1:]:
            yield Problem(page.where, "duplicate-page",
                          f'slug "{slug}" is already used by {same[0].where.path}; page slugs must be unique')


def page_bodies(pages: Iterable[SitePage]) -> Iterator[tuple[str, Markdown, None, bool]]:
    """``(path, body, brief slug, published)`` of each page, for the link checks."""
    for page in pages:
        yield page.where.path, page.body, None, page.status != "draft"


def published_pages(pages: Iterable[SitePage]) -> list[SitePage]:
    """The pages to write and list in the navigation, by title."""
    return sorted((p for p in pages if p.status == "published"), key=lambda p: (p.title.casefold(), p.slug))

