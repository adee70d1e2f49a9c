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

# No Pelican reader reads content/: briefs, registries and plain pages are
# loaded and checked once by generator.loader, and written by the briefing
# generator; nothing else (.html, .rst, static files) reaches the site.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS: list[str] = []
STATIC_PATHS: list[str] = []
THEME_STATIC_DIR = "theme"  # a reserved folder: generator.links.SITE_FOLDERS

# Pelican's own blog pages are not used: the generator writes the home page.
DIRECT_TEMPLATES: list[str] = []
for _kind in ("ARTICLE", "ARTICLE_LANG", "DRAFT", "DRAFT_PAGE", "PAGE", "PAGE_LANG", "CATEGORY", "TAG", "AUTHOR",
              "YEAR_ARCHIVE", "MONTH_ARCHIVE", "DAY_ARCHIVE"):
    globals()[f"{_kind}_SAVE_AS"] = ""
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Feed entry ids are tag: URIs (RFC 4151) under this authority: a domain you
# own and a date you owned it.  Set it before the feeds are first published
# and never change it: readers know an entry by its id.
BRIEFING_TAG_AUTHORITY = "example.org,2024"

# sitemap.xml and robots.txt need absolute URLs: publishconf.py writes them.
BRIEFING_SITEMAP = False

# Content strings are escaped by the templates themselves.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "extensions": []}

# Document-relative links ending in index.html: the output works from any
# folder and straight from disk.
RELATIVE_URLS = True
BRIEFING_INDEX_LINKS = True

# No Pelican reader runs, so there is nothing to cache.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
