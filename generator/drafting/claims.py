"""Candidate claims: attributed or numeric sentences, quoted verbatim.

A sentence is a candidate when it attributes words ("X said", "according
to X", a quotation) or states a quantity.  Its quote is always a slice of
the raw text, so it anchors:

* the words inside quotation marks, when four or more ("“…,” Blinken said");
* else the statement without its attribution: "C, X said." → C;
  "X said (that) C." → C; "According to X, C." → C;
* else the whole sentence without its end mark.

The speaker is the person named next to the verb ("Blinken said", "said
Blinken", "according to Blinken"), a "he"/"she" resolved to the person
last named, a role ("the minister said") resolved to the last person with
that title, or the words before the verb ("The Pentagon", "Officials");
an unattributed sentence is the publisher's own.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from ..analysis.attribution import CONFLICT_THRESHOLD, quote_grams, similarity
from ..model import Corpus, Seed
from .lexicon import ATTRIBUTION_VERBS, FUNCTION_WORDS
from .model import ClaimGuess, PersonGuess
from .people import PersonMention
from .quotations import inside, quotations, trim
from .values import first_value

_PRIMARY = ("according to", "According to", "said", "says", "told", "tells", "added", "adds", "stated", "wrote")
_VERB = re.compile(r"\b(?:" + "|".join(sorted({*_PRIMARY, *ATTRIBUTION_VERBS}, key=len, reverse=True)) + r")\b")
_LEAD = re.compile(r"\s*(?:that\s+|on\s+\w+\s+that\s+|\w+day\s+that\s+|in\s+a\s+\w+\s+that\s+)?", re.I)
_APPOSITION = re.compile(r",[^,;.“”\"]{1,100},\s*(?:\w+\s+)?")
"""", who heads the Red Cross office in Nakuru, " between a name and its verb."""
MIN_WORDS = 4
UNATTRIBUTED = "The report (unattributed)"


@dataclass(frozen=True)
class Context:
    """What claim drafting needs to know of the article."""

    text: str
    mentions: list[PersonMention]
    """Every mention of a person, in text order."""
    people: dict[str, PersonGuess]
    publisher: str | None

    # Each sentence looks up the mentions near it by bisection: scanning every
    # mention of the article for each sentence made long articles quadratic.
    @cached_property
    def starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def mentions_between(self, start: int, end: int) -> list[PersonMention]:
        """The mentions starting at ``start`` or later and before ``end``."""
        return self.mentions[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def last_mention_before(self, offset: int) -> PersonMention | None:
        index = bisect.bisect_left(self.starts, offset)
        return self.mentions[index - 1] if index else None

    @cached_property
    def _by_role_word(self) -> dict[str, tuple[list[int], list[PersonMention]]]:
        """A word of a person's role (lower case) → the mentions of people with it, in order."""
        found: dict[str, tuple[list[int], list[PersonMention]]] = defaultdict(lambda: ([], []))
        for mention in self.mentions:
            person = self.people.get(mention.key)
            for word in dict.fromkeys(person.role.lower().split()) if person else ():
                found[word][0].append(mention.start)
                found[word][1].append(mention)
        return found

    def last_with_role(self, word: str, offset: int) -> PersonMention | None:
        """The last mention before ``offset`` of a person whose role has ``word``."""
        starts, mentions = self._by_role_word.get(word, ([], []))
        index = bisect.bisect_left(starts, offset)
        return mentions[index - 1] if index else None


def find_claims(seed: Seed, context: Context, lines: set[int], corpus: Corpus | None,
                minimum: int = 3) -> list[ClaimGuess]:
    """Candidate claims of the sentences on ``lines`` (the article's own lines)."""
    sentences = [(p.line, s) for p in seed.paragraphs if p.line in lines for s in p.sentences]
    matcher = ClaimMatcher(corpus)
    claims: list[ClaimGuess] = []
    for line, sentence in sentences:
        claim = _candidate(context, line, sentence.start, sentence.text, matcher, forced=False)
        if claim is not None:
            claims.append(_continued(claim, claims[-1] if claims else None, sentence.text))
    for line, sentence in sentences:  # too few: fall back on the opening sentences
        if len(claims) >= minimum:
            break
        if not any(c.line == line and c.quote in sentence.text for c in claims):
            claims.append(_candidate(context, line, sentence.start, sentence.text, matcher, forced=True))
    return [c for c in claims if c is not None]


def _continued(claim: ClaimGuess, previous: ClaimGuess | None, text: str) -> ClaimGuess:
    """A quotation running on from the previous sentence keeps its speaker:
    "“We now assess …,” Austin said. “Our most recent information …”"."""
    opens_quote = text[:1] in "\"“‘'"
    if previous is None or previous.line != claim.line or not opens_quote or "no attribution verb" not in claim.reason:
        return claim
    reason = f"quotation continued from the previous sentence (line {claim.line})"
    return ClaimGuess(claim.quote, previous.by, claim.claim, claim.value, claim.value_text, claim.line, reason)


def _candidate(context: Context, line: int, offset: int, text: str, matcher: "ClaimMatcher",
               forced: bool) -> ClaimGuess | None:
    verb = attribution_verb(text)
    quoted = _longest_quotation(text)
    value, _ = first_value(text)
    if verb is None and quoted is None and value is None and not forced:
        return None
    who = speaker(context, offset, text, verb)
    start, end = _quote_span(text, verb, quoted, who)
    quote = text[start:end]
    value, value_text = first_value(quote)
    kinds = [k for k, present in (("attributed", verb or quoted), ("number", value)) if present] or ["lead sentence"]
    reason = f'{" and ".join(kinds)}; {who.reason} (line {line})'
    return ClaimGuess(quote, who.by, matcher.match(quote), value, value_text, line, reason)


def attribution_verb(text: str) -> re.Match[str] | None:
    """The attribution verb outside quotation marks: "said" before "believed"."""
    quoted = [(start - 1, end + 1) for start, end in quotations(text)]
    verbs = [m for m in _VERB.finditer(text) if not inside(quoted, m.start())]
    primary = [m for m in verbs if m.group() in _PRIMARY]
    return (primary or verbs or [None])[0]


def _longest_quotation(text: str) -> tuple[int, int] | None:
    spans = [(start, end) for start, end in quotations(text) if len(text[start:end].split()) >= MIN_WORDS]
    return max(spans, key=lambda s: s[1] - s[0]) if spans else None


def _quote_span(text: str, verb: re.Match[str] | None, quoted: tuple[int, int] | None,
                who: "Speaker") -> tuple[int, int]:
    """The quote's (start, end) in the sentence text."""
    whole = trim(text, 0, len(text))
    if quoted is not None:
        span = trim(text, *quoted)
    elif verb is None:
        return whole
    elif verb.group().lower() == "according to":
        comma = text.find(", ", verb.end())
        span = trim(text, comma + 2, len(text)) if verb.start() < 2 and comma != -1 else trim(text, 0, verb.start())
    else:
        span = _statement_span(text, verb, who.start if who.start is not None else verb.start())
    return span if len(text[span[0]:span[1]].split()) >= MIN_WORDS else whole


def _statement_span(text: str, verb: re.Match[str], speaker_start: int) -> tuple[int, int]:
    """"C, Blinken said …" → C; "Blinken said (on Monday) that C" → C."""
    head = min(speaker_start, verb.start())
    comma = text.rfind(", ", 0, head)
    apposition = "," in text[head:verb.start()]  # "Kyiv's envoy, Sergiy Kyslytsya, told …"
    if comma != -1 and not apposition and len(text[comma:head].split()) <= 10 and len(text[:comma].split()) >= MIN_WORDS:
        return trim(text, 0, comma)
    rest = text[verb.end():]
    that = re.search(r"\bthat\s", rest)
    if that and len(rest[:that.start()].split()) <= 12:
        return trim(text, verb.end() + that.end(), len(text))
    return trim(text, verb.end(), len(text))


@dataclass(frozen=True)
class Speaker:
    """Who a sentence's words are attributed to."""

    by: str
    """A person id, or free text with a capital."""
    start: int | None
    """Offset in the sentence where the speaker is named, if it is."""
    reason: str


_TRAILING = frozenset("""
    has have had also both earlier later this last week month year meanwhile previously
    recently repeatedly already yesterday today separately on monday tuesday wednesday
    thursday friday saturday sunday now then again however further
""".split())
_LEADING = frozenset("but and which who that while so yet as".split())


def speaker(context: Context, offset: int, text: str, verb: re.Match[str] | None) -> Speaker:
    """Who said the sentence at ``offset`` of the article."""
    own = context.publisher or UNATTRIBUTED
    if verb is None:
        return Speaker(own, None, "no attribution verb: the report's own")
    according = verb.group().lower() == "according to"
    verb_start, verb_end = offset + verb.start(), offset + verb.end()
    # The gaps between the names and the verb are read with positions, never
    # sliced: a long sentence naming many people would copy it once per name.
    stops = _NextStop(context.text)
    for mention in context.mentions_between(offset, offset + len(text)):
        if not according and verb_start >= mention.end and _close_before(context.text, mention.end, verb_start, stops):
            return Speaker(mention.key, mention.start - offset, f'"{context.text[mention.start:verb_end]}"')
        if mention.start >= verb_end and _words_at_most(context.text, verb_end, mention.start, 4 if according else 1):
            return Speaker(mention.key, mention.start - offset, f'"{context.text[verb_start:mention.end]}"')
    return _unnamed(context, offset, text, verb, own)


_GAP_STOP = re.compile("[.;“”\"]")
_WORDS_AT_MOST = {n: re.compile(rf"\s*+(?:\S++\s*+){{0,{n}}}") for n in (1, 3, 4)}
"""At most n words (as ``str.split`` counts them), read without backtracking."""


class _NextStop:
    """The first full stop or quotation mark at or after a position,
    remembered: names come in text order, so each stretch is read once."""

    def __init__(self, text: str):
        self.text = text
        self.origin, self.found = 0, None

    def at_or_after(self, start: int) -> int:
        """Its offset, or -1 when there is none."""
        known = self.found is not None and self.origin <= start and (self.found == -1 or start <= self.found)
        if not known:
            match = _GAP_STOP.search(self.text, start)
            self.origin, self.found = start, match.start() if match else -1
        return self.found


def _close_before(text: str, start: int, end: int, stops: _NextStop) -> bool:
    """Whether the gap from a name to its verb is short: no full stop or
    quotation mark, and three words at most or an apposition."""
    stop = stops.at_or_after(start)
    if 0 <= stop < end:
        return False
    return _words_at_most(text, start, end, 3) or _APPOSITION.fullmatch(text, start, end) is not None


def _words_at_most(text: str, start: int, end: int, count: int) -> bool:
    """``len(text[start:end].split()) <= count``, without copying the text."""
    return _WORDS_AT_MOST[count].fullmatch(text, start, end) is not None


def _unnamed(context: Context, offset: int, text: str, verb: re.Match[str], own: str) -> Speaker:
    if verb.group().lower() == "according to":
        after = re.split(r"[,;.]\s", text[verb.end():] + " ")[0].strip()
        if after:
            return Speaker(after[0].upper() + after[1:], verb.end(), f'"according to {after}"')
        return Speaker(own, None, "no speaker after \"according to\": the report's own")
    clause = re.split(r",['’”\"]?\s|[;:“”\"()]|\s[—–-]\s|\b(?:but|while)\b", text[:verb.start()])[-1]
    words = [w.strip("'‘’") for w in clause.split()]
    words = [w for w in words if w][-6:]
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    start = text.rfind(words[0], 0, verb.start()) if words else None
    if words and words[-1].lower() in ("he", "she"):
        previous = context.last_mention_before(offset + verb.start())
        if previous is not None:
            return Speaker(previous.key, start, f'"{words[-1]} {verb.group()}": the person last named')
    if words and words[-1].lower() in ("it", "they", "we", "i"):
        return Speaker(own, None, f'"{words[-1]} {verb.group()}": left to the author')
    role = _role_speaker(context, offset, words, start) if words else None
    if role is not None:
        return role
    if words and any(w.lower() not in FUNCTION_WORDS for w in words):
        phrase = " ".join(words)
        return Speaker(phrase[0].upper() + phrase[1:], start, f'"{phrase} {verb.group()}"')
    return Speaker(own, None, "no speaker named next to the verb: the report's own")


def _role_speaker(context: Context, offset: int, phrase: list[str], start: int | None) -> Speaker | None:
    """"the secretary said" → the person last named whose title has "Secretary"."""
    if phrase[0].lower() != "the" or len(phrase) > 3:
        return None
    mention = context.last_with_role(phrase[-1].lower(), offset)
    if mention is None:
        return None
    person = context.people[mention.key]
    return Speaker(person.id, start, f'"{" ".join(phrase)}": the last-named {person.role}')


class ClaimMatcher:
    """Registered claims by the quotes briefs already cite for them.

    The cited quotes are indexed by 3-gram, so that a candidate is compared
    only with the quotes it shares a 3-gram with, not with every quote of
    the corpus.
    """

    def __init__(self, corpus: Corpus | None):
        self.cited: list[tuple[str, frozenset[str]]] = []
        self.holders: dict[str, list[int]] = defaultdict(list)
        """3-gram → the indexes in `cited` of the quotes that have it."""
        for brief in corpus.briefs if corpus else ():
            for citation in brief.citations:
                if citation.claim in corpus.claims:
                    grams = quote_grams(citation.quote)
                    for gram in grams:
                        self.holders[gram].append(len(self.cited))
                    self.cited.append((citation.claim, grams))

    def match(self, quote: str) -> str | None:
        """The claim whose cited quote shares most of these words (3-grams)."""
        if not self.cited:
            return None
        grams = quote_grams(quote)
        if len(grams) < 3:
            return None
        candidates = {i for gram in grams for i in self.holders.get(gram, ())}
        best = max(((similarity(grams, self.cited[i][1]), self.cited[i][0])
                    for i in candidates if len(self.cited[i][1]) >= 3), default=(0.0, None))
        return best[1] if best[0] >= CONFLICT_THRESHOLD else None
