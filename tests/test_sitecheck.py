"""The site checker itself finds what it is meant to find."""

from sitecheck import dead_links, markup_faults


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
