"""More shapes of page furniture: an alert banner, a reference number, a breadcrumb, a book's details.

* a line that opens with a warning sign ("⚠ Runway closed to jet traffic – check
  with your airline", "🚨 ACTIVE EMERGENCY: …") is the site's alert banner, set
  above every page of the alert, not the headline nor the text;
* "Ref: NPS/PR/2025/118", "Reference: MFDA/FR/2026/014" file a notice;
* "Cycling > Vuelta a Guatemala" is a section's path, not a headline;
* "ADVERT: Top up with …", "Sponsored: …" is an advertisement, however long, and so is a
  classified one under its heading ("FOR RENT …", "WANTED …");
* "The Thirsty Canal: …, by Itzel Castrellón. Editorial Puente, 312 pages, B/. 24.95"
  is the book a review is about: its catalogue entry, not the reviewer's prose.
"""

from __future__ import annotations

import re

from .lexicon import AD_LABEL
from .lines import Line

ALERT_SIGNS = "⚠🚨❗‼⛔"
"""Signs a site puts before an alert's banner line."""

_REFERENCE = re.compile(r"^(?:Ref(?:erence)?(?:\s+(?:No|no|number))?\.?|Our\s+ref\.?"
                        r"|(?:File|Notice|Circular|Advisory|Bulletin)\s+(?:No|no|Number|number)\.?)"
                        r"[ \t]*:?[ \t]*[A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9/._-]*$")
"""A notice's file number alone on its line: letters, digits and slashes, no words, after
"Ref:", "File No." or the notice's own noun ("Notice No. PO-2026/031")."""

_CRUMB = re.compile(r"^[A-Z][\w'’&-]*(?: [\w'’&-]+){0,3} [>›»] [A-Z][\w'’&-]*(?: [\w'’&-]+){0,4}$")
"""A breadcrumb of two steps, a section and its subsection ("Cycling > Vuelta a Guatemala"):
an arrow between two short names, which prose never sets."""

_BOOK_DETAILS = re.compile(r",[ \t]+by[ \t]+[A-Z][^.]{0,80}\.[^.]{0,80}\b\d{2,4}[ \t]+pages\b")
"""A book's title, author, publisher and page count ("…, by Itzel Castrellón. Editorial
Puente, 312 pages")."""

_AD_LABEL = re.compile(r"^" + AD_LABEL + r"(?::|[ \t]+[|–—-])[ \t]*\S", re.I)
"""An advertisement set in the text under its label: "ADVERT: Top up with …", "Ad: Surangel &
Sons — Hardware", "ADVERTISEMENT – Caribbean Tyre & Battery" (not "Ad-hoc …")."""

_CLASSIFIED = re.compile(r"^(?:FOR[ \t]+(?:RENT|SALE|HIRE|LEASE)|TO[ \t]+LET|WANTED)(?::|[ \t]+)[ \t]*[\w€£$]")
"""A classified advertisement, its heading in capitals opening the line: "FOR RENT Two-bed flat,
…", "TO LET: shop in …", "WANTED experienced cook …" (a headline in capitals is a whole line
of capitals, not a label and lower-case words)."""

MAX_BOOK_WORDS = 40


def page_label(line: Line) -> tuple[str, str] | None:
    """``(kind, reason)`` when the line is one of these three pieces of furniture."""
    text = line.text
    if text[:1] in ALERT_SIGNS:
        return "banner", "an alert banner"
    if _REFERENCE.match(text):
        return "reference", "a notice's reference number"
    if _AD_LABEL.match(text):
        return "cta", "an advertisement, labelled"
    if _CLASSIFIED.match(text) and not text.isupper():
        return "box", "a classified advertisement"
    if _CRUMB.match(text) and not line.is_prose:
        return "navigation", "a breadcrumb of two steps"
    if line.word_count <= MAX_BOOK_WORDS and _BOOK_DETAILS.search(text):
        return "credit", "the details of the book reviewed"
    return None
