"""The statements of one sentence: what each attribution frame governs, and the reporter's own clauses.

    >>> from generator.drafting.attribution import quoted_spans
    >>> text = "“We will stay here,” the minister said on Monday, adding that talks would resume soon."
    >>> [(text[s.start:s.end], s.frame.verb) for s in parse_statements(text, quoted_spans(text))]
    [('We will stay here', 'said'), ('talks would resume soon', 'adding')]

A *statement* is what a frame (`attribution`) attributes, or a clause in the
reporter's own voice (no frame).  A frame *follows* its words ("C, X said",
"“Q,” X told reporters") when a comma or a closing quotation mark comes
before its subject and only a few words (object, time; no verb of their
own) after its verb; otherwise it *leads* them ("X said (on Monday) (that)
C").  A sentence may hold several statements: "X said C1 and that C2",
"“Q,” X said, adding that C2", "C, X said, as C3" (C3 is the reporter's),
"Iwaya expressed concern, and the ministers confirmed that C2" (a clause
joined before a leading frame is the reporter's).  A statement attributed
by an outer frame that contains an inner one ("Spain has pledged €1
billion, Albares said") is the outer speaker's, unless the inner words
quote someone ("Kim warned of “a new kind of response”, state media said").
Every statement is trimmed to its words — no dateline, no marks around a
whole quotation, no dangling conjunction — and fewer than `MIN_WORDS`
words are no statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import DATELINE, OPENING_PHRASE, Frame, find_frames
from .quotations import quotations, trim

MIN_WORDS = 4
"""Fewest words a statement may have: "in the coming weeks" is a fragment."""
_THAT = re.compile(r"\bthat\s+")
_TIME = re.compile(r"\s*(?:(?:on|last|this|earlier|late|early)\s+(?:\w+day|week|month|year|night|morning|evening)"
                   r"|yesterday|today|in\s+a\s+(?:statement|post|speech|interview)(?:\s+on\s+\S+)?)\b,?")
_SECOND = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:also\s+)?that\s+")
_AS_CLAUSE = re.compile(r",?\s*(?:as|while)\s+")


@dataclass(frozen=True)
class Statement:
    """Words of a sentence that state something, and the frame that attributes them."""

    start: int
    end: int
    frame: Frame | None
    """None: the reporter's own words."""
    how: str
    """How the words were found, for the reason ("after \"said\"", "reporter's own words")."""
    channel: Frame | None = None
    """An outer frame that reports the speaker's words ("…, state media said")."""


@dataclass(frozen=True)
class Reading:
    """A sentence read for attribution: its frames and its statements, in order."""

    frames: tuple[Frame, ...]
    statements: tuple[Statement, ...]


def parse_statements(text: str, quoted: list[tuple[int, int]]) -> list[Statement]:
    """The statements of the sentence ``text``, in order (see the module docstring)."""
    return list(read_sentence(text, quoted).statements)


def read_sentence(text: str, quoted: list[tuple[int, int]]) -> Reading:
    """The frames and statements of the sentence ``text`` (``quoted``: its
    quotations, marks included, as `quoted_spans` gives them)."""
    frames = find_frames(text, quoted)
    if not frames:
        whole = Statement(*_strip_dateline(text, 0, len(text)), None, "reporter's own words")
        return Reading((), tuple(_checked(text, [whole])))
    found: list[Statement] = []
    cursor = region = 0  # cursor: first character not yet read; region: where the current clause chain began
    for i, frame in enumerate(frames):
        following = frames[i + 1].start if i + 1 < len(frames) else len(text)
        if frame.form == "negated":
            cursor = region = max(cursor, _tail_end(text, frame.end, following))
        elif _follows_its_words(text, frame, region, following):
            found, cursor = _trailing(text, frame, found, cursor, region, following, quoted)
            region = cursor
        else:
            found += _reporter_before(text, frame, cursor)
            complement = _complement(text, frame, following)
            found += [Statement(a, b, frame, how) for a, b, how in complement]
            cursor = max(cursor, complement[-1][1] if complement else frame.end)
    found += _after_last(text, frames[-1], cursor, found)
    return Reading(tuple(frames), tuple(_checked(text, found)))


def _follows_its_words(text: str, frame: Frame, region: int, following: int) -> bool:
    """"C, X said (on Tuesday)" / "“Q,” X told reporters": words before, few after."""
    if frame.form in ("coordinated", "participle"):
        return False
    before = text[region:frame.start].rstrip()
    if frame.form == "according":
        return re.search(r"\w", before) is not None
    if not before or before[-1] not in ",”\"’'" or len(before.split()) < MIN_WORDS:
        return False
    if OPENING_PHRASE.fullmatch(before + " ") or DATELINE.fullmatch(before + " "):
        return False  # "In a statement, Kim said …": an opening phrase, not the words said
    stop = _CLAUSE_STOP.search(text, frame.end, following)
    tail = text[frame.end:stop.start() if stop else following].split()
    return len(tail) <= 6 and not any(w.lower() in _FINITE or w[:1] in "“\"‘" for w in tail)


_CLAUSE_STOP = re.compile(r"[,;]|\.(?:\s|$)")
_FINITE = frozenset("that is are was were will would could should can may might must had has have".split())
"""Words that make what follows a verb a clause of its own: "X said the talks had failed"."""


_TAIL_STOP = re.compile(r"[,;“”\"]|\.(?:\s|$)")


def _tail_end(text: str, start: int, limit: int) -> int:
    """End of a trailing attribution's object and time: the next comma, quotation or end."""
    stop = _TAIL_STOP.search(text, start, limit)
    return stop.start() if stop else limit


def _trailing(text: str, frame: Frame, found: list[Statement], cursor: int, region: int, following: int,
              quoted: list[tuple[int, int]]) -> tuple[list[Statement], int]:
    """The words before a trailing frame become its statement; an inner leading
    frame's statements stay the inner speaker's only when they quote words."""
    inner = [s for s in found if s.start >= region and s.frame is not None]
    kept = found[:len(found) - len(inner)]
    if inner and any(_quotes(quoted, s.start, s.end) for s in inner):
        kept += [Statement(s.start, s.end, s.frame, s.how, frame) for s in inner]
    else:
        a, b = _strip_dateline(text, region if inner else cursor, frame.start)
        kept.append(Statement(a, b, frame, f'before "{frame.verb}"'))
    return kept, _tail_end(text, frame.end, following)


def _quotes(quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a quotation lies within ``start``–``end``."""
    return any(start <= a + 1 and b - 1 <= end for a, b in quoted)


def _reporter_before(text: str, frame: Frame, cursor: int) -> list[Statement]:
    """"Iwaya expressed concern, and the two ministers confirmed that …": a clause
    before a leading frame, joined to it by a conjunction, is the reporter's; so is
    the clause before a participle ("Odinga criticised the response, saying …")."""
    if frame.form == "participle":
        return [Statement(*_strip_dateline(text, cursor, frame.start), None, "reporter's own words")]
    if frame.form != "before" or frame.subject is None:
        return []
    joint = re.search(r"(?:,\s*(?:and|but)|;)\s+$", text[max(cursor, frame.start - 12):frame.start])
    if joint is None:
        return []
    a, b = _strip_dateline(text, cursor, frame.start - len(joint.group()))
    return [Statement(a, b, None, "reporter's own words")]


def _complement(text: str, frame: Frame, following: int) -> list[tuple[int, int, str]]:
    """"X said (on Monday) (that) C1 and that C2" → C1, C2."""
    start = frame.end
    if frame.form == "according":
        comma = text.find(",", frame.end, following)
        if comma == -1:
            return []
        start = comma + 1
    else:
        time = _TIME.match(text, start, following)
        start = time.end() if time else start
        that = _THAT.search(text, start, min(following, start + 80))
        reach = 8 if frame.verb in ("told", "tells") else 4
        if that is not None and len(text[start:that.start()].split()) <= reach:
            start = that.end()
        colon = text.find(":", start, min(following, start + 60))
        if colon != -1 and len(text[start:colon].split()) <= 6:
            start = colon + 1  # "told CNN: “…”", "said in a statement: …"
    parts, how = [], f'after "{frame.verb}"'
    for second in _SECOND.finditer(text, start, following):
        parts.append((start, second.start(), how))
        start, how = second.end(), f'second statement after "{frame.verb}"'
    parts.append((start, following, how))
    return parts


def _after_last(text: str, frame: Frame, cursor: int, found: list[Statement]) -> list[Statement]:
    """After the last trailing frame: a quotation (the same speaker's) or an "as"
    clause (the reporter's: "…, the government said, as floodwaters cut …")."""
    if found and found[-1].end >= cursor:
        return []
    rest = text[cursor:].lstrip(", ")
    start = len(text) - len(rest)
    if rest[:1] in "“\"‘":
        return [Statement(start, len(text), frame, f'quotation after "{frame.verb}"')]
    clause = _AS_CLAUSE.match(text, start)
    if clause is not None:
        return [Statement(clause.end(), len(text), None, "reporter's own words")]
    return []


def _strip_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """"MADRID, March 12 (Reuters) - Spain said …" → "Spain said …"."""
    found = DATELINE.match(text, start, end)
    if found is not None and re.search(r"[,(]", found.group()) and len(found.group().split()) <= 8:
        return found.end(), end
    return start, end


_JOINT_END = re.compile(r"(?:[,;]?\s+(?:and|but|while|as))+$")


def _checked(text: str, statements: list[Statement]) -> list[Statement]:
    """Statements trimmed to their words (a whole quotation without its marks,
    no conjunction left at the end), of `MIN_WORDS` words or more."""
    kept = []
    for statement in statements:
        a, b = trim(text, statement.start, statement.end)
        joint = _JOINT_END.search(text, a, b)
        a, b = unquote(text, *trim(text, a, joint.start() if joint else b))
        if len(text[a:b].split()) >= MIN_WORDS:
            kept.append(Statement(a, b, statement.frame, statement.how, statement.channel))
    return kept


def unquote(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that is one whole quotation, without its marks: "“We stay,”" → "We stay"."""
    if end - start < 2 or text[start] not in "“\"‘'":
        return start, end
    inner = quotations(text[start:end])
    if len(inner) == 1 and inner[0][0] == 1 and inner[0][1] >= end - start - 3:
        return trim(text, start + 1, start + inner[0][1])
    return start, end
