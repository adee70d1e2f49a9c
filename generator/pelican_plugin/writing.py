"""Render page records and write the files whose bytes changed, on every core.

Rendering is independent per page, so the records are shared out between
this process and workers forked after the corpus is in memory
(`parallel.fork_map`): a worker inherits the corpus, the records and the
compiled templates without pickling them, and sends back only counts.

Pelican's `Writer` is not used for these pages: it renders one page at a
time and always rewrites.  What it does per page is done here the same way:
the page's ``SITEURL`` is made relative under ``RELATIVE_URLS`` and
``output_file`` names the page.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from pelican.utils import get_relative_path, path_to_url

from ..annotations import render_annotations, render_hypothesis
from ..discovery import render_robots, render_sitemap
from ..feeds import render_feed
from ..pagelist import Names, PageRecord
from ..parallel import available_cores, fork_map
from .errors import BuildStopped

FILE_RENDERERS: Mapping[str, Callable[[Mapping[str, Any], Mapping[str, Any]], str | Iterable[str] | None]] = {
    "feed": render_feed, "sitemap": render_sitemap, "robots": render_robots,
    "annotations": render_annotations, "hypothesis": render_hypothesis}
"""Records that are not HTML pages, by template: a function of the record's
view and the page context makes the file's text (or its pieces, in order),
or None when this build has no such file (a sitemap without an absolute ``SITEURL``)."""

MIN_PARALLEL = 400
"""Fewer pages than this render in this process: forking costs more than it saves."""


@dataclass(frozen=True)
class Written:
    """What one round of writing did."""

    written: int
    """Files created or rewritten because their bytes changed."""
    unchanged: int
    """Files rendered to the bytes already on disk, left untouched."""
    paths: tuple[str, ...] = ()
    """The pages written (save-as paths), for the search index to catch up on."""

    def __add__(self, other: Written) -> Written:
        return Written(self.written + other.written, self.unchanged + other.unchanged, self.paths + other.paths)


class RenderFailed(BuildStopped):
    """A template failed on a page; the message names the page."""


@dataclass(frozen=True)
class PageWriter:
    """Renders records with the theme's templates into ``output``."""

    env: Any
    """Pelican's Jinja environment, with `templating` installed."""
    context: Mapping[str, Any]
    """Pelican's site-wide template context (settings, ``nav_pages``)."""
    names: Names
    output: Path
    relative_urls: bool
    fresh: bool = False
    """The output folder was empty when the build began (a cold build's staging
    folder): pages are written straight away, with nothing to compare."""

    def render(self, page: PageRecord) -> str | Iterable[str] | None:
        """The page's text, or its pieces in order (a file renderer's large
        export), or None when this build has no such file."""
        local = dict(self.context)
        if self.relative_urls:
            local["SITEURL"] = local["localsiteurl"] = path_to_url(get_relative_path(page.save_as))
        local.update(output_file=page.save_as, page_kind=page.template, site=self.names, **page.view)
        renderer = FILE_RENDERERS.get(page.template)
        if renderer is not None:
            return renderer(page.view, local)
        return self.env.get_template(f"{page.template}.html").render(local)

    def write(self, page: PageRecord) -> Written:
        path = self.output / page.save_as
        try:
            made = self.render(page)
            if made is None:
                return Written(0, 0)
            if self.fresh and not isinstance(made, str):  # pieces go to the file as they come: never all held
                path.parent.mkdir(parents=True, exist_ok=True)
                with open(path, "w", encoding="utf-8", newline="") as handle:
                    handle.writelines(made)
                return Written(1, 0)
            data = (made if isinstance(made, str) else "".join(made)).encode("utf-8")
        except Exception as error:  # a template fault: name the page, not a traceback
            made_by = f"the {page.template} renderer" if page.template in FILE_RENDERERS else \
                f"the template {page.template}.html"
            raise RenderFailed(f"{made_by} failed on {page.save_as}: {type(error).__name__}: {error}") from None
        if self.fresh:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            return Written(1, 0)
        written = write_if_changed(path, data)
        return Written(1, 0, (page.save_as,)) if written.written else written

    def write_all(self, pages: Sequence[PageRecord]) -> Written:
        return combined([self.write(page) for page in pages])


def write_if_changed(path: Path, data: bytes) -> Written:
    """Write ``data`` unless the file holds it already; a reader (the dev
    server) sees the old file or the new one, never half of one."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return Written(0, 1)
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    return Written(1, 0)


def write_pages(writer: PageWriter, pages: Sequence[PageRecord], jobs: int = 0,
                min_parallel: int = MIN_PARALLEL) -> Written:
    """Render and write ``pages`` on ``jobs`` processes; 0 (``BRIEFING_JOBS``'s
    default) means every core once there are ``min_parallel`` pages."""
    if jobs == 0:
        jobs = available_cores() if len(pages) >= min_parallel else 1
    if jobs < 2 or not pages:
        return writer.write_all(pages)
    for name in dict.fromkeys(p.template for p in pages if p.template not in FILE_RENDERERS):
        writer.env.get_template(f"{name}.html")  # compiled once, before the fork
    return combined(fork_map(lambda page: _write_one(writer, page), pages, jobs=jobs, min_items=1))


def _write_one(writer: PageWriter, page: PageRecord) -> Written:
    """`PageWriter.write` in a worker: any failure comes back as a message naming the page's fault."""
    try:
        return writer.write(page)
    except RenderFailed:
        raise
    except Exception as error:  # noqa: BLE001 - reported by the parent as a message
        raise RenderFailed(f"{type(error).__name__}: {error}") from None


def combined(results: Sequence[Written]) -> Written:
    return Written(sum(r.written for r in results), sum(r.unchanged for r in results),
                   tuple(p for r in results for p in r.paths))
