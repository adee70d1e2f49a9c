"""A notice's closing courtesy, right under its last paragraph: the notice's own words.

An outage notice or a customer advisory ends "We apologise for any inconvenience." or
"We thank you for your continued support.": a short sentence, below the last paragraph
and so read as page footer, but the issuer still speaking.  A footer's sentences in the
first person plural offer something ("We use cookies …", "Our best stories, delivered …"),
they do not apologise or thank.
"""

from __future__ import annotations

import re

from .lines import Line

_COURTESY = re.compile(r"^We[ \t]+(?:(?:sincerely|deeply|truly)[ \t]+)?(?:apologi[sz]e|regret|thank|appreciate)\b"
                       r"[^.!?]{0,80}[.!]$")
MAX_COURTESY_WORDS = 12


def keep_closing_courtesy(lines: list[Line], kinds: dict) -> None:
    """Take out of ``kinds`` an apology or a thanks right under the text's last paragraph."""
    for above, line in zip(lines, lines[1:]):
        if line.number in kinds and above.number not in kinds and above.is_prose \
                and line.word_count <= MAX_COURTESY_WORDS and _COURTESY.match(line.text):
            del kinds[line.number]
