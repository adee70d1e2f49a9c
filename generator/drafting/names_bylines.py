"""Reporters and reviewers: names the page gives as its own authors, no people of the story.

    >>> text = "Reviewed by Ana Ruiz\\nThe book is long.\\nAna Ruiz is a historian.\\n"
    >>> BylineNames(text).authors
    frozenset({'Ana Ruiz'})

The annotation lists no one named only in a page's furniture: its bylines and its
author boxes.  Two shapes of them reach the text a layout keeps:

* an author line with the outlet after the name ("Hessa Al-Roumi | Al-Sour English, with
  agencies", "Ana Ruiz, Reuters"): a short line opened by the name, a bar or a comma,
  then the page's own outlet (`pageevidence.OutletNames`), a news agency, "agencies" or a
  journalist's post ("Staff Writer");
* an author box under the story ("Rodrigo Sáenz Arosemena is a historian …"): a line
  opened by a name that the page's byline ("By …", "Reviewed by …", "Author: …") gives,
  or by an "About the author:" label;
* a programme's production credit ("Presenter: Besiana Leka. Producer: Arta Hoxha."): a
  name right after a credit's label, wherever it stands in its line.
"""

from __future__ import annotations

import re

from .lexicon import CREDIT_ROLE_LABEL, MEDIA_WORDS
from .pageevidence import OutletNames

MAX_BYLINE = 120
"""Characters of a byline at most: a name or two and an outlet, not a sentence."""
MAX_BYLINES = 20
"""Bylines read in a page: one or two."""
_BYLINE = re.compile(r"^[ \t]*(?:(?:[Rr]eviewed|[Ww]ritten|[Ww]ords|[Rr]eporting|[Ss]tory)[ \t]+by|By|BY|Author:|Text:)"
                     r"[ \t]+([^\n]{3,%d})$" % MAX_BYLINE, re.M)
_AUTHOR = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'’.-]*){1,4}")
"""A name in a byline: capitalised words, perhaps with a particle ("Ana de la Cruz" keeps "Ana de")."""
_PARTS = re.compile(r"[ \t]+and[ \t]+|[,|]")
JOURNALISTS = frozenset("""
    reporter reporters correspondent correspondents writer writers editor editors columnist journalist
    contributor photographer
""".split())
"""Nouns for the page's own staff after an author's name ("Ana Ruiz | Staff Writer")."""
_BOX_LABEL = re.compile(r"About[ \t]+the[ \t]+(?:authors?|writers?|reporters?)[ \t]*:[ \t]*", re.I)
"""The label of an author box, opening its line: "About the author: Ana Ruiz is …"."""
_CREDIT_LABEL = re.compile(r"(?<![\w'’-])" + CREDIT_ROLE_LABEL + r"[ \t]*$")
"""A production credit's label right before a name: "Producer: ", "Executive Producer: "."""
MAX_LABEL = 40
"""Characters read before a name for a credit's label."""
_SEPARATOR = re.compile(r"[ \t]*(?:\||,|–|—)[ \t]*")
_OUTLET_WORDS = re.compile(r"[^\W\d_][\w'’&.-]*")
_AGENCIES = re.compile(r"\bagencies\b", re.I)


class BylineNames:
    """The names of the page's byline lines."""

    def __init__(self, text: str):
        found: set[str] = set()
        for count, line in enumerate(_BYLINE.finditer(text)):
            if count >= MAX_BYLINES:
                break
            for part in _PARTS.split(line.group(1)):
                name = _AUTHOR.fullmatch(part.strip())
                if name is None:
                    break  # "By Monday, Ana Ruiz had left": a sentence, no byline
                found.add(name.group())
        self.authors = frozenset(found)

    def author_box(self, text: str, name: str, start: int) -> bool:
        """Whether ``name`` at ``start`` is a byline's author opening a line (their box), or
        follows an author box's label or a production credit's."""
        return name in self.authors and _opens_line(text, start) or _labelled(text, start)


def _labelled(text: str, start: int) -> bool:
    """Whether an author box's label opens the line right before ``start``, or a production
    credit's label stands right before it."""
    before = text[max(0, start - MAX_LABEL):start]
    line = before[before.rfind("\n") + 1:]
    return _BOX_LABEL.fullmatch(line) is not None or _CREDIT_LABEL.search(before) is not None


def _opens_line(text: str, start: int) -> bool:
    """Whether only blanks come between the line's start and ``start``, read at most
    `MAX_BYLINE` characters back (a name further into its line opens no byline): bounded,
    so a page of one long line costs no scan per name."""
    low = max(0, start - MAX_BYLINE)
    head = text[low:start]
    cut = head.rfind("\n")
    return (cut >= 0 or low == 0) and not head[cut + 1:].strip()


def author_line(text: str, start: int, end: int, outlets: OutletNames) -> bool:
    """Whether the name at ``start``–``end`` opens a short line and the page's outlet, a
    news agency or "agencies" follow it after a bar or a comma: the story's author line."""
    line_end = text.find("\n", end, end + MAX_BYLINE)
    line_end = len(text) if line_end < 0 and len(text) - end <= MAX_BYLINE else line_end
    if line_end < 0 or not _opens_line(text, start):
        return False
    separator = _SEPARATOR.match(text, end, line_end)
    if separator is None:
        return False
    rest = text[separator.end():line_end]
    words = _OUTLET_WORDS.findall(rest)
    if not words or len(words) > 8:
        return False
    head = [w for w in words[:4] if w[:1].isupper()]
    return bool(_AGENCIES.search(rest)) or any(outlets.holds(head[:n]) for n in range(1, len(head) + 1)) \
        or any(w.lower().strip(".") in MEDIA_WORDS for w in head) or any(w.lower() in JOURNALISTS for w in words)
