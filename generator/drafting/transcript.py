"""Speaker labels of a transcript: "ANTONY BLINKEN, US SECRETARY OF STATE: If they …".

    >>> label_name("VOLODYMYR ZELENSKYY (translated): Very soon, within days, …")
    'VOLODYMYR ZELENSKYY'
    >>> label_name("Jocelyn Tabuzo, resident of Virac (translated): We hid …")
    'Jocelyn Tabuzo'

A broadcaster's transcript, an interview or a hearing record writes who
speaks before a colon at the start of the paragraph, often in capitals, with
a role after a comma and a note in brackets.  The words that follow are the
speaker's, though no speech verb says so.  A label is at most `MAX_WORDS`
words, starts with a capital, holds no quotation mark and ends no sentence
inside it (the period of an abbreviation, "U.S. DEFENSE SECRETARY", ends
none), and its name part (before a comma) is capitalised words; what it names is matched against the article's people by
`speakers` (a label naming nobody, such as "REPORTER", changes nothing).

A podcast's or a video's transcript may write a time stamp or a cue in
brackets before the label ("[00:12:04] [CLIP] ANA RUIZ: …"): they are passed
over (`cue_end`), and the label is read after them.

A verbatim record heads a speech "Name (Group). – …" and an interview writes
"Q:" and "A:" (`label_span` reads all three kinds); a speaker's turn goes on
into the unlabelled paragraphs after it that speak as a speaker does
(`continues_turn`).
"""

from __future__ import annotations

import re

from ..segment import is_abbreviation
from .lexicon import NAME_PARTICLES
from .quotations import inside, quotations

MAX_WORDS = 10
MAX_CUED_WORDS = 16
"""Words of a label after a time stamp: the speaker may be described at length."""
_LABEL = re.compile(r"(?P<label>[A-Z][^:“”\"\n]{1,100}?)\s*:\s+\S")
_SENTENCE_END = re.compile(r"[!?]|(?P<word>\S*)\.(?=\s+\S)")  # the next word is left for the next match
_NOTE = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_CUES = re.compile(r"(?:(?:[\[(](?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]|(?:\d{1,2}:)?\d{1,2}:\d{2}(?![\d:])"
                   r"|\[[A-Z][A-Z .'-]{0,30}\]|\([A-Z][A-Z .'-]{0,30}\))\s+)+")
"""Time stamps ("[00:12:04]", "(12:04)", "00:12:04") and cues in capitals between
brackets ("[CLIP]", "(VIDEO CLIP)") that a transcript writes before a speaker label."""


def cue_end(paragraph: str) -> int:
    """Where the paragraph's text starts after its time stamps and bracketed cues (0: none).

    >>> cue_end("[00:00:32] [CLIP] ANA RUIZ: We have seen them.")
    18
    """
    found = _CUES.match(paragraph)
    return found.end() if found is not None else 0


def label_name(paragraph: str) -> str | None:
    """The name part of the paragraph's speaker label: before its role and notes."""
    cue = cue_end(paragraph)
    match = _LABEL.match(paragraph, cue)
    return _name(match.group("label"), cue > 0) if match is not None else None


def label_end(paragraph: str) -> int:
    """Where the words after the paragraph's speaker label start (0: no label).

    >>> label_end("REPORTER: Is it true?")
    10
    """
    cue = cue_end(paragraph)
    match = _LABEL.match(paragraph, cue)
    return match.end() - 1 if match is not None and _name(match.group("label"), cue > 0) is not None else 0


def _name(label: str, cued: bool = False) -> str | None:
    """The name part of a label; ``cued``: a time stamp or a cue stands before it, which
    makes the paragraph a transcript's for sure, so the label may describe the speaker
    at length ("6:45 Driver Ana Ruiz, who has waited eight days: …") and name them
    after their role ("9:10 The company's manager, Ana Ruiz, in a video call: …")."""
    if len(label.split()) > (MAX_CUED_WORDS if cued else MAX_WORDS) \
            or any(not _abbreviated(end.group("word") or "") for end in _SENTENCE_END.finditer(label)):
        return None
    parts = [part.strip() for part in _NOTE.sub("", label).split(",")]
    for name in parts if cued else parts[:1]:
        if name and all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in name.split()):
            return name
    return None  # "The minister said: …" is no label


def _abbreviated(word: str) -> bool:
    """An abbreviation, written in capitals too: a label in capitals writes its titles
    so ("REP. YOUNG KIM", "LT. GEN. THOMAS ALDRIDGE"), and their periods end nothing."""
    return is_abbreviation(word) or word.isupper() and is_abbreviation(word.capitalize())


_RECORD_LABEL = re.compile(r"(?P<label>[A-Z][^:“”\"\n–—]{1,150}?)\.\s+[–—]\s+\S")
"""A verbatim record's speaker heading: name, role or group, a full stop and a dash
("Ana Ruiz, on behalf of the Greens. – Madam President, …", "Tom Hale (ECR). – (PL) …")."""


_INTERVIEW_LABEL = re.compile(r"(?P<label>Q|A|Question|Answer|QUESTION|ANSWER)\s*:\s+(?=\S)")
"""The labels of a question-and-answer interview: "Q: …", "A: …" (with a colon: "A. Ruiz
said" opens with an initial)."""
ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER"})


def label_span(paragraph: str) -> tuple[str, int] | None:
    """(the name part, where the words start) of the paragraph's speaker label: a
    transcript's "NAME, ROLE (note): …" (`transcript`), a verbatim record's
    heading (`_RECORD_LABEL`), whose name part is read the same way, or an
    interview's "Q:"/"A:".  A label naming a role alone ("President. – The debate
    is closed.", "REPORTER: …", "Q: …") opens a turn too, of nobody the article names."""
    interview = _INTERVIEW_LABEL.match(paragraph, cue_end(paragraph))
    if interview is not None:
        return interview.group("label"), interview.end()
    name = label_name(paragraph)
    if name is not None:
        return name, label_end(paragraph)
    record = _RECORD_LABEL.match(paragraph, cue_end(paragraph))
    if record is None:
        return None
    name = label_name(record.group("label") + ": …")
    return (name, record.end() - 1) if name is not None else None


_PERSONAL = re.compile(r"\b(?:I|we|We|us|our|Our|my|My|you|You|your|Your)\b")
"""First- and second-person words: a speaker's, seldom a reporter's."""


def continues_turn(paragraph: str) -> bool:
    """Whether a paragraph with no speaker label goes on with the labelled turn
    before it: a transcript's answer runs over several paragraphs.  It must read as
    speech — a sentence (not a heading, which has no full stop, nor a stage
    direction in brackets, "(Applause)") that speaks in the first or second person
    outside quotation marks ("we", "I", "you"), as a speaker does and a reporter's
    narration, which follows a transcript, seldom does."""
    text = paragraph[cue_end(paragraph):].strip()  # "[00:02:10] And we …": a time stamp is no stage direction
    if not _reads_as_speech(text):
        return False
    quoted = [(a - 1, b + 1) for a, b in quotations(text)]  # marks included
    return any(not inside(quoted, m.start()) for m in _PERSONAL.finditer(text))


def _reads_as_speech(text: str) -> bool:
    return bool(text) and text[0] not in "([" and text[-1] in ".!?…\"”’"


def turn_continuations(paragraphs: list[str]) -> list[bool]:
    """For each paragraph, whether it goes on with a labelled turn before it (were
    one open): it speaks in the first person (`continues_turn`), or it reads as
    speech and the paragraph after it is labelled or goes on with the turn too.  An
    answer's "Beijing could end this." between two labelled paragraphs is the
    answer's, first person or not; narration after a transcript's last turn is
    followed by no label.  A stage direction in brackets ("(CROSSTALK)") is nobody's
    and breaks no turn; a heading breaks it.  Read from the end, so each paragraph
    is looked at once.

    >>> turn_continuations(["TOM HALE: Yes.", "Prices rose.", "ANA RUIZ: No.", "Prices fell."])
    [False, True, False, False]
    """
    found = [False] * len(paragraphs)
    ahead = False  # the next paragraph is labelled, or goes on with a turn
    for i in range(len(paragraphs) - 1, -1, -1):
        if label_span(paragraphs[i]) is not None:
            ahead = True
            continue
        text = paragraphs[i][cue_end(paragraphs[i]):].strip()
        if _STAGE_DIRECTION.fullmatch(text):
            continue  # "(CROSSTALK)", "[Applause]": nobody's words, and no break in the turn
        found[i] = continues_turn(paragraphs[i]) or ahead and _reads_as_speech(text)
        ahead = found[i]
    return found


_STAGE_DIRECTION = re.compile(r"\([^()]{1,60}\)|\[[^\[\]]{1,60}\]")


MAX_NAME_LINE = 60
"""Characters of a speaker's name standing alone on its line: a name, not a heading's sentence."""
_NAME_LINE_WORD = re.compile(r"[A-Z][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?|[a-z]{1,3}")


def name_line(paragraph: str) -> str | None:
    """The paragraph when it is only a name of two to five capitalised words
    (particles inside, no full stop or colon after it), as an earnings call's or a
    podcast's transcript writes its speakers, each on a line of its own above
    their turn; else None.

    >>> name_line("Claudia Méndez"), name_line("Thank you."), name_line("Operator")
    ('Claudia Méndez', None, None)
    """
    text = paragraph.strip()
    words = text.split()
    if len(text) > MAX_NAME_LINE or not 2 <= len(words) <= 5 or not words[0][:1].isupper():
        return None
    ok = all(_NAME_LINE_WORD.fullmatch(w) and (w[0].isupper() or w in NAME_PARTICLES) for w in words)
    return text if ok and words[-1][0].isupper() else None


def opens_turn(paragraph: str) -> bool:
    """Whether a paragraph after a speaker's name line is their turn: it reads as
    speech (a sentence, not a heading nor a stage direction)."""
    return _reads_as_speech(paragraph[cue_end(paragraph):].strip())


def speaker_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name lines (`name_line`) outside the article's ``spans`` (the page's layout read
    them as clutter) that stand right above an article paragraph reading as speech,
    when the same name heads two turns at least: a transcript's speaker, named in full
    there alone.  A heading above one paragraph ("Related Stories") recurs so seldom."""
    found: dict[str, list[tuple[int, int]]] = {}
    for (_, before), (start, end) in zip(spans, spans[1:]):
        gap = text[before:start].strip()
        if "\n" in gap or name_line(gap) is None or not opens_turn(text[start:end]):
            continue
        at = text.index(gap, before)
        found.setdefault(gap, []).append((at, at + len(gap)))
    return sorted(span for spans_of in found.values() if len(spans_of) > 1 for span in spans_of)
