"""Atom feeds (RFC 4287): the site's newest briefs, and for each person,
organisation, country and claim the briefs about it.

    render_feed(view, context) → '<?xml version="1.0" encoding="utf-8"?>\\n<feed …'

A feed is a page record (`generator.pagelist.feed_pages`, template
``feed``) whose view holds the briefs it lists, so the dev server writes a
feed again only when a brief in it, or its subject, changed.  The output is
a function of the view and the settings alone, byte for byte:

- an entry's ``id`` is a ``tag:`` URI (RFC 4151) made of the
  ``BRIEFING_TAG_AUTHORITY`` setting and the brief's URL path, the same in
  every feed and every build, whatever ``SITEURL`` is;
- ``updated`` is the brief's publication date (midnight UTC), a feed's the
  newest of its entries' — never the time of the build.  A brief with no
  date is in no feed, and a feed with no entry is dated `NOTHING_YET`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable, Mapping

from feedgenerator import Atom1Feed
from markupsafe import escape

from .links import feed_path, url_path
from .model import Brief
from .render import Urls

FEED_ENTRIES = 50
"""The most entries a feed holds: the newest briefs."""

NOTHING_YET = dt.datetime(1970, 1, 1)
"""The ``updated`` of a feed with no entry yet (a person no dated brief names)."""

TAG_AUTHORITY = re.compile(r"[A-Za-z0-9.-]+(@[A-Za-z0-9.-]+)?,\d{4}(-\d{2}(-\d{2})?)?")
"""RFC 4151's ``taggingEntity``: a domain name or e-mail address, a comma, a date."""


class _Atom(Atom1Feed):
    """feedgenerator's Atom feed, dated by its entries only (its own fallback is the clock)."""

    def latest_post_date(self) -> dt.datetime:
        return max((item["updateddate"] for item in self.items), default=NOTHING_YET)


def check_tag_authority(value: Any) -> str | None:
    """Why ``BRIEFING_TAG_AUTHORITY`` is unusable, or None.

    >>> check_tag_authority("example.org,2024") is None
    True
    >>> check_tag_authority("https://example.org").endswith("not 'https://example.org'")
    True
    """
    if isinstance(value, str) and TAG_AUTHORITY.fullmatch(value):
        return None
    return ('briefing: BRIEFING_TAG_AUTHORITY must be a domain you own and a date you owned it, '
            f'e.g. "example.org,2024", not {value!r}')


def tag_uri(authority: str, path: str) -> str:
    """``tag_uri("example.org,2024", "briefs/alpha/")`` → ``"tag:example.org,2024:briefs/alpha/"``."""
    return f"tag:{authority}:{path}"


def feed_briefs(lists: Iterable[Iterable[Brief]], rank: Mapping[str, int]) -> tuple[Brief, ...]:
    """The dated briefs of several lists, once each, in site order (newest
    first, ``rank``), at most `FEED_ENTRIES`."""
    unique = {brief.slug: brief for briefs in lists for brief in briefs if brief.source.published}
    return tuple(sorted(unique.values(), key=lambda b: rank[b.slug])[:FEED_ENTRIES])


def feed_title(view: Mapping[str, Any], site_name: str) -> tuple[str, str]:
    """The feed's title and subtitle, from its subject."""
    subject, kind = view["subject"], view["kind"]
    if kind == "site":
        return site_name, "The newest briefs"
    if kind == "claim":
        return f"{subject.statement} — {site_name}", f"Briefs citing the claim: {subject.statement}"
    return f"{subject.name} — {site_name}", f"Briefs that quote or name {subject.name}"


def render_feed(view: Mapping[str, Any], context: Mapping[str, Any]) -> str:
    """The Atom document of a ``feed`` record; ``context`` is the page's
    template context (``SITEURL`` as seen from the feed's own file)."""
    urls = Urls(context.get("SITEURL", ""), bool(context.get("BRIEFING_INDEX_LINKS", False)))
    authority = context["BRIEFING_TAG_AUTHORITY"]
    kind, key = view["kind"], view["key"]
    title, subtitle = feed_title(view, context["SITENAME"])
    feed = _Atom(title=title, subtitle=subtitle, description=None, language=context.get("DEFAULT_LANG"),
                 link=urls.to("home") if kind == "site" else urls.to(kind, key),
                 feed_url=urls.static(feed_path(kind, key)), feed_guid=tag_uri(authority, feed_path(kind, key)),
                 author_name=context["SITENAME"])
    for brief in view["briefs"]:
        day = dt.datetime.combine(brief.source.published, dt.time())
        # The summary is sent as type="html": escaped here, it reads as the text the author wrote.
        feed.add_item(title=brief.title, link=urls.to("brief", brief.slug), description=str(escape(brief.summary)),
                      unique_id=tag_uri(authority, url_path("brief", brief.slug)), pubdate=day, updateddate=day)
    return feed.writeString("utf-8") + "\n"
