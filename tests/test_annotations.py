"""The annotation exports: every citation as a W3C Web Annotation and as a
Hypothesis import file, each selector re-anchored against the text its
source page shows (rebuilt here from the built HTML, not from the code)."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.annotations import ArticleText, article_text
from generator.segment import parse_seed
from test_build import FIXTURE, run_build

TAG = "tag:example.org,2024:annotations/"
SITEURL = "https://example.org/briefing"


class ArticleParser(HTMLParser):
    """A source page's article text, as `generator.annotations` defines it: each
    ``p.para``'s ``span.s`` sentences joined by a space, without their
    ``span.cite-refs``; the paragraphs joined by a line feed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = []
        self.depth = 0
        """Open spans inside the current sentence (0: not in a sentence)."""
        self.refs_at = 0
        """The depth of the open ``span.cite-refs``, whose text is left out (0: none)."""
        self.had_refs = False

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "p" and "para" in classes:
            self.paragraphs.append([])
        elif tag == "span" and self.depth:
            self.depth += 1
            if "cite-refs" in classes:
                self.refs_at, self.had_refs = self.depth, True
        elif tag == "span" and "s" in classes:
            self.depth, self.had_refs = 1, False
            self.paragraphs[-1].append("")

    def handle_endtag(self, tag):
        if tag != "span" or not self.depth:
            return
        if self.refs_at == self.depth:
            self.refs_at = 0
        self.depth -= 1
        if not self.depth and self.had_refs:  # the space the page writes before the claim links
            assert self.paragraphs[-1][-1].endswith(" ")
            self.paragraphs[-1][-1] = self.paragraphs[-1][-1][:-1]

    def handle_data(self, data):
        if self.depth and not self.refs_at:
            self.paragraphs[-1][-1] += data

    @property
    def text(self) -> str:
        return "\n".join(" ".join(sentences) for sentences in self.paragraphs)


def shown_text(page: Path) -> str:
    parser = ArticleParser()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.text


def units(text: str) -> bytes:
    """The text as UTF-16 code units (two bytes each), as a browser's string holds it."""
    return text.encode("utf-16-le")


def reanchor(text: str, selectors: list[dict]) -> None:
    """Both selectors find the same words in ``text``: the position selector's
    slice (in UTF-16 code units) is ``exact``, and prefix + exact + suffix occur
    there; prefix and suffix are 32 code units unless the text ends first."""
    quote = next(s for s in selectors if s["type"] == "TextQuoteSelector")
    position = next(s for s in selectors if s["type"] == "TextPositionSelector")
    code = units(text)
    start, end = position["start"], position["end"]
    assert code[2 * start:2 * end].decode("utf-16-le") == quote["exact"]
    prefix, suffix = units(quote["prefix"]), units(quote["suffix"])
    assert code[2 * start - len(prefix):2 * end + len(suffix)] == prefix + units(quote["exact"]) + suffix
    assert len(prefix) // 2 in (32, 31) or len(prefix) == 2 * start  # 31: an emoji would have been cut
    assert len(suffix) // 2 in (32, 31) or 2 * end + len(suffix) == len(code)


def collection(output: Path) -> dict:
    return json.loads((output / "data/annotations.jsonld").read_text(encoding="utf-8"))


def hypothesis(output: Path) -> dict:
    return json.loads((output / "data/hypothesis.json").read_text(encoding="utf-8"))


def source_page(output: Path, source: str) -> Path:
    """``/sources/alpha/`` or ``https://…/sources/alpha/`` → its file in ``output``."""
    return output / source[source.index("sources/"):] / "index.html"


def reanchor_all(output: Path) -> int:
    """Re-anchors every selector of both exports; returns how many annotations there are."""
    items = collection(output)["first"]["items"]
    rows = hypothesis(output)["annotations"]
    assert len(rows) == len(items)
    texts: dict[str, str] = {}
    for item, row in zip(items, rows):
        source = item["target"]["source"]
        text = texts.setdefault(source, shown_text(source_page(output, source)))
        reanchor(text, item["target"]["selector"])
        assert row["uri"] == row["target"][0]["source"] == source
        reanchor(text, row["target"][0]["selector"])
    return len(items)


def test_every_selector_reanchors_in_the_shown_text(fixture_site):
    assert reanchor_all(fixture_site) == 5  # every citation of the two published briefs


@pytest.mark.parametrize("slug, seed", [("alpha", "001_alpha.txt"), ("beta", "002_beta.txt")])
def test_the_article_text_is_what_the_source_page_shows(fixture_site, slug, seed):
    text = (FIXTURE / "seeds" / seed).read_text(encoding="utf-8")
    assert article_text(parse_seed(seed, text)).text == shown_text(fixture_site / f"sources/{slug}/index.html")


def test_the_collection_and_one_annotation_in_full(fixture_site):
    data = collection(fixture_site)
    items = data.pop("first").pop("items")
    assert data == {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "/data/annotations.jsonld",
                    "type": "AnnotationCollection",
                    "label": "Briefing: North Korean troops in Russia: every quote the briefs cite", "total": 5,
                    "last": "/data/annotations.jsonld#page-1"}
    assert [item["id"] for item in items] == [
        TAG + "alpha/p4s1/troops-crossed", TAG + "alpha/p5s1/border-closed", TAG + "alpha/p6s1/troops-crossed",
        TAG + "alpha/p4s2/us-response", TAG + "beta/p2s1/troops-crossed"]
    assert items[2] == {
        "id": TAG + "alpha/p6s1/troops-crossed", "type": "Annotation", "motivation": "describing",
        "body": [{"id": "/claims/troops-crossed/", "type": "Text", "format": "text/html",
                  "label": "Troops crossed the border"},
                 {"id": "/organisations/defence-ministry/#organisation", "type": "Organization",
                  "name": "Ruritanian Ministry of Defence"}],
        "target": {"source": "/sources/alpha/", "selector": [
            {"type": "TextQuoteSelector", "exact": "about 2,000 troops had crossed",
             "prefix": "r is closed.”\nThe ministry said ", "suffix": ", and Novak called it “a test”.\n"},
            {"type": "TextPositionSelector", "start": 292, "end": 322}]},
    }
    # A quote over two sentences: its exact words run across the space the page writes between them.
    exact = items[1]["target"]["selector"][0]["exact"]
    assert exact == "“We will not accept this,” Novak said. “The border is closed.”"


def test_the_hypothesis_file_is_what_its_import_reads(fixture_site):
    data = hypothesis(fixture_site)
    assert data["total"] == len(data["annotations"]) == 5
    row = data["annotations"][0]
    assert row == {
        "uri": "/sources/alpha/",
        "document": {"title": ["Original text: Ministers meet <after> talks & more"]},
        "target": [{"source": "/sources/alpha/", "selector": collection(fixture_site)["first"]["items"][0]
                    ["target"]["selector"]}],
        "text": "Claim: [Troops crossed the border](/claims/troops-crossed/)\n\n"
                "Said by: [Jan Novak](/people/jan-novak/)",
        "tags": ["claim:troops-crossed", "person:jan-novak"],
        "user": "acct:briefing@example.org",
        "user_info": {"display_name": "Briefing: North Korean troops in Russia"},
    }


GAMMA_SEED = ("Party 🎉 in the capital\n\n"
              "Crowds 🎉🎉 cheered 🎉🎉🎉🎉🎉🎉🎉 as Jan Novak said 2,000 troops 🪖 had crossed.  Officials said the "
              "border is closed 🚧 for now.\n"
              "Advertisement 🛒\n")
GAMMA_BRIEF = """---
title: Troops 🪖 crossed
slug: gamma
status: published
source:
  file: seeds/003_gamma.txt
  publisher: null
  published: 2024-10-29
  boilerplate: [4]
summary: Emoji in the text.
people: [jan-novak]
countries: [RU]
claims:
  - claim: troops-crossed
    quote: 2,000 troops 🪖 had crossed
    by: jan-novak
  - claim: border-closed
    quote: "had crossed. Officials said the border is closed 🚧"
    by: Officials
---
"""


@pytest.fixture(scope="module")
def emoji_site(tmp_path_factory) -> Path:
    """The fixture site with a third source full of characters outside the BMP."""
    root = tmp_path_factory.mktemp("emoji") / "project"
    shutil.copytree(FIXTURE, root)
    (root / "seeds/003_gamma.txt").write_text(GAMMA_SEED, encoding="utf-8")
    (root / "content/briefs/gamma.md").write_text(GAMMA_BRIEF, encoding="utf-8")
    output = root.parent / "output"
    result = run_build(root, output, "publishconf.py", {"SITEURL": SITEURL})
    assert result.returncode == 0, result.stderr
    return output


def test_offsets_count_utf16_code_units(emoji_site):
    assert reanchor_all(emoji_site) == 7
    items = [i for i in collection(emoji_site)["first"]["items"] if "/gamma/" in i["id"]]
    text = shown_text(emoji_site / "sources/gamma/index.html")
    assert text == article_text(parse_seed("seeds/003_gamma.txt", GAMMA_SEED)).text
    troops, closed = (item["target"]["selector"] for item in items)
    assert troops[0]["exact"] == "2,000 troops 🪖 had crossed"
    # Ten emoji before the quote: its UTF-16 start is ten past its code-point start.
    assert troops[1]["start"] == text.index("2,000 troops") + 10
    assert troops[1]["end"] - troops[1]["start"] == len("2,000 troops 🪖 had crossed") + 1
    # The seed's two spaces between the sentences are one on the page, and in the quote.
    assert closed[0]["exact"] == "had crossed. Officials said the border is closed 🚧"
    # The prefix stops short of cutting an emoji in two: 31 code units.
    assert len(units(troops[0]["prefix"])) // 2 == 31 and troops[0]["prefix"].startswith("🎉")


def test_absolute_addresses_in_a_publish_build(emoji_site):
    item = collection(emoji_site)["first"]["items"][-2]  # gamma's first: its source is the oldest
    assert collection(emoji_site)["id"] == f"{SITEURL}/data/annotations.jsonld"
    assert item["target"]["source"] == f"{SITEURL}/sources/gamma/"
    assert item["body"][1]["id"] == f"{SITEURL}/people/jan-novak/#person"
    row = hypothesis(emoji_site)["annotations"][-1]
    assert row["uri"] == f"{SITEURL}/sources/gamma/"
    assert row["text"] == (f"Claim: [The border is closed]({SITEURL}/claims/border-closed/)\n\n"
                           "Said by: Officials")  # free text: neither a page nor a tag
    assert row["tags"] == ["claim:border-closed"]


def test_every_page_links_to_the_exports(fixture_site):
    for page in ("index.html", "claims/troops-crossed/index.html"):
        html = (fixture_site / page).read_text(encoding="utf-8")
        prefix = "./" if page == "index.html" else "../../"
        for name in ("analysis.json", "annotations.jsonld", "hypothesis.json"):
            assert f'href="{prefix}data/{name}"' in html, (page, name)


def test_article_text_places_seed_spans():
    seed = parse_seed("x.txt", "Head 🙂\n\n  One.   Two 🙂 two.\nThree.\n")
    article = article_text(seed)
    assert article.text == "Head 🙂\nOne. Two 🙂 two.\nThree."
    one = seed.text.index("One")
    # A span over the gap between sentences becomes the page's one space; one
    # starting in a gap starts at the next sentence.
    assert article.text[slice(*article.place(one, seed.text.index("two.")))] == "One. Two 🙂 "
    assert article.text[slice(*article.place(one + 4, seed.text.index("Three") + 5))] == "Two 🙂 two.\nThree"
    assert article.utf16(article.text.index("Three")) == article.text.index("Three") + 2


def test_context_never_splits_a_surrogate_pair():
    article = ArticleText("a🙂🙂b", (0,), (4,), (0,), True)
    assert article.before(3, units=3) == "🙂"  # three units back would cut the first emoji
    assert article.after(1, units=3) == "🙂"
    assert article.before(3, units=4) == "🙂🙂" and article.before(3, units=5) == "a🙂🙂"
    assert article.after(0, units=1) == "a"


def test_the_dev_server_encodes_again_only_the_edited_source_s_annotations(project, tmp_path):
    """The exports are one file each, but a rebuild encodes only the briefs whose quotes changed."""
    from generator.incremental import Session

    root = project()
    session = Session("pelicanconf.py", tmp_path / "out", root)
    assert session.cold() == 0
    kept = session.memo.exports["annotations"]
    before = kept.results()
    assert sorted(before) == ["alpha", "beta"]
    alpha = root / "content/briefs/alpha.md"
    alpha.write_text(alpha.read_text(encoding="utf-8").replace("quote: about 2,000 troops had crossed\n",
                                                               "quote: 2,000 troops had crossed\n"), encoding="utf-8")
    assert session.rebuild(["content/briefs/alpha.md"]).ok
    after = kept.results()
    assert after["beta"] is before["beta"] and after["alpha"] is not before["alpha"]
    assert '"exact": "2,000 troops had crossed"' in (session.output / "data/annotations.jsonld").read_text(
        encoding="utf-8")
