"""The dev server's claim groups (`analysis.groups`): after an edit, the kept
groups equal groups made afresh, the claims said to have changed are the
edited brief's, and the analysis made with them equals a fresh one."""

from __future__ import annotations

import pytest

from generator.analysis import analyse
from generator.analysis.groups import ClaimGroups, group
from generator.loader import load_corpus
from generator.memo import Memo
from generator.validate import validate
from test_site_lists import EDITS, apply_edits as edit
from test_incremental import GAMMA, GAMMA_SEED  # a third brief on the fixture site


@pytest.mark.parametrize("name", EDITS)
def test_kept_groups_equal_fresh_ones(project, name):
    root = project({"content/briefs/gamma.md": GAMMA, "seeds/003_gamma.txt": GAMMA_SEED}
                   if name != "brief added" else None)
    memo, groups = Memo(root), ClaimGroups()
    corpus, _ = load_corpus(root, memo)
    assert groups.update(corpus.briefs) is None  # the first time: every claim
    before = {b.slug: b for b in corpus.briefs}
    edit(root, EDITS[name])
    corpus, _ = load_corpus(root, memo)
    changed = groups.update(corpus.briefs)
    assert groups.groups == group(corpus.briefs)
    touched = {b.slug for b in corpus.briefs if before.get(b.slug) is not b} | (before.keys() - corpus.brief_by_slug.keys())
    expected = {c.claim for slug in touched for b in (before.get(slug), corpus.brief_by_slug.get(slug)) if b
                for c in b.citations}
    assert changed == expected and changed


def test_a_registry_change_changes_every_claim(project):
    root = project()
    memo, groups = Memo(root), ClaimGroups()
    corpus, _ = load_corpus(root, memo)
    groups.update(corpus.briefs, tuple(corpus.speakers.values()))
    assert groups.update(corpus.briefs, tuple(corpus.speakers.values())) == frozenset()
    edit(root, {"content/people/jan-novak.md": "name: Jan Novak|name: Jan Q. Novak"})
    corpus, _ = load_corpus(root, memo)
    assert groups.update(corpus.briefs, tuple(corpus.speakers.values())) is None


@pytest.mark.parametrize("name", [*EDITS, "claim statement edited"])
def test_the_kept_analysis_equals_a_fresh_one(project, name):
    root = project({"content/briefs/gamma.md": GAMMA, "seeds/003_gamma.txt": GAMMA_SEED}
                   if name != "brief added" else None)
    memo = Memo(root)

    def analysis(memo):
        result = validate(root, memo)
        if memo is None:
            return analyse(result.corpus, result.conflicts)
        return analyse(result.corpus, result.conflicts, memo.analyses, memo.origins, memo.analysis_groups)

    analysis(memo)
    edit(root, EDITS.get(name) or {"content/claims/border-closed.md": "statement: The border|statement: Now the border"})
    assert analysis(memo) == analysis(None)
