"""Read a raw article for drafting, or say why it cannot be a seed.

    read_article(Path("article.txt"), "article.txt")   # Article, or Refusal

An article becomes a seed byte for byte, so it must be what the loader
accepts as one: at most `MAX_SEED_BYTES`, UTF-8 text, without control
characters other than tabs and line breaks.  It is refused before
anything is copied, and one too large is never read whole: only its size
is looked at.  Only regular files are opened for reading (a named pipe
would wait for a writer forever).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..characters import CONTROL
from ..files import Unreadable, read_regular, size_text
from ..limits import MAX_SEED_BYTES

LIMIT = (f"an article may be at most {MAX_SEED_BYTES:,} bytes ({size_text(MAX_SEED_BYTES)}), the size of a seed "
         "(see the README's limits)")



@dataclass(frozen=True)
class Article:
    """An article fit to be a seed."""

    data: bytes
    """The file's bytes, copied as they are."""
    text: str
    """The same, decoded."""


@dataclass(frozen=True)
class Refusal:
    """Why an article cannot be drafted, and what to do."""

    message: str


def read_article(path: Path, name: str) -> Article | Refusal:
    """The article at ``path`` (``name`` is how messages call it), or why not."""
    data = _read_bytes(path, name)
    if isinstance(data, Refusal):
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Refusal(f"{name} is not UTF-8 text ({error.reason} at byte {error.start}); save it as UTF-8 first")
    if not text.strip():
        return Refusal(f"{name} is empty: there is nothing to draft")
    control = CONTROL.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        return Refusal(f"{name} has a control character (U+{ord(control.group()):04X}) on line {line}; "
                       "an article is plain text, with tabs and line breaks only: remove it, or copy the text again")
    return Article(data, text)


def _read_bytes(path: Path, name: str) -> bytes | Refusal:
    try:
        return read_regular(path, MAX_SEED_BYTES)
    except Unreadable as why:
        if why.reason == "not-regular":
            return Refusal(f"{name} is not a regular file; save the article as a text file first")
        if why.reason == "too-large":
            return Refusal(f"{name} is {why.size:,} bytes; {LIMIT}")
        return Refusal(f"cannot read {name}: {why.reason}")
