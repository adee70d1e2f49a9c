"""``make devserver`` end to end: a real process, a real watcher, real HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WAIT = 90
"""Seconds to wait for a rebuild: a bound on hanging, not a performance assertion."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except OSError:
        return 0, ""


def eventually(check) -> bool:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def test_devserver_rebuilds_in_place_and_shows_a_failure_in_the_browser(project, tmp_path):
    root, port = project(), free_port()
    output = tmp_path / "live"
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "--root", str(root), "devserver", "--port", str(port),
         "--output", str(output)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    claim_url = f"http://127.0.0.1:{port}/claims/border-closed/index.html"
    claim = root / "content/claims/border-closed.md"
    try:
        assert eventually(lambda: "The border is closed" in fetch(claim_url)[1])
        untouched = (output / "claims/troops-crossed/index.html").stat().st_mtime_ns
        time.sleep(1)  # let the watcher settle after the first build
        claim.write_text("---\nstatement: The border stays closed\n---\n", encoding="utf-8")
        assert eventually(lambda: "The border stays closed" in fetch(claim_url)[1])
        assert (output / "claims/troops-crossed/index.html").stat().st_mtime_ns == untouched

        claim.write_text("---\nstatement: The border shut\nstatus: <i>nonsense</i>\n---\n", encoding="utf-8")
        assert eventually(lambda: fetch(claim_url)[0] == 500)
        status, page = fetch(f"http://127.0.0.1:{port}/")
        assert status == 500 and "content/claims/border-closed.md:3: bad-status" in page
        assert "&quot;&lt;i&gt;nonsense&lt;/i&gt;&quot; is not a status" in page and "<i>" not in page
        assert "The border stays closed" in (output / "claims/border-closed/index.html").read_text(encoding="utf-8")

        claim.write_text("---\nstatement: The border reopened\n---\n", encoding="utf-8")
        assert eventually(lambda: fetch(claim_url)[0] == 200 and "The border reopened" in fetch(claim_url)[1])
    finally:
        server.terminate()
        log = server.communicate(timeout=20)[0]
    assert "rebuilt in" in log and "Traceback" not in log
