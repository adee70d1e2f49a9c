"""Who and where a candidate claim names only by reference, read from the sentences before it.

Every reporter names a subject or a place once and then refers back to it: "South
Korea's spy agency said 11,000 Sudanese fighters had crossed the border.  Some of them
had been sent to the front line in the Darfur region" — "them" is the Sudanese
fighters; "Most were sent to the Tigray region.  Eritrean forces have held a strip of
territory there since May" — "there" is Tigray; "… to Tigray, where Eritrean forces
have held a pocket since May" — "where" is Tigray.  Scored alone, such a candidate
lacks the party or the place its claim states (`claimmatch`: no entity in common,
"not named"), and a careful reader does not.  So a candidate whose subject is a plural
pronoun ("they", "them", "some of them") or a bare "the troops", or whose place is
"there", "where" or a bare "the region", is scored with the nearest referent of the
page put in its stead: the last party named with its troops ("North Korean soldiers",
"the North Koreans") or the last place named ("the Kursk region", "to Russia") in the
same sentence before the candidate or in the `LOOKBACK` sentences before it, on its
line or the line before.  The quote itself is never changed: only the text the
matcher scores is, and the reasons say what was read ("them = North Korean soldiers,
line 12").

Left alone: a pronoun whose candidate already names a party's troops before it ("Ukrainian
forces held the town and Moscow could not push them out": "them" is read inside the
quote), or parties it counts ("the two countries' cooperation as a matter for them alone"); an existential "there" ("there is a risk"); a "where" with no place right
before it ("in a speech, where he said"); "they said" (the speakers, not the troops).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .claimwords import ACTORS, CONCEPTS, stem
from .lexicon import PLACE_KINDS
from .model import ClaimMatch

LOOKBACK = 2
"""Whole sentences before the candidate's own sentence a referent is looked for in: a
reporter names the subject in the sentence before, seldom further back."""
REACH = 1500
"""Most characters read back from a candidate: a paragraph's worth, so that one very long
line costs no more than that per candidate."""
OWNED_REACH = 2
"""Words after a party's name that may be its troops ("North Korean special forces"),
as `claimmatch.OWNED_REACH`."""


@dataclass(frozen=True)
class Reading:
    """A candidate as scored: its references replaced by their referents."""

    text: str
    """The quote with each reference replaced (only scored, never shown as the quote)."""
    notes: tuple[str, ...]
    """What was read, for the match's reasons: "them = North Korean soldiers, line 12"."""


@dataclass(frozen=True)
class Referent:
    """A party's troops or a place named in the context."""

    text: str
    """As written ("North Korean soldiers", "the Kursk region", "Russia")."""
    end: int
    """Offset just after it in the context."""
    start: int = 0
    """Offset of its first character in the context."""


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
"""Where a sentence ends: a full stop, question or exclamation mark (and closing quotes)
before a capital or a figure."""
SUBJECT_REACH = 40
"""Characters read before a referent to tell whether it opens a clause."""
_SUBJECT = re.compile(r"(?:^|[.;:,]\s+|\b(?:that|and|but|while|said|says|whom|which)\s+)"
                      r"(?:(?:the|some|about|around|roughly|nearly|more\s+than|at\s+least|up\s+to|[\d,]+)\s+)*$",
                      re.IGNORECASE)
"""What stands before the subject of a clause: the sentence's start, a comma or "that", then
perhaps an article or a count ("that about 3,000 Chadian soldiers had crossed"): "they" and
"them" refer back to a clause's subject before an object ("the Chadians had joined Sudanese
units, and that some of them …" are Chadians).  Searched on at most `SUBJECT_REACH`
characters before the referent, so it costs no more than that."""
_PRONOUN = re.compile(r"\b(?:they|They|them)\b(?!\s+(?:said|say|says|told|added|stated|wrote|reported)\b)")
"""A plural pronoun, not the subject of a verb of saying (the speakers of a report)."""
_PARTIES = re.compile(r"\b(?:[Tt]he\s+(?:two|three)|[Bb]oth)\s+(?:neighbouring\s+)?"
                      r"(?:countries|nations|states|governments|sides|capitals|leaders|allies|parties)\b")
"""Parties the quote counts itself ("the two countries", "both sides"): a "them" or "they"
after them is theirs ("the two countries' military cooperation as a matter for them alone"),
not the troops of the sentences before."""
_BARE_ACTOR = re.compile(r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+([a-z]+)\b")
"""A bare "the troops" (`_actor_word` checks the noun)."""
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
                    r"seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|be|been|being|no)\b)")
""""there" of place, not the existential "there is"."""
_WHERE = re.compile(r"^\W*(?:[Ww]here)\b")
"""A candidate opening on "where": a relative clause cut from the sentence naming its place."""
_WHERE_AFTER = re.compile(r",?\s{0,3}where\s{1,3}")
"""What stands between a place and a candidate cut after the "where" of its relative clause."""
_BARE_REGION = re.compile(r"\b[Tt]he\s+(" + "|".join(PLACE_KINDS) + r")\b")
"""A bare "the region" (no name between: "the Kursk region" is named)."""
_PLACE = re.compile(
    r"\b(?P<prep>in|into|to|near|at|inside|toward|towards)\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*)(?P<kind>\s+(?:border\s+)?(?:"
    + "|".join(PLACE_KINDS) + r")\b)?"
    r"|\b(?P<name2>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*)(?P<kind2>\s+(?:border\s+)?(?:"
    + "|".join(PLACE_KINDS) + r")\b)")
"""A place named in the context: capitalised words after a preposition of place ("to
Russia", "into Russia's Kursk region"), or before a kind of place ("the Kursk region")."""
_WORDS_AFTER = re.compile(r"(?:['’]s?)?((?:\s+[^\W\d_][\w'’-]*){1,%d})" % OWNED_REACH)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _actor_word(word: str) -> bool:
    """Whether ``word`` is a word for troops ("soldiers", "forces", "units")."""
    return CONCEPTS.get(stem(word), stem(word)) in ACTORS


def _context(page: str, start: int) -> str:
    """The text a referent of the candidate at ``start`` is looked for in: from the start
    of the line before its line (at most `REACH` characters back) to the candidate, cut
    to its own sentence's start and the `LOOKBACK` sentences before."""
    line_start = page.rfind("\n", max(0, start - REACH), start)
    if line_start >= 0:
        previous = page.rfind("\n", max(0, start - REACH), max(line_start, 0))
        while previous >= 0 and not page[previous:line_start].strip():  # a blank line is no line
            line_start = previous
            previous = page.rfind("\n", max(0, start - REACH), previous)
        line_start = previous
    context = page[max(0, line_start + 1, start - REACH):start]
    ends = [m.end() for m in _SENTENCE_END.finditer(context)]
    return context[ends[-LOOKBACK - 1]:] if len(ends) > LOOKBACK else context


def troops_named(text: str, pattern: re.Pattern[str], forms: dict[str, str]) -> list[Referent]:
    """The parties' troops ``text`` names, in order: a country's name or demonym (through
    ``pattern``, of ``forms``, country codes in upper case) with a word for troops among
    the `OWNED_REACH` words after it ("North Korean soldiers"), or a plural demonym
    alone ("the North Koreans")."""
    found = []
    for mention in pattern.finditer(text):
        if not forms.get(mention.group(), "").isupper():
            continue  # a registered person, or a name several share
        after = _WORDS_AFTER.match(text, mention.end())
        words = list(_WORD.finditer(text, after.start(1), after.end(1))) if after else []
        actors = [word.end() for word in words if _actor_word(word.group()) and word.group().endswith("s")]
        if actors:  # plural: "they" and "the troops" are not "the Russian army" or "the contingent"
            found.append(Referent(text[mention.start():actors[-1]], actors[-1], mention.start()))
        elif mention.group().endswith("s") and forms.get(mention.group()[:-1]) == forms[mention.group()]:
            found.append(Referent(mention.group(), mention.end(), mention.start()))
    return found


def places_named(text: str) -> list[Referent]:
    """The places ``text`` names, in order (see `_PLACE`)."""
    found = []
    for match in _PLACE.finditer(text):
        name, kind = (match.group("name"), match.group("kind")) if match.group("name") else \
            (match.group("name2"), match.group("kind2"))
        found.append(Referent(f"the {name}{kind}" if kind else name, match.end()))
    return found


def read_references(quote: str, page: str, start: int, line: int, pattern: re.Pattern[str],
                    forms: dict[str, str]) -> Reading | None:
    """``quote`` (at ``start`` of ``page``, on ``line``) with its references to troops
    and places replaced by the nearest referent before it (see the module docstring);
    None when it has none, or none could be read.  ``pattern`` and ``forms``: the
    matcher's names of countries (`claimmatch.Extractor`)."""
    if start < 0 or not page:
        return None
    context = _context(page, start)
    edits: list[tuple[int, int, str]] = []
    notes: list[str] = []

    def note(word: str, referent: Referent) -> None:
        back = context[referent.end:]
        notes.append(f"{word} = {referent.text}, line {line - back.count(chr(10))}")

    own = troops_named(quote, pattern, forms)
    troops = troops_named(context, pattern, forms)
    if troops:
        subjects = [r for r in troops if _SUBJECT.search(context, max(0, r.start - SUBJECT_REACH), r.start)]
        referent = (subjects or troops)[-1]
        for match in _PRONOUN.finditer(quote):
            if not any(r.end <= match.start() for r in own) and not _PARTIES.search(quote, 0, match.start()):
                edits.append((match.start(), match.end(), referent.text))
        for match in _BARE_ACTOR.finditer(quote):
            if _actor_word(match.group(1)) and not any(r.end <= match.start() for r in own):
                edits.append((match.start(1), match.end(1), f"{_owner(referent.text)}{match.group(1)}"))
        if edits:
            note("them" if any(quote[s:e].lower() in ("they", "them") for s, e, _ in edits) else "the troops",
                 referent)
    places = places_named(context)
    named = places_named(quote)
    if places:
        referent = places[-1]
        placed = len(edits)
        for match in _THERE.finditer(quote):
            if not any(r.end <= match.start() for r in named):
                edits.append((match.start(), match.end(), f"in {referent.text}"))
        where = _WHERE.match(quote)
        between = context[referent.end:]
        if where and not between.strip(" ,\n"):  # the place stands right before "where"
            edits.append((where.end() - 5, where.end(), f"in {referent.text}"))
        elif not where and _WHERE_AFTER.fullmatch(between):  # "… to Kursk, where [Ukrainian forces have held …]"
            edits.append((0, 0, f"in {referent.text}, "))
        if referent.text.startswith("the "):
            for match in _BARE_REGION.finditer(quote):
                if not any(r.end <= match.start() for r in named):
                    edits.append((match.start(), match.end(), referent.text))
        if len(edits) > placed:
            begin, end, _ = edits[placed]
            note(quote[begin:end].lower() if end > begin else "where", referent)
    if not edits:
        return None
    text = quote
    for begin, end, replacement in sorted(edits, reverse=True):
        text = text[:begin] + replacement + text[end:]
    return Reading(text, tuple(notes))


def noted(ranked: tuple[ClaimMatch, ...], reading: Reading | None) -> tuple[ClaimMatch, ...]:
    """``ranked`` with what ``reading`` read from the context added to each match's reasons."""
    if reading is None:
        return ranked
    told = "; ".join(reading.notes)
    return tuple(ClaimMatch(m.claim, m.score, f"{m.shared}; {told}" if m.shared else told) for m in ranked)


def _owner(troops: str) -> str:
    """The party's name of a referent, to put before a bare "troops" ("North Korean
    soldiers" → "North Korean "; "North Koreans" → "North Korean ")."""
    words = troops.split()
    if len(words) > 1 and _actor_word(words[-1]):
        return " ".join(words[:-1]) + " "
    return troops[:-1] + " " if troops.endswith("s") else troops + " "


__all__ = ["LOOKBACK", "Reading", "Referent", "noted", "places_named", "read_references", "troops_named"]
