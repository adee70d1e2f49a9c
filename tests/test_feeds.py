"""Feeds and discovery: the Atom feeds, sitemap.xml and robots.txt, and what
each page's head says about it — on the fixture site, exactly."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.discovery import shorten
from generator.feeds import FEED_ENTRIES, check_tag_authority, feed_briefs, render_feed
from test_build import FIXTURE, html_files, run_build

ATOM = "{http://www.w3.org/2005/Atom}"
TAG = "tag:example.org,2024:"
SITEURL = "https://example.org/briefing"
SITENAME = "Briefing: North Korean troops in Russia"

FEEDS = {
    "feeds/all.atom.xml": ["alpha", "beta"],
    "feeds/people/jan-novak.atom.xml": ["alpha", "beta"],
    "feeds/people/ann-writer.atom.xml": ["alpha"],  # named in alpha's byline line, quoted by no one
    "feeds/organisations/defence-ministry.atom.xml": ["alpha"],
    "feeds/countries/ru.atom.xml": ["alpha"],
    "feeds/countries/us.atom.xml": ["alpha", "beta"],
    "feeds/claims/troops-crossed.atom.xml": ["alpha", "beta"],
    "feeds/claims/border-closed.atom.xml": ["alpha"],
    "feeds/claims/us-response.atom.xml": ["alpha"],
}
"""Every feed of the fixture site, and the briefs it lists, newest first."""

DESCRIPTIONS = {
    "404.html": "No page of Briefing: North Korean troops in Russia is at this address.",
    "about/index.html": "A fixture page with emphasis.",
    "briefs/alpha/index.html": "A fixture brief with <tags> & ampersands.",
    "briefs/beta/index.html": "The second fixture brief.",
    "briefs/index.html": "All 2 briefs, newest first: what each source reports, with its claims, people and "
                         "countries.",
    "claims/border-closed/index.html": "The border is closed",
    "claims/index.html": "The 3 claims the briefs cite, with every source's version and whether the sources agree.",
    "claims/troops-crossed/index.html": "Troops crossed the border",
    "claims/us-response/index.html": "The United States will respond",
    "countries/index.html": "The 2 countries the briefs name, with their people and the sentences naming them.",
    "countries/ru/index.html": "Ruritania: 1 person, named in 1 brief and 3 sentences of the sources.",
    "countries/us/index.html": "United States: 0 people, named in 2 briefs and 2 sentences of the sources.",
    "index.html": "What five reports of 30–31 October 2024 say, sentence by sentence",
    "organisations/defence-ministry/index.html": "Ruritanian Ministry of Defence, government body: 1 quote "
                                                 "attributed, named in 0 quotes and 1 sentence of the sources.",
    "organisations/index.html": "The 1 organisation the briefs quote or name, with the statements attributed to "
                                "each.",
    "people/ann-writer/index.html": "Ann Writer, Reporter: 0 claims attributed, named in 0 quotes and 1 sentence "
                                    "of the sources.",
    "people/index.html": "The 2 people the briefs quote or name, with the claims attributed to each.",
    "people/jan-novak/index.html": "Jan Novak, Defence minister: 4 claims attributed, named in 1 quote and "
                                   "5 sentences of the sources.",
    "search/index.html": "Search the full text of every brief and every original source.",
    "sources/alpha/index.html": "Original text of “Ministers meet <after> talks & more” (Fixture Times, "
                                "31 October 2024), sentence by sentence, with the claims each quoted sentence supports.",
    "sources/beta/index.html": "Original text of “Novak warns of border buildup” (30 October 2024), sentence by "
                               "sentence, with the claims each quoted sentence supports.",
    "sources/index.html": "The 2 sources the briefs annotate, newest first, with publisher, date, original text and "
                          "brief.",
    "timeline/index.html": "What the sources date, day by day, oldest first: each brief on the day its source was "
                           "published, each value on the day it describes.",
}


class HeadParser(HTMLParser):
    """The ``<meta>`` and ``<link>`` tags of a page's head, attributes unescaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.links: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        if tag == "meta" and ("name" in attributes or "property" in attributes):
            self.meta[attributes.get("name") or attributes["property"]] = attributes["content"]
        elif tag == "link":
            self.links.append(attributes)


def head(path: Path) -> HeadParser:
    parser = HeadParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def atom_faults(root: ET.Element) -> list[str]:
    """What RFC 4287 requires and ``root`` lacks: a feed's id, title, updated,
    author (here, or in every entry) and self link; each entry's id, title,
    updated and alternate link."""
    faults = [f"feed: no {name}" for name in ("id", "title", "updated") if root.find(ATOM + name) is None]
    links = {link.get("rel", "alternate"): link.get("href") for link in root.findall(ATOM + "link")}
    faults += [f"feed: no {rel} link" for rel in ("self", "alternate") if not links.get(rel)]
    entries = root.findall(ATOM + "entry")
    if root.find(f"{ATOM}author/{ATOM}name") is None and any(e.find(ATOM + "author") is None for e in entries):
        faults.append("no author")
    for i, entry in enumerate(entries):
        faults += [f"entry {i}: no {name}" for name in ("id", "title", "updated") if entry.find(ATOM + name) is None]
        if not any(link.get("rel", "alternate") == "alternate" for link in entry.findall(ATOM + "link")):
            faults.append(f"entry {i}: no alternate link")
    return faults


def entry_ids(root: ET.Element) -> list[str]:
    return [e.findtext(ATOM + "id") for e in root.findall(ATOM + "entry")]


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("published") / "public"
    result = run_build(FIXTURE, output, "publishconf.py", {"SITEURL": SITEURL})
    assert result.returncode == 0, result.stderr
    return output


# --- feeds ----------------------------------------------------------------


def test_every_feed_is_valid_atom_listing_its_briefs_newest_first(fixture_site):
    written = sorted(p.relative_to(fixture_site).as_posix() for p in (fixture_site / "feeds").rglob("*"))
    assert [name for name in written if name.endswith(".xml")] == sorted(FEEDS)
    for name, slugs in FEEDS.items():
        root = ET.parse(fixture_site / name).getroot()
        assert root.tag == ATOM + "feed" and atom_faults(root) == [], name
        assert root.findtext(ATOM + "id") == TAG + name
        assert entry_ids(root) == [f"{TAG}briefs/{slug}/" for slug in slugs], name
        assert root.findtext(ATOM + "updated") == "2024-10-31T00:00:00Z"  # the newest entry's date


def test_the_site_feed_entries_in_full(fixture_site):
    root = ET.parse(fixture_site / "feeds/all.atom.xml").getroot()
    assert root.findtext(ATOM + "title") == SITENAME
    assert root.findtext(f"{ATOM}author/{ATOM}name") == SITENAME
    assert {link.get("rel"): link.get("href") for link in root.findall(ATOM + "link")} == {
        "alternate": "../index.html", "self": "../feeds/all.atom.xml"}
    alpha, beta = root.findall(ATOM + "entry")
    assert [(child.tag.removeprefix(ATOM), child.text, dict(child.attrib)) for child in alpha] == [
        ("title", "Ministers meet <after> talks & more", {}),
        ("link", None, {"href": "../briefs/alpha/index.html", "rel": "alternate"}),
        ("published", "2024-10-31T00:00:00Z", {}),
        ("updated", "2024-10-31T00:00:00Z", {}),
        ("id", "tag:example.org,2024:briefs/alpha/", {}),
        # type="html": the summary's own "<tags>" arrive as text, not as markup.
        ("summary", "A fixture brief with &lt;tags&gt; &amp; ampersands.", {"type": "html"}),
    ]
    assert beta.findtext(ATOM + "updated") == "2024-10-30T00:00:00Z"


def test_an_entity_feed_links_to_its_page(fixture_site):
    root = ET.parse(fixture_site / "feeds/countries/us.atom.xml").getroot()
    assert root.findtext(ATOM + "title") == f"United States — {SITENAME}"
    assert root.findtext(ATOM + "subtitle") == "Briefs that quote or name United States"
    assert {link.get("rel"): link.get("href") for link in root.findall(ATOM + "link")} == {
        "alternate": "../../countries/us/index.html", "self": "../../feeds/countries/us.atom.xml"}


def test_published_feeds_use_absolute_links_and_the_same_ids(fixture_site, published):
    root = ET.parse(published / "feeds/people/jan-novak.atom.xml").getroot()
    assert root.find(ATOM + "link").get("href") == f"{SITEURL}/people/jan-novak/"
    assert root.find(f"{ATOM}entry/{ATOM}link").get("href") == f"{SITEURL}/briefs/alpha/"
    assert entry_ids(root) == entry_ids(ET.parse(fixture_site / "feeds/people/jan-novak.atom.xml").getroot())


def test_a_hostile_title_is_escaped_in_feeds_and_heads(project, tmp_path):
    title = 'Ministers "meet" <after> & <script>x</script>'
    alpha = project() / "content/briefs/alpha.md"
    text = alpha.read_text(encoding="utf-8").replace("title: Ministers meet <after> talks & more",
                                                     "title: '" + title + "'")
    root = project({"content/briefs/alpha.md": text})
    output = tmp_path / "output"
    result = run_build(root, output)
    assert result.returncode == 0, result.stderr
    feed = (output / "feeds/all.atom.xml").read_text(encoding="utf-8")
    assert "<title>Ministers \"meet\" &lt;after&gt; &amp; &lt;script&gt;x&lt;/script&gt;</title>" in feed
    assert ET.fromstring(feed.encode()).find(f"{ATOM}entry/{ATOM}title").text == title
    page = (output / "sources/alpha/index.html").read_text(encoding="utf-8")
    assert ('<meta property="og:title" content="Original text: Ministers &#34;meet&#34; &lt;after&gt; &amp; '
            '&lt;script&gt;x&lt;/script&gt;">') in page
    assert "<script>" not in page and '"meet"' not in page
    assert head(output / "sources/alpha/index.html").meta["og:title"] == f"Original text: {title}"


def test_two_builds_write_the_same_feeds_byte_for_byte(fixture_site, tmp_path):
    again = tmp_path / "again"
    assert run_build(FIXTURE, again).returncode == 0
    assert {name: (again / name).read_bytes() for name in FEEDS} == {name: (fixture_site / name).read_bytes()
                                                                      for name in FEEDS}


def brief(slug: str, day: int | None) -> SimpleNamespace:
    return SimpleNamespace(slug=slug, title=slug, summary=f"{slug} <b>", source=SimpleNamespace(
        published=dt.date(2024, 1, 1) + dt.timedelta(days=day) if day is not None else None))


def test_a_feed_keeps_the_newest_dated_briefs_once_each():
    briefs = [brief(f"b{i:02}", 100 - i) for i in range(FEED_ENTRIES + 10)] + [brief("undated", None)]
    rank = {b.slug: i for i, b in enumerate(briefs)}
    kept = feed_briefs([briefs[::-1], briefs[:5]], rank)
    assert [b.slug for b in kept] == [f"b{i:02}" for i in range(FEED_ENTRIES)]


CONTEXT = {"SITEURL": "", "SITENAME": "S & <Co>", "DEFAULT_LANG": "en", "BRIEFING_TAG_AUTHORITY": "example.org,2024"}


def test_a_feed_with_no_entry_is_dated_by_nothing_but_itself():
    claim = SimpleNamespace(id="quiet", statement="Nothing yet")
    text = render_feed({"kind": "claim", "key": "quiet", "subject": claim, "briefs": ()}, CONTEXT)
    assert text == (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xml:lang="en" xmlns="http://www.w3.org/2005/Atom"><title>Nothing yet — S &amp; &lt;Co&gt;</title>'
        '<link href="/claims/quiet/" rel="alternate"/><link href="/feeds/claims/quiet.atom.xml" rel="self"/>'
        "<id>tag:example.org,2024:feeds/claims/quiet.atom.xml</id><updated>1970-01-01T00:00:00Z</updated>"
        "<author><name>S &amp; &lt;Co&gt;</name></author><subtitle>Briefs citing the claim: Nothing yet</subtitle>"
        "</feed>\n")
    assert atom_faults(ET.fromstring(text.encode())) == []


def test_the_tag_authority_setting_is_checked(tmp_path):
    assert check_tag_authority("news.example.com,2024-10-31") is None
    assert check_tag_authority("desk@news.example.com,2024") is None
    settings = tmp_path / "settings.py"
    settings.write_text('from pelicanconf import *  # noqa\nBRIEFING_TAG_AUTHORITY = "https://x.org"\n',
                        encoding="utf-8")
    result = run_build(FIXTURE, tmp_path / "output", str(settings))
    assert result.returncode == 1
    assert result.stderr.startswith(
        "build stopped: briefing: BRIEFING_TAG_AUTHORITY must be a domain you own and a date you owned it, "
        "e.g. \"example.org,2024\", not 'https://x.org'\n")


# --- heads ----------------------------------------------------------------


def test_every_page_has_a_description_from_its_content(fixture_site):
    found = {name: head(fixture_site / name).meta["description"] for name in html_files(fixture_site)}
    assert found == DESCRIPTIONS
    assert all(len(text) <= 160 for text in found.values())


def test_a_long_description_is_cut_at_a_word(project, tmp_path):
    summary = "Ministers met " + "and talked about the border at length " * 6 + "& agreed."
    alpha = project() / "content/briefs/alpha.md"
    text = alpha.read_text(encoding="utf-8").replace("summary: A fixture brief with <tags> & ampersands.",
                                                     f"summary: {summary}")
    output = tmp_path / "output"
    assert run_build(project({"content/briefs/alpha.md": text}), output).returncode == 0
    found = head(output / "briefs/alpha/index.html").meta["description"]
    assert found == shorten(summary) and len(found) == 159 and found.endswith("about the border at…")
    assert summary.startswith(found[:-1])


def test_shorten_keeps_words_whole():
    assert shorten("a " * 100) == ("a " * 80).strip() + "…"
    assert shorten("x" * 200) == "x" * 159 + "…"
    assert shorten("word, " * 40, 20) == "word, word, word…"


def test_a_plain_build_has_open_graph_but_no_addresses(fixture_site):
    page = head(fixture_site / "people/jan-novak/index.html")
    assert page.meta == {
        "viewport": "width=device-width, initial-scale=1",
        "description": DESCRIPTIONS["people/jan-novak/index.html"],
        "og:site_name": SITENAME,
        "og:title": "Jan Novak",
        "og:description": DESCRIPTIONS["people/jan-novak/index.html"],
        "og:type": "website",
        "twitter:card": "summary",
    }
    assert [(link["rel"], link["href"]) for link in page.links] == [
        ("alternate", "../../feeds/all.atom.xml"), ("alternate", "../../feeds/people/jan-novak.atom.xml"),
        ("stylesheet", "../../theme/css/site.css"), ("icon", "../../theme/favicon.svg")]
    assert head(fixture_site / "briefs/alpha/index.html").meta["og:type"] == "article"


def test_each_entity_page_advertises_its_own_feed(fixture_site):
    for name in FEEDS:
        kind, _, key = name.removeprefix("feeds/").removesuffix(".atom.xml").partition("/")
        page = fixture_site / (f"{kind}/{key}/index.html" if key else "index.html")
        feeds = [link for link in head(page).links if link.get("type") == "application/atom+xml"]
        assert feeds[-1]["href"].endswith(name), page
        assert (page.parent / feeds[-1]["href"]).resolve() == (fixture_site / name).resolve()


def test_a_published_page_names_its_address(published):
    page = head(published / "claims/troops-crossed/index.html")
    assert page.meta["og:url"] == f"{SITEURL}/claims/troops-crossed/"
    assert [link["href"] for link in page.links if link["rel"] == "canonical"] == [f"{SITEURL}/claims/troops-crossed/"]
    assert head(published / "index.html").meta["og:url"] == f"{SITEURL}/"


# --- sitemap and robots.txt -----------------------------------------------


def test_the_sitemap_lists_every_page_once(published):
    root = ET.parse(published / "sitemap.xml").getroot()
    locs = [url.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc") for url in root]
    pages = [f"{SITEURL}/{name.removesuffix('index.html')}" for name in html_files(published) if name != "404.html"]
    assert sorted(locs) == sorted(pages) and len(set(locs)) == len(locs) == 22
    assert locs[:2] == [f"{SITEURL}/", f"{SITEURL}/briefs/"]
    assert (published / "robots.txt").read_text(encoding="utf-8") == (
        f"User-agent: *\nDisallow:\n\nSitemap: {SITEURL}/sitemap.xml\n")


def test_a_plain_build_has_no_sitemap_nor_robots(fixture_site):
    assert not (fixture_site / "sitemap.xml").exists() and not (fixture_site / "robots.txt").exists()
    assert all(link["rel"] != "canonical" for link in head(fixture_site / "index.html").links)


def test_a_publish_build_without_an_address_has_no_sitemap(tmp_path):
    output = tmp_path / "public"
    result = run_build(FIXTURE, output, "publishconf.py", {"SITEURL": ""})
    assert result.returncode == 0, result.stderr
    assert not (output / "sitemap.xml").exists() and not (output / "robots.txt").exists()
    assert "og:url" not in head(output / "index.html").meta
