"""Pelican settings for production builds (`make publish`).

Set SITEURL to the address the site is served from, e.g.
``SITEURL=https://example.org/briefing make publish``; left empty, links
are root-relative ("/claims/…/") and the site must sit at a domain's root.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False
BRIEFING_INDEX_LINKS = False
DELETE_OUTPUT_DIRECTORY = True
BRIEFING_SITEMAP = True  # sitemap.xml and robots.txt, when SITEURL is an absolute address
BRIEFING_PRECOMPRESS = True  # a .gz copy beside every text file (generator.precompress)
