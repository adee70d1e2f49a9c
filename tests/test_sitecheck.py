"""The site checker itself finds what it is meant to find."""

from sitecheck import dead_links, markup_faults, section_faults


def test_checker_finds_dead_links_fragments_nesting_and_duplicate_ids(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text('<p id="x">x</p><p id="x">again</p>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="a/index.html#x">ok</a> <a href="a/">folder</a> <a href="/a/#x">root</a>'
        '<a href="a/index.html#missing">bad fragment</a> <a href="b/">missing page</a>'
        '<a href="https://example.org/">external</a> <a href="#top">no such id</a>'
        '<a href="a/"><a href="a/">nested</a></a>', encoding="utf-8")
    assert dead_links(tmp_path) == ["index.html: a/index.html#missing", "index.html: b/", "index.html: #top"]
    assert markup_faults(tmp_path) == ["a/index.html: duplicate ids ['x']", "index.html: 1 nested link(s)"]


def test_checker_compares_section_ids_with_their_declaration(tmp_path):
    sections = {"brief": ("claims-h", "entities-h")}
    (tmp_path / "a.html").write_text('<body class="kind-brief"><h2 id="claims-h">C</h2><h2 id="new-h">N</h2>'
                                     '<p id="not-a-section">x</p></body>', encoding="utf-8")
    (tmp_path / "b.html").write_text('<body class="kind-brief"><h2 id="claims-h"></h2><h2 id="entities-h"></h2>'
                                     "</body>", encoding="utf-8")
    (tmp_path / "c.html").write_text('<body class="kind-home"><h2 id="latest-h"></h2></body>', encoding="utf-8")
    assert section_faults(tmp_path, sections) == ["a.html: missing ['entities-h'], undeclared ['new-h']"]
