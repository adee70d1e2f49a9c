"""The dev server checks again only the briefs an edit can affect
(`checks.BriefChecks`), yet reports what a fresh check reports: a brief
whose own file did not change still gets the problems an edit elsewhere
gives it — a linked brief redrafted or cut short, a registry entry gone,
a linked slug that now exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import checks
from generator.memo import Memo
from generator.validate import validate
from test_incremental import GAMMA, GAMMA_SEED  # a third brief on the fixture site

BETA_LINK = "See [the alpha source](source:alpha#p5s2)."


def edit(root: Path, relative: str, old: str | None, new: str | None) -> None:
    path = root / relative
    if new is None:
        path.unlink()
        return
    if old is None:
        path.write_text(new, encoding="utf-8")
        return
    text = path.read_text(encoding="utf-8")
    assert old is None or old in text, old
    path.write_text(new if old is None else text.replace(old, new, 1), encoding="utf-8")


def lines(result) -> list[str]:
    return [str(p) for p in result.problems]


EDITS = {
    # beta links to alpha's p7s1; alpha's seed loses that paragraph (and alpha's boilerplate its last line)
    "linked source cut short": (
        [("content/briefs/beta.md", BETA_LINK, "See [the alpha source](source:alpha#p7s1).")],
        [("seeds/001_alpha.txt", "Ruritanian officials in Strelsau disputed that.\nAdvertisement\n", ""),
         ("content/briefs/alpha.md", "boilerplate: [4, 10]", "boilerplate: [4]")],
        "content/briefs/beta.md:17: bad-link: link \"source:alpha#p7s1\": no sentence or paragraph \"#p7s1\" "
        "in the source of \"alpha\" (ids look like p4 or p4s2)"),
    "linked brief made a draft": (
        [],
        [("content/briefs/alpha.md", "slug: alpha\n", "slug: alpha\nstatus: draft\n")],
        "content/briefs/beta.md:17: bad-link: link \"source:alpha#p5s2\": brief \"alpha\" is a draft and has no "
        "page yet"),
    "registered person removed": (
        [],
        [("content/people/jan-novak.md", None, None)],
        "content/briefs/beta.md:9: unknown-person: unknown person id \"jan-novak\"; people are registered in "
        "content/people/<id>.md"),
    "missing link target added": (
        [("content/briefs/beta.md", BETA_LINK, "See [gamma](brief:gamma).")],
        [("content/briefs/gamma.md", None, GAMMA), ("seeds/003_gamma.txt", None, GAMMA_SEED)],
        None),
}


@pytest.mark.parametrize("name", EDITS)
def test_a_rebuild_reports_what_a_fresh_check_reports(project, name):
    setup, change, expected = EDITS[name]
    root = project()
    for relative, old, new in setup:
        edit(root, relative, old, new)
    memo = Memo(root)
    before = validate(root, memo)
    for relative, old, new in change:
        edit(root, relative, old, new)
    again, fresh = validate(root, memo), validate(root)
    assert lines(again) == lines(fresh)
    if expected is not None:
        assert expected in lines(fresh), lines(fresh)
        assert expected not in lines(before)
    else:
        assert not any("gamma" in line for line in lines(fresh)), lines(fresh)
        assert any('no brief "gamma"' in line for line in lines(before)), lines(before)


def test_an_unaffected_brief_is_not_checked_again(project, monkeypatch):
    """After an edit of alpha's summary only alpha is checked again; beta's
    problem (an unknown person) is still reported.  (A brief linking to alpha
    would be checked again: its link's target changed.)"""
    root = project()
    edit(root, "content/briefs/beta.md", "people: [jan-novak]", "people: [jan-novak, nobody]")
    edit(root, "content/briefs/beta.md", BETA_LINK, "No link.")
    memo = Memo(root)
    validate(root, memo)
    checked: list[str] = []
    real = checks.check_brief_references
    monkeypatch.setattr(checks, "check_brief_references", lambda corpus, brief: (checked.append(brief.slug),
                                                                                 real(corpus, brief))[1])
    edit(root, "content/briefs/alpha.md", "summary: ", "summary: Edited. ")
    result = validate(root, memo)
    assert checked == ["alpha"]
    assert lines(result) == lines(validate(root))
    assert any("unknown-person" in line and '"nobody"' in line for line in lines(result))
