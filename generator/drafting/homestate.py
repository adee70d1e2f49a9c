"""The page's own state, for the government its text leaves unnamed.

A national outlet writes "the ministry said", "the government would not
let…", "the state utility" without naming its country: the reader knows it
from the page. The page tells it too, in its furniture: a navigation label
("Home | Senegal | Africa"), a footer ("© Guyana Medical Practitioners'
Forum", "Kingdom of Bahrain") or the site's country domain
("alatoopress.kg"). When the article's lines hold such a bare reference and
the furniture points to one state more than to any other, that state counts.
A teaser line ("Trending searches: Haiti …") names other stories' states and
gives no vote.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from .lexicon import TEASER_LABELS

_BARE = re.compile(r"(?<![\w-])(?:[Tt]he (?:(?:federal|national|central) )?government(?!s)"
                   r"|[Tt]he [Mm]inistry(?!\w)|[Tt]he state(?= (?!of\b)[a-z])"
                   r"|[Tt]he Commonwealth(?=[.,;:)]| (?:for|to|has|had|is|was|will|would|should|could|said|says)\b))"
                   r"(?![\w-])")
"""The government left unnamed: "the government", "the Ministry of Energy", "the state
utility" (not "the state of emergency", where "state" is no polity), and a federation's
"the Commonwealth" as its own government ("still waiting on the Commonwealth for the rest";
not "the Commonwealth of Virginia", "the Commonwealth Games" or "the Commonwealth summit")."""

_OF_NAME = re.compile(r" of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
"""What follows a reference: "the government of Japan" names its state itself."""

_DOMAIN = re.compile(r"(?<=[a-z0-9-])\.([a-z]{2})(?![\w-]|\.[a-z])")
"""A web address's last label, where it is a country's: "alatoopress.kg", "site.com.gh"."""

GENERIC_DOMAINS = frozenset("tv io me co fm ai ly am cc ws to gg la md".split())
"""Country domains sold to sites anywhere ("news.tv", "app.io"): no sign of a country."""

_DOMAIN_CODES = {"uk": "GB"}
"""Country domains that differ from the ISO code."""


def bare_reference(text: str, spans: Iterable[tuple[int, int]],
                   names_state: Callable[[str], bool],
                   owned: Callable[[int, int], bool] = lambda start, end: False) -> re.Match[str] | None:
    """The first unnamed government in the article's ``spans``, or None.
    ``names_state`` tells whether the words after "of" name a state ("of Japan");
    ``owned(start, end)`` whether that stretch of its sentence before it names a state,
    whose government it then is ("Saint Lucia's minister said the government was …")."""
    for start, end in spans:
        for match in _BARE.finditer(text, start, end):
            follow = _OF_NAME.match(text, match.end(), min(end, match.end() + 60))
            if follow is not None and _any_prefix(follow.group(1), names_state):
                continue
            if owned(sentence_start(text, start, match.start()), match.start()):
                continue
            return match
    return None


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*[ \t]+(?=[\"“‘(]*[A-Z])")


def sentence_start(text: str, start: int, position: int) -> int:
    """Where the sentence holding ``position`` begins, within a paragraph that begins at
    ``start``: after the last end mark before it (read over the paragraph once)."""
    last = start
    for match in _SENTENCE_END.finditer(text, start, position):
        last = match.end()
    return last


def _any_prefix(words: str, names_state: Callable[[str], bool]) -> bool:
    """Whether "Japan", "South Korea" or another run of the first words names a state."""
    parts = words.split()
    return any(names_state(" ".join(parts[:n])) for n in range(1, len(parts) + 1))


def domain_codes(text: str) -> list[str]:
    """ISO codes of the country domains in ``text`` (lower-case web addresses)."""
    codes = []
    for match in _DOMAIN.finditer(text):
        label = match.group(1)
        if label not in GENERIC_DOMAINS:
            codes.append(_DOMAIN_CODES.get(label, label.upper()))
    return codes


def home_state(votes: Iterable[str], known: Callable[[str], bool]) -> str | None:
    """The code that the furniture's ``votes`` give more often than any other, among
    codes ``known`` as states; None on a tie or with no vote."""
    counted = Counter(code for code in votes if known(code)).most_common(2)
    if not counted or (len(counted) == 2 and counted[0][1] == counted[1][1]):
        return None
    return counted[0][0]


MAX_VOTING_WORDS = 15
"""Most words of a furniture line whose state names vote: a label, a menu, a teaser or a
footer is short; a legal notice's sentence names the states of its laws."""

_LINE = re.compile(r"[^\n]+")
_LABEL = re.compile(r"[ \t]*([A-Za-z]+)[^\n:]{0,24}:")


def teaser_line(line: str) -> bool:
    """Whether a furniture line opens with a teaser's label ("Trending searches: Haiti …",
    "Related: …"): it names the states of other stories, none of the page's own."""
    label = _LABEL.match(line)
    return label is not None and label.group(1).lower() in TEASER_LABELS


def furniture_lines(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The non-blank lines of the ``parts`` of ``text``, as spans."""
    return [m.span() for start, end in parts for m in _LINE.finditer(text, start, end) if not m.group().isspace()]


def gaps(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The parts of a text of ``length`` outside ``spans``: the page's furniture."""
    out, position = [], 0
    for start, end in sorted(spans):
        if start > position:
            out.append((position, start))
        position = max(position, end)
    if position < length:
        out.append((position, length))
    return out
