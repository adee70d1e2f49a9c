"""A build says what it did and what is wrong, nothing else: no acknowledged
warning printed again, no summary of Pelican's own readers."""

from __future__ import annotations

from test_build import run_build

BRIEF = "content/briefs/alpha.md"


def test_a_build_prints_only_the_count_of_acknowledged_warnings_and_its_summary(project, tmp_path):
    alpha = (project() / BRIEF).read_text(encoding="utf-8")
    acknowledged = ("acknowledged:\n  - warning: unlisted-mention\n    person: jan-novak\n"
                    "    note: Novak is the subject here, not a source.\nclaims:\n")
    root = project({BRIEF: alpha.replace("people: [jan-novak]", "people: []").replace("claims:\n", acknowledged, 1)})
    output = tmp_path / "output"
    result = run_build(root, output)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ["0 error(s), 0 warning(s), 1 acknowledged"]
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [f"built {output}/"]
    assert "Processed" not in result.stdout + result.stderr
