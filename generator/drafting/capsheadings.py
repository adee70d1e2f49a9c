"""Two words in capitals between paragraphs: a crosshead when the page writes a word of it
in small letters, a name's label when it does not.

    >>> from .lines import parse_lines
    >>> page = parse_lines("The fund said its costs rose by a third in the year to March.\\n"
    ...                    "COST OUTLOOK\\n"
    ...                    "The outlook for costs is uncertain, the fund said in its report.\\n"
    ...                    "DIANE OKAFOR\\n"
    ...                    "The chair said the fund would publish its accounts in June.\\n")
    >>> kinds = {2: ("short", ""), 4: ("short", "")}
    >>> keep_capital_headings(page, kinds)
    >>> sorted(kinds)
    [4]

`sections.mark_headings` keeps a short crosshead between paragraphs but not two words in
capitals, which are as often a person's name set as a label ("DIANE OKAFOR" above an
interview's answer).  A report's crossheads are often two words in capitals too ("ISSUER
PROFILE", "COST OUTLOOK").  A name's words are not written in small letters in running
text; a crosshead's nouns are ("the outlook for costs"), so a word of the line that the page
writes in lower case on any line makes it a heading of the text, when a paragraph follows it.
"""

from __future__ import annotations

from .lines import Line

HEADING_WORDS = 2
"""The length `sections` leaves out: longer lines in capitals are kept there already."""


def keep_capital_headings(lines: list[Line], kinds: dict) -> None:
    """Take two-word crossheads in capitals between the text's paragraphs out of ``kinds``."""
    body = [i for i, line in enumerate(lines) if line.is_prose and line.number not in kinds]
    if len(body) < 2:
        return
    lower: set[str] | None = None
    for i in range(body[0] + 1, body[-1]):
        line, below = lines[i], lines[i + 1]
        if kinds.get(line.number, ("",))[0] != "short" or line.word_count != HEADING_WORDS \
                or not line.text.isupper() or below.number in kinds or not below.is_prose:
            continue
        if lower is None:
            lower = {w for other in lines for w in other.words if w.islower()}
        if any(w.lower() in lower for w in line.words):
            del kinds[line.number]
