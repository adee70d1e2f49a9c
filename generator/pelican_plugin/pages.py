"""The briefing pages: a Pelican Generator fed by one validated corpus.

``python -m generator build`` validates the project once and hands the
result to Pelican in the ``BRIEFING_VALIDATED`` setting, so the pages are
rendered from the very parse that was checked (run through plain
``pelican``, the generator validates for itself).  ``generate_context``
stops the build before anything is written when an error remains;
``generate_output`` renders every page from the index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from ..analysis import analyse, to_json
from ..links import ANALYSIS_JSON, INDEX_PAGES, url_path
from ..model import SitePage
from ..site import SiteIndex, build_index
from ..sitepages import published_pages
from ..validate import Validated, report, validate
from .errors import ContentError
from .theme import check_theme


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


def validated(settings: dict[str, Any]) -> Validated:
    """The corpus the build checked (``BRIEFING_VALIDATED``), or a fresh validation."""
    given = settings.get("BRIEFING_VALIDATED")
    if given is not None and not isinstance(given, Validated):
        raise TypeError(f"briefing: BRIEFING_VALIDATED must be a generator.validate.Validated, "
                        f"got {type(given).__name__}")
    return given or validate(project_root(settings).resolve())


def list_pages(site: SiteIndex, pages: list[SitePage]) -> list[Page]:
    """Every page, its file named from the one URL map in `generator.links`."""
    listed = [Page("index.html", "home", {})]
    listed += [Page(url_path("index", kind) + "index.html", kind, {}) for kind in INDEX_PAGES]
    for brief in site.briefs:
        listed.append(Page(url_path("brief", brief.slug) + "index.html", "brief", {"brief": brief}))
        listed.append(Page(url_path("source", brief.slug) + "index.html", "source", {"brief": brief}))
    for person in site.people.values():
        listed.append(Page(url_path("person", person.id) + "index.html", "person", {"person": person}))
    for country in site.countries.values():
        listed.append(Page(url_path("country", country.code) + "index.html", "country", {"country": country}))
    for claim in site.claims.values():
        listed.append(Page(url_path("claim", claim.id) + "index.html", "claim", {"claim": claim}))
    listed += [Page(url_path("page", page.slug) + "index.html", "page", {"sitepage": page}) for page in pages]
    return listed


class BriefingGenerator(Generator):
    """Writes the brief, source, person, country, claim, index and plain pages."""

    def generate_context(self) -> None:
        check_theme(self.theme, self.settings["THEME_STATIC_PATHS"])
        result = validated(self.settings)
        if not result.ok:
            raise ContentError(f"the content has errors; nothing was written\n{report(result)}")
        self.site = build_index(result.corpus, result.mentions)
        self.analysis = analyse(result.corpus, result.conflicts)
        self.pages = published_pages(result.corpus.pages.values())
        self.context["nav_pages"] = self.pages  # every page's navigation lists them

    def generate_output(self, writer) -> None:
        self.write_analysis_json()
        relative = self.settings.get("RELATIVE_URLS", False)
        for page in list_pages(self.site, self.pages):
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
