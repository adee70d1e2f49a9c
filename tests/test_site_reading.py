"""What a reader meets beyond the page itself: the text search indexes, the 404 page served at
any depth, and entity pages that say each thing once.

The indexed text is worked out from the built HTML as Pagefind reads it: the text inside
``data-pagefind-body``, less every element marked ``data-pagefind-ignore`` or matched by
`generator.search.EXCLUDED_SELECTORS`.  The browser tests (tests/browser) check the same
through real search excerpts.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.search import EXCLUDED_SELECTORS, INDEXED
from sitecheck import dead_links, parse_page
from test_build import FIXTURE, SHOWCASE, run_build

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
EXCLUDED_CLASSES = {selector[1:] for selector in EXCLUDED_SELECTORS}


def test_excluded_selectors_are_plain_classes():
    """The indexed-text reader below understands ``.class`` selectors only."""
    assert all(re.fullmatch(r"\.[\w-]+", selector) for selector in EXCLUDED_SELECTORS)


class IndexedText(HTMLParser):
    """The text Pagefind indexes on one page, and what the page marks but does not index."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []
        """Open elements: (tag, inside the body, ignored)."""
        self.indexed: list[str] = []
        self.left_out: dict[str, list[str]] = {"dt": [], "para-link": [], "kicker": [], "toc": []}
        """Text of labels, paragraph numbers, kickers and contents lists, indexed or not: (text, indexed)."""
        self.leaks: list[str] = []
        """Such elements whose text is indexed."""
        self._watch: list[tuple[str, int, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        body, ignored = self.stack[-1][1:] if self.stack else (False, False)
        classes = set((attributes.get("class") or "").split())
        body = body or "data-pagefind-body" in attributes
        ignored = ignored or "data-pagefind-ignore" in attributes or bool(classes & EXCLUDED_CLASSES)
        if tag not in VOID:
            self.stack.append((tag, body, ignored))
        watched = "dt" if tag == "dt" else next((c for c in ("para-link", "kicker", "toc") if c in classes), None)
        if watched and body and tag not in VOID:
            self._watch.append((watched, len(self.stack), []))

    def handle_endtag(self, tag):
        if tag in VOID or not self.stack:
            return
        while self.stack and self.stack.pop()[0] != tag:
            pass
        while self._watch and self._watch[-1][1] > len(self.stack):
            kind, _, text = self._watch.pop()
            self.left_out[kind].append("".join(text))

    def handle_data(self, data):
        body, ignored = self.stack[-1][1:] if self.stack else (False, False)
        if not body:
            return
        for _, _, text in self._watch:
            text.append(data)
        if ignored:
            return
        self.indexed.append(data)
        if self._watch:
            self.leaks.append(f"{self._watch[-1][0]}: {data.strip()!r}")


def indexed(page: Path) -> IndexedText:
    parser = IndexedText()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def indexed_pages(site: Path) -> list[Path]:
    return sorted(p for folder in INDEXED for p in (site / folder).glob("*/index.html"))


# --- search: what is indexed -------------------------------------------------


def test_every_indexed_page_has_a_body(fixture_site):
    assert indexed_pages(fixture_site)
    assert [p for p in indexed_pages(fixture_site) if not "".join(indexed(p).indexed).strip()] == []


def test_paragraph_numbers_labels_kickers_and_contents_are_not_indexed(fixture_site):
    leaks = {p.relative_to(fixture_site).as_posix(): indexed(p).leaks for p in indexed_pages(fixture_site)}
    assert {page: found for page, found in leaks.items() if found} == {}


def test_the_markers_are_there_to_be_left_out(fixture_site):
    """The test above proves something: the pages do have labels, paragraph numbers and so on."""
    found = {kind: 0 for kind in ("dt", "para-link", "kicker", "toc")}
    for page in indexed_pages(fixture_site):
        for kind, texts in indexed(page).left_out.items():
            found[kind] += len(texts)
    assert all(found.values()), found


def test_indexed_text_has_no_paragraph_sign_and_no_label_run_into_its_value(fixture_site):
    """"¶11" and "Publishernot stated" were in search excerpts."""
    labels = {label for p in indexed_pages(fixture_site) for label in indexed(p).left_out["dt"]}
    assert {"Publisher", "Published", "Role"} <= labels
    faults = []
    for page in indexed_pages(fixture_site):
        text = "".join(indexed(page).indexed)
        faults += [f"{page.relative_to(fixture_site)}: ¶" for _ in [1] if "¶" in text]
        faults += [f"{page.relative_to(fixture_site)}: {m.group()!r}" for label in labels
                   for m in re.finditer(rf"{re.escape(label)}[^\W_]\w*", text)]
    assert faults == []


def test_a_source_page_indexes_its_text_and_title_only(fixture_site):
    text = " ".join("".join(indexed(fixture_site / "sources/alpha/index.html").indexed).split())
    assert text.startswith("Ministers meet <after> talks & more ")
    for clutter in ("Original text", "Back to the brief", "Highlighted words", "Fixture Times, 31 October 2024"):
        assert clutter not in text


# --- the 404 page --------------------------------------------------------------


def page_links(page: Path) -> list[str]:
    return [link for link in parse_page(page).links if not link.startswith("#")]


def test_the_404_page_links_from_the_root_in_a_dev_build(fixture_site):
    """Served for /no/such/deep/page/, a relative link would point under the missing address."""
    links = page_links(fixture_site / "404.html")
    assert links and [link for link in links if not link.startswith("/") or link.startswith("//")] == []
    assert {"/theme/css/site.css", "/theme/favicon.svg", "/index.html", "/search/index.html"} <= set(links)
    assert [dead for dead in dead_links(fixture_site) if dead.startswith("404.html")] == []


def test_other_pages_keep_their_relative_links(fixture_site):
    """Pages at a known depth still work from disk: only the 404 page is written from the root."""
    assert 'href="../../theme/css/site.css"' in (fixture_site / "briefs/alpha/index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("published") / "output"
    result = run_build(FIXTURE, output, "publishconf.py", {"SITEURL": "https://example.org/briefing"})
    assert result.returncode == 0, result.stderr
    return output


def test_the_404_page_links_absolutely_with_an_absolute_site_url(published):
    links = page_links(published / "404.html")
    assert links and [link for link in links if not link.startswith("https://")] == []
    assert "https://example.org/briefing/theme/css/site.css" in links


# --- entity pages --------------------------------------------------------------


def section(html: str, fragment: str) -> str:
    start = html.index(f'id="{fragment}"')
    return html[start:html.index("</section>", start)]


def test_a_person_s_quotes_are_grouped_by_claim(fixture_site):
    html = (fixture_site / "people/jan-novak/index.html").read_text(encoding="utf-8")
    said = section(html, "said-h")
    assert re.findall(r'<h3 class="claim-group"><a href="../../claims/([\w-]+)/', said) == [
        "troops-crossed", "border-closed", "us-response"]
    # Each quote links to its sentence and names its brief, not the claim again.
    assert re.findall(r'<q[^>]*><a href="../../sources/(\w+)/index.html#(p\d+s\d+)"', said) == [
        ("alpha", "p4s1"), ("beta", "p2s1"), ("alpha", "p5s1"), ("alpha", "p4s2")]
    assert said.count('href="../../claims/') == 3
    assert '<a href="../../briefs/beta/index.html">Novak warns of border buildup</a>' in said  # no publisher: its title


def test_mentions_are_one_line_per_source_with_a_link_per_sentence(fixture_site):
    html = (fixture_site / "people/jan-novak/index.html").read_text(encoding="utf-8")
    mentions = section(html, "mentions-h")
    lines = re.findall(r"<li>(.*?)</li>", mentions, re.S)
    assert [re.findall(r'#(p\d+s\d+)"[^>]*>([^<]+)</a>', line) for line in lines] == [
        [("p6s1", "¶6 sentence 1")], [("p1s1", "¶1 sentence 1")]]
    assert lines[0].startswith('<a href="../../sources/alpha/index.html">Fixture Times</a>:')
    assert 'title="The ministry said about 2,000 troops had crossed, and Novak called it “a test”."' in lines[0]  # the sentence's words, on hover


@pytest.fixture(scope="module")
def showcase(tmp_path_factory) -> Path:
    """The frozen showcase: its people and countries have claims quoted often enough to fold."""
    output = tmp_path_factory.mktemp("showcase") / "output"
    result = run_build(SHOWCASE, output)
    assert result.returncode == 0, result.stderr
    return output


def quote_links(part: str) -> list[str]:
    """The sentence each quote of a list links to: the quote's own link, and the link of each
    further brief the same words are in ("also … ¶14 sentence 1")."""
    return re.findall(r'<q[^>]*><a href="([^"]+)"|<a class="to-sentence" href="([^"]+)"', part)


@pytest.mark.parametrize("page, fragment", [("people/lloyd-austin", "said-h"), ("countries/ru", "naming-h")])
def test_long_lists_fold_and_keep_a_link_to_every_quoted_sentence(showcase, page, fragment):
    html = (showcase / page / "index.html").read_text(encoding="utf-8")
    part = section(html, fragment)
    count = int(re.search(r"(\d+)(?: quotes?)?\)</h2>", part).group(1))  # "(24 claims, 53 quotes)", "(57)"
    assert len(quote_links(part)) == count  # every quote on the page links to its sentence
    folds = re.findall(r'<details class="more-quotes">\s*<summary>(\d+) more quotes? on this claim</summary>(.*?)</details>',
                       part, re.S)
    assert folds and all(int(n) == len(quote_links(inside)) > 1 for n, inside in folds)
    # A claim's statement is written once, as the heading of its quotes.
    headings = re.findall(r'<h3 class="claim-group"><a href="([^"]+)"', part)
    assert len(headings) == len(set(headings)) == part.count('href="../../claims/')


def test_the_same_words_in_two_briefs_are_one_line(showcase):
    part = section((showcase / "people/lloyd-austin/index.html").read_text(encoding="utf-8"), "said-h")
    words = re.findall(r'<q[^>]*><a href="[^"]+" title="The sentence in the original text">([^<]+)</a>', part)
    assert "; also " in part and len(words) < len(quote_links(part))
