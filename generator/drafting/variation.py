"""Elegant variation: a description a story uses for the person it has just named.

    >>> is_variation("the researcher"), is_variation("the former Dutch prime minister"), is_variation("the official")
    (True, True, False)

English news avoids repeating a name: "Kjærgaard expects … “…,” the researcher
says"; "Rutte said … “…,” the former Dutch prime minister said".  A definite
description that no introduction of the article fits (`roles`) refers to the person
named as the speaker or subject of the sentence before, even one the article gives
another role, when it is

* headed by a noun for someone's expertise or trade of inquiry (`EXPERTISE_NOUNS`:
  "the researcher", "the detective"), or for a player's position (`sportroles`: "the
  flanker"), which the article need not have introduced; or
* a *former* role ("the former prime minister"): a past office, which no
  introduction of the person's present role could fit.

An unnamed source ("the official", "the source") is no variation: it is the unnamed
one before, and stays nobody; "the analyst" and "the expert", also said of unnamed
people, are the named one when the sentence before names them.
"""

from __future__ import annotations

import bisect
import re

from ..givenabbrev import TITLE_ABBREVIATIONS
from ..segment import ABBREVIATIONS
from .businessroles import BUSINESS_NOUNS, plural_pattern
from .lexicon import PERSON_NOUNS
from .occupations import OCCUPATION_NOUNS
from .officeroles import OFFICE_NOUNS
from .people import PersonMention
from .roles import Holder, RoleTable, sentence_ends
from .sportroles import POSITION_NOUNS, STAFF_NOUNS

EXPERTISE_NOUNS = frozenset("""
    researcher scholar academic professor detective investigator historian specialist scientist
    economist author criminologist demographer sinologist analyst expert lecturer
""".split())
"""Nouns for a person by their expertise or inquiry, which a story uses for the expert or
investigator it has named without having introduced them so."""

_DEFINITE = re.compile(r"(?:the|The)\s+(?P<words>(?:[\w’'-]+\s+){0,4}?)(?P<head>[a-z][\w-]*)")
_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)", re.I)


_ORIGIN = re.compile(r"\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:de|del|da|do|of|[A-Z][\w'’-]*)){0,3}$")
"""Where a person comes from, after the noun: "the forward from Rosario", "the striker from
the Ivory Coast" — it says where they are from, not what they are."""


def without_origin(phrase: str) -> str:
    """``phrase`` without a trailing "from" and a place's name (`_ORIGIN`): "the forward from
    Rosario" is a variation as "the forward" is, said of the player just named.

    >>> without_origin("the forward from San Miguel de Tucumán"), without_origin("the bakery from hell")
    ('the forward', 'the bakery from hell')
    """
    found = _ORIGIN.search(phrase.strip())
    return phrase.strip()[:found.start()] if found is not None else phrase


def is_variation(phrase: str) -> bool:
    """Whether ``phrase`` is a definite description that may stand for the person just named."""
    found = _DEFINITE.fullmatch(without_origin(phrase).strip())
    if found is None:
        return False
    head = found.group("head").lower()
    return head in EXPERTISE_NOUNS or head in POSITION_NOUNS or _FORMER.search(found.group("words")) is not None


def variation_holder(phrase: str, offset: int, named: tuple[list[int], list[str]], roles: RoleTable,
                     line_of) -> tuple[str, Holder] | None:
    """(key, holder) for a variation ``phrase`` at ``offset``: the person the article
    introduced with its words ("Detective Senior Sergeant Aroha Tane … The detective
    says"), else the person named as a speaker or subject before it, no further back
    than the sentence before; a trade's noun (`trade_holder`) only when the article
    described that person with it."""
    if not is_variation(phrase):
        return trade_holder(phrase, offset, named, roles, line_of)
    phrase = without_origin(phrase)
    introduced = roles.introduced_with(phrase, offset)
    if introduced is not None:
        return introduced
    found = named_before(offset, named, roles.text)
    if found is None:
        return None
    key, at = found
    return key, Holder(key, frozenset(), "the person named in the sentence before", line_of(at))


def named_before(offset: int, named: tuple[list[int], list[str]], text: str) -> tuple[str, int] | None:
    """The person named as a speaker or subject before ``offset``, in that sentence or the one before."""
    offsets, keys = named
    index = bisect.bisect_left(offsets, offset)
    if index == 0 or sentence_ends(text, offsets[index - 1], quotation_opening(text, offset)) > 1:
        return None
    return keys[index - 1], offsets[index - 1]


MAX_QUOTATION = 3000
"""Characters read back for the opening mark of a quotation of several sentences."""
_CLOSED_BEFORE = re.compile(r"[,?!]?[”\"]\s$")
"""The end of a quotation just before a trailing frame: '…,” the coach said'."""


def quotation_opening(text: str, offset: int) -> int:
    """Where the quotation a trailing frame at ``offset`` closes opens, in its paragraph
    ("“If we declare later, … You need time,” the coach said"), else ``offset``: the
    sentences inside the marks are one statement, so the person named before them is
    as near the frame as the person named before a one-sentence quotation."""
    closed = _CLOSED_BEFORE.search(text, max(0, offset - 4), offset)
    if closed is None:
        return offset
    reach = max(0, closed.start() - MAX_QUOTATION)  # bounded: no scan to the page's top per frame
    paragraph = text.rfind("\n", reach, closed.start()) + 1 or reach
    mark = text[closed.end() - 2]
    opening = text.rfind("“" if mark == "”" else '"', paragraph, closed.end() - 2)
    return opening if opening >= 0 else offset


TRADE_NOUNS = OCCUPATION_NOUNS | PERSON_NOUNS | BUSINESS_NOUNS | STAFF_NOUNS | OFFICE_NOUNS
"""Nouns for a person by their trade, post, office or standing ("the town clerk", "the farmer", "the manager",
"the magistrate"), which
many people of a story may share, unlike an expertise the story gives one of them."""
DESCRIPTION_REACH = 40
"""Characters before a mention where a title in lower case describes the person
("town clerk Sikhumbuzo Moyo"), and after it, in an apposition ("Moyo, the town clerk")."""
MAX_DESCRIBED = 50
"""Mentions looked back over (anyone's) for the person's description."""


def trade_holder(phrase: str, offset: int, named: tuple[list[int], list[str]], roles: RoleTable,
                 line_of) -> tuple[str, Holder] | None:
    """"In a notice signed by town clerk Sikhumbuzo Moyo … Moyo said … The town clerk
    said …": a definite description headed by a trade's noun is the person named as a
    speaker or subject in the sentence before, when the article wrote that noun next
    to their name (a title before it, or an apposition after it).  Someone else of the
    same trade ("Moyo said … The farmer said", no farmer Moyo) stays as written.  A
    public office's noun ("the magistrate") is the person the story titled so
    (`titled_holder`) when the sentence before names someone else: a court has one
    magistrate, whoever spoke in it since."""
    found = _DEFINITE.fullmatch(phrase.strip())
    if found is None or found.group("head").lower() not in TRADE_NOUNS:
        return None
    before = named_before(offset, named, roles.text)
    described = _described_with(roles, before[0], found.group("head").lower(), offset) if before else None
    if described is None:
        return titled_holder(phrase, offset, roles, line_of) if found.group("head").lower() in OFFICE_NOUNS else None
    key = before[0]
    return key, Holder(key, frozenset(), f"the person named in the sentence before, described as "
                                         f"'{found.group('head').lower()}'", line_of(described))


def _described_with(roles: RoleTable, key: str, noun: str, offset: int) -> int | None:
    """Where the article wrote ``noun`` next to a mention of ``key`` before ``offset``:
    just before the name, or in an apposition after it."""
    text = roles.text
    pattern = re.compile(rf"\b{re.escape(noun)}\b")
    end = bisect.bisect_left(roles.starts, offset)
    for mention in reversed(roles.mentions[max(0, end - MAX_DESCRIBED):end]):
        if mention.key != key:
            continue
        if _written_next_to(text, mention, pattern) or _in_introduction(text, mention.start, mention.end, noun):
            return mention.start
    return None


def _written_next_to(text: str, mention: PersonMention, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is in the title just before a mention or in an apposition right after it."""
    before = text[max(0, mention.start - DESCRIPTION_REACH):_title_start(text, mention.start)]
    after = text[mention.end:mention.end + DESCRIPTION_REACH]
    return bool(pattern.search(before.split(".")[-1].lower())
                or after.startswith(", ") and pattern.search(after.split(".")[0].split(",")[1].lower()))


_TITLE_STOP = re.compile(r"([A-Z][a-z]{0,4})\.\s+$")
"""A short capitalised word and its full stop right before a name: "Pr. ", "Dr. ", "Eng. "."""


def _title_start(text: str, start: int) -> int:
    """Where the abbreviated titles right before a name begin ("rector Pr. Dr. |Ana Ruiz"): their
    full stops end no sentence, so the noun before them is still the person's title."""
    while (found := _TITLE_STOP.search(text, max(0, start - 8), start)) is not None \
            and (found.group(1) in ABBREVIATIONS or found.group(1) in TITLE_ABBREVIATIONS):
        start = found.start()
    return start


def titled_holder(phrase: str, offset: int, roles: RoleTable, line_of) -> tuple[str, Holder] | None:
    """(key, holder) for a definite description headed by a trade's noun ("The
    magistrate refused bail."): the person most recently named before ``offset`` with
    that noun as their title or in an apposition ("Principal Magistrate Renata
    Gonsalves"), whoever spoke since — the description points back at the one person
    the story called so; else None."""
    found = _DEFINITE.fullmatch(phrase.strip())
    if found is None or found.group("head").lower() not in TRADE_NOUNS:
        return None
    pattern = re.compile(rf"\b{re.escape(found.group('head').lower())}\b")
    end = bisect.bisect_left(roles.starts, offset)
    for mention in reversed(roles.mentions[max(0, end - MAX_DESCRIBED):end]):
        if _written_next_to(roles.text, mention, pattern):
            return mention.key, Holder(mention.key, frozenset(), f"described as '{found.group('head').lower()}'",
                                       line_of(mention.start))
    return None


_OWN_OFFICE = re.compile(r"(?:its|Its)\s+(?P<head>[a-z][\w-]*)")
"""An office of the body just named, by its possessive: "its rector", "its coroner"."""


def titled_next(phrase: str, offset: int, roles: RoleTable, line_of) -> tuple[str, Holder] | None:
    """(key, holder) for a body's office that a lede gives before the holder's name ("The
    university will teach in English, its rector announced. …, rector Ana Ruiz told …"):
    the first person titled with that noun in the next sentence, the way `roles` reads a
    role phrase named later.  The office's noun must stand right before the name (a title)
    or in an apposition after it; someone of another title is no holder."""
    found = _OWN_OFFICE.fullmatch(phrase.strip())
    if found is None or found.group("head") not in OFFICE_NOUNS:
        return None
    pattern = re.compile(rf"\b{re.escape(found.group('head'))}\b")
    first = bisect.bisect_left(roles.starts, offset)
    for mention in roles.mentions[first:first + MAX_DESCRIBED]:
        if sentence_ends(roles.text, offset, _title_start(roles.text, mention.start)) > 1:
            return None
        if _written_next_to(roles.text, mention, pattern):
            return mention.key, Holder(mention.key, frozenset(), f"titled '{found.group('head')}' in the next sentence",
                                       line_of(mention.start))
    return None


INTRODUCTION_REACH = 300
"""Characters looked at on each side of a mention for the sentences that introduce the person."""
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)”\"’])[.!?][”\"’]?\s(?=[“\"‘]?[A-Z])")


def _in_introduction(text: str, start: int, end: int, noun: str) -> bool:
    """Whether ``noun``, singular or plural, is in the sentence of a mention or in the
    sentence before it in the same paragraph: the story introduced the person as one of
    them ("Grace Nakato, chief executive of …, one of the country's larger exporters";
    "Hauliers dispute those figures. Remberto Justiniano, president of the chamber, said")."""
    low = max(text.rfind("\n", max(0, start - INTRODUCTION_REACH), start) + 1, start - INTRODUCTION_REACH)
    high = text.find("\n", end, end + INTRODUCTION_REACH)
    high = min(len(text), end + INTRODUCTION_REACH) if high == -1 else high
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, low, high)]
    before = [b for b in breaks if b <= start]
    after = [b for b in breaks if b > end]
    window = text[before[-2] if len(before) > 1 else low:after[0] if after else high]
    return plural_pattern(noun).search(window.lower()) is not None
