"""Characters no author means to write, and messages that stay on one line.

Shared by the file reader (raw text) and the YAML reader (values written
with escapes such as ``"\\e"`` or ``"\\0"``).
"""

from __future__ import annotations

import re

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
"""C0 and C1 controls other than tab and line breaks, DEL, and the Unicode
non-characters U+FFFE and U+FFFF: refused in every text file."""



def control_message(char: str) -> str:
    """What a `control-character` problem says about ``char``.

    >>> control_message("\x1b")
    'control character U+001B in the text; only tabs and line breaks are allowed: remove it'
    """
    return f"control character U+{ord(char):04X} in the text; only tabs and line breaks are allowed: remove it"


_LINE_BREAKS = re.compile(r"\s*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+\s*")


def one_line(text: str) -> str:
    """``text`` with its line breaks turned into spaces, so that a value
    quoted in a report cannot start a forged ``path:line:`` line of its own.

    >>> one_line("draft\\ncontent/x.md:1: yaml-syntax: injected")
    'draft content/x.md:1: yaml-syntax: injected'
    """
    return _LINE_BREAKS.sub(" ", text)
