"""A story's short last sentence: "Both accused remain on bail."

A news story often ends on a sentence of a few words, below its last paragraph: too short
for `lines.Line.is_prose`, so `boilerplate` reads it as the page footer's first line.  A
footer's own short lines are labels, prompts or notes about the page ("Comments are
closed.", "This story has been updated."), and they are marked by their own rules first;
what is left, a plain statement in lower-case words right under the text, is the
story's.
"""

from __future__ import annotations

import re

from .lines import Line

FOOTER_REASON = "page footer after the article's last paragraph"
"""The reason `boilerplate` gives a line only for standing below the last paragraph."""

_PLAIN = re.compile(r"^[A-Z][a-z'’]*(?:[ \t]+[a-z][\w'’-]*){2,5}\.$")
"""A plain statement: a capitalised first word, then lower-case words only (no name, no
figure, no link), and a full stop."""

_PAGE_WORDS = re.compile(r"\b(?:story|article|report|page|post|comments?|updated|corrected|reading|subscribe"
                         r"|newsletter|cookies?|rights|reserved)\b", re.I)
"""Words of a note about the page itself, not the story: "This story has been updated."."""


def keep_short_last_sentence(lines: list[Line], kinds: dict) -> None:
    """Take out of ``kinds`` the plain short sentence right under the last paragraph that
    only its place marked as footer."""
    for above, line in zip(lines, lines[1:]):
        if kinds.get(line.number, ("", ""))[1] == FOOTER_REASON and above.number not in kinds \
                and above.is_prose and _PLAIN.match(line.text) and not _PAGE_WORDS.search(line.text) \
                and not line.second_person:
            del kinds[line.number]
            return
