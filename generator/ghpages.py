"""`make github`: commit the built site to a branch for GitHub Pages, as ghp-import does.

    python -m generator.ghpages [--branch gh-pages] [--message M] output/

The folder becomes the whole tree of one new commit on the branch (its
parent: the branch's last commit, if any), with a ``.nojekyll`` file so
that GitHub serves every file as it is.  Git's plumbing does it through a
temporary index: the working tree, the index and the checked-out branch
are left alone.  The ``.gz`` copies of a publish build are left out:
GitHub Pages compresses on its own.  Pushing is the Makefile's next step.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SKIPPED_SUFFIXES = (".gz",)


def git(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None) -> str:
    result = subprocess.run(["git", *args], input=stdin, capture_output=True, check=True,
                            env={**os.environ, **(env or {})})
    return result.stdout.decode().strip()


def commit_folder(folder: Path, branch: str, message: str) -> str:
    """Commit every file under ``folder`` as the tree of a new commit on ``branch``; its id."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(SKIPPED_SUFFIXES))
    blobs = git("hash-object", "-w", "--stdin-paths", stdin="\n".join(str(p) for p in files).encode()).split()
    entries = [f"{'100755' if os.access(p, os.X_OK) else '100644'} {blob}\t{p.relative_to(folder).as_posix()}"
               for p, blob in zip(files, blobs)]
    entries.append(f"100644 {git('hash-object', '-w', '--stdin', stdin=b'')}\t.nojekyll")
    with tempfile.TemporaryDirectory() as scratch:
        index = {"GIT_INDEX_FILE": str(Path(scratch) / "index")}
        git("update-index", "--add", "--index-info", env=index, stdin="\n".join(entries).encode())
        tree = git("write-tree", env=index)
    parent = subprocess.run(["git", "rev-parse", "-q", "--verify", f"refs/heads/{branch}"],
                            capture_output=True, text=True).stdout.strip()
    commit = git("commit-tree", tree, *(["-p", parent] if parent else []), "-m", message)
    git("update-ref", f"refs/heads/{branch}", commit, *([parent] if parent else []))
    return commit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.ghpages", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--branch", default="gh-pages")
    parser.add_argument("--message", default="Publish the site")
    args = parser.parse_args(argv)
    if not (args.folder / "index.html").is_file():
        print(f"{args.folder}/ has no index.html: build it first (make publish)", file=sys.stderr)
        return 1
    try:
        commit = commit_folder(args.folder, args.branch, args.message)
    except subprocess.CalledProcessError as error:
        print(f"git {' '.join(error.cmd[1:2])} failed: {error.stderr.decode().strip()}", file=sys.stderr)
        return 1
    print(f"{args.folder}/ committed to {args.branch} as {commit[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
