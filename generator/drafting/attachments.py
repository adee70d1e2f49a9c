"""A notice's attachments: a list of files to download set inside its text.

A call for tenders, a consultation or a notice lists its documents ("Technical
specifications (PDF, 4.8 MB)") under a heading ("Documents") and then goes on with its
own paragraphs ("Questions may be submitted through …").  The files are clutter, but a
run of them is no page footer's run: the prose after them is still the notice's, where
a footer's run holds a line of the page's own (a credit, a prompt, a copyright line).
"""

from __future__ import annotations

FILE_REASON = "a link to a file"
"""The reason `furniture` gives a line that links a file by its type and size."""


def attachment_run(reasons: list[tuple[str, str]]) -> bool:
    """Whether a run of clutter lines (their ``(kind, reason)``) is a list of files with,
    at most, short fragments (its heading) beside them."""
    files = sum(1 for _, reason in reasons if reason == FILE_REASON)
    return files > 0 and all(reason == FILE_REASON or kind == "short" for kind, reason in reasons)
