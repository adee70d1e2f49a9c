"""A Pelican reader for Markdown pages, with markdown-it-py.

Used for the site's plain pages (``content/pages/*.md``, e.g. About).
Briefs and registries are not Pelican content: the briefing generator
reads them through `generator.loader`, once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pelican.readers import BaseReader

from ..documents import FrontMatterError, parse_document
from ..render import Urls, render_markdown


class MarkdownItReader(BaseReader):
    """``.md`` files: YAML front matter (safe-loaded) + CommonMark body."""

    enabled = True
    file_extensions = ["md"]

    def read(self, source_path: str):
        text = Path(source_path).read_text(encoding="utf-8")
        try:
            document = parse_document(text)
        except FrontMatterError as error:
            raise ValueError(f"{source_path}:{error.line}: yaml-syntax: {error.message}") from None
        metadata = {}
        for name, value in (document.data or {}).items():
            if isinstance(value, (dt.date, dt.datetime)):
                value = value.isoformat()  # Pelican's date processor wants text
            metadata[name.lower()] = self.process_metadata(name.lower(), value)
        # Pages link with absolute site paths; the page template adds nothing.
        html = render_markdown(document.markdown, Urls(self.settings.get("SITEURL", "")))
        return str(html), metadata
