"""Pages that are one person's words: a speech, a petition, a written answer.

    >>> text = "Speech by Ana Ruiz\\nWe will build the bridge. The budget is $4 million.\\n"
    >>> voice = page_voices(text, [(19, 70)], {"ana-ruiz": ("Ana Ruiz",)})
    >>> voice[19].by
    'ana-ruiz'

A speech's page, a petition or a parliament's written answer names its
speaker once, on a line of its own above the words ("Delivered by the Lord
Mayor, Cr Helen Okafor-Reid, at …", "Keynote Address by Minister Kim
Yong-hyun at …", "Petition started by Fiona MacAskill", "Answered by Helen
Mayhew-Ross (Minister of State)"), and then speaks in the first person with no
speech verb.  Those words are the speaker's, not a reporter's: from the first
paragraph after the line that speaks in the first person ("We assess that …";
an introduction in the third person before it is the publisher's) to the next
such line ("Asked by …", the next question of the page), every statement no
one else is credited with is theirs (`claims`).  What the speaker relays stays
its teller's ("Councillor Ferris has said that …"), unlike a transcript's turn.

An author's line is no such line: "By Jane Doe" and "Written by" name who wrote
a story or a column, whose first person is the reporter's own voice.  The name
must be a whole name (two words or more) of one of the article's people.
"""

from __future__ import annotations

import bisect
import re

from .quotations import inside, quotations
from .speakers import Speaker

MAX_HEADER = 240
"""Characters of a line that names a speaker: a heading, not a paragraph."""

_HEADER = re.compile(
    r"(?:(?:[A-Z][\w'’.–-]*\s){0,4}?(?:[Ss]peech|[Aa]ddress|[Rr]emarks|[Ss]tatement|[Kk]eynote|[Ll]ecture"
    r"|[Tt]estimony|[Mm]essage)|(?:Petition\s)?[Ss]tarted|Delivered|Answered|Asked)\sby\s")
"""The opening of a line naming who speaks the words under it (matched at the line's
start): a kind of spoken or written address "by", or a participle of delivering,
answering, asking or starting a petition "by".  Not "By", "Written by", "Posted by":
an author's line; nor "Presented by", a sponsor's."""
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?$")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|me|my|My|we|We|us|our|Our)\b")


def page_voices(text: str, paragraphs: list[tuple[int, int]], people: dict[str, tuple[str, ...]]) -> dict[int, Speaker]:
    """Paragraph start → the speaker whose words the paragraph is, for the article's
    ``paragraphs`` (spans of ``text``, in order) under a line naming a speaker;
    ``people``: person key → the forms of their name, the full name first (the article's
    people, then the registry's): the article's people include the names on a record's
    "Answered by" lines (`recordlines`)."""
    forms: dict[str, str] = {}
    for key, names in people.items():
        for form in names:
            if len(form.split()) > 1:
                forms.setdefault(form, key)
    headers = [(end, _named(rest, forms), line) for end, line, rest in _headers(text)]
    starts = [a for a, _ in paragraphs]
    voices: dict[int, Speaker] = {}
    for i, (end, found, line) in enumerate(headers):
        if found is None:
            continue  # nobody's name: it still ends the scope of the line before
        stop = headers[i + 1][0] if i + 1 < len(headers) else len(text)
        scope = paragraphs[bisect.bisect_left(starts, end):bisect.bisect_left(starts, stop)]
        first = next((k for k, (a, b) in enumerate(scope) if _first_person(text[a:b])), None)
        if first is None:
            continue
        key, name = found
        speaker = Speaker(key, f"speaker: the page's words are {name}'s, named above them: '{line}'")
        voices.update(dict.fromkeys((a for a, _ in scope[first:]), speaker))
    return voices


def _headers(text: str) -> list[tuple[int, str, str]]:
    """(end, line, words after "by") of each line naming a speaker, in order."""
    found = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        offset += len(raw)
        line = raw.strip()
        if not line or len(line) > MAX_HEADER or _SENTENCE_END.search(line):
            continue
        match = _HEADER.match(line)
        if match is not None:
            found.append((offset, line, line[match.end():]))
    return found


def _named(rest: str, forms: dict[str, str]) -> tuple[str, str] | None:
    """(key, name) of the person whose whole name comes first in ``rest``."""
    best: tuple[int, str, str] | None = None
    for form, key in forms.items():
        at = rest.find(form)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, key, form)
    return best[1:] if best is not None else None


def _first_person(paragraph: str) -> bool:
    """Whether the paragraph speaks in the first person outside quotation marks."""
    quoted = [(a - 1, b + 1) for a, b in quotations(paragraph)]
    return any(not inside(quoted, m.start()) for m in _FIRST_PERSON.finditer(paragraph))


_OWN_SUBJECTS = frozenset("i we".split())
_OWN_GOVERNMENT = re.compile(r"(?:The|the|This|this|HM|Her Majesty's|His Majesty's)\s+Government")
"""The government a minister's page speaks for, named with no country: the minister's "we"."""


def own_words(sentence: str, frames, resolved: dict[int, Speaker], voice: Speaker) -> dict[int, Speaker]:
    """``resolved`` (frame's verb offset → speaker) with the page's ``voice`` for frames
    whose subject is the speaker themself ("We assess that …", "I told them …") or that
    name no subject, and that no one else was credited with; others keep their speaker
    ("Councillor Ferris has said that …")."""
    own = dict(resolved)
    for frame in frames:
        speaker = resolved.get(frame.verb_start)
        if speaker is not None and _OWN_GOVERNMENT.fullmatch(speaker.by) and frame.form != "negated":
            # a minister's answer: "The Government's view is that …" is the minister's, as "we" is
            own[frame.verb_start] = Speaker(voice.by, f"{voice.reason}, '{speaker.by}' they answer for")
            continue
        if speaker is None or speaker.by or frame.form == "negated":
            continue
        words = sentence[frame.subject[0]:frame.subject[1]].split() if frame.subject else []
        if not words or words[-1].lower() in _OWN_SUBJECTS:
            own[frame.verb_start] = Speaker(voice.by, f"{voice.reason}, '{' '.join(words) or frame.verb}' in their words")
    return own
