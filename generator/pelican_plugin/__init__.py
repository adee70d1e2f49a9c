"""The Briefing Pelican plugin: ``PLUGINS = ["generator.pelican_plugin"]``.

- `pages.BriefingGenerator` writes every page of the site — briefs, sources,
  registries, indexes and the plain pages of ``content/pages/`` — from the
  validated corpus (``BRIEFING_VALIDATED``); no Pelican reader reads content;
- `templating` gives templates links and rendered content for the current page;
- `theme` refuses theme static files that link outside the theme.
"""

from __future__ import annotations

from pelican import signals

from . import templating
from .pages import BriefingGenerator


def prepare_generator(generator) -> None:
    templating.install(generator.env)


def get_generators(pelican):
    return BriefingGenerator


def register() -> None:
    signals.generator_init.connect(prepare_generator)
    signals.get_generators.connect(get_generators)
