"""make github: the built folder becomes a commit on the pages branch; nothing else changes."""

from __future__ import annotations

import subprocess

from generator.ghpages import main


def git(repo, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout.strip()


def test_folder_committed_to_branch_leaving_the_work_tree_alone(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-m", "start")
    site = repo / "output"
    (site / "briefs/a").mkdir(parents=True)
    (site / "index.html").write_text("<p>home</p>", encoding="utf-8")
    (site / "index.html.gz").write_bytes(b"gzip")
    (site / "briefs/a/index.html").write_text("<p>a</p>", encoding="utf-8")
    monkeypatch.chdir(repo)
    for name, value in {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}.items():
        monkeypatch.setenv(name, value)

    assert main(["output", "--branch", "gh-pages", "--message", "first"]) == 0
    assert git(repo, "ls-tree", "-r", "--name-only", "gh-pages").split() == [".nojekyll", "briefs/a/index.html", "index.html"]
    assert git(repo, "show", "gh-pages:index.html") == "<p>home</p>"
    (site / "index.html").write_text("<p>home, again</p>", encoding="utf-8")
    assert main(["output", "--branch", "gh-pages", "--message", "second"]) == 0
    assert git(repo, "log", "--format=%s", "gh-pages").split() == ["second", "first"]
    assert git(repo, "rev-parse", "--abbrev-ref", "HEAD") == "main"
    assert git(repo, "status", "--porcelain") == "?? output/"


def test_refuses_a_folder_without_a_site(tmp_path, capsys):
    assert main([str(tmp_path)]) == 1
    assert "has no index.html: build it first (make publish)" in capsys.readouterr().err
