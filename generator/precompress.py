"""Precompressed copies of a built site's text files.

A publish build (``BRIEFING_PRECOMPRESS = True`` in ``publishconf.py``)
writes, once the pages and the search index are made, a gzip copy beside
every text file: ``briefs/x/index.html`` → ``briefs/x/index.html.gz``.  A
web server that serves such copies as they are (nginx's ``gzip_static``,
Apache's ``MultiViews``, most static hosts) then sends the smaller file to
browsers that accept gzip, and compresses nothing itself.

The copies are reproducible: no file name and a zero timestamp in the gzip
header, so the same site gives the same bytes.
"""

from __future__ import annotations

import gzip
from pathlib import Path

TEXT_SUFFIXES = frozenset({".html", ".css", ".js", ".xml", ".json", ".jsonld", ".txt", ".svg"})
"""Files compressed; images, fonts and Pagefind's own index files are compressed already."""

SETTING = "BRIEFING_PRECOMPRESS"


def wanted(settings_file: str, root: Path) -> bool:
    """Whether the Pelican settings file asks for precompressed copies (read as the
    build reads it: the content folder is the project's, wherever the file is)."""
    from pelican.settings import read_settings

    return bool(read_settings(settings_file, override={"PATH": str((root / "content").resolve())}).get(SETTING))


def precompress(folder: Path) -> int:
    """Write ``<file>.gz`` beside every text file under ``folder``; the number written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = (Path(tmp) / "index.html").write_text("<p>hello</p>" * 50)
    ...     _ = (Path(tmp) / "photo.png").write_bytes(b"png")
    ...     n = precompress(Path(tmp))
    ...     gzip.decompress((Path(tmp) / "index.html.gz").read_bytes()) == (Path(tmp) / "index.html").read_bytes(), n
    (True, 1)
    """
    written = 0
    for path in sorted(folder.rglob("*")):
        if path.suffix in TEXT_SUFFIXES and path.is_file() and not path.is_symlink():
            packed = gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)
            path.with_name(path.name + ".gz").write_bytes(packed)
            written += 1
    return written
