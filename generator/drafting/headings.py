"""Speaker headings: "Dr Ana Ruiz, Senior Lecturer, Massey University, comments:".

    >>> heading_name("Dr Ana Ruiz, Senior Lecturer in History, Massey University, comments:")
    'Dr Ana Ruiz'
    >>> heading_name("The minister said:") is None
    True

An expert-reaction page, a press release's "quotes" section or a
round-up of views heads each person's words with a line of its own: their
name, what they do after commas, and a speech verb with a colon closing the
line.  The quoted paragraphs under it are theirs though no verb stands next
to them (`claims` carries the heading's speaker into them).  The heading
states nothing itself.

A heading is one short line that ends with the colon and holds no sentence;
its first comma-part is a name — capitalised words, a title before them
allowed — not a role ("The minister said:") nor a sentence's subject.
"""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS, HONORIFIC_STEMS, NAME_PARTICLES, is_role_word

MAX_HEADING_WORDS = 30
"""Words of a heading: a name and a long affiliation, never a paragraph."""
MAX_HEADING_CHARS = 300
"""Characters of a heading: keeps the pattern below cheap on any line."""
HEADING_VERBS = frozenset("""
    comments comment says said writes wrote adds added explains notes responds replies
    argues warns
""".split())
"""Speech verbs closing a heading, in the present or past ("comments:", "says:")."""
_HEADING = re.compile(r"(?P<name>[^,:\n]{2,80}?)(?:,[^:\n]{1,300})?,?[ \t]+(?P<verb>[a-z]+)[ \t]*:[ \t]*")
_NAME_WORD = re.compile(r"(?:[A-Z][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?)")


def heading_name(paragraph: str) -> str | None:
    """The name a speaker heading opens with, title included ("Dr Ana Ruiz"), or None."""
    text = paragraph.strip()
    if "\n" in text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS \
            or not text.endswith(":"):
        return None
    if any(mark in text for mark in "\"“”.;!?") and not _abbreviations_only(text):
        return None  # a sentence or a quotation: "He said: …", "The report, published today, says:"
    match = _HEADING.fullmatch(text)
    if match is None or match.group("verb") not in HEADING_VERBS:
        return None
    name = match.group("name").strip()
    return name if _is_name(name) else None


def _abbreviations_only(text: str) -> bool:
    """Full stops of titles and initials only ("Dr. A. Ruiz"): no sentence ends inside."""
    return not re.search(r"[\"“”;!?]", text) and all(
        len(w.rstrip(".").strip(",")) <= 3 for w in text.split() if w.rstrip(",").endswith("."))


def _is_name(name: str) -> bool:
    """Two to five capitalised words (particles inside), a title before them allowed,
    the first no function word: "Professor Jae-hoon Bae", not "The lecturer"."""
    words = name.split()
    if not 2 <= len(words) <= 5 or words[0].lower() in FUNCTION_WORDS:
        return False
    if not all(_NAME_WORD.fullmatch(w) or w in NAME_PARTICLES for w in words):
        return False
    untitled = untitled_words(words)
    return len(untitled) >= 2 and untitled[-1][:1].isupper()


def untitled_words(words: list[str]) -> list[str]:
    """The name's words without the titles before it ("Dr", "Professor")."""
    titles = HONORIFIC_STEMS | {"professor", "prof", "assoc", "associate", "emeritus"}
    while len(words) > 1 and (words[0].lower().rstrip(".") in titles or is_role_word(words[0].lower().rstrip("."))):
        words = words[1:]
    return words


def opens_quotation(paragraph: str) -> bool:
    """Whether a paragraph opens with a quotation mark: a heading's words below it."""
    return paragraph.lstrip()[:1] in "\"“‘'«„"
