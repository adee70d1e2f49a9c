"""The words a text denies, for `claimmatch`.

    >>> sorted(denied_words("many of them by drones they were not trained to counter"))
    ['train']
    >>> sorted(denied_words("Russia has trained the troops in drones"))
    []

A past participle written right after "not" or "never" (perhaps past "be",
"been", "being" or "yet": "they were not trained to counter") is one the text says
did not happen; a text that affirms it ("Russia has trained the troops")
states another fact, and the word is no word the two share.  Narrow on
purpose: only the first word after the negation, and only when the other
text negates nothing at all (`negates`): a claim that is itself a denial
("had not yet seen … troops deployed into combat") is restated with its
negation elsewhere ("no evidence that they have fired"), and a general
rule of negation cost ten labelled pairs.

What a text says was "not yet seen" is denied likewise, but for the troops seen or not
(`unseen_words`): "had not yet seen North Korean troops deployed into combat" is no
statement that they "have been sent to the Kursk region to fight", which affirms what it
says was awaited.
"""

from __future__ import annotations

import re

from .claimwords import ACTORS, CONCEPTS, TOKEN, is_key, stem

_NEGATED = re.compile(r"(?i)\b(?:not|never)\s+(?:(?:be|been|being|yet)\s+){0,2}([^\W\d_][\w'’-]*ed)\b")
""""not"/"never", at most two of "be", "been", "being", "yet", then the participle denied
("were not trained"): one word at a fixed distance, so the search is linear.  Only a
regular past participle: "not going the way he planned" says the war goes badly, and
"not yet seen" is said of what is seen elsewhere."""
_NEGATION = re.compile(r"(?i)\b(?:not|never|no|n['’]t|neither|nor|without)\b|n['’]t\b")


_UNSEEN = re.compile(r"(?i)\bnot\s+yet\s+(?:seen|observed|detected|witnessed)\b([^.,;:!?()\"“”—–]{0,80})")
""""not yet seen" and the like, then what was not seen, up to the next mark: a bounded
run after fixed words, so the search stays linear.  "yet" says the thing is awaited; "has
not seen a foreign army on its soil in a century" says a first, which a text that affirms
the army's arrival restates."""
_UNSEEN_END = re.compile(r"(?i)\b(?:but|and|although|though|because)\b")
"""A conjunction ends what was not seen ("… against Ukrainian forces, but we expect …")."""


def unseen_words(text: str) -> frozenset[str]:
    """The key words of what ``text`` says was not yet seen ("had not yet seen North
    Korean troops deployed into combat": "deploy", "combat"), but for the actors seen or not
    ("troops"): a text that says they were sent to fight states what the other says had not
    been seen, while a denial is restated with a denial ("no evidence that they have fired")."""
    words: list[str] = []
    for match in _UNSEEN.finditer(text):
        seen = match.group(1)
        end = _UNSEEN_END.search(seen)
        words += TOKEN.findall(seen[:end.start()] if end else seen)
    concepts = (CONCEPTS.get(stem(w), stem(w)) for w in words if is_key(w))
    return frozenset(c for c in concepts if c not in ACTORS)


_NO_EVIDENCE = re.compile(r"(?i)\bno\s+(?:clear\s+|real\s+|hard\s+|direct\s+)?"
                          r"(signs?|evidence|indications?|proof|traces?)\s+(?:of|that)\b")
""""no sign of", "no evidence that": the evidence a text says was not found, a fixed run
of words.  Only before "of" or "that", which say of what: "no sign" alone may end a
sentence of another sense ("gave no sign")."""


def denied_words(text: str) -> frozenset[str]:
    """The key words (as `claimwords.key_words` reads them) ``text`` writes right after
    "not" or "never" (`_NEGATED`), the evidence it says there is none of (`_NO_EVIDENCE`:
    "saw no sign of Russian involvement" is no statement that one "had seen evidence"), and
    those of what it says was not seen (`unseen_words`).

    >>> sorted(denied_words("The United States saw no sign of Russian involvement"))
    ['show']
    """
    words = [m.group(1) for m in _NEGATED.finditer(text)] + [m.group(1) for m in _NO_EVIDENCE.finditer(text)]
    return frozenset(CONCEPTS.get(stem(w), stem(w)) for w in words if is_key(w)) | unseen_words(text)


def negates(text: str) -> bool:
    """Whether ``text`` negates anything ("not", "no", "never", "without", "n't")."""
    return bool(_NEGATION.search(text))


def contradicted(mine: frozenset[str], my_negation: bool, theirs: frozenset[str], their_negation: bool,
                 shared: set[str] | frozenset[str]) -> set[str]:
    """The shared words one text denies (``mine``/``theirs``: `denied_words`) where the
    other negates nothing: one says it happened, the other that it did not."""
    return {w for w in shared if (w in mine and not their_negation) or (w in theirs and not my_negation)}
