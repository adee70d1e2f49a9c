"""`parallel.fork_map` gives what a plain loop gives, in order; and the
steps that use it (mentions, attribution, analysis) give the same results
on two cores as on one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import parallel
from generator.analysis import analyse
from generator.parallel import fork_map
from generator.validate import validate

SHOWCASE = Path(__file__).parent / "fixtures" / "showcase"

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork_map runs in one process without fork")


@needs_fork
@pytest.mark.parametrize("jobs", [2, 3])
def test_results_come_back_in_order(jobs):
    items = list(range(37))
    results = fork_map(lambda n: (n * n, os.getpid()), items, jobs=jobs, min_items=1)
    assert [square for square, _ in results] == [n * n for n in items]
    pids = {pid for _, pid in results}
    # This process does its share; the workers' shares may all go to one worker that is quick.
    assert os.getpid() in pids and len(pids) >= 2


def test_small_inputs_stay_in_this_process():
    assert {pid for pid in fork_map(lambda _: os.getpid(), range(10), jobs=2)} == {os.getpid()}


@needs_fork
def test_an_error_in_a_worker_is_raised_here():
    def fail_on_odd(n: int) -> int:
        if n % 2:
            raise ValueError(f"odd {n}")
        return n

    with pytest.raises(ValueError, match="odd 1"):
        fork_map(fail_on_odd, list(range(4)), jobs=2, min_items=1)


@needs_fork
def test_the_build_steps_agree_on_one_core_and_two(monkeypatch):
    one = validate(SHOWCASE)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)
    two = validate(SHOWCASE)
    assert two.mentions == one.mentions and two.mentions
    assert two.conflicts == one.conflicts and two.conflicts
    assert two.problems == one.problems
    assert analyse(two.corpus, two.conflicts) == analyse(one.corpus, one.conflicts)


@needs_fork
def test_pages_written_on_two_cores_equal_pages_written_on_one(project, tmp_path):
    from dataclasses import replace

    from generator.incremental import Session
    from generator.pelican_plugin.writing import RenderFailed, write_pages
    from test_incremental import SETTINGS, site_files

    session = Session(SETTINGS, tmp_path / "cold", project())
    assert session.cold() == 0
    last = session.last
    records = list(last.records.values())
    files = {}
    for jobs in (1, 2):
        writer = replace(last.writer, output=tmp_path / f"jobs-{jobs}", fresh=True)
        done = write_pages(writer, records, jobs=jobs, min_parallel=1)
        assert done.written == len([r for r in records if writer.render(r) is not None])
        files[jobs] = site_files(writer.output)
    assert files[2] == files[1] and files[1]
    # A fault in a worker's page comes back as the build's message, naming the page.
    broken = [replace(r, view={}) if r.save_as == "people/jan-novak/index.html" else r for r in records]
    writer = replace(last.writer, output=tmp_path / "broken", fresh=True)
    with pytest.raises(RenderFailed, match="person.html failed on people/jan-novak/index.html"):
        write_pages(writer, broken, jobs=2, min_parallel=1)
