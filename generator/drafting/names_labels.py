"""Signs that a name with no evidence of a person is a notice's label, heading or offer.

    >>> text = "Affected Areas: Kilimani, Kileleshwa\\nWater returns, said Ana Ruiz.\\n"
    >>> furniture_sign(text, [(0, 14)], "Affected Areas")
    'an offer or a notice: "Affected" opens it'
    >>> furniture_sign(text, [(51, 59)], "Ana Ruiz") is None
    True

Notices, advisories, price lists, listings and statistics releases write their labels,
headings and offers in title case ("Affected Areas: …", "Travel Tip: …", "Weekly Price
List", "Important Information for Passengers", "Free Delivery", "Special Offer"): words
no sentence holds, which `names` reads as a name of two words.  `names_evidence` asks this
module only for a name the page gives no evidence of a person for (no cue, no surname alone
with one, no "he" or "she" after it), so a person named in a headline and again in the text
is kept; what says "label" here is:

* every line the page names it on is a heading: a short line whose lower-case words are
  all short function words, with few numbers (a results list, "1. Faith Chepngetich
  3:58.21; 2. …", has many), where it is not a signature (a name alone on its line, or
  before a comma or a bracket: "Alan Pritchard, Yeovil");
* its first word is an adjective of offers and notices that is no given name
  (`OFFER_ADJECTIVES`: "Free Delivery", "Special Offer", "Used Tractor").
"""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS, NAME_PARTICLES, is_role_word
from .names_colonlabels import colon_label
from .occupations import is_short_title

OFFER_ADJECTIVES = frozenset("""
    free used lost found special important unlimited limited exclusive premium official latest
    breaking featured sponsored related popular upcoming extra gross net zero live urgent
    affected planned scheduled estimated provisional weekly daily monthly quarterly annual yearly
    two three four five six seven eight nine ten eleven twelve twenty fifty hundred thousand
""".split())
"""Adjectives that open the title-case phrases of offers, listings and notices ("Free
Delivery", "Used Tractor", "Lost Dog", "Special Offer", "Zero Fees", "Live Music", "Gross
Tourism Receipts", "Planned Outage", "Affected Areas", "Weekly Price List"), and number words
("Six Wickets", "Three Gorges"): no given names ("Young", "Rich",
"Major", "Sharp" are, and are left out)."""

MAX_HEADING = 120
"""Characters of a heading line: a headline, a label or a section title; a sentence runs longer."""
MAX_HEADING_NUMBERS = 2
"""Numbers on a heading line ("Tourism Statistics: First Quarter 2026"); a results list has more."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def furniture_sign(text: str, places: list[tuple[int, int]], name: str) -> str | None:
    """What says the name (written at ``places`` of ``text``) is a label's, a heading's or an
    offer's, or None."""
    if name.split()[0].lower() in OFFER_ADJECTIVES:
        return f'an offer or a notice: "{name.split()[0]}" opens it'
    if all(_heading_line(text, a) and not _signature_shape(text, a, b) for a, b in places):
        return "a heading: named only on title-case lines"
    if colon_label(text, places):
        return "a label: it opens its line before a colon"
    return None


MAX_SIGNATURE_WORDS = 4
"""Capitalised words of a name signed on its own line ("Margaret Ellen Turner", "María José Pérez
Gómez"); particles are not counted.  A run of five capitalised words alone on a title-case line is
a headline's ("Chiang Mai Reopens Night Safari")."""
_BY_BEFORE = re.compile(r"(?:^|[ \t])[Bb]y[ \t]+$")
_SIGNATURE_AFTER = re.compile(r"[ \t]*(?:[,(]|\n|$)")


def _signature_shape(text: str, start: int, end: int) -> bool:
    """Whether the name opens its line (or follows "by" or a title) and fills it up to a comma
    or a bracket: a letter's or a statement's signature ("Gwen Hartley", "Alan Pritchard, Yeovil", "Asked by
    Fiona Rattray (Strathallan and Ochil)"), a person's own line."""
    if sum(1 for w in text[start:end].split() if w[:1].isupper()) > MAX_SIGNATURE_WORDS:
        return False  # "Chiang Mai Reopens Night Safari": a headline's run, longer than a signed name
    first = _line_start(text, start)
    before = text[first:start].split()
    if before and (is_role_word(before[-1].lower().rstrip(".")) or is_short_title(before[-1].lower())):
        return True  # "Delivered by the Mayor, Cr Ana Ruiz-Lind, at …": a title names a person
    opens = not before or _BY_BEFORE.search(text, first, start) is not None
    return opens and _SIGNATURE_AFTER.match(text, end) is not None or _role_after(text, end)


_NOT_HEAD_TITLES = frozenset("""
    defense defence foreign interior finance state national home justice trade economy health education
    energy commerce agriculture labour labor security affairs treasury intelligence staff armed forces
    army navy air former acting interim then senior top opposition party minority majority vice
""".split())
"""Words of `lexicon.ROLE_WORDS` that qualify a title and head none ("State", "National"): last
in a phrase after a comma ("…, Home Affairs") they are a body's or a field's, no title."""
_ROLE_AFTER = re.compile(r",[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)")


def _role_after(text: str, end: int) -> bool:
    """Whether a comma and a title follow the name, the title last of up to three capitalised
    words ("Terje Aasland, Minister of Energy", "Ingrid Solberg, Energy Editor"): a programme's
    or a list's person, in apposition."""
    after = _ROLE_AFTER.match(text, end)
    last = after.group(1).split()[-1].lower() if after is not None else ""
    return is_role_word(last) and last not in FUNCTION_WORDS and last not in _NOT_HEAD_TITLES


def _line_start(text: str, start: int) -> int:
    """Where the line holding ``start`` starts, passing over spaces and tabs at its opening."""
    first = text.rfind("\n", max(0, start - MAX_HEADING), start) + 1
    while first < start and text[first] in " \t":
        first += 1
    return first


def _heading_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is short, with no lower-case word but short function
    words and particles, and few numbers."""
    first = text.rfind("\n", max(0, start - MAX_HEADING), start) + 1
    if first == 0 and start > MAX_HEADING:
        return False
    last = text.find("\n", start, first + MAX_HEADING + 1)
    last = len(text) if last < 0 and len(text) - first <= MAX_HEADING else last
    if last < 0:
        return False
    line = text[first:last]
    if "|" in line or len(_NUMBER.findall(line)) > MAX_HEADING_NUMBERS:  # a table's row: "| NO Kwang Chol |"
        return False
    return all(w[0].isupper() or w.lower() in FUNCTION_WORDS or w.lower() in NAME_PARTICLES or len(w) <= 3
               for w in _WORD.findall(line))


_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)")


def the_title_and_word(text: str, end: int, after_the: bool, leader_nouns: frozenset[str]) -> bool:
    """Whether a title and one word after "the" are a phrase, not a person named by surname
    ("wishes to notify the General Public", "the General Classification"): English writes a
    person's title and surname without "the", except before a noun the leader's name qualifies
    ("the Prime Minister Modi government")."""
    following = _NEXT_LOWER.match(text, end, end + 30)
    return after_the and not (following is not None and following.group(1) in leader_nouns)
