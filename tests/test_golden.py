"""The fixture site, page by page, against its golden copy.

Any change to what a page shows changes a golden file: review the diff,
then regenerate the copy with ``make golden`` (UPDATE_GOLDEN=1 for this test).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.links import SECTIONS, reserved_folders
from sitecheck import section_faults
from test_build import FIXTURE, html_files, run_build

GOLDEN = Path(__file__).parent / "fixtures" / "site-golden"


def test_fixture_site_matches_golden_copy(tmp_path):
    output = tmp_path / "output"
    result = run_build(FIXTURE, output)
    assert result.returncode == 0, result.stderr
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name in html_files(output):
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(output / name, GOLDEN / name)
    assert html_files(output) == html_files(GOLDEN)
    changed = [name for name in html_files(output)
               if (output / name).read_text(encoding="utf-8") != (GOLDEN / name).read_text(encoding="utf-8")]
    assert changed == [], "pages differ from tests/fixtures/site-golden; review, then run `make golden`"
    # What the checks hold pages to: the folders the site writes, the sections links may name.
    assert {p.name for p in output.iterdir() if p.is_dir()} - {"about"} == reserved_folders()
    assert section_faults(output, SECTIONS) == []
