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
import re
from typing import Any

import yaml


_ESCAPED = re.compile('[\\\\"]|[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]')
"""What `quoted` escapes: the backslash, the double quote, and what is not
in YAML 1.1's printable set or breaks lines (U+2028, U+2029) or is a BOM."""


def quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar."""
    # One pass of the regular expression, not a Python step per character:
    # a draft's quotes may add up to a whole 2 MiB article.
    return '"' + _ESCAPED.sub(lambda m: _escape(m.group()), text) + '"'


def _escape(char: str) -> str:
    if char == "\\":
        return "\\\\"
    if char == '"':
        return '\\"'
    if ord(char) <= 0xFFFF:
        return f"\\u{ord(char):04x}"
    return f"\\U{ord(char):08x}"


_SLUG = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
"""An id or slug: YAML reads it back as itself unless it is one of `_YAML_WORDS`
(a letter first rules out numbers and dates)."""
_YAML_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "null"})


def plain(text: str) -> str:
    """``text`` unquoted when YAML reads it back as the same string, else quoted:
    ``kp`` stays plain, ``NO`` (a boolean to YAML 1.1) and ``null`` are quoted."""
    if _SLUG.fullmatch(text) and text not in _YAML_WORDS:
        return text  # the common case, without a YAML parser per id
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
