"""YAML scalars written by hand, so that every quote reads back exactly.

    >>> quoted('He said "no" and it\\'s over')
    '"He said \\\\"no\\\\" and it\\'s over"'

A double-quoted YAML scalar escapes only the backslash, the double quote and
what YAML would otherwise fold or reject: control characters, the line and
paragraph separators (U+2028, U+2029, U+0085), the byte-order mark and
characters outside YAML's printable set.  Everything else, curly quotes and
accents included, is written as it is, so authors read the draft easily.
"""

from __future__ import annotations

import json
from typing import Any

import yaml


def _printable(char: str) -> bool:
    """YAML 1.1's printable set, less the characters that break lines."""
    code = ord(char)
    if char in "\u0085\u2028\u2029\ufeff":
        return False
    return (0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar."""
    out = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif _printable(char):
            out.append(char)
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def plain(text: str) -> str:
    """``text`` unquoted when YAML reads it back as the same string, else quoted:
    ``kp`` stays plain, ``NO`` (a boolean to YAML 1.1) and ``null`` are quoted."""
    try:
        same = yaml.safe_load(text) == text and "#" not in text
    except yaml.YAMLError:
        same = False
    return text if same else quoted(text)


def scalar(value: Any) -> str:
    """A YAML value: null, a number, a date, or a quoted string."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return quoted(str(value))


def flow_list(values: list[Any]) -> str:
    """``[a, "b", 3]`` on one line."""
    return "[" + ", ".join(scalar(v) for v in values) + "]"


def comment(text: str) -> str:
    """A one-line comment: line breaks would end it."""
    return "# " + " ".join(text.split())
