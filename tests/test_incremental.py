"""The dev server's in-place rebuild: after each kind of edit, the output
equals a cold build of the same content, byte for byte, and pages that do
not show the edit are not rewritten.

Each case edits a copy of the fixture site, rebuilds it warm
(`generator.incremental.Session`), builds the edited copy cold in a fresh
session, and compares every file but the search index (Pagefind's own
output differs between two cold builds of the same site).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.devserver import classify
from generator.incremental import Session

SETTINGS = "pelicanconf.py"

ALPHA = "content/briefs/alpha.md"
GAMMA_SEED = "Gamma report\n\nJan Novak said 3,000 troops had crossed into Ruritania on Friday.\n"
GAMMA = """---
title: Gamma
slug: gamma
source:
  file: seeds/003_gamma.txt
  publisher: Gamma Post
  published: 2024-11-02
summary: A third report.
people: [jan-novak]
countries: [RU]
claims:
  - claim: troops-crossed
    quote: 3,000 troops had crossed into Ruritania
    by: jan-novak
    value: "3,000"
---
Gamma's body.
"""


def sub(pattern: str, replacement: str) -> callable:
    """An edit of one file: the first match of ``pattern`` replaced."""
    def edit(text: str) -> str:
        changed = re.sub(pattern, replacement, text, count=1, flags=re.M)
        assert changed != text, f"the fixture no longer matches {pattern!r}"
        return changed
    return edit


# name → {path: new text | an edit of the old text | None to delete}
CASES = {
    "brief summary edited": {ALPHA: sub(r"^summary: .*", "summary: Ministers met; a new summary.")},
    "brief title edited": {ALPHA: sub(r"^title: .*", "title: A new title")},
    "brief publisher edited": {ALPHA: sub(r"^  publisher: .*", "  publisher: Another Post")},
    "brief summary grown by a line": {ALPHA: sub(r"^summary: .*", "summary: >-\n  Ministers met;\n  a longer summary.")},
    "brief body edited": {ALPHA: sub(r"\Z", "\nOne more sentence of the body.\n")},
    "brief quote edited": {ALPHA: sub(r"quote: He said the U.S. would respond.", "quote: He said the U.S.")},
    "brief people edited": {ALPHA: sub(r"^people: \[jan-novak\]", "people: [jan-novak, ann-writer]")},
    "brief published date edited": {ALPHA: sub(r"published: 2024-10-31", "published: 2024-09-01")},
    "brief date removed (it leaves the feeds)": {ALPHA: sub(r"published: 2024-10-31", "published: null")},
    "value dated (it joins the timelines)": {ALPHA: sub(r"value: about 2,000",
                                                        "value: {amount: 2000, qualifier: about, as_of: 2024-10-29}")},
    "brief added with its seed": {"seeds/003_gamma.txt": GAMMA_SEED, "content/briefs/gamma.md": GAMMA},
    "brief deleted": {"content/briefs/beta.md": None, ALPHA: sub(r"\[the other brief\]\(brief:beta\)", "the other")},
    "brief made a draft": {"content/briefs/beta.md": sub(r"^title:", "status: draft\ntitle:"),
                           ALPHA: sub(r"\[the other brief\]\(brief:beta\)", "the other")},
    "person renamed": {"content/people/jan-novak.md": sub(r"^name: Jan Novak", "name: Jan Q. Novak")},
    "person alias added": {"content/people/jan-novak.md": sub(r"^aliases: \[Novak\]", "aliases: [Novak, Lt. Col.]")},
    "person deleted from the registry": {"content/people/ann-writer.md": None},
    "claim statement edited": {"content/claims/border-closed.md": sub(r"^statement: .*", "statement: The border shut")},
    "country alias removed": {"content/countries/ru.md": sub(r"^aliases: .*", "aliases: [Ruritanian]")},
    "seed added, cited by nothing": {"seeds/004_unused.txt": "An unused article\n\nNothing here.\n"},
    "page title edited": {"content/pages/about.md": sub(r"^title: About", "title: About this site")},
    "page added": {"content/pages/credits.md": "---\ntitle: Credits\nslug: credits\n---\nThanks.\n"},
}


def apply(root: Path, edits: dict) -> list[str]:
    for relative, change in edits.items():
        path = root / relative
        if change is None:
            path.unlink()
        elif callable(change):
            path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(change, encoding="utf-8")
    return list(edits)


def site_files(output: Path) -> dict[str, bytes]:
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in sorted(output.rglob("*"))
            if p.is_file() and "pagefind" not in p.relative_to(output).parts}


def stamps(output: Path) -> dict[str, int]:
    """The pages and the feeds, with the time each was last written."""
    return {p.relative_to(output).as_posix(): p.stat().st_mtime_ns
            for p in [*output.rglob("*.html"), *output.rglob("*.atom.xml")]}


def cold(root: Path, output: Path) -> dict[str, bytes]:
    assert Session(SETTINGS, output, root).cold() == 0
    return site_files(output)


@pytest.fixture
def warm(project, tmp_path):
    """A copy of the fixture site, built once by a session that then rebuilds in
    place, told of each change as the dev server's watcher tells it."""
    root = project()
    session = Session(SETTINGS, tmp_path / "warm", root, watched=True)
    assert session.cold() == 0
    return root, session


@pytest.mark.parametrize("name", CASES)
def test_incremental_output_equals_a_cold_build(name, warm, tmp_path):
    root, session = warm
    changed = apply(root, CASES[name])
    outcome = session.rebuild(changed)
    assert outcome.ok, session.failure
    assert site_files(session.output) == cold(root, tmp_path / "cold")


def rebuilt(warm, edits: dict):
    """Apply ``edits`` and rebuild: the outcome, and the files rewritten (by their stamps)."""
    root, session = warm
    before = stamps(session.output)
    outcome = session.rebuild(apply(root, edits))
    after = stamps(session.output)
    return outcome, sorted(name for name in after if after[name] != before.get(name))


def test_only_pages_that_show_an_edit_are_rewritten(warm):
    outcome, rewritten = rebuilt(warm, CASES["claim statement edited"])
    # The claim's own page and feed, the pages listing or quoting it by its statement, and the indexes.
    assert rewritten == ["briefs/alpha/index.html", "claims/border-closed/index.html", "claims/index.html",
                         "feeds/claims/border-closed.atom.xml", "index.html", "people/jan-novak/index.html",
                         "sources/alpha/index.html"]
    # And the files that hold the statement: data/analysis.json, and the two annotation exports
    # (page records too, so rendered as well).
    assert outcome.rendered == len(rewritten) + 2
    assert outcome.written == len(rewritten) + 3


def test_a_summary_edit_renders_only_the_pages_that_show_summaries(warm):
    """The pages quoting the brief (its people's, its claims') show its title and source line, not its
    summary; the feeds listing it show the summary, the others are left alone."""
    outcome, rewritten = rebuilt(warm, CASES["brief summary edited"])
    assert rewritten == ["briefs/alpha/index.html", "briefs/index.html",
                         "feeds/all.atom.xml", "feeds/claims/border-closed.atom.xml",
                         "feeds/claims/troops-crossed.atom.xml", "feeds/claims/us-response.atom.xml",
                         "feeds/countries/ru.atom.xml", "feeds/countries/us.atom.xml",
                         "feeds/organisations/defence-ministry.atom.xml",
                         "feeds/people/ann-writer.atom.xml", "feeds/people/jan-novak.atom.xml", "index.html"]
    assert outcome.rendered == len(rewritten)


def test_an_edit_nothing_shows_rewrites_nothing(warm):
    root, session = warm
    before = stamps(session.output)
    outcome = session.rebuild(apply(root, {"seeds/004_unused.txt": "Unused\n\nNothing.\n"}))
    assert outcome.ok and outcome.written == 0 and stamps(session.output) == before


def test_a_failed_rebuild_keeps_the_pages_and_reports_until_fixed(warm, tmp_path):
    root, session = warm
    before = site_files(session.output)
    broken = session.rebuild(apply(root, {ALPHA: sub(r"quote: He said the U.S. would respond.",
                                                      "quote: He said nothing of the sort.")}))
    assert not broken.ok
    assert "content/briefs/alpha.md:" in session.failure and "quote-not-found" in session.failure
    assert site_files(session.output) == before
    fixed = session.rebuild(apply(root, {ALPHA: sub(r"quote: He said nothing of the sort.",
                                                     "quote: He said the U.S.")}))
    assert fixed.ok and session.failure is None
    assert site_files(session.output) == cold(root, tmp_path / "cold")


def test_an_edit_the_watcher_missed_is_still_seen(warm, tmp_path):
    """A rebuild takes the states of the files the watcher names; when idle, the
    dev server compares every file with its state when read, and rebuilds with what it finds."""
    root, session = warm
    changed = apply(root, CASES["claim statement edited"])
    assert session.rebuild([]).ok
    assert session.missed() == sorted(changed)
    assert session.rebuild(session.missed()).ok
    assert session.missed() == []
    assert site_files(session.output) == cold(root, tmp_path / "cold")


def test_without_a_watcher_every_file_is_compared(project, tmp_path):
    root = project()
    session = Session(SETTINGS, tmp_path / "warm", root)
    assert session.cold() == 0
    apply(root, CASES["claim statement edited"])
    assert session.rebuild([]).ok
    assert site_files(session.output) == cold(root, tmp_path / "cold")


def test_code_theme_and_settings_changes_are_sent_to_a_restart(project, monkeypatch):
    root = project()
    here = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(here)
    content, code = classify([str(root / ALPHA), str(root / "seeds/001_alpha.txt"),
                              str(here / "themes/briefing/templates/brief.html"), str(here / "pelicanconf.py"),
                              str(here / "generator/render.py")], root)
    assert content == [ALPHA, "seeds/001_alpha.txt"]
    assert code == ["themes/briefing/templates/brief.html", "pelicanconf.py", "generator/render.py"]


def test_a_brief_edit_rewrites_only_the_feeds_that_list_it(warm):
    """Beta is cited for one claim and names one person and one country: of the eight feeds, four list it."""
    outcome, rewritten = rebuilt(warm, {"content/briefs/beta.md": sub(r"^summary: .*", "summary: Beta, again.")})
    feeds = [name for name in rewritten if name.endswith(".atom.xml")]
    assert outcome.ok and feeds == ["feeds/all.atom.xml", "feeds/claims/troops-crossed.atom.xml",
                                    "feeds/countries/us.atom.xml", "feeds/people/jan-novak.atom.xml"]
    assert "<summary type=\"html\">Beta, again.</summary>" in (warm[1].output / feeds[0]).read_text(encoding="utf-8")
