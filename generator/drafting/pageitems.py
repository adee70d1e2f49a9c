"""The items of a quiz, a guided map, a contents page, a slide deck or a talk page: the page's text, not its furniture.

    >>> from .lines import parse_lines
    >>> page = parse_lines("1. Which port reopened on Monday?\\n"
    ...                    "A) Tema · B) Lomé · C) Cotonou\\n"
    ...                    "✔ Correct answer: B\\n"
    ...                    "The port of Lomé reopened after a week of repairs, its operator said.\\n"
    ...                    "2. Who won the mayoral race in the capital?\\n"
    ...                    "A) Ana Ruiz · B) Tom Hale\\n"
    ...                    "✔ Correct answer: A\\n"
    ...                    "Ana Ruiz won with 54% of the vote, the electoral board said on Sunday.\\n")
    >>> kinds = {2: ("navigation", "items apart by middle dots"), 3: ("short", "a fragment"),
    ...          6: ("navigation", "a row of links"), 7: ("running", "repeated")}
    >>> keep_quiz_items(page, kinds)
    >>> kinds
    {}

A news quiz writes each question as a numbered line, its options on a row ("A) … · B) …") and
the answer under them ("✔ Correct answer: B"), then the explanation.  Alone, an options row
looks like a row of links and the answer lines like a repeated fragment; but they are what the
page is made of, so where `MIN_ITEMS` numbered questions each have an options row under them,
the rows and the answer lines are text.  A single lettered row under no question is left alone.

An interview written as questions and answers asks each question on a line of its own above
the answer ("What about prices?"); where `MIN_QUESTIONS` such questions head a paragraph each,
one that stands right under a teaser ("Read also: …") is the interviewer's too, not a headline
of the teaser's list: a teaser's headlines head no answer (a question above another question is
a list's).

A guided map's stops, or a how-to's steps, are headed with a counter ("Stop 2 of 6 · VLADIVOSTOK
AND USSURIYSK", "Step 3 of 5: Dry the seeds"), each above its paragraph: crossheads of the
text, however much a heading with middle dots looks like a row of links.  `MIN_ITEMS` of them,
each above a paragraph, are needed, as a form's lone "Step 1 of 3" is the form's.

A print edition's contents list its stories page by page ("Page 3 — Falmouth pier to close.
…") under section headings in capitals ("NEWS", "SPORT"): the headings order the entries as
crossheads order a story, text however few their words.  `MIN_ITEMS` of them, each right above
a page entry, are needed.

A slide deck's web version numbers its slides on lines of their own ("[Slide 4 / 10]"): the
numbers are furniture, and what stands between the first and the last number is the deck's
text, however short its headings ("Key judgements") or like a page's header its bullets; but the
title slide's repeat of the page's title is furniture, and the page's title above the deck stays
text.  The last slide (sources, contact, licence) is left to the other rules.  `MIN_SLIDES`
numbers are needed.

A talk page's comments end with their editor's signature, a user name, "(talk)" and a time
stamp ("Done, moved. — Ana_R (talk) 20:40, 4 April 2026 (EAT)"): the discussion the page is
made of, however short the comment or late on the page.  `MIN_ITEMS` signed lines are needed.
"""

from __future__ import annotations

import re

from .lines import Line

MIN_ITEMS = 2
"""Questions with options, or counted headings over a paragraph, that make a page a quiz or a tour."""
_QUESTION = re.compile(r"^\d{1,2}[.)][ \t]+\S.*\?$")
_OPTIONS = re.compile(r"^\(?[A-Da-d][).][ \t]+\S.*[ \t]\(?[B-Db-d][).][ \t]+\S")
"""An options row: "A) …" and at least a "B) …" after it on the same line."""
_ANSWER = re.compile(r"^[✔✓✅☑]?[ \t]*(?:(?:the[ \t]+)?correct[ \t]+)?answer[ \t]*:[ \t]*\(?[A-Da-d]\b", re.I)
MIN_QUESTIONS = 3
"""Questions heading a paragraph each that make a page a question-and-answer interview."""
MAX_QUESTION_WORDS = 20
_COUNTED = re.compile(r"^(?:stop|step|stage|part|leg)[ \t]+\d{1,2}[ \t]+of[ \t]+\d{1,2}\b", re.I)


def keep_quiz_items(lines: list[Line], kinds: dict) -> None:
    """Take a quiz's options rows and answer lines out of ``kinds``."""
    rows = [below for line, below in zip(lines, lines[1:]) if _QUESTION.match(line.text) and _OPTIONS.match(below.text)]
    if len(rows) < MIN_ITEMS:
        return
    numbers = {row.number for row in rows}
    for number in numbers:
        kinds.pop(number, None)
    after = {below.number for line, below in zip(lines, lines[1:]) if line.number in numbers}
    for line in lines:
        if line.number in after and _ANSWER.match(line.text):
            kinds.pop(line.number, None)


def keep_counted_headings(lines: list[Line], kinds: dict) -> None:
    """Take the counted headings of a map's stops or a guide's steps out of ``kinds``."""
    headings = [line for line, below in zip(lines, lines[1:])
                if _COUNTED.match(line.text) and below.is_prose and below.number not in kinds]
    _keep_several(headings, kinds, MIN_ITEMS)


_PAGE_ENTRY = re.compile(r"^(?:Page|Pages|P\.|Pp\.)[ \t]+\d{1,3}(?:[–-]\d{1,3})?[ \t]*[—–:-][ \t]+\S")
"""A contents entry: "Page 3 — …", "Pages 4-5: …", "P. 12 – …"."""


def keep_contents_headings(lines: list[Line], kinds: dict) -> None:
    """Take a print edition's section headings, each in capitals above a page entry, out of ``kinds``."""
    headings = [line for line, below in zip(lines, lines[1:])
                if line.text.isupper() and _PAGE_ENTRY.match(below.text) and below.number not in kinds]
    _keep_several(headings, kinds, MIN_ITEMS)


_SIGNED = re.compile(r"\S.*[—–-][ \t]*\S+[ \t]+\((?:talk|contribs)\)[ \t]+\d{1,2}:\d{2},[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+"
                     r"[ \t]+\d{4}(?:[ \t]+\([A-Z]{2,5}\))?[ \t]*")
"""A comment signed as a wiki signs it: words, a dash, the user name, "(talk)", the time and the date."""


def keep_signed_comments(lines: list[Line], kinds: dict) -> None:
    """Take a talk page's signed comments out of ``kinds``."""
    signed = [line for line in lines if _SIGNED.fullmatch(line.text)]
    _keep_several(signed, kinds, MIN_ITEMS)


def keep_interview_questions(lines: list[Line], kinds: dict) -> None:
    """Take an interview's questions, each on a line above its answer, out of ``kinds``."""
    questions = [line for line, below in zip(lines, lines[1:])
                 if line.text.endswith("?") and line.word_count <= MAX_QUESTION_WORDS
                 and below.is_prose and below.number not in kinds and not below.text.endswith("?")]
    _keep_several(questions, kinds, MIN_QUESTIONS)


_SLIDE_NUMBER = re.compile(r"\[?slide[ \t]+\d{1,3}[ \t]*(?:/|of)[ \t]*\d{1,3}\]?", re.I)
MIN_SLIDES = 3
SLIDE_NUMBER = ("running", "a slide deck's slide number")
TITLE_REPEAT = ("running", "the title slide's repeat of the page's title")


def keep_slide_items(lines: list[Line], kinds: dict) -> None:
    """Mark a slide deck's slide numbers and take its slides, up to the last one, out of ``kinds``."""
    numbers = [i for i, line in enumerate(lines) if _SLIDE_NUMBER.fullmatch(line.text)]
    if len(numbers) < MIN_SLIDES:
        return
    marks = {lines[i].number for i in numbers}
    above = {line.text: line for line in lines[:numbers[0]]}
    for line in lines[numbers[0]:numbers[-1] + 1]:
        if line.number in marks:
            kinds[line.number] = SLIDE_NUMBER
        elif line.text in above:
            kinds[line.number] = TITLE_REPEAT
            kinds.pop(above[line.text].number, None)
        else:
            kinds.pop(line.number, None)


def _keep_several(items: list[Line], kinds: dict, least: int) -> None:
    """Take ``items`` out of ``kinds`` when there are at least ``least`` of them: one alone
    may be furniture of the page's own shape (a form's lone "Step 1 of 3")."""
    if len(items) < least:
        return
    for line in items:
        kinds.pop(line.number, None)
