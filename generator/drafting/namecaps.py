"""Names written in capitals inside running text, as meetings coverage prints speakers.

    >>> [c.words for c in capital_names("LINDA THOMAS-GREENFIELD (United States) said so.", 0, 48)]
    [['Linda', 'Thomas-Greenfield']]

The UN's meetings coverage and some official records write a speaker's name in
capitals at its first mention ("SERGIY KYSLYTSYA (Ukraine) said that …", "The
speaker for the Republic of Korea, HWANG JOON-KOOK, said …").  A run of two to
`MAX_WORDS` words in capitals is such a name only with a cue in the sentence's
own lower-case words (`_cue`): a speech verb after it (a note in brackets may stand
between), a title after its comma (", Assistant Secretary-General"), or a role noun
and a comma before it ("Japan's representative, KAZUYUKI YAMAZAKI,").  Headings,
labels and shouting have no such cue: their verbs are in capitals too, and a
label's colon is `transcript`'s.  A word the page also writes in capitals on its
own is an acronym ("UN", "OCHA"), never a name's (`acronyms`).

The name is given in title case, hyphens kept ("Thomas-Greenfield"), particles
inside in lower case ("Nicolas de Rivière"); `names` then cuts titles and rejects
places and bodies as it does for any run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import ATTRIBUTION_VERBS, LOWER_ROLE_CUES, NAME_PARTICLES, is_role_word

MAX_WORDS = 5
"""Words of a name in capitals, a title before it included: a longer run is a heading."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_GAP = re.compile(r" ")
_NOTE_THEN_VERB = re.compile(r"(?:\s*\([^()\n]{1,60}\))?\s*,?\s*([a-z]+)")
_TITLE_AFTER = re.compile(r",\s+([A-Z][\w-]*)")
_ROLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][\w-]*),\s+$")
_VERB_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)\s+$")
MAX_CONTEXT = 80
"""Characters read beside a run for its cue."""


@dataclass(frozen=True)
class CapitalName:
    """A run of words in capitals with a cue, in title case."""

    spans: tuple[tuple[int, int], ...]
    """Where each word stands in the text."""
    words: list[str]
    """The words in title case, particles inside in lower case."""
    cue: str


def _is_capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def acronyms(text: str) -> frozenset[str]:
    """Words the page writes in capitals with no other word in capitals beside them:
    "UN", "NATO", "OCHA" — acronyms; a name in capitals stands with its other words."""
    found: set[str] = set()
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text) if _is_capitals(m.group())]
    for i, (word, start, end) in enumerate(words):
        alone_before = i == 0 or words[i - 1][2] + 1 != start
        alone_after = i == len(words) - 1 or end + 1 != words[i + 1][1]
        if alone_before and alone_after:
            found.add(word)
    return frozenset(found)


def capital_names(text: str, start: int, end: int, known: frozenset[str] = frozenset()) -> list[CapitalName]:
    """Runs of words in capitals within ``text[start:end]`` that a cue makes a person's
    name; none holds a word of ``known`` (`acronyms`)."""
    found: list[CapitalName] = []
    run: list[re.Match[str]] = []
    for match in _WORD.finditer(text, start, end):
        if _is_capitals(match.group()) and (not run or run[-1].end() + 1 == match.start()):
            run.append(match)
            continue
        found += _named(text, run, known)
        run = [match] if _is_capitals(match.group()) else []
    found += _named(text, run, known)
    return found


def _named(text: str, run: list[re.Match[str]], known: frozenset[str]) -> list[CapitalName]:
    if not 2 <= len(run) <= MAX_WORDS or any(m.group() in known for m in run):
        return []
    cue = _cue(text, run[0].start(), run[-1].end())
    if cue is None:
        return []
    words = [_title_case(m.group(), i) for i, m in enumerate(run)]
    return [CapitalName(tuple(m.span() for m in run), words, cue)]


def _title_case(word: str, position: int) -> str:
    """"THOMAS-GREENFIELD" → "Thomas-Greenfield"; "DE" inside a name → "de"."""
    lower = word.lower()
    if position and lower in NAME_PARTICLES:
        return lower
    return "-".join(part[:1].upper() + part[1:] for part in lower.split("-"))


def _cue(text: str, start: int, end: int) -> str | None:
    """Why the run at ``start``–``end`` is a person, from the lower-case words beside it."""
    after = _NOTE_THEN_VERB.match(text, end, end + MAX_CONTEXT)
    if after is not None and after.group(1) in ATTRIBUTION_VERBS:
        return f'"{after.group(1)}" after the name in capitals'
    title = _TITLE_AFTER.match(text, end, end + MAX_CONTEXT)
    if title is not None and is_role_word(title.group(1).lower()):
        return f'title "{title.group(1)}" after the name in capitals'
    before = text[max(0, start - MAX_CONTEXT):start]
    role = _ROLE_BEFORE.search(before)
    if role is not None and _role_noun(role.group(1).lower()):
        return f'role "{role.group(1)}" before the name in capitals'
    verb = _VERB_BEFORE.search(before)
    if verb is not None and verb.group(1) in ATTRIBUTION_VERBS:
        return f'"{verb.group(1)}" before the name in capitals'
    return None


def _role_noun(word: str) -> bool:
    return word in LOWER_ROLE_CUES or is_role_word(word)
