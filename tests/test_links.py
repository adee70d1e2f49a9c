"""Links: every kind's fragments are checked, our targets are never images,
and the sections links may name are the ones every page writes."""

from __future__ import annotations

import pytest

from conftest import FIXTURE_SITE
from generator.documents import parse_document
from generator.links import SECTIONS, markdown_images, markdown_links, parse_target, section_error
from generator.render import Urls, render_markdown
from generator.validate import validate
from sitecheck import dead_links, section_faults
from test_build import run_build

BETA = "content/briefs/beta.md"
BETA_BODY = "The publisher is not stated. See [the alpha source](source:alpha#p5s2).\n"
BODY_LINE = 17
"""The line of beta.md's body; appended paragraphs start two lines below."""


def beta_with(*paragraphs: str) -> dict[str, str]:
    """beta.md with paragraphs appended to its body, one blank line apart."""
    text = (FIXTURE_SITE / BETA).read_text(encoding="utf-8")
    assert text.endswith(BETA_BODY), "fixture changed"
    return {BETA: text + "".join(f"\n{p}\n" for p in paragraphs)}


def problems(root) -> list[str]:
    return [str(p) for p in validate(root).problems]


def line(n: int) -> str:
    """``content/briefs/beta.md:<line>`` of the n-th appended paragraph (from 1)."""
    return f"{BETA}:{BODY_LINE + 2 * n}"


def test_a_fragment_names_a_section_of_its_page_kind(project):
    root = project(beta_with(
        "[a](claim:troops-crossed#version)", "[b](brief:alpha#claims)", "[c](person:jan-novak#said)",
        "[d](country:RU#peple)", "[e](brief:alpha#nothing-like-it)", "[f](source:alpha#p99)",
        "[ok](claim:troops-crossed#analysis-h) [ok](brief:alpha#entities-h) [ok](country:us#people-h) "
        "[ok](person:ann-writer#naming-h) [ok](source:alpha#p4) [ok](claim:us-response#)"))
    assert problems(root) == [
        f'{line(1)}: bad-link: link "claim:troops-crossed#version": no section "#version" on a claim page '
        '(did you mean "versions-h"?); its sections are #analysis-h, #versions-h, #timeline-h',
        f'{line(2)}: bad-link: link "brief:alpha#claims": no section "#claims" on a brief page '
        '(did you mean "claims-h"?); its sections are #claims-h, #entities-h',
        f'{line(3)}: bad-link: link "person:jan-novak#said": no section "#said" on a person page '
        '(did you mean "said-h"?); its sections are #said-h, #naming-h, #mentions-h, #timeline-h',
        f'{line(4)}: bad-link: link "country:RU#peple": no section "#peple" on a country page '
        '(did you mean "people-h"?); its sections are #people-h, #briefs-h, #naming-h, #mentions-h, #timeline-h',
        f'{line(5)}: bad-link: link "brief:alpha#nothing-like-it": no section "#nothing-like-it" on a brief page; '
        "its sections are #claims-h, #entities-h",
        f'{line(6)}: bad-link: link "source:alpha#p99": no sentence or paragraph "#p99" in the source of "alpha" '
        "(ids look like p4 or p4s2)",
    ]


def test_a_missing_page_is_reported_before_its_fragment(project):
    root = project(beta_with("[a](claim:troops-cross#versions)"))
    assert problems(root) == [
        f'{line(1)}: bad-link: link "claim:troops-cross#versions": no claim "troops-cross" '
        '(did you mean "troops-crossed"?)']


def test_our_targets_cannot_be_images(project):
    root = project(beta_with("![chart](claim:troops-crossed)", "![map](https://example.org/map.png)",
                             "[![the sentence](source:#p1)](claim:border-closed#versions-h)"))
    assert problems(root) == [
        f'{line(1)}: bad-link: image "claim:troops-crossed": a claim: link cannot be an image; '
        "write it as a link, [text](claim:troops-crossed)",
        f'{line(3)}: bad-link: image "source:#p1": a source: link cannot be an image; '
        "write it as a link, [text](source:#p1)",
    ]


def test_an_image_of_our_target_renders_as_its_escaped_alt_text():
    doc = parse_document('---\ntitle: t\n---\n![a <b> & c](claim:x) ![map](https://e.org/m.png "M")\n')
    assert str(render_markdown(doc.markdown, Urls("..", index_html=True))) == (
        '<p>a &lt;b&gt; &amp; c <img src="https://e.org/m.png" alt="map" title="M" /></p>\n')


def test_links_and_images_are_found_on_their_own_file_lines():
    doc = parse_document("---\ntitle: t\n---\nText [a](claim:x)\n\n- ![b\nc](claim:y) and\n  [d](https://e.org)\n\n"
                         "| h |\n|---|\n| [e](claim:z) |\n")
    assert list(markdown_links(doc.markdown)) == [("claim:x", 4), ("https://e.org", 8), ("claim:z", 12)]
    assert list(markdown_images(doc.markdown)) == [("claim:y", 6)]


def test_a_near_miss_of_a_link_kind_is_reported_and_other_schemes_are_not(project):
    root = project(beta_with("[a](Claim:troops-crossed) [b](people:jan-novak) [c](clam:x)",
                             "[web](https://example.org/) [mail](mailto:a@example.org) [tel](tel:123) [rel](../x/)"))
    kinds = "links to pages of this site are brief:, source:, person:, organisation:, country: and claim:"
    assert problems(root) == [
        f'{line(1)}: bad-link: link "Claim:troops-crossed": unknown link kind "Claim:" (did you mean "claim:"?); {kinds}',
        f'{line(1)}: bad-link: link "clam:x": unknown link kind "clam:" (did you mean "claim:"?); {kinds}',
        f'{line(1)}: bad-link: link "people:jan-novak": unknown link kind "people:" (did you mean "person:"?); {kinds}',
    ]


@pytest.mark.parametrize(("href", "kind", "key", "fragment"), [
    ("claim:x#versions-h", "claim", "x", "versions-h"),
    ("source:#p4s2", "source", "", "p4s2"),
    ("country:KP", "country", "KP", ""),
])
def test_targets_parse_into_kind_key_and_fragment(href, kind, key, fragment):
    target = parse_target(href)
    assert (target.kind, target.key, target.fragment) == (kind, key, fragment)


def test_every_section_is_allowed_and_nothing_else():
    for kind, sections in SECTIONS.items():
        assert [section_error(kind, s) for s in ("", *sections)] == [None] * (len(sections) + 1)
    assert section_error("person", "main") == (
        'no section "#main" on a person page; its sections are #said-h, #naming-h, #mentions-h, #timeline-h')


def test_every_page_writes_the_sections_links_may_name_even_when_empty(project, tmp_path):
    # An uncited claim (no analysis), a country nobody is from, a person no quote names, a plain page
    # linking to each kind of section.
    root = project({
        "content/claims/uncited.md": "---\nstatement: Nobody cites this\n---\n",
        "content/pages/about.md": "---\ntitle: About\n---\n"
        + " ".join(f"[{kind} {s}]({kind}:{key}#{s})" for kind, key in
                   (("claim", "uncited"), ("country", "us"), ("person", "ann-writer"), ("brief", "beta"))
                   for s in SECTIONS[kind]) + "\n",
    })
    assert problems(root) == []
    output = tmp_path / "output"
    result = run_build(root, output)
    assert result.returncode == 0, result.stderr
    assert 'No published brief cites this claim yet.' in (output / "claims/uncited/index.html").read_text("utf-8")
    assert section_faults(output, SECTIONS) == []
    assert dead_links(output) == []
