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
verbs ("have left their camps and are moving toward the front").  A bare
"and" or "but" is cut before a second subject with a finite verb of its own
within `SUBJECT_REACH` words, after a clause with one ("… have been moved to
Russia and most of them are now deployed in Kursk"); the subject opens with
a determiner, a quantifier or a pronoun (`_SUBJECTS`), not a noun that may be
the first verb's second object ("moved troops and equipment that are …").
A full stop the sentence splitter took for part of a sentence, because a
footnote mark follows it ("… since October.[14] Most have …", "… for the
troops.7 We regard …"), ends a clause too.

A clause is cut again before a second fact it holds (`SECOND_FACT`): ",
where …" (what happens at the place just named), "and could …" (what
may come of the first) and ", after having …" (an earlier deed of the same subject), when
both sides keep `MIN_WORDS` words.

Each part keeps the statement's frame (its speaker).  A cut never falls
inside a quotation that is only part of the statement, and both sides keep
`MIN_WORDS` words at least.
"""

from __future__ import annotations

import itertools
import re
from typing import Callable

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

SUBJECT_REACH = 4
"""Words after a bare "and" within which a second subject's verb must come ("and most of them are")."""
_SUBJECTS = r"(?:most|many|some|all|both|each|several|the|its|their|his|her|this|these|those|they|he|she|we|it|there)"
_JOINT = re.compile(r"(?P<comma>(?:,\s+(?:and|but|while|whereas|yet)|;)\s+)|(?P<whom>,\s+)(?=(?:of\s+)?(?:whom|which)\s)"
                    r"|(?P<bare>(?<!\s)\s+(?:and|but)\s+)(?=" + _SUBJECTS + r"\s)"
                    r"|(?P<note>(?<=[a-z”\"’)])\.(?:\[\d{1,3}\]|\d{1,2})\s+)(?=[A-Z])")
SECOND_FACT = re.compile(r",\s+where\s+(?=\S)|(?<!\s)\s+(?:and|but)\s+(?=(?:could|would|will|may|might)\s+\w)"
                         r"|,\s+(?=after\s+having\s+[a-z]+(?:ed|en|t)\s)")
"""A second fact in one clause: ", where Ukrainian troops have held ground" (what happens at
the place just named), "and could be thrown into combat" (what may come of the first),
", after having supplied Russia with shells" (an earlier deed of the same subject, which
keeps its "after having" to read as what it is).
Cut outside any quotation, the statement's own too, and without the checks of a clause's verb."""
_WORD = re.compile(r"[\w'’-]+")
_NOTE_BEFORE = re.compile(r"(?<=[a-z”\"’)])\.(?:\[\d{1,3}\]|\d{1,2})\s{1,3}$")
NOTE_REACH = 10
"""Characters before a clause looked at for a footnote mark: ".[14] ", ".7 "."""


def after_note_mark(text: str, start: int) -> bool:
    """Whether the clause at ``start`` follows a full stop and a footnote mark ("… marine
    units.4 It is the first time …"): a new sentence the splitter kept with the one before,
    whose speaker that sentence's speech verb is not."""
    return _NOTE_BEFORE.search(text, max(0, start - NOTE_REACH), start) is not None


def clauses(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` as spans, in order (the whole span when it has one),
    each cut again before a second fact it holds (`SECOND_FACT`).  ``quoted``: the
    sentence's quotations, marks included."""
    parts = _split(text, [(start, end)], _JOINT,
                   lambda left, joint, right: not _inside_part(quoted, joint.start(), start, end)
                   and _cuts(text, left, joint, right))
    return _split(text, parts, SECOND_FACT,
                  lambda left, joint, right: not any(a < joint.start() < b for a, b in quoted)
                  and _both_sides(text, left, joint, right))


def _split(text: str, spans: list[tuple[int, int]], joints: re.Pattern[str],
           cuts: Callable[[int, re.Match[str], int], bool]) -> list[tuple[int, int]]:
    """Each span cut at the ``joints`` where ``cuts(left, joint, end)`` says so
    (``left``: where the part before the joint starts), the joints left out."""
    parts: list[tuple[int, int]] = []
    for start, end in spans:
        left = start
        for joint in joints.finditer(text, start, end):
            if cuts(left, joint, end):
                parts.append((left, joint.start()))
                left = joint.end()
        parts.append((left, end))
    return parts


def _both_sides(text: str, left: int, joint: re.Match[str], end: int) -> bool:
    """Whether both sides of ``joint`` keep `MIN_WORDS` words."""
    return min(len(text[left:joint.start()].split()), len(text[joint.end():end].split())) >= MIN_WORDS


def _cuts(text: str, left: int, joint: re.Match[str], end: int) -> bool:
    before = _words(text[left:joint.start()])
    after = [w.group().lower() for w in itertools.islice(_WORD.finditer(text, joint.end(), end), REACH + 1)]
    if len(before) < MIN_WORDS or len(after) < MIN_WORDS:
        return False
    if joint.group("whom") or joint.group("note"):
        return True
    finite_before = any(w in AUXILIARIES for w in before)
    if joint.group("bare"):  # "… have been moved to Russia and most of them are now deployed …"
        return finite_before and any(w in AUXILIARIES for w in after[1:SUBJECT_REACH + 1])
    if after[0] in AUXILIARIES:
        return finite_before  # ", and had conveyed …": the same subject's second predicate
    second = any(w in AUXILIARIES for w in after[1:REACH + 1])
    return second and (finite_before or "," not in text[left:joint.start()])


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _inside_part(quoted: list[tuple[int, int]], offset: int, start: int, end: int) -> bool:
    """Whether ``offset`` is inside a quotation that does not hold the whole statement."""
    return any(a < offset < b and not (a <= start and end <= b) for a, b in quoted)


_NO_CASUALTIES = re.compile(r"(?:Nobody|No\s+one|None)\s+(?:(?:was|were|has|have|had)\s+)?(?:been\s+)?"
                            r"(?:injured|hurt|killed|wounded|harmed|died)[.!]?")
"""A sentence saying that no one was hurt ("Nobody was injured.", "No one has died."): a
report's fact about casualties, though shorter than `MIN_WORDS`."""


_LABELLED_FIGURE = re.compile(r"[A-Z][\w’'-]*(?:\s[\w’'-]+){0,3}:\s(?:[€$£]\s?\d[\d,.]*(?:\s[a-z]+)?"
                              r"|\d[\d,.]*(?:\s?%|\s[a-z]+))\.?")
"""A label and a figure ("Price: 55 points", "Budget: €4.2 million"): a notice's fact, though short."""


def short_statement(text: str) -> bool:
    """Whether words shorter than `MIN_WORDS` are a statement all the same (`_NO_CASUALTIES`,
    `_LABELLED_FIGURE`)."""
    return _NO_CASUALTIES.fullmatch(text) is not None or _LABELLED_FIGURE.fullmatch(text) is not None
