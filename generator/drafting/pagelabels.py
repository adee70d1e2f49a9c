"""More shapes of page furniture: an alert banner, a reference number, a breadcrumb, a book's details.

* a line that opens with a warning sign ("⚠ Runway closed to jet traffic – check
  with your airline", "🚨 ACTIVE EMERGENCY: …") is the site's alert banner, set
  above every page of the alert, not the headline nor the text;
* "Ref: NPS/PR/2025/118", "Reference: MFDA/FR/2026/014" file a notice;
* "Cycling > Vuelta a Guatemala" is a section's path, not a headline;
* "ADVERT: Top up with …", "Sponsored: …" is an advertisement, however long, and so is a
  classified one under its heading ("FOR RENT …", "WANTED …");
* "The Thirsty Canal: …, by Itzel Castrellón. Editorial Puente, 312 pages, B/. 24.95"
  is the book a review is about: its catalogue entry, not the reviewer's prose;
* the line under a lone "ADVERTISEMENT" label is the advertisement when it reads as one
  (`mark_ad_copy`): an advertiser's name before a dash or a colon ("Harbour Motors — new
  showroom on Quay Street"), or an order to the reader ("Book now.", "Apply at any branch.").
"""

from __future__ import annotations

import re

from .lexicon import AD_LABEL
from .attribution import dateline_end
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

_LONE_AD_LABEL = re.compile(r"^[^\w]*" + AD_LABEL + r"[^\w]*$", re.I)
"""An advertisement's label alone on its line: "ADVERTISEMENT", "--- Advertisement ---"."""
_ADVERTISER = re.compile(r"^[A-Z][\w'’&.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w'’&.-]*){0,5}[ \t]*(?:[–—:]|[ \t]-)[ \t]")
"""An advertiser's name of up to six capitalised words, then a dash or a colon and the offer:
"Harbour Motors — new showroom", "Ridge Air: daily flights"."""
_ORDER = re.compile(r"(?:^|[.!][ \t]+)(?:Book|Apply|Call|Visit|Order|Shop|Register|Test[ \t]+drive|Buy|Download"
                    r"|Fly|Open|Ask|Join|Discover)\b[^.!?]*[.!]?$")
"""A sentence that orders the reader to buy, last on the line: "Book now.", "Apply at any
branch.", "Test drive this weekend."; a report's sentence does not end its paragraph so."""
MAX_AD_WORDS = 30
"""Words of an advertisement's copy at most: a paragraph of the text is longer, or is not
under a label."""


def mark_ad_copy(lines: list[Line], kinds: dict) -> None:
    """Mark the unmarked line under a lone advertisement label when it reads as the
    advertisement's copy (`_ADVERTISER`, `_ORDER`), not a question nor a long paragraph: a
    page sets its text's next paragraph under the label as often, so the label alone does not
    say which it is ("ADVERTISEMENT" above "The minister said on Monday …")."""
    for label, line in zip(lines, lines[1:]):
        if line.number in kinds or not _LONE_AD_LABEL.match(label.text) \
                or line.word_count > MAX_AD_WORDS or "?" in line.text:
            continue
        if dateline_end(line.text, 0, len(line.text)) is not None:
            continue  # "KYIV — Ukraine said …": a story's dateline, not an advertiser's dash
        if _ADVERTISER.match(line.text) or _ORDER.search(line.text):
            kinds[line.number] = ("cta", "an advertisement's copy under its label")


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
