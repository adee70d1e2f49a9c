"""Strict YAML, strict mode and acknowledged warnings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.loader import load_corpus
from generator.validate import report, validate

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"
ALPHA = (FIXTURE / "content/briefs/alpha.md").read_text(encoding="utf-8")
BRIEF = "content/briefs/alpha.md"
TITLE = "title: Ministers meet <after> talks & more"
UNLISTED = "people: [jan-novak]"
ACK = ("acknowledged:\n  - warning: unlisted-mention\n    person: jan-novak\n"
       "    note: Novak is quoted only through the ministry\n")


@pytest.mark.parametrize("written", ["10:30", "012", "0x1F", "NO", "1e3", "2024-10-31", "~x", "true"])
def test_text_fields_keep_what_the_author_wrote(project, written):
    corpus, problems = load_corpus(project({BRIEF: ALPHA.replace(TITLE, f"title: {written}")}))
    assert problems == []
    assert corpus.brief_by_slug["alpha"].title == written


def test_a_plain_null_is_no_value_and_a_quoted_one_is_text(project):
    corpus, problems = load_corpus(project({BRIEF: ALPHA.replace("publisher: Fixture Times", "publisher: ~")
                                            .replace(TITLE, 'title: "null"')}))
    assert problems == []
    alpha = corpus.brief_by_slug["alpha"]
    assert (alpha.source.publisher, alpha.title) == (None, "null")


def check(root: Path, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "check", *flags],
                          capture_output=True, text=True, cwd=ROOT)


def test_strict_mode_fails_on_a_warning(project):
    root = project({BRIEF: ALPHA.replace(UNLISTED, "people: []")})
    relaxed, strict = check(root), check(root, "--strict")
    assert (relaxed.returncode, relaxed.stdout.splitlines()[-1]) == (0, "0 error(s), 1 warning(s)")
    assert (strict.returncode, strict.stderr.splitlines()[-1]) == (1, "0 error(s), 1 warning(s) (strict: warnings fail)")


def test_an_acknowledged_warning_is_not_reported(project):
    root = project({BRIEF: ALPHA.replace(UNLISTED, "people: []\n" + ACK)})
    result = validate(root)
    assert (result.problems, result.acknowledged) == ((), 1)
    assert report(result) == "0 error(s), 0 warning(s), 1 acknowledged"
    assert check(root, "--strict").returncode == 0


def test_an_acknowledgement_covers_only_its_own_subject(project):
    ack = ACK.replace("person: jan-novak", "country: RU")
    result = validate(project({BRIEF: ALPHA.replace(UNLISTED, "people: []\n" + ack)}))
    assert [p.code for p in result.problems] == ["unlisted-mention", "stale-acknowledgement"]
    assert result.acknowledged == 0


def test_an_acknowledgement_needs_its_subject_and_a_note(project):
    ack = "acknowledged:\n  - warning: attribution-conflict\n    claim: border-closed\n"
    result = validate(project({BRIEF: ALPHA.replace(UNLISTED, UNLISTED + "\n" + ack)}))
    assert [str(p) for p in result.problems] == [
        'content/briefs/alpha.md:14: field-missing: required field "note" is missing from "acknowledged.0"',
    ]
