"""The Briefing Pelican plugin: ``PLUGINS = ["generator.pelican_plugin"]``.

- `reader.MarkdownItReader` reads ``content/pages/*.md`` with markdown-it-py;
- `pages.BriefingGenerator` validates the corpus and writes every briefing page;
- `templating` gives templates links and rendered content for the current page.
"""

from __future__ import annotations

from pelican import signals

from . import templating
from .pages import BriefingGenerator
from .reader import MarkdownItReader

MARKDOWN_EXTENSIONS = ("md", "markdown", "mkd", "mdown")


def add_reader(readers) -> None:
    for ext in MARKDOWN_EXTENSIONS:
        readers.reader_classes[ext] = MarkdownItReader


def prepare_generator(generator) -> None:
    templating.install(generator.env)
    # pelican#3466: the disabled Python-Markdown reader warns for every .md
    # file even when ours reads it; forget it so --fatal warnings holds.
    for ext in MARKDOWN_EXTENSIONS:
        generator.readers.disabled_readers.pop(ext, None)


def get_generators(pelican):
    return BriefingGenerator


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.generator_init.connect(prepare_generator)
    signals.get_generators.connect(get_generators)
