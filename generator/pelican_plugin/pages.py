"""The briefing pages: a Pelican Generator fed by one validated corpus.

``python -m generator build`` validates the project once and hands the
result to Pelican in the ``BRIEFING_VALIDATED`` setting, so the pages are
rendered from the very parse that was checked (run through plain
``pelican``, the generator validates for itself).  ``generate_context``
stops the build before anything is written when an error remains;
``generate_output`` renders every page from the index.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from ..analysis import Analysis, analyse
from ..analysis.export import analysis_json_text
from ..discovery import install as install_head
from ..feeds import check_tag_authority
from ..links import ANALYSIS_JSON
from ..model import Corpus
from ..pagelist import list_pages, names_of
from ..site import build_index
from ..sitepages import published_pages
from ..structured import install as install_structured
from ..timings import TIMINGS
from ..validate import Validated, report, validate
from .errors import BuildStopped, ContentError
from .theme import check_theme
from .writing import PageWriter, write_if_changed, write_pages


def project_root(settings: dict[str, Any]) -> Path:
    """The folder holding ``content/`` and ``seeds/`` (``BRIEFING_ROOT``)."""
    return Path(settings.get("BRIEFING_ROOT") or Path(settings["PATH"]).parent)


def validated(settings: dict[str, Any]) -> Validated:
    """The corpus the build checked (``BRIEFING_VALIDATED``), or a fresh validation."""
    given = settings.get("BRIEFING_VALIDATED")
    if given is not None and not isinstance(given, Validated):
        raise TypeError(f"briefing: BRIEFING_VALIDATED must be a generator.validate.Validated, "
                        f"got {type(given).__name__}")
    return given or validate(project_root(settings).resolve())


def previewed(corpus: Corpus, drafts: bool) -> Corpus:
    """The corpus as a draft preview shows it (`Corpus.preview`), or as it is."""
    return dataclasses.replace(corpus, preview=True) if drafts else corpus


class BriefingGenerator(Generator):
    """Writes the brief, source, person, country, claim, index and plain pages."""

    def generate_context(self) -> None:
        check_theme(self.theme, self.settings["THEME_STATIC_PATHS"])
        if problem := check_tag_authority(self.settings.get("BRIEFING_TAG_AUTHORITY")):
            raise BuildStopped(problem)
        install_head(self.env)  # page_head(): each page's description, Open Graph tags and feeds
        install_structured(self.env)  # structured_data(): each entity page's JSON-LD
        result = validated(self.settings)
        if not result.ok:
            raise ContentError(f"the content has errors; nothing was written\n{report(result)}")
        session = self.settings.get("BRIEFING_SESSION")  # the dev server keeps per-brief, -claim and -source results
        memo = session.memo if session is not None else None
        corpus = previewed(result.corpus, bool(self.settings.get("BRIEFING_DRAFTS")))
        with TIMINGS.phase("index"):
            self.site = build_index(corpus, result.mentions, memo and memo.parts)
        with TIMINGS.phase("analysis"):
            self.analysis = analyse(corpus, result.conflicts, memo and memo.analyses, memo and memo.origins,
                                    memo and memo.analysis_groups)
        with TIMINGS.phase("records"):
            self.nav = published_pages(result.corpus.pages.values())
            self.records = list_pages(self.site, self.analysis, self.nav, memo and memo.records)
        self.context["nav_pages"] = self.nav  # every page's navigation lists them

    def generate_output(self, writer) -> None:
        self.write_analysis_json()
        page_writer = PageWriter(self.env, dict(self.context), names_of(self.site), Path(self.output_path),
                                 bool(self.settings.get("RELATIVE_URLS", False)), fresh=True)
        with TIMINGS.phase("render"):
            write_pages(page_writer, self.records, int(self.settings.get("BRIEFING_JOBS", 0)))
        session = self.settings.get("BRIEFING_SESSION")
        if session is not None:  # the dev server keeps what it needs to rebuild in place
            session.adopt(page_writer, self.site, self.analysis, self.nav, self.records)

    def write_analysis_json(self) -> None:
        write_if_changed(Path(self.output_path) / ANALYSIS_JSON, analysis_json(self.analysis))


def analysis_json(analysis: Analysis, known: dict | None = None) -> bytes:
    """``data/analysis.json``: the claim analysis as data for other tools;
    ``known`` keeps its fragments between dev-server rebuilds."""
    return (analysis_json_text(analysis, known) + "\n").encode("utf-8")
