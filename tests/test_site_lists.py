"""The index's entity lists, patched after an edit (the dev server's way),
equal the lists made afresh; the lists an edit does not touch are the very
same objects, so that the pages showing them compare equal at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.loader import load_corpus
from generator.memo import Memo
from generator.site import BY_CLAIM, NAMING, build_index
from generator.validate import find_mentions
from test_incremental import GAMMA, GAMMA_SEED  # a third brief on the fixture site


def index(root: Path, memo: Memo | None = None):
    """The site index; with the dev server's ``memo``, unchanged files give the same objects."""
    corpus, problems = load_corpus(root, memo)
    assert problems == []
    return build_index(corpus, find_mentions(corpus, memo), memo.parts if memo is not None else None)


EDITS = {
    "brief added": {"content/briefs/gamma.md": GAMMA, "seeds/003_gamma.txt": GAMMA_SEED},
    "brief deleted": {"content/briefs/beta.md": None},
    "quote's speaker changed": {"content/briefs/alpha.md": "by: defence-ministry\n|by: jan-novak\n"},
    "brief redated to the front": {"content/briefs/beta.md": "published: 2024-10-30|published: 2024-11-30"},
}


def apply_edits(root: Path, edits: dict[str, str | None]) -> None:
    """Each file: None deletes it, "old|new" replaces old once, other text is written."""
    for relative, change in edits.items():
        path = root / relative
        if change is None:
            path.unlink()
        elif "|" in change:
            old, new = change.split("|")
            path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
        else:
            path.write_text(change, encoding="utf-8")


@pytest.mark.parametrize("name", EDITS)
def test_patched_lists_equal_fresh_ones(project, name):
    root = project({"content/briefs/gamma.md": GAMMA, "seeds/003_gamma.txt": GAMMA_SEED}
                   if name != "brief added" else None)
    memo = Memo(root)
    before = index(root, memo)
    apply_edits(root, EDITS[name])
    patched, fresh = index(root, memo), index(root)
    for table in ("by_claim", "by_speaker", "mentions_of", "quotes_naming", "briefs_naming"):
        assert getattr(patched, table) == getattr(fresh, table), table
    assert (patched.n_sources, patched.claim_order) == (fresh.n_sources, fresh.claim_order)
    assert before is not patched


def test_an_edit_keeps_the_lists_it_does_not_touch(project):
    """Beta quotes only troops-crossed: an edit to it leaves the lists of alpha's other claims as they were."""
    root = project()
    memo = Memo(root)
    before = index(root, memo)
    beta = root / "content/briefs/beta.md"
    beta.write_text(beta.read_text(encoding="utf-8").replace("value: up to 3,000", "value: up to 3000"),
                    encoding="utf-8")
    after = index(root, memo)
    assert after.by_claim["troops-crossed"] is not before.by_claim["troops-crossed"]
    assert after.by_claim["border-closed"] is before.by_claim["border-closed"]
    assert after.by_claim["us-response"] is before.by_claim["us-response"]
    assert memo.parts.last is not None and memo.parts.last.tables[BY_CLAIM] is after.by_claim
    assert memo.parts.last.tables[NAMING] is after.briefs_naming
