"""make publish: a reproducible .gz copy beside every text file; make html: none."""

from __future__ import annotations

import gzip

from generator.precompress import TEXT_SUFFIXES, precompress
from test_build import FIXTURE, run_build


def test_text_files_get_a_gzip_copy_others_do_not(tmp_path):
    files = {f"page{suffix}": f"text {suffix} " * 40 for suffix in sorted(TEXT_SUFFIXES)}
    files |= {"photo.png": "not text", "pagefind/index.pf_index": "compressed already", "sub/dir/index.html": "<p>x</p>"}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert precompress(tmp_path) == len(TEXT_SUFFIXES) + 1
    copies = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.gz"))
    assert copies == sorted([f"page{s}.gz" for s in TEXT_SUFFIXES] + ["sub/dir/index.html.gz"])
    for copy in tmp_path.rglob("*.gz"):
        assert gzip.decompress(copy.read_bytes()) == copy.with_suffix("").read_bytes()


def test_copies_are_reproducible(tmp_path):
    (tmp_path / "index.html").write_text("<p>same</p>" * 20, encoding="utf-8")
    precompress(tmp_path)
    first = (tmp_path / "index.html.gz").read_bytes()
    precompress(tmp_path)
    assert (tmp_path / "index.html.gz").read_bytes() == first
    assert first[4:8] == b"\0\0\0\0"  # no timestamp in the gzip header


def test_publish_build_precompresses_and_dev_build_does_not(tmp_path, fixture_site):
    output = tmp_path / "public"
    result = run_build(FIXTURE, output, "publishconf.py", {"SITEURL": "https://example.org/briefing"})
    assert result.returncode == 0, result.stderr
    text = [p for p in output.rglob("*") if p.suffix in TEXT_SUFFIXES]
    assert {"index.html", "404.html", "sitemap.xml", "robots.txt"} <= {p.name for p in text}
    assert [p for p in text if not p.with_name(p.name + ".gz").is_file()] == []
    assert list(fixture_site.rglob("*.gz")) == []
