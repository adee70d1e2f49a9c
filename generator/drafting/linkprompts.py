"""Prompts and notes of a page in forms the English tables of `lexicon` miss: a "read also"
label in another language over English copy, a link's imperative sentence of any length, and
the page's stock notes on its updates or its status.

All are matched at a fixed place (the line's start, a sentence's start), so they cost one
pass over the line.
"""

from __future__ import annotations

import re

_READ_ALSO = re.compile(
    r"(?:lea|lee|vea|ver|leia|veja|lire|à[ \t]+lire|voir|lesen[ \t]+sie|leggi|czytaj|lees|citește|čtěte)"
    r"[ \t]+(?:también|tambien|também|tambem|aussi|auch|anche|także|też|ook|más|mais|și|také)[ \t]*:",
    re.I)
"""A "read also" / "read more" label in Spanish, Portuguese, French, German, Italian, Polish,
Dutch, Romanian or Czech ("LEA TAMBIÉN: …", "Leia mais:", "Lire aussi :"): pages in English
for readers abroad keep their home edition's labels."""

_LINK_SENTENCE = re.compile(r"(?:^|(?<=[.!?])[ \t]+)(?:(?:click|tap|press)[ \t]+(?:here|to[ \t]+expand)\b"
                            r"|(?:try|search|browse)[ \t]+our[ \t]+(?:archives?|search|site)\b"
                            r"|(?:donate|subscribe|join|register|give)[ \t]+(?:today|now)[.!]?$)", re.I)
"""A sentence that opens with "Click here" or "Tap here" ("… on WhatsApp. Tap here to join."),
a forum's "Click to expand..." under a quoted post, a search page's "Try our archive" or a
closing "Donate today.": the page's link, however long the promotion before it; prose mentions
"click here" or an archive inside a sentence, not as its first words."""


def foreign_teaser(text: str) -> bool:
    """Whether ``text`` opens with a "read also" label of another language."""
    return bool(_READ_ALSO.match(text))


_CONTACT_PROMPT = re.compile(r"To[ \t]+[a-z]+(?:[ \t]+[\w'’-]+){0,6},[ \t]+(?:e-?mail|call|phone|text|write[ \t]+to|contact)"
                             r"[ \t]+(?:us[ \t]+(?:at|on)[ \t]+)?(?:\S+@\S+|\+?\d[\d \t-]{2,})")
"""A prompt that tells the reader how to reach the page's desk, opening the line: "To report an
error, e-mail desk@example.org …", "To book a stall, call 555 0123": the page's contact, not a
sentence of the story, which does not open with a purpose clause and an order to the reader."""


_TIP_LINE = re.compile(r"(?:^|(?<=[.!?])[ \t]+)(?:WhatsApp|SMS|[Tt]ext|[Cc]all|[Mm]essage|[Ee]-?mail)[ \t]+(?:us|the[ \t]+"
                       r"(?:[A-Z][\w'’-]*[ \t]+){0,4}(?:newsroom|news[ \t]+desk|desk|editors?))[ \t]+(?:on|at)[ \t]+"
                       r"(?:\+?\d|\S+@)")
"""A sentence that orders the reader to reach the newsroom ("WhatsApp the Harbour Times newsroom on
555 0123.", "Call us on 0800 …"): the page's tip line, opening a sentence; a story's sentence
does not order the reader to contact its own newsroom."""

_INSTRUCTION = re.compile(r"(?:^|(?<=[.!?])[ \t]+)(?:click|tap|select|choose|pick)(?:[ \t]+or[ \t]+(?:click|tap))?[ \t]+"
                          r"(?:an?|the|each|any)[ \t]+(?:option|answer|marker|card|button|tab)[ \t]+to[ \t]+[a-z]", re.I)
"""A sentence that tells the reader how to work an interactive piece: "Tap an option to see the
answer.", "Click a marker to read about each stop." (a quiz's or a map's widget); prose that
reports a tap ("Riders tap a card to pay") does not open a sentence with the imperative."""


def widget_instruction(text: str) -> bool:
    """Whether a sentence of ``text`` tells the reader how to work a quiz's or a map's widget.

    >>> widget_instruction("Ten questions, one point each. Tap an option to see the answer.")
    True
    >>> widget_instruction("Riders now tap a card to pay the fare.")
    False
    """
    return _INSTRUCTION.search(text) is not None


_PROGRAMME_PROMO = re.compile(r"\b(?:will[ \t]+(?:carry|air|broadcast|show)|(?:watch|hear|listen[ \t]+to)"
                             r")[ \t]+(?:the|our)[ \t]+(?:full|complete|extended|uncut|whole)[ \t]+"
                             r"(?:interview|conversation|episode|documentary)\b", re.I)
"""A broadcaster's or a paper's promotion of its own programme or edition, anywhere in the line:
"Channel 4 will air the full interview on Sunday.", "Watch the full interview on our app."; a
story reports what a person said in an interview, not that the station will broadcast all of
it ("programme" is left out: "the ministry will run the full programme" is news)."""


def link_sentence(text: str) -> bool:
    """Whether a sentence of ``text`` opens with "Click here" / "Tap here", or the line
    opens with a contact prompt ("To report an error, e-mail …"), or promotes the station's
    programme (`_PROGRAMME_PROMO`).

    >>> link_sentence("To report an error, e-mail desk@example.org with the date.")
    True
    >>> link_sentence("To report an error, the reader must write in.")
    False
    >>> link_sentence("Seen a crash? WhatsApp the Harbour Times newsroom on 555 0123.")
    True
    >>> link_sentence("Reef TV will air the full interview with the minister at 7 tonight.")
    True
    """
    return bool(_LINK_SENTENCE.search(text) or _CONTACT_PROMPT.match(text) or _TIP_LINE.search(text)
                or _PROGRAMME_PROMO.search(text))


_PAGE_NOTE = re.compile(
    r"(?:the[ \t]+)?next[ \t]+update[ \t]+(?:will[ \t]+be|is)\b"
    r"|this[ \t]+(?:story|article|page|report|post|timeline|live[ \t]*blog|blog|bulletin)[ \t]+"
    r"(?:will[ \t]+be|is[ \t]+being|may[ \t]+be)[ \t]+updated\b"
    r"|(?:for[ \t]+information[ \t]+media\.?[ \t]+)?not[ \t]+an[ \t]+official[ \t]+record\b"
    r"|this[ \t]+(?:message|e-?mail)[ \t]+(?:and[ \t]+any[ \t]+attachments?[ \t]+)?(?:is|are)[ \t]+"
    r"(?:intended|confidential)\b"
    r"|note:[ \t]+the[ \t]+sole[ \t]+objective[ \t]+of[ \t]+the[ \t]+investigation\b"
    r"|(?:all[ \t]+)?(?:schedules?|programmes?|programs?|listings?|(?:show|start)[ \t]+times)[ \t]+"
    r"(?:can|may|are[ \t]+subject[ \t]+to)[ \t]+change\b",
    re.I)
"""A page's note on its own status, at the line's start: "Next update will be published no
later than 10:00 UTC", "This timeline will be updated as events develop", the UN's "For
information media. Not an official record.", an e-mail's "This message is intended for …",
an accident report's "Note: The sole objective of the investigation is the prevention of
accidents …" (ICAO Annex 13's wording, on every such report), a guide's "Schedules can change at
short notice" or "Programmes are subject to change".  A sentence of the story about
an update has a subject of its own ("The ministry said the next update …")."""


def page_note(text: str) -> bool:
    """Whether ``text`` opens with a note of the page on its updates or its status."""
    return bool(_PAGE_NOTE.match(text))
