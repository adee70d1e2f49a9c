"""Plain pages (content/pages/): one parse, checked like briefs, written by our
generator; and the Pelican run that writes them (settings, warnings, theme)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import Options, parse_options, run_pelican
from generator.model import Markdown, SitePage, Where
from generator.sitepages import check_pages, published_pages
from generator.validate import validate
from test_build import FIXTURE, ROOT, run_build

RESERVED = "briefs, claims, countries, data, feeds, organisations, pagefind, people, search, sources, theme, timeline"


def problems(root: Path) -> list[str]:
    return [str(p) for p in validate(root).problems]


def page(slug: str, path: str, title: str = "T", status: str = "published") -> SitePage:
    return SitePage(slug, title, status, Markdown("", 4), Where(path, 1))


def read(output: Path, name: str) -> str:
    return (output / name).read_text(encoding="utf-8")


# --- checks ---------------------------------------------------------------


def test_a_page_may_not_take_a_folder_the_site_writes(project, tmp_path):
    root = project({"content/pages/briefs.md": "---\ntitle: Briefs\n---\n",
                    "content/pages/help.md": "---\ntitle: Help\nslug: pagefind\n---\n"})
    expected = [
        f'content/pages/briefs.md:1: reserved-slug: slug "briefs" is taken by the site\'s own /briefs/ folder; '
        f"choose another (reserved: {RESERVED})",
        f'content/pages/help.md:3: reserved-slug: slug "pagefind" is taken by the site\'s own /pagefind/ folder; '
        f"choose another (reserved: {RESERVED})",
    ]
    assert problems(root) == expected
    result = run_build(root, tmp_path / "output")  # stopped by the check, not by Pelican overwriting a file
    assert (result.returncode, result.stderr.splitlines()[:2]) == (1, expected)


def test_two_pages_with_one_slug_are_an_error():
    pages = [page("about", "content/pages/about.md"), page("about", "content/pages/team.md"),
             page("team", "content/pages/x.md")]
    assert [str(p) for p in check_pages(pages)] == [
        'content/pages/team.md:1: duplicate-page: slug "about" is already used by content/pages/about.md; '
        "page slugs must be unique"]


def test_two_page_files_with_one_slug_are_reported_by_make_check(project):
    root = project({"content/pages/team.md": "---\ntitle: Team\nslug: about\n---\n"})
    assert problems(root) == [
        'content/pages/team.md:3: duplicate-page: slug "about" is already used by content/pages/about.md; '
        "page slugs must be unique"]


def test_page_links_are_checked_like_a_brief_s(project):
    root = project({"content/pages/about.md": "---\ntitle: About\n---\nSee [it](claim:troops-crosed),\n\n"
                    "[that](source:#p1), [a draft](brief:beta) and ![x](person:jan-novak).\n"})
    (root / "content/briefs/beta.md").write_text(
        (root / "content/briefs/beta.md").read_text(encoding="utf-8").replace("slug: beta", "slug: beta\nstatus: draft"),
        encoding="utf-8")
    assert problems(root) == [
        'content/briefs/alpha.md:33: bad-link: link "brief:beta": brief "beta" is a draft and has no page yet',
        'content/pages/about.md:4: bad-link: link "claim:troops-crosed": no claim "troops-crosed" '
        '(did you mean "troops-crossed"?)',
        'content/pages/about.md:6: bad-link: image "person:jan-novak": a person: link cannot be an image; '
        "write it as a link, [text](person:jan-novak)",
        'content/pages/about.md:6: bad-link: link "brief:beta": brief "beta" is a draft and has no page yet',
        'content/pages/about.md:6: bad-link: link "source:#p1": "source:" needs a brief slug here, '
        "e.g. source:some-brief#p1s1",
    ]


def test_a_draft_page_may_link_to_a_draft_and_a_bad_file_name_is_reported(project):
    beta = project() / "content/briefs/beta.md"
    root = project({
        "content/briefs/beta.md": beta.read_text(encoding="utf-8").replace("slug: beta", "slug: beta\nstatus: draft"),
        "content/pages/notes.md": "---\ntitle: Notes\nstatus: draft\n---\n[next](brief:beta)\n",
        "content/pages/About_Us.md": "---\ntitle: About us\n---\n[gone](claim:nope)\n",
    })
    assert problems(root) == [
        'content/briefs/alpha.md:33: bad-link: link "brief:beta": brief "beta" is a draft and has no page yet',
        'content/pages/About_Us.md:1: bad-id: file name "About_Us" is not a valid page slug: use lower-case '
        "letters, digits and hyphens, or set slug:",
        'content/pages/About_Us.md:4: bad-link: link "claim:nope": no claim "nope"',
    ]


def test_bad_yaml_in_a_page_is_a_problem_and_the_build_stops_cleanly(project, tmp_path):
    root = project({"content/pages/about.md": "---\ntitle: About\nslug: [unclosed\n---\n"})
    found = problems(root)
    assert len(found) == 1 and found[0].startswith("content/pages/about.md:3: yaml-syntax: ")
    result = run_build(root, tmp_path / "output")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith(f"build stopped: the content has errors; {tmp_path / 'output'}/ is unchanged\n")


# --- the pages written ----------------------------------------------------


def test_published_pages_are_listed_by_title():
    pages = [page("zz", "a", "about the data"), page("b", "b", "Method"), page("c", "c", "Notes", "draft"),
             page("a", "d", "About")]
    assert [p.slug for p in published_pages(pages)] == ["a", "zz", "b"]


def test_pages_are_written_by_the_generator_with_relative_links(project, tmp_path):
    root = project({
        "content/pages/method.md": "---\ntitle: How we check\nslug: how-we-check\n---\n"
                                   "Every [claim](claim:troops-crossed#versions-h) <em>is</em> sourced.\n",
        "content/pages/notes.md": "---\ntitle: Notes\nstatus: draft\n---\nNot yet.\n",
    })
    output = tmp_path / "output"
    result = run_build(root, output)
    assert result.returncode == 0, result.stderr
    method = read(output, "how-we-check/index.html")
    assert ('<p>Every <a href="../claims/troops-crossed/index.html#versions-h" class="ref ref-claim">claim</a> '
            "&lt;em&gt;is&lt;/em&gt; sourced.</p>") in method
    assert not (output / "notes").exists() and not (output / "method").exists()
    nav = ['<li><a href="../../about/index.html">About</a></li>',
           '<li><a href="../../how-we-check/index.html">How we check</a></li>']
    brief = read(output, "briefs/alpha/index.html")
    assert "\n".join(f"      {item}" for item in nav) in brief and "Notes" not in brief
    assert '<li><a href="../how-we-check/index.html" aria-current="page">How we check</a></li>' in method


def test_published_pages_link_with_the_site_url(tmp_path):
    output = tmp_path / "public"
    result = run_build(FIXTURE, output, "publishconf.py", {"SITEURL": "https://example.org/briefing"})
    assert result.returncode == 0, result.stderr
    about = read(output, "about/index.html")
    assert ('<a href="https://example.org/briefing/claims/troops-crossed/#versions-h" class="ref ref-claim">'
            "every version</a>") in about
    assert '<li><a href="https://example.org/briefing/about/" aria-current="page">About</a></li>' in about


def test_pelican_reads_nothing_from_content(project, tmp_path):
    # Files the loader refuses (unexpected-file) would not reach the site even if it let them through.
    root = project()
    validated = validate(root)
    (root / "content/pages/x.html").write_text("<p>x</p><script>alert(1)</script>\n", encoding="utf-8")
    (root / "content/pages/y.rst").write_text("Y\n=\n\n.. raw:: html\n\n   <script>alert(1)</script>\n",
                                               encoding="utf-8")
    (root / "content/pages/loop").symlink_to(".")
    stage = tmp_path / "stage"
    assert run_pelican(str(ROOT / "pelicanconf.py"), stage, root, validated, Options()) == 0
    written = sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*.html"))
    assert "about/index.html" in written and not any(name.startswith(("x/", "y/", "loop/")) for name in written)
    assert not any("<script>alert" in p.read_text(encoding="utf-8") for p in stage.rglob("*.html"))


# --- the Pelican run ------------------------------------------------------


def test_makefile_options_become_settings():
    assert parse_options(["--", "-D", "--relative-urls"]) == Options(True, False, {"DEBUG": True, "RELATIVE_URLS": True})
    assert parse_options([]) == Options()
    with pytest.raises(SystemExit):
        parse_options(["--autoreload"])


def theme_settings(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the theme, and a settings file using it."""
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "themes/briefing", theme)
    settings = tmp_path / "settings.py"
    settings.write_text('from pelicanconf import *  # noqa\nTHEME = "theme"\n', encoding="utf-8")
    return theme, settings


def test_a_theme_file_linking_outside_the_theme_stops_the_build(tmp_path):
    theme, settings = theme_settings(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the web\n", encoding="utf-8")
    (theme / "static/leak.txt").symlink_to(secret)
    (theme / "static/css/again").symlink_to("..")
    output = tmp_path / "output"
    result = run_build(FIXTURE, output, str(settings))
    assert result.returncode == 1
    assert result.stderr == (
        f"build stopped: the static files of the theme {theme} have links the build must not follow; "
        "nothing was written\n"
        "static/css/again: a link to .., a folder the copy is already in (it would never end)\n"
        f"static/leak.txt: a link to {secret}, outside the theme folder\n"
        "copy the file into the theme, or remove the link\n"
        f"build failed; {output}/ is unchanged\n")
    assert not output.exists() and not (tmp_path / ".output-staging").exists()


def test_a_pelican_warning_fails_the_build_and_keeps_the_previous_output(tmp_path):
    theme, settings = theme_settings(tmp_path)
    output = tmp_path / "output"
    assert run_build(FIXTURE, output, str(settings)).returncode == 0
    before = sorted(p.relative_to(output) for p in output.rglob("*"))
    (theme / "static/css/missing.css").symlink_to("nowhere.css")
    result = run_build(FIXTURE, output, str(settings))
    assert result.returncode == 1
    staged = tmp_path / ".output-staging"
    assert result.stderr == (
        f"pelican: warning: Skipped copy {theme}/static/css/missing.css (not a file or directory) to "
        f"{staged}/theme/css/missing.css\n"
        "build failed: Pelican reported 1 warning(s) or error(s)\n"
        f"build failed; {output}/ is unchanged\n")
    assert sorted(p.relative_to(output) for p in output.rglob("*")) == before


def test_a_settings_error_is_a_message_not_a_traceback(tmp_path):
    settings = tmp_path / "settings.py"
    settings.write_text('from pelicanconf import *  # noqa\nTHEME = "no-such-theme"\n', encoding="utf-8")
    result = run_build(FIXTURE, tmp_path / "output", str(settings))
    assert result.returncode == 1
    assert result.stderr.startswith("build failed: ValueError: Could not find the theme no-such-theme\n")
    assert "Traceback" not in result.stderr

