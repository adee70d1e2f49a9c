"""The briefing pages: a Pelican Generator fed by one validated corpus.

``generate_context`` loads and checks the whole project (through
`generator.validate`, the same code as ``make check``) and stops the build
before anything is written when an error remains; ``generate_output``
renders every page from the index.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from ..analysis import analyse, to_json
from ..links import url_path
from ..site import SiteIndex, build_index
from ..validate import Validated, report, validate

log = logging.getLogger(__name__)


PRELOADED: dict[Path, Validated] = {}
"""Corpora already validated by ``python -m generator build``, by project root,
so the build renders from the very parse that was checked."""


class ContentError(Exception):
    """The content has errors; the build writes nothing."""


@dataclass(frozen=True)
class Page:
    """One output file: where it goes, which template, what it shows."""

    save_as: str
    template: str
    """Template name without ``.html`` (Pelican's ``get_template``); also the
    ``page_kind`` templates see."""
    context: dict[str, Any]


def project_root(settings: dict[str, Any]) -> Path:
    """The folder holding ``content/`` and ``seeds/`` (``BRIEFING_ROOT``)."""
    return Path(settings.get("BRIEFING_ROOT") or Path(settings["PATH"]).parent)


def list_pages(site: SiteIndex) -> list[Page]:
    """Every page, its file named from the one URL map in `generator.links`."""
    pages = [Page("index.html", "home", {})]
    pages += [Page(url_path("index", kind) + "index.html", kind, {})
              for kind in ("briefs", "people", "countries", "claims", "search")]
    for brief in site.briefs:
        pages.append(Page(url_path("brief", brief.slug) + "index.html", "brief", {"brief": brief}))
        pages.append(Page(url_path("source", brief.slug) + "index.html", "source", {"brief": brief}))
    for person in site.people.values():
        pages.append(Page(url_path("person", person.id) + "index.html", "person", {"person": person}))
    for country in site.countries.values():
        pages.append(Page(url_path("country", country.code) + "index.html", "country", {"country": country}))
    for claim in site.claims.values():
        pages.append(Page(url_path("claim", claim.id) + "index.html", "claim", {"claim": claim}))
    return pages


ANALYSIS_JSON = "data/analysis.json"
"""The claim analysis as data (values, intervals, verdicts, clusters) for other tools."""


class BriefingGenerator(Generator):
    """Writes the brief, source, person, country, claim and index pages."""

    def generate_context(self) -> None:
        root = project_root(self.settings).resolve()
        result = PRELOADED.get(root) or validate(root)
        if not result.ok:
            # One message with every problem: --fatal errors stops at the first log call.
            log.error("briefing: the content has errors; nothing was written\n%s", report(result.problems))
            raise ContentError("content has errors (run `make check`)")
        self.site = build_index(result.corpus, result.mentions)
        self.analysis = analyse(result.corpus, result.conflicts)

    def generate_output(self, writer) -> None:
        self.write_analysis_json()
        relative = self.settings.get("RELATIVE_URLS", False)
        for page in list_pages(self.site):
            writer.write_file(
                page.save_as,
                self.get_template(page.template),
                self.context,
                relative_urls=relative,
                site=self.site,
                analysis=self.analysis,
                output_file=page.save_as,
                page_kind=page.template,
                **page.context,
            )

    def write_analysis_json(self) -> None:
        path = Path(self.output_path) / ANALYSIS_JSON
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(to_json(self.analysis), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                        encoding="utf-8")
