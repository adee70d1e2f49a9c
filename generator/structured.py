"""Structured data: what a page shows, as schema.org JSON-LD in its ``<head>``.

    structured_data()  (a template global, in ``base.html``)
    → Markup('{"@context": "https://schema.org", "@type": "Claim", …}'), or None

- a claim page is a `Claim`: its statement, one ``appearance`` per quote
  citing it (a `CreativeWork`: the sentence's URL, the quote as ``text``,
  the speaker as ``author``, the source's date) and its ``firstAppearance``,
  the earliest dated one;
- a source page is a `NewsArticle`: headline, publisher, date, the byline's
  authors, and the original article's address when the brief gives one;
- a person is a `Person`, an organisation an `Organization` (both with
  ``sameAs`` Wikidata when known), a country a `Country`.

No `ClaimReview`: the site compares sources, it does not rate them.

Every entity has one ``@id`` on every page that names it: its page's URL
and a fragment (``/claims/<id>/#claim``, ``/people/<id>/#person``,
``/organisations/<id>/#organisation``, ``/countries/<code>/#country``,
``/sources/<slug>/#article``).  URLs are absolute when ``SITEURL`` is, else
from the site's root, whatever the page's own links look like.

A speaker is a `Person` or an `Organization` with its page when the
citation's ``by`` is a registered id; free text that reads as the name of a
body ("Pentagon", "The Associated Press": every word capitalised) is an
`Organization` by name; anything else ("a senior official", "U.S. and South
Korean officials") stays plain text, as schema.org allows.

The data is built here from the page's view and written by `script_json`,
which escapes ``<``, ``>`` and ``&`` (``\\u003c`` …) so that no string from
content can close the script element; the template inserts it as it is.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Mapping

from jinja2 import pass_context
from markupsafe import Markup

from .discovery import absolute_site_url
from .render import Urls
from .site import Cited

SCHEMA = "https://schema.org"
WIKIDATA = "https://www.wikidata.org/wiki/"

FRAGMENTS = {"claim": "claim", "source": "article", "person": "person", "organisation": "organisation",
             "country": "country"}
"""Page kind → the fragment that, after the page's URL, names what the page is about."""

_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}

_NAME_WORDS = frozenset({"of", "the", "for", "on", "de", "du", "des", "der", "für"})
"""Small words a body's name may hold in lower case ("U.S. Department of Defense")."""


def script_json(data: Any) -> Markup:
    """JSON safe inside ``<script>``: no ``<``, ``>`` or ``&`` is left to end it.

    >>> str(script_json({"text": "</script><b>&"}))
    '{"text": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    for char, escaped in _SCRIPT_UNSAFE.items():
        text = text.replace(char, escaped)
    return Markup(text)


def stable_urls(context: Mapping[str, Any]) -> Urls:
    """URLs that are the same from every page: absolute under an absolute ``SITEURL``, else from the root."""
    return Urls(absolute_site_url(context) or "")


def entity_id(urls: Urls, kind: str, key: str) -> str:
    """``entity_id(Urls(""), "claim", "x")`` → ``"/claims/x/#claim"``."""
    return urls.to(kind, key, FRAGMENTS[kind])


def looks_like_a_body(text: str) -> bool:
    """Free text that names an organisation: every word capitalised but a few small ones.

    >>> [looks_like_a_body(t) for t in ("U.S. Department of Defense", "a senior official", "U.S. and Japan")]
    [True, False, False]
    """
    words = text.split()
    return bool(words) and words[0][:1].isupper() and all(
        word[:1].isupper() or word in _NAME_WORDS for word in words)


def speaker(site: Any, by: str, by_id: bool, urls: Urls) -> dict[str, Any] | str:
    """A citation's speaker: a registered person or organisation, a body by name, or plain text."""
    if by_id:
        if (person := site.people.get(by)) is not None:
            return _named("Person", urls, "person", person.id, person.name)
        if (organisation := site.organisations.get(by)) is not None:
            return _named("Organization", urls, "organisation", organisation.id, organisation.name)
    return {"@type": "Organization", "name": by} if looks_like_a_body(by) else by


def _named(schema_type: str, urls: Urls, kind: str, key: str, name: str) -> dict[str, Any]:
    return {"@type": schema_type, "@id": entity_id(urls, kind, key), "name": name, "url": urls.to(kind, key)}


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    """The fields that have a value: schema.org has no use for nulls and empty lists."""
    return {key: value for key, value in data.items() if value not in (None, "", [], ())}


def appearance(item: Cited, site: Any, urls: Urls) -> dict[str, Any]:
    """One quote of a claim: where it is, its words, who said them and when."""
    brief, citation = item.brief, item.citation
    fragment = citation.anchor.fragment if citation.anchor else ""
    day = brief.source.published
    return _drop_empty({
        "@type": "CreativeWork",
        "url": urls.to("source", brief.slug, fragment),
        "text": citation.quote,
        "author": speaker(site, citation.by, citation.by_id, urls),
        "datePublished": day.isoformat() if day else None,
        "isPartOf": {"@id": entity_id(urls, "source", brief.slug)},
    })


def claim_data(ctx: Any, urls: Urls) -> dict[str, Any]:
    claim, cited = ctx["claim"], list(ctx["cited"])
    appearances = [appearance(item, ctx["site"], urls) for item in cited]
    dated = [(item.brief.source.published, n) for n, item in enumerate(cited) if item.brief.source.published]
    return _drop_empty({
        "@context": SCHEMA, "@type": "Claim", "@id": entity_id(urls, "claim", claim.id),
        "url": urls.to("claim", claim.id), "text": claim.statement,
        "appearance": appearances,
        "firstAppearance": appearances[min(dated)[1]] if dated else None,
    })


def source_data(ctx: Any, urls: Urls) -> dict[str, Any]:
    """The article the source page reproduces; ``url`` and ``isBasedOn`` are the original's address."""
    header = ctx["brief"]  # a `pagelist.SourceHeader`
    source = header.source
    return _drop_empty({
        "@context": SCHEMA, "@type": "NewsArticle", "@id": entity_id(urls, "source", header.slug),
        "mainEntityOfPage": urls.to("source", header.slug),
        "headline": header.title,
        "publisher": {"@type": "Organization", "name": source.publisher} if source.publisher else None,
        "datePublished": source.published.isoformat() if source.published else None,
        "author": [{"@type": "Person", "name": name} for name in source.byline],
        "url": source.url,
        "isBasedOn": source.url,
    })


def person_data(ctx: Any, urls: Urls) -> dict[str, Any]:
    person = ctx["person"]
    country = ctx["site"].countries.get(person.country) if person.country else None
    return _drop_empty({
        "@context": SCHEMA, "@type": "Person", "@id": entity_id(urls, "person", person.id),
        "url": urls.to("person", person.id), "name": person.name,
        "alternateName": list(person.aliases), "jobTitle": person.role,
        "nationality": _named("Country", urls, "country", country.code, country.name) if country else None,
        "sameAs": wikidata(person.wikidata),
    })


def organisation_data(ctx: Any, urls: Urls) -> dict[str, Any]:
    organisation = ctx["organisation"]
    return _drop_empty({
        "@context": SCHEMA, "@type": "Organization", "@id": entity_id(urls, "organisation", organisation.id),
        "url": urls.to("organisation", organisation.id), "name": organisation.name,
        "alternateName": list(organisation.aliases), "sameAs": wikidata(organisation.wikidata),
    })


def country_data(ctx: Any, urls: Urls) -> dict[str, Any]:
    country = ctx["country"]
    return _drop_empty({
        "@context": SCHEMA, "@type": "Country", "@id": entity_id(urls, "country", country.code),
        "url": urls.to("country", country.code), "name": country.name, "identifier": country.code,
        "alternateName": country.official_name if country.official_name != country.name else None,
    })


def wikidata(qid: str | None) -> str | None:
    """``wikidata("Q42")`` → ``"https://www.wikidata.org/wiki/Q42"``."""
    return f"{WIKIDATA}{qid}" if qid else None


DESCRIBE: Mapping[str, Callable[[Any, Urls], dict[str, Any]]] = {
    "claim": claim_data, "source": source_data, "person": person_data, "organisation": organisation_data,
    "country": country_data,
}
"""Page kind → its structured data; other pages have none."""


@pass_context
def structured_data(ctx: Any) -> Markup | None:
    """The page's JSON-LD, safe to write inside ``<script type="application/ld+json">``; None for a page without."""
    describe = DESCRIBE.get(ctx.get("page_kind", ""))
    return script_json(describe(ctx, stable_urls(ctx))) if describe else None


def install(env: Any) -> None:
    env.globals["structured_data"] = structured_data
