"""Pelican settings for development builds (`make html`, `make devserver`)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent

SITENAME = "Briefing: North Korean troops in Russia"
SITESUBTITLE = "What five reports of 30–31 October 2024 say, sentence by sentence"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

THEME = "themes/briefing"
PLUGIN_PATHS = [str(ROOT)]
PLUGINS = ["generator.pelican_plugin"]

# Briefs and registries are read by the briefing generator, not as articles.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"

# Pelican's own blog pages are not used: the generator writes the home page.
DIRECT_TEMPLATES: list[str] = []
for _kind in ("ARTICLE", "ARTICLE_LANG", "DRAFT", "DRAFT_PAGE", "PAGE_LANG", "CATEGORY", "TAG", "AUTHOR",
              "YEAR_ARCHIVE", "MONTH_ARCHIVE", "DAY_ARCHIVE"):
    globals()[f"{_kind}_SAVE_AS"] = ""
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Content strings are escaped by the templates themselves.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "extensions": []}

# Document-relative links ending in index.html: the output works from any
# folder and straight from disk.
RELATIVE_URLS = True
BRIEFING_INDEX_LINKS = True

# The reader cache is keyed on file contents (git resets modification times).
CACHE_CONTENT = False
CHECK_MODIFIED_METHOD = "sha256"
