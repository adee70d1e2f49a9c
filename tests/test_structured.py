"""Structured data: each entity page's schema.org JSON-LD, parsed out of the
built fixture site and held to exact values."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.render import Urls
from generator.structured import looks_like_a_body, script_json, speaker
from test_build import FIXTURE, html_files, run_build

SITEURL = "https://example.org/briefing"
NOVAK = {"@type": "Person", "@id": "/people/jan-novak/#person", "name": "Jan Novak", "url": "/people/jan-novak/"}
MINISTRY = {"@type": "Organization", "@id": "/organisations/defence-ministry/#organisation",
            "name": "Ruritanian Ministry of Defence", "url": "/organisations/defence-ministry/"}


class ScriptParser(HTMLParser):
    """The JSON-LD scripts of a page, and whether each is in the head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[bool, str]] = []
        self.in_head = self.in_script = False

    def handle_starttag(self, tag, attrs):
        self.in_head = self.in_head or tag == "head"
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.in_script = True
            self.scripts.append((self.in_head, ""))

    def handle_endtag(self, tag):
        self.in_head = self.in_head and tag != "head"
        self.in_script = self.in_script and tag != "script"

    def handle_data(self, data):
        if self.in_script:
            in_head, text = self.scripts[-1]
            self.scripts[-1] = (in_head, text + data)


def scripts(page: Path) -> list[tuple[bool, str]]:
    parser = ScriptParser()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.scripts


def json_ld(page: Path) -> dict | None:
    """The page's one JSON-LD object (in its head), or None."""
    found = scripts(page)
    assert len(found) <= 1 and all(in_head for in_head, _ in found), page
    return json.loads(found[0][1]) if found else None


def appearance(source: str, quote: str, author, day: str) -> dict:
    return {"@type": "CreativeWork", "url": f"/sources/{source}", "text": quote, "author": author,
            "datePublished": day, "isPartOf": {"@id": f"/sources/{source.split('#')[0]}#article"}}


def test_a_claim_page_is_a_claim_with_every_appearance_and_the_first(fixture_site):
    beta = appearance("beta/#p2s1", "up to 3,000 troops were near the border", NOVAK, "2024-10-30")
    assert json_ld(fixture_site / "claims/troops-crossed/index.html") == {
        "@context": "https://schema.org", "@type": "Claim", "@id": "/claims/troops-crossed/#claim",
        "url": "/claims/troops-crossed/", "text": "Troops crossed the border",
        "appearance": [
            appearance("alpha/#p4s1", "about 2,000 troops had crossed into Ruritania", NOVAK, "2024-10-31"),
            appearance("alpha/#p6s1", "about 2,000 troops had crossed", MINISTRY, "2024-10-31"),
            beta,
        ],
        "firstAppearance": beta,  # beta's source is a day older than alpha's
    }


def test_a_quote_spanning_two_sentences_appears_at_its_first(fixture_site):
    data = json_ld(fixture_site / "claims/border-closed/index.html")
    quote = appearance("alpha/#p5s1", "“We will not accept this,” Novak said. “The border is closed.”", NOVAK,
                       "2024-10-31")
    assert data["appearance"] == [quote] and data["firstAppearance"] == quote


def test_a_source_page_is_a_news_article(fixture_site):
    assert json_ld(fixture_site / "sources/alpha/index.html") == {
        "@context": "https://schema.org", "@type": "NewsArticle", "@id": "/sources/alpha/#article",
        "mainEntityOfPage": "/sources/alpha/", "headline": "Ministers meet <after> talks & more",
        "publisher": {"@type": "Organization", "name": "Fixture Times"}, "datePublished": "2024-10-31",
        "author": [{"@type": "Person", "name": "Ann Writer"}],
        "url": "https://example.org/alpha?a=1&b=2", "isBasedOn": "https://example.org/alpha?a=1&b=2",
    }
    # No publisher, byline or address: the fields are left out, not null.
    assert json_ld(fixture_site / "sources/beta/index.html") == {
        "@context": "https://schema.org", "@type": "NewsArticle", "@id": "/sources/beta/#article",
        "mainEntityOfPage": "/sources/beta/", "headline": "Novak warns of border buildup",
        "datePublished": "2024-10-30",
    }


def test_person_organisation_and_country_pages(fixture_site):
    assert json_ld(fixture_site / "people/jan-novak/index.html") == {
        "@context": "https://schema.org", "@type": "Person", "@id": "/people/jan-novak/#person",
        "url": "/people/jan-novak/", "name": "Jan Novak", "alternateName": ["Novak"], "jobTitle": "Defence minister",
        "nationality": {"@type": "Country", "@id": "/countries/ru/#country", "name": "Ruritania",
                        "url": "/countries/ru/"},
    }
    assert json_ld(fixture_site / "organisations/defence-ministry/index.html") == {
        "@context": "https://schema.org", "@type": "Organization",
        "@id": "/organisations/defence-ministry/#organisation", "url": "/organisations/defence-ministry/",
        "name": "Ruritanian Ministry of Defence", "alternateName": ["The ministry"],
    }
    assert json_ld(fixture_site / "countries/us/index.html") == {
        "@context": "https://schema.org", "@type": "Country", "@id": "/countries/us/#country",
        "url": "/countries/us/", "name": "United States", "identifier": "US",
        "alternateName": "United States of America",
    }


def test_only_entity_pages_have_structured_data(fixture_site):
    kinds = ("claims/", "sources/", "people/", "organisations/", "countries/")
    for name in html_files(fixture_site):
        entity = name.startswith(kinds) and name.count("/") == 2
        assert (json_ld(fixture_site / name) is not None) == entity, name


def test_wikidata_and_absolute_ids_in_a_publish_build(project, tmp_path):
    root = project({"content/people/jan-novak.md": (FIXTURE / "content/people/jan-novak.md").read_text(
        encoding="utf-8").replace("role:", "wikidata: Q42\nrole:")})
    output = tmp_path / "public"
    result = run_build(root, output, "publishconf.py", {"SITEURL": SITEURL})
    assert result.returncode == 0, result.stderr
    person = json_ld(output / "people/jan-novak/index.html")
    assert person["@id"] == f"{SITEURL}/people/jan-novak/#person"
    assert person["sameAs"] == "https://www.wikidata.org/wiki/Q42"
    claim = json_ld(output / "claims/troops-crossed/index.html")
    assert claim["@id"] == f"{SITEURL}/claims/troops-crossed/#claim"
    assert claim["firstAppearance"]["url"] == f"{SITEURL}/sources/beta/#p2s1"
    assert claim["firstAppearance"]["author"]["url"] == f"{SITEURL}/people/jan-novak/"


HOSTILE = "</script><script>alert(1)</script><!-- &"


def test_content_cannot_close_the_script(project, tmp_path):
    root = project({
        "content/claims/troops-crossed.md": f"---\nstatement: \"{HOSTILE}\"\n---\n",
        "content/briefs/beta.md": (FIXTURE / "content/briefs/beta.md").read_text(encoding="utf-8").replace(
            "by: jan-novak", "by: \"</SCRIPT> Officials\""),
    })
    output = tmp_path / "output"
    result = run_build(root, output)
    assert result.returncode == 0, result.stderr
    page = output / "claims/troops-crossed/index.html"
    [(_, text)] = scripts(page)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    data = json.loads(text)
    assert data["text"] == HOSTILE
    assert data["appearance"][2]["author"] == "</SCRIPT> Officials"  # free text, not a body's name
    assert page.read_text(encoding="utf-8").count("</script>") == 1


def test_script_json_escapes_what_could_end_a_script():
    text = str(script_json({"a": "</script>", "b": ["<!--", "&amp;"]}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script>", "b": ["<!--", "&amp;"]}


@pytest.mark.parametrize("text, body", [
    ("Pentagon", True), ("The Associated Press", True), ("U.S. Department of Defense", True),
    ("White House", True), ("North Korea", True),
    ("a senior South Korean presidential official", False), ("A Ukrainian official", False),
    ("U.S. and South Korean officials", False), ("The report (unattributed)", False),
    ("dpa-AFX (unattributed)", False), ("Pentagon fact sheet", False), ("The ministry", False), ("", False),
])
def test_free_text_speakers_that_name_a_body(text, body):
    assert looks_like_a_body(text) is body


def test_a_speaker_is_a_registered_person_or_organisation_else_a_name():
    site = SimpleNamespace(people={"jan-novak": SimpleNamespace(id="jan-novak", name="Jan Novak")},
                           organisations={"nato": SimpleNamespace(id="nato", name="NATO")})
    urls = Urls("")
    assert speaker(site, "jan-novak", True, urls) == NOVAK
    assert speaker(site, "nato", True, urls) == {"@type": "Organization", "@id": "/organisations/nato/#organisation",
                                                 "name": "NATO", "url": "/organisations/nato/"}
    assert speaker(site, "Pentagon", False, urls) == {"@type": "Organization", "name": "Pentagon"}
    assert speaker(site, "a senior official", False, urls) == "a senior official"
