"""Draft preview (``make devserver DRAFTS=1``): draft briefs and proposed
entries get pages, each with a banner; a normal build leaves them out."""

from __future__ import annotations

from pathlib import Path

from generator.incremental import Session

SETTINGS = "pelicanconf.py"
FIXTURE = Path(__file__).parent / "fixtures" / "site"
BANNER = '<p class="draft-banner" role="note"><strong>Draft preview.</strong>'
GAMMA_SEED = "Gamma report\n\nNina Proposed said 3,000 troops had crossed into Ruritania on Friday.\n"
GAMMA = """---
title: Gamma
slug: gamma
status: draft
source:
  file: seeds/003_gamma.txt
  publisher: Gamma Post
  published: 2024-11-02
summary: A third report, not reviewed yet.
people: [nina-proposed]
countries: [RU]
claims:
  - claim: troops-crossed
    quote: 3,000 troops had crossed into Ruritania
    by: nina-proposed
    value: "3,000"
---
"""
NINA = "---\nname: Nina Proposed\nrole: Analyst\nstatus: proposed\n---\n"


def draft_project(project) -> Path:
    return project({"content/briefs/gamma.md": GAMMA, "seeds/003_gamma.txt": GAMMA_SEED,
                    "content/people/nina-proposed.md": NINA})


def test_a_preview_shows_drafts_and_proposed_entries_with_a_banner(project, tmp_path):
    root = draft_project(project)
    output = tmp_path / "preview"
    assert Session(SETTINGS, output, root, drafts=True).cold() == 0
    brief = (output / "briefs/gamma/index.html").read_text(encoding="utf-8")
    assert BANNER in brief and "This brief is a draft" in brief
    assert "This brief is a draft" in (output / "sources/gamma/index.html").read_text(encoding="utf-8")
    person = (output / "people/nina-proposed/index.html").read_text(encoding="utf-8")
    assert BANNER in person and "This entry is still proposed" in person
    # A reviewed page shows no banner; the draft's quote counts on its claim page.
    alpha = (output / "briefs/alpha/index.html").read_text(encoding="utf-8")
    assert "draft-banner" not in alpha
    assert "3,000 troops had crossed into Ruritania" in (output / "claims/troops-crossed/index.html").read_text(
        encoding="utf-8")


def test_a_normal_build_leaves_drafts_out(project, tmp_path):
    root = draft_project(project)
    output = tmp_path / "output"
    assert Session(SETTINGS, output, root).cold() == 0
    assert not (output / "briefs/gamma").exists() and not (output / "people/nina-proposed").exists()
    assert not any("draft-banner" in p.read_text(encoding="utf-8") for p in output.rglob("*.html"))


def test_a_preview_rebuild_equals_a_cold_preview(project, tmp_path):
    root = draft_project(project)
    session = Session(SETTINGS, tmp_path / "warm", root, drafts=True)
    assert session.cold() == 0
    gamma = root / "content/briefs/gamma.md"
    gamma.write_text(GAMMA.replace("not reviewed yet", "edited"), encoding="utf-8")
    assert session.rebuild(["content/briefs/gamma.md"]).ok
    assert Session(SETTINGS, tmp_path / "cold", root, drafts=True).cold() == 0
    warm = {p.relative_to(tmp_path / "warm"): p.read_bytes() for p in (tmp_path / "warm").rglob("*.html")}
    cold = {p.relative_to(tmp_path / "cold"): p.read_bytes() for p in (tmp_path / "cold").rglob("*.html")}
    assert warm == cold and b"edited" in warm[Path("briefs/gamma/index.html")]
