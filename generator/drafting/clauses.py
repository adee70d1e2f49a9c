"""The clauses of one statement: a sentence that states two things gives two candidates.

    >>> text = "These troops have never seen a drone war, and Russian commanders have every reason to spend them"
    >>> [text[a:b] for a, b in clauses(text, 0, len(text), [])]
    ['These troops have never seen a drone war', 'Russian commanders have every reason to spend them']

A statement is cut where a second clause starts:

* after ", and", ", but", ", while", ", whereas", ", yet" or ";", when the
  words after it have a finite verb of their own within `REACH` words ("…, and
  Russian commanders have …") — not in a list ("artillery, drones, and basic
  infantry skills") — and the words before it are a clause too: they have a
  finite verb, or no comma of a list ("Japan, South Korea, and the United
  States have agreed" is one statement);
* before ", which", ", whom", ", of whom" or ", of which": a second fact
  about what was just named ("12,000 soldiers are in Russia, of whom at
  least 7,000 have been moved to Kursk"; "Pyongyang is receiving Russian
  technology, which undermines the security of the region").

A second predicate of the same subject is cut only after a comma ("…, and
had conveyed …"): without one it is as often the same event told in two
verbs ("have left their camps and are moving toward the front").

Each part keeps the statement's frame (its speaker).  A cut never falls
inside a quotation that is only part of the statement, and both sides keep
`MIN_WORDS` words at least.
"""

from __future__ import annotations

import re

MIN_WORDS = 4
"""Fewest words a statement may have: "in the coming weeks" is a fragment."""
REACH = 7
"""Words after a joint within which the second clause's verb must come."""

AUXILIARIES = frozenset("""
    is are was were am be been has have had will would could should can may might must shall
    do does did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't
    don't doesn't didn't
""".split())
"""Finite verbs that make a group of words a clause of its own (a finite
verb of any other kind cannot be told from a noun by spelling alone)."""

_JOINT = re.compile(r"(?P<comma>(?:,\s+(?:and|but|while|whereas|yet)|;)\s+)|(?P<whom>,\s+)(?=(?:of\s+)?(?:whom|which)\s)")
_WORD = re.compile(r"[\w'’-]+")


def clauses(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` as spans, in order (the whole span when it has one).
    ``quoted``: the sentence's quotations, marks included."""
    parts: list[tuple[int, int]] = []
    left = start
    for joint in _JOINT.finditer(text, start, end):
        if _inside_part(quoted, joint.start(), start, end) or not _cuts(text, left, joint, end):
            continue
        parts.append((left, joint.start()))
        left = joint.end()
    parts.append((left, end))
    return parts


def _cuts(text: str, left: int, joint: re.Match[str], end: int) -> bool:
    before = _words(text[left:joint.start()])
    after = _words(text[joint.end():end])
    if len(before) < MIN_WORDS or len(after) < MIN_WORDS:
        return False
    if joint.group("whom"):
        return True
    finite_before = any(w in AUXILIARIES for w in before)
    if after[0] in AUXILIARIES:
        return finite_before  # ", and had conveyed …": the same subject's second predicate
    second = any(w in AUXILIARIES for w in after[1:REACH + 1])
    return second and (finite_before or "," not in text[left:joint.start()])


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _inside_part(quoted: list[tuple[int, int]], offset: int, start: int, end: int) -> bool:
    """Whether ``offset`` is inside a quotation that does not hold the whole statement."""
    return any(a < offset < b and not (a <= start and end <= b) for a, b in quoted)
