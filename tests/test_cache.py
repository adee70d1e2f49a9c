"""The content-addressed cache: reused only for the very bytes and code it was made from."""

from __future__ import annotations

import os

from generator import cache
from generator.validate import validate

ALPHA = "content/briefs/alpha.md"


def saved(root):
    """Validate ``root`` with the cache in ``root/cache``, and save it."""
    folder = root / cache.CACHE_FOLDER
    memo = cache.load(root, folder)
    result = validate(root, memo)
    cache.save(memo, folder)()
    return result, memo


def test_a_second_run_parses_nothing_and_finds_the_same(project):
    root = project()
    first, _ = saved(root)
    again, memo = saved(root)
    assert again.problems == first.problems and again.corpus.briefs == first.corpus.briefs
    assert not memo.changed  # every file came from the cache


def test_an_edit_that_keeps_size_and_time_is_not_missed(project):
    root = project()
    saved(root)
    path = root / ALPHA
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Fixture Times", "Fixture Tides"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    result, memo = saved(root)
    assert memo.changed
    assert result.corpus.brief_by_slug["alpha"].source.publisher == "Fixture Tides"


def test_other_code_or_a_damaged_file_means_no_cache(project, monkeypatch):
    root = project()
    saved(root)
    monkeypatch.setattr(cache, "fingerprint", lambda: "other code")
    assert cache.load(root, root / cache.CACHE_FOLDER).entries == {}
    monkeypatch.undo()
    assert cache.load(root, root / cache.CACHE_FOLDER).entries != {}
    (root / cache.CACHE_FOLDER / cache.CACHE_FILE).write_bytes(b"\x80\x05not a pickle")
    assert cache.load(root, root / cache.CACHE_FOLDER).entries == {}
    result, _ = saved(root)
    assert result.ok


def test_a_cached_problem_is_still_reported(project):
    root = project()
    (root / "content/people/jan-novak.md").write_text("---\nname: Jan Novak\nrole: x\ncountry: ZZ\n---\n",
                                                     encoding="utf-8")
    first, _ = saved(root)
    again, memo = saved(root)
    assert not memo.changed
    assert [str(p) for p in again.problems] == [str(p) for p in first.problems] != []


def test_a_cache_written_in_pieces_keeps_what_the_mentions_and_gazetteer_share(project, monkeypatch):
    """Pieces of one entry each still load as one graph: no seed is searched
    for names again, and the gazetteer holds the loaded registry's very objects."""
    monkeypatch.setattr(cache, "CHUNK_ENTRIES", 1)
    root = project()
    saved(root)
    memo = cache.load(root, root / cache.CACHE_FOLDER)
    assert memo.mentions and memo.gazetteer is not None
    for path, (seed, _) in memo.mentions.items():
        assert seed is memo.entries[path].value[0]  # a seed entry is (seed, real path)
    registry = {id(entry.value) for path, entry in memo.entries.items() if path.startswith(cache.REGISTRY_FOLDERS)}
    assert {id(entity) for entity in memo.gazetteer[0]} <= registry
    searched = []
    monkeypatch.setattr("generator.mentions.Gazetteer.find", lambda self, seed: searched.append(seed) or [])
    validate(root, memo)
    assert searched == []
