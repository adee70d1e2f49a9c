"""Lines a newspaper sets under every story, each of a fixed wording (used by `pagenotes`).

Each pattern is matched at the line's start (or, for a reuse notice, searched from a
literal word), on a line of a few words: a sentence of the story that merely starts the
same way is longer, or words other than these.

* "READ ALSO › …", "LEIA TAMBÉM / READ ALSO: …": a teaser under its label;
* "Comments will be moderated. …": the comment section's rules;
* "Like The Chronicle on Facebook, follow us on X …": a social prompt;
* "— With reports from AP and Yonhap", "With files from Reuters": the agencies' credit;
* "By providing an email address, I agree to the Terms of Use …": a sign-up form's terms;
* "Download the FM app to listen anywhere.": an app prompt;
* "Materials may be reproduced with a link to the source.": a reuse notice;
* "Subscribers can download our weekly price tables …": a subscriber note.
"""

from __future__ import annotations

import re

from .lines import Line

_SOCIAL = r"(?:Facebook|X|Twitter|Instagram|WhatsApp|Telegram|TikTok|YouTube|LinkedIn|Threads|Viber)"

_TRAILERS: tuple[tuple[re.Pattern[str], int, tuple[str, str]], ...] = (
    (re.compile(r"(?:[^\W\d_]+(?:[ \t][^\W\d_]+){0,2}[ \t]*/[ \t]*)?(?:READ|Read)[ \t]+(?:ALSO|also)[ \t]*[:›»>|—–-]"),
     30, ("link", "a \"read also\" teaser")),
    (re.compile(r"Comments[ \t]+(?:will[ \t]+be|are)[ \t]+(?:moderated|reviewed|checked)\b"),
     80, ("disclaimer", "the comment section's rules")),
    (re.compile(rf"(?:Like|Follow)[ \t]+(?:us|[A-Z][\w&'’.-]*(?:[ \t][A-Z][\w&'’.-]*){{0,4}})[ \t]+on[ \t]+{_SOCIAL}\b"),
     25, ("prompt", "a social-media prompt")),
    (re.compile(r"(?:[—–-][ \t]*)?With[ \t]+(?:reports|files|reporting|additional[ \t]+reporting|input)[ \t]+from\b"),
     15, ("credit", "the agencies' credit")),
    (re.compile(r"By[ \t]+(?:providing|entering|submitting|signing[ \t]+up|clicking)\b.{0,200}?\b(?:Terms|Privacy)"),
     60, ("disclaimer", "a sign-up form's terms")),
    (re.compile(r"Download[ \t]+(?:the|our)[ \t][^.]{1,40}?\bapp\b"),
     15, ("prompt", "an app prompt")),
    (re.compile(r"Subscribers[ \t]+(?:can|may|get|receive)\b"),
     25, ("prompt", "a subscriber note")),
)

_REUSE = re.compile(r"\b(?:Materials?|Information|Content|Articles?)(?:[ \t]+on[ \t]+this[ \t]+(?:site|website|page))?"
                    r"[ \t]+may[ \t]+be[ \t]+(?:reproduced|used|republished|quoted)\b[^.]{0,80}\b(?:link|reference|credit)")
"""A reuse notice, after the outlet's name or alone: searched from its literal first word."""

MAX_REUSE_WORDS = 30


def trailer(line: Line) -> tuple[str, str] | None:
    """``(kind, reason)`` when the line is one of a newspaper's fixed trailing lines."""
    for pattern, max_words, kind in _TRAILERS:
        if line.word_count <= max_words and pattern.match(line.text):
            return kind
    if line.word_count <= MAX_REUSE_WORDS and _REUSE.search(line.text):
        return "copyright", "a reuse notice"
    return None
