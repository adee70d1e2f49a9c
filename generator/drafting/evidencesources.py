"""Evidence is no speaker: footage, pictures and a kept log show or record, the reporter reads them.

    >>> shows_evidence("Geolocated footage published on November 11")
    True
    >>> shows_evidence("the ledger he kept in his workshop")
    True
    >>> shows_evidence("the stock books she kept")
    True
    >>> shows_evidence("inscriptions on the doorway")
    True
    >>> shows_evidence("the photographer who took them")
    False

A sentence whose subject is a thing that records ("Satellite images published on
Monday indicate …", "… according to the logbook he kept") states what the page
itself reads in its evidence: the reporter's own voice, not a source's words.  A
report, a statement or a filing is not such a thing: it is a body's words, and the
body speaks through it ("according to the Navy's report").  Only the head noun
counts, read before what qualifies it ("published on …", "he kept", "of the
crash"), so that the one who took or kept the thing ("the photographer", "the
diary's author") still speaks.
"""

from __future__ import annotations

import re

_EVIDENCE_NOUNS = frozenset({
    "footage", "video", "videos", "image", "images", "imagery", "photograph", "photographs", "photo",
    "photos", "picture", "pictures", "recording", "recordings", "ledger", "ledgers", "logbook",
    "logbooks", "diary", "diaries", "notebook", "notebooks",
    "inscription", "inscriptions", "engraving", "engravings",
})
"""Things that show or record what happened, in no one's words: pictures, recordings, a kept
log, and writing cut into an object ("according to an inscription on the bell", whose carver
the story cannot name: the reporter reads it as evidence, as a diary is read)."""

_QUALIFIER = re.compile(
    r"\s(?:published|released|posted|shared|kept|taken|shot|filmed|obtained|seen|verified|geolocated|"
    r"analysed|analyzed|reviewed|circulated|recorded|found|from|of|by|on|in|at|that|which|he|she|they|we|"
    r"I|it|his|her|their)\b")
"""Where the words qualifying the head noun begin: a participle, a preposition or a relative clause."""


_KEPT_BY_SOMEONE = re.compile(r"\s(?:he|she|they)\s(?:had\s)?kept\b")
"""A record a person kept for themself ("the stock books she kept", "the accounts he had kept"):
their own tally, which the reporter reads, whatever the record is called."""


def shows_evidence(subject: str) -> bool:
    """Whether the subject is a record a person kept, or its head noun (its last word before
    any qualifier) names a thing that shows or records, written in lower case unless it
    opens the subject (a name such as "the Footage Films studio" is a speaker)."""
    if _KEPT_BY_SOMEONE.search(subject) is not None:
        return True
    qualified = _QUALIFIER.search(subject)
    words = subject[:qualified.start() if qualified else len(subject)].split()
    if not words:
        return False
    head = words[-1].lower() if len(words) == 1 else words[-1]  # "Video released by …" opens a sentence
    return head in _EVIDENCE_NOUNS
