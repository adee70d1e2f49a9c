"""The dev server's warm rebuild: apply an edit, re-render only what shows it.

    session = Session(settings, output, root)
    session.cold()                      # the normal build, remembered
    session.rebuild(["content/briefs/x.md"])

A rebuild re-validates the whole project with the session's `Memo`
(unchanged files are not parsed again, so every problem is still reported),
lists the page records again (`generator.pagelist`) and renders a page only
when its record differs from the last build's: a different view, or an
entity it looks up by id that changed.  Files whose bytes did not change are
not rewritten; pages that no longer exist are removed.  The output equals a
cold build of the same content, byte for byte (the suite checks it).

Template, theme, code and settings changes are not handled here: the dev
server restarts itself for those (`generator.devserver`).
"""

from __future__ import annotations

import dataclasses
import gc
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from . import cache
from .analysis import Analysis, analyse
from .build import Options, build_validated
from .links import ANALYSIS_JSON
from .memo import Memo, signature
from .model import SitePage
from .pagelist import PageRecord, Ref, list_pages, names_of
from .pelican_plugin.pages import analysis_json, previewed
from .pelican_plugin.writing import FILE_RENDERERS, PageWriter, write_if_changed, write_pages
from .search import index_site
from .site import SiteIndex, build_index
from .sitepages import published_pages
from .timings import TIMINGS
from .validate import Validated, report, validate


@dataclass(frozen=True)
class Built:
    """What the last successful build rendered, and how."""

    writer: PageWriter
    site: SiteIndex
    analysis: Analysis
    nav: Sequence[SitePage]
    records: Mapping[str, PageRecord]
    """Save-as path → record."""


@dataclass(frozen=True)
class Outcome:
    """One rebuild: what it rendered and wrote."""

    ok: bool
    rendered: int = 0
    written: int = 0
    removed: int = 0
    seconds: float = 0.0
    changed: tuple[str, ...] = ()
    """Pages written or removed: the search index catches up on these."""

    def summary(self) -> str:
        return (f"rebuilt in {self.seconds:.2f} s: {self.rendered} page(s) rendered, {self.written} written, "
                f"{self.removed} removed")


class Session:
    """A warm build: the parsed project and the last build's records."""

    def __init__(self, settings: str, output: Path, root: Path = Path("."), options: Options = Options(),
                 jobs: int = 0, drafts: bool = False, watched: bool = False):
        self.settings, self.output, self.root, self.options, self.jobs = settings, Path(output), root, options, jobs
        self.drafts = drafts
        """A draft preview: draft briefs and proposed entries get pages (`Corpus.preview`)."""
        self.memo = Memo(Path(root))
        self.watched = watched
        """A watcher names every changed file: a rebuild takes only their states (`Memo.trusted`)."""
        self.last: Built | None = None
        self.failure: str | None = None
        """The report of the last failed build, shown in the browser until a build succeeds."""
        self.lock = threading.Lock()
        """Held by a rebuild and by `warm`: one at a time."""

    def adopt(self, writer: PageWriter, site: SiteIndex, analysis: Analysis, nav: Sequence[SitePage],
              records: Sequence[PageRecord]) -> None:
        """Called by the Pelican generator at the end of a cold build."""
        self.last = Built(dataclasses.replace(writer, output=self.output, fresh=False), site, analysis, tuple(nav),
                          {r.save_as: r for r in records})

    def cold(self) -> int:
        """The normal build (staged, swapped in), remembered for rebuilds."""
        self.last = None
        if not self.memo.entries:  # start from what the last make html parsed, checked byte for byte
            self.memo = cache.load(self.root, self.output.absolute().parent / cache.CACHE_FOLDER)
        result = validate(self.root, self.memo)
        self.memo.resign(signature)  # from now on the watcher and file stats tell what changed
        self.memo.trusted = self.watched
        settings = {"BRIEFING_SESSION": self, "BRIEFING_JOBS": self.jobs, "BRIEFING_DRAFTS": self.drafts}
        code = build_validated(result, self.settings, self.output, self.options, self.root, extra=settings)
        self.failure = None if code == 0 else (report(result) if not result.ok else "the build failed; see the terminal")
        if code != 0:
            self.last = None
        settle()
        return code

    def rebuild(self, changed: Iterable[str] = ()) -> Outcome:
        """Apply the edits to ``changed`` (project-relative paths) and re-render what shows them."""
        with self.lock:
            if self.last is None:
                code = self.cold()
                return Outcome(code == 0)
            started = time.perf_counter()
            gc.disable()  # what a rebuild makes is mostly kept; collecting while it runs only walks it again
            try:
                return self._rebuild(changed, started)
            finally:
                gc.enable()

    def missed(self) -> list[str]:
        """Changed files the watcher did not report (project-relative); the dev
        server asks when idle, and rebuilds with them."""
        with self.lock:
            return self.memo.missed() if self.memo.trusted else []

    def warm(self) -> None:
        """Make, in this process, what every rebuild reuses and the cold build
        made in its worker processes: the pages that list every brief (their
        rows are kept, `fragments`), the annotation exports (each source's
        lines are kept) and data/analysis.json's fragments.  The dev server
        runs this in the background once the cold build is served, so that
        the first edit costs what any edit costs.  Nothing is written."""
        with self.lock:
            last = self.last
            if last is None:
                return
            analysis_json(last.analysis, self.memo.json)
            for page in last.records.values():
                if page.template in WARMED:
                    made = last.writer.render(page)
                    for _ in made if made is not None and not isinstance(made, str) else ():
                        pass  # an export's pieces are made as they are read
            settle()

    def _rebuild(self, changed: Iterable[str], started: float) -> Outcome:
        self.memo.forget(changed)
        result = validate(self.root, self.memo)
        if result.problems or result.acknowledged:
            print(report(result), file=sys.stderr)
        if not result.ok:
            self.failure = report(result)
            print(f"rebuild stopped: the content has errors; {self.output}/ is unchanged", file=sys.stderr)
            return Outcome(False)
        outcome = self._render(result)
        self.failure = None
        seconds = time.perf_counter() - started  # the pages are on disk: the rest does not hold the preview
        with TIMINGS.phase("settle"):
            settle()
        return dataclasses.replace(outcome, seconds=seconds)

    def _render(self, result: Validated) -> Outcome:
        last = self.last
        assert last is not None
        corpus = previewed(result.corpus, self.drafts)
        with TIMINGS.phase("index"):
            site = build_index(corpus, result.mentions, self.memo.parts)
        with TIMINGS.phase("analysis"):
            analysis = analyse(corpus, result.conflicts, self.memo.analyses, self.memo.origins,
                               self.memo.analysis_groups)
        with TIMINGS.phase("records"):
            nav = tuple(published_pages(result.corpus.pages.values()))
            records = list_pages(site, analysis, nav, self.memo.records)
        writer = last.writer
        everything = nav != last.nav  # every page's navigation lists the plain pages
        if everything:
            writer = dataclasses.replace(writer, context={**writer.context, "nav_pages": list(nav)})
        writer = dataclasses.replace(writer, names=names_of(site))
        refs = changed_entities(last.site, site)
        with TIMINGS.phase("compare"):
            todo = [r for r in records if everything or stale(r, last.records.get(r.save_as), refs)]
            # The pages a reader sees first; then the feeds and the exports, which an edit of any quote
            # rewrites whole (tens of megabytes at 10,000 briefs), as data/analysis.json after them.
            todo.sort(key=lambda r: r.template in FILE_RENDERERS)
        with TIMINGS.phase("render"):
            written = write_pages(writer, todo, self.jobs)
            written += write_if_changed(self.output / ANALYSIS_JSON, analysis_json(analysis, self.memo.json))
        gone = last.records.keys() - {r.save_as for r in records}
        for save_as in gone:
            remove_page(self.output, save_as)
        self.last = Built(writer, site, analysis, nav, {r.save_as: r for r in records})
        return Outcome(True, len(todo), written.written, len(gone), changed=(*written.paths, *sorted(gone)))

    def reindex(self, changed: Iterable[str] | None = None) -> int:
        """The search index, for the shards holding ``changed`` pages (None: all)."""
        return index_site(self.output, changed=changed)


WARMED = frozenset({"home", "briefs", "sources", "annotations", "hypothesis"})
"""The pages `Session.warm` renders: each shows every brief or every source."""


def settle() -> None:
    """Collect what the last build dropped, then exempt what it kept from
    future collections: the warm project is millions of objects, and walking
    them all costs a rebuild more than the edit itself.  Objects replaced
    later are still freed by reference counting (the corpus holds no cycles)."""
    gc.collect()
    gc.freeze()


def changed_entities(old: SiteIndex, new: SiteIndex) -> frozenset[Ref]:
    """The people, organisations, countries and claims that differ (or came or went) between two builds."""
    found = set()
    for kind, before, after in (("person", old.people, new.people), ("organisation", old.organisations, new.organisations),
                                ("country", old.countries, new.countries), ("claim", old.claims, new.claims)):
        for key in before.keys() | after.keys():
            a, b = before.get(key), after.get(key)
            if a is not b and a != b:
                found.add((kind, key))
    return frozenset(found)


def stale(new: PageRecord, old: PageRecord | None, changed: frozenset[Ref]) -> bool:
    """Must ``new`` be rendered again? Views hold the corpus's own objects, so
    an unchanged view compares by identity, quickly."""
    if old is new:  # an unchanged brief's records are kept as they were
        return not new.lookups.isdisjoint(changed)
    return (old is None or old.template != new.template or old.lookups != new.lookups
            or not new.lookups.isdisjoint(changed) or old.view != new.view)


def remove_page(output: Path, save_as: str) -> None:
    """Delete a page that is no longer built, and its folder once empty."""
    path = output / save_as
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != output and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

