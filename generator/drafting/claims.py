"""Candidate claims: every statement of the article's sentences, quoted verbatim, with its speaker.

    claims = find_claims(seed, Context(text, mentions, people, line_of), lines, corpus)

Each sentence of the article's own lines is read once (`attribution`), and
every statement it makes becomes a candidate — attributed words and the
reporter's own clauses alike — unless it states nothing (`substance`), has
fewer than four words or is longer than a quote may be.  The quote is a
slice of the raw text, so it anchors; the speaker comes from `speakers`.

A sentence that is all quotation takes the speaker of its quotation: the
frame of the next sentence when the quotation runs into it ("“A. B,” he
said"), else the speaker before it in the paragraph, else an "X said:"
ending the previous paragraph, else the last person quoted there.  When
fewer than three candidates are found, the article's first sentences fill
in.  Registered claims are matched later (`claimmatch`), on the few
candidates a draft keeps.

On a page that is one person's words (a speech, a petition, a written
answer: `documents`), what no one else is credited with is that person's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Callable

from ..limits import MAX_QUOTE_CHARS
from ..model import Corpus, Paragraph, Seed, Sentence
from .relays import teller_speaks
from .attribution import Frame, find_frames, quoted_spans
from .model import ClaimGuess, PersonGuess
from .organisations import OrganisationMention
from .people import PersonMention
from .quotations import inside, quotations, trim
from .speakers import REPORTER, Speaker, Speakers
from .statements import Reading, Statement, read_sentence, unquote
from .nonanswers import states_nothing_told
from .quotedstance import quoted_stance
from .substance import states_nothing
from .signatures import find_signatures
from .documents import page_voices, own_words
from .figureowners import credit_figures
from .relayedacts import credit_relayed_acts
from .ids import slugify
from .headings import heading_name, opens_quotation
from .transcript import label_end, name_line, speaker_lines, turn_continuations
from .values import first_value

_OPENING = "“\"‘'"


@dataclass(frozen=True)
class Context:
    """What claim drafting needs to know of the article."""

    text: str
    mentions: list[PersonMention]
    """Every mention of a person, in text order."""
    people: dict[str, PersonGuess]
    line_of: Callable[[int], int]
    """Offset in the text → 1-based raw line."""
    organisations: list[OrganisationMention] = field(default_factory=list)
    """Every mention of an organisation, in text order."""
    publisher: str | None = None
    """Who published the article: never a speaker."""


def attribution_verb(text: str) -> re.Match[str] | None:
    """The first attribution verb outside quotation marks ("said", "according to"), if any."""
    frames = find_frames(text, quoted_spans(text))
    return _VERB_WORDS.match(text, frames[0].verb_start) if frames else None


_VERB_WORDS = re.compile(r"[Aa]ccording to|\w+")


def find_claims(seed: Seed, context: Context, lines: set[int], corpus: Corpus | None,
                minimum: int = 3) -> list[ClaimGuess]:
    """Candidate claims of the paragraphs on ``lines`` (the article's own lines), in text order."""
    speakers = Speakers(context.text, context.mentions, context.people, corpus, context.line_of,
                        context.organisations, context.publisher)
    claims: list[ClaimGuess] = []
    carried: Speaker | None = None  # "X said:" ending the previous paragraph, or its last quoted person
    article = _with_speaker_lines(context.text, [p for p in seed.paragraphs if p.line in lines], seed.paragraphs)
    article = _with_headings(article, seed.paragraphs)
    signed, closed = _signers(context, article)
    names = {key: (p.name, *p.aliases) for key, p in context.people.items()}
    names.update({key: (p.name, *p.aliases) for key, p in (corpus.people.items() if corpus else ()) if key not in names})
    voices = closed | page_voices(context.text, [(p.start, p.start + len(p.text)) for p in article], names)
    for paragraph, continues in zip(article, turn_continuations([p.text for p in article])):
        found, carried = _paragraph(paragraph, speakers, carried, continues, signed.get(paragraph.start),
                                    voices.get(paragraph.start))
        claims += found
    if len(claims) < minimum:
        claims = _with_lead_sentences(seed, lines, claims, minimum)
    return claims


def _with_speaker_lines(text: str, article: list[Paragraph], every: list[Paragraph]) -> list[Paragraph]:
    """The article's paragraphs and the transcript's speaker lines the layout read as
    clutter (`transcript.speaker_lines`): each opens its speaker's turn."""
    named = {start for start, _ in speaker_lines(text, [(p.start, p.start + len(p.text)) for p in article])}
    return sorted(article + [p for p in every if p.start in named], key=lambda p: p.start) if named else article


def _with_headings(article: list[Paragraph], every: list[Paragraph]) -> list[Paragraph]:
    """The article's paragraphs and the speaker headings the layout read as clutter
    ("Dr Ana Ruiz, …, comments:", `headings`) standing right above an article
    paragraph that opens with a quotation mark: each gives that quotation its speaker."""
    kept = {p.start for p in article}
    found = [p for p, below in zip(every, every[1:])
             if p.start not in kept and below.start in kept and opens_quotation(below.text)
             and heading_name(p.text) is not None]
    return sorted(article + found, key=lambda p: p.start) if found else article


@dataclass(frozen=True)
class _Read:
    """One sentence of a paragraph, read."""

    sentence: Sentence
    quoted: list[tuple[int, int]]
    """Quotations of the paragraph that reach into the sentence, relative to it, marks included."""
    reading: Reading
    quote_only: bool
    """Every word inside quotation marks: someone's words, never the reporter's."""


def _signers(context: Context, article: list[Paragraph]) -> tuple[dict[int, Speaker], dict[int, Speaker]]:
    """Paragraph offset → the writer who signs the letter it is part of (`signatures`):
    a reader's letter, whose writer says all it relays, then a formal letter closed
    with "Yours sincerely," (a chairman's to shareholders), whose writer, like a
    speaker's page (`documents`), says what no one else in it is credited with."""
    spans = [(p.start, p.start + len(p.text)) for p in article]
    firsts = [a for a, _ in spans]
    starts = [m.start for m in context.mentions]
    signed: dict[int, Speaker] = {}
    closed: dict[int, Speaker] = {}
    for signature in find_signatures(context.text, spans):
        at = bisect.bisect_left(starts, signature.start)
        name = context.text[signature.start:signature.end]
        if at < len(starts) and context.mentions[at].start < signature.end:
            key = context.mentions[at].key
        elif signature.closed:  # "Yours sincerely," above it: a writer's name, whoever holds it
            key = slugify(name)
        else:
            continue  # the name is nobody the article's people hold
        speaker = Speaker(key, f"speaker: '{name}' signs the letter, line {context.line_of(signature.start)}")
        letter = firsts[bisect.bisect_left(firsts, signature.first):bisect.bisect_left(firsts, signature.last)]
        (closed if signature.closed else signed).update(dict.fromkeys(letter, speaker))
    return signed, closed


_PRO_FORM = re.compile(r"\s*(?:that\s+)?(?:(?:it|this|they|he|she|there)\s+(?:does|do|did|is|are|was|were|will"
                       r"|would|can|could|has|have|had|should|must)(?:\s+not)?|so)\s*(?:\[\d{1,4}\]\s*)?[.!]?$")
"""Words that only stand for a clause said before: "(holds) that it does", "(thinks) so"."""


def _endorser(item: _Read, resolved: dict[int, Speaker]) -> Speaker | None:
    """The speaker of a sentence whose one frame says nothing but a pro-form ("Lord
    Carrick holds that it does.", "The minister thinks so."): the sentence before,
    in the reporter's voice, states what they hold."""
    frames = item.reading.frames
    if len(frames) != 1 or frames[0].form != "before" or frames[0].subject is None:
        return None
    if item.sentence.text[:frames[0].start].strip():
        return None  # "Asked whether it would close, Ruiz said it would.": what it stands for is in the sentence
    speaker = resolved[frames[0].verb_start]
    text = item.sentence.text
    return speaker if speaker.by and _PRO_FORM.fullmatch(text, frames[0].verb_end) else None


def _endorsed(claim: ClaimGuess, speaker: Speaker) -> ClaimGuess:
    reason = f"{speaker.reason}, who holds it in the next sentence"
    return replace(claim, by=speaker.by, reason=claim.reason.replace("the reporter's own words: no speaker", reason, 1))


def _paragraph(paragraph: Paragraph, speakers: Speakers, carried: Speaker | None,
               continues: bool | None = None, signed: Speaker | None = None,
               voice: Speaker | None = None) -> tuple[list[ClaimGuess], Speaker | None]:
    """The candidates of one paragraph; ``voice``: the speaker whose page the paragraph
    is (`documents`), who says what no one else in it is credited with."""
    heading = speakers.heading(paragraph.text)
    if heading is not None:
        speakers.turn = None
        return [], heading  # "Dr Ana Ruiz, …, comments:": the quotation below is hers, the line states nothing
    read = _read_paragraph(paragraph)
    claims: list[ClaimGuess] = []
    label = speakers.label(paragraph.text, paragraph.start, continues, signed)  # a transcript's "NAME:" speaks its paragraph
    if label is not None and name_line(paragraph.text) is not None:
        return [], None  # a speaker's name on its own line: their turn follows, the line states nothing
    last: Speaker | None = label
    waiting: list[_Read] = []  # quotations whose speaker a later sentence names
    framed_later = _framed_later(read)
    for i, item in enumerate(read):
        speakers.read_sentence(item.sentence.start, item.sentence.text, item.quoted)
        if item.quote_only and not item.reading.frames:
            if framed_later[i]:
                waiting.append(item)
                continue
            speaker = _continued(last, carried)
            claims += _claims(item, {}, paragraph, speaker)
            last = speaker if speaker.by else last
            continue
        resolved = _resolve(item, speakers)
        if label is not None:  # "I told …" in a labelled paragraph: the label's speaker
            resolved = {at: s if s.by else label for at, s in resolved.items()}
        elif voice is not None:  # "We assess that …" on a minister's page: the minister's
            resolved = own_words(item.sentence.text, item.reading.frames, resolved, voice)
        endorser = _endorser(item, resolved)
        if endorser is not None and i and not read[i - 1].reading.frames:
            claims = [_endorsed(c, endorser) if c.start >= read[i - 1].sentence.start and not c.by else c
                      for c in claims]
        for statement in item.reading.statements:
            if statement.frame is not None and resolved[statement.frame.verb_start].by:
                speakers.learn_gender(resolved[statement.frame.verb_start].by,
                                      item.sentence.text[statement.start:statement.end],
                                      inside(item.quoted, statement.start))
        claims += [c for w in waiting for c in _claims(w, {}, paragraph, _first(item, resolved))]
        waiting = []
        found = credit_figures(_claims(item, resolved, paragraph, None, label or voice or REPORTER),
                               speakers.text, speakers.mentions, speakers.starts)
        framed = {item.sentence.start + s.start for s in item.reading.statements if s.frame is not None}
        claims += credit_relayed_acts(found, framed, speakers.text, speakers.mentions, speakers.starts)
        spoken = [s for s in resolved.values() if s.by]
        last = spoken[-1] if spoken else last
    claims += [c for w in waiting for c in _claims(w, {}, paragraph, _continued(last, carried))]
    return claims, _carried(paragraph, read, last)


def _read_paragraph(paragraph: Paragraph) -> list[_Read]:
    spans = [(a - 1, b + 1) for a, b in quotations(paragraph.text)]
    if paragraph.text[:1] in _OPENING and not (spans and spans[0][0] == 0):
        spans.insert(0, (0, len(paragraph.text)))  # a quotation running on from the paragraph before
        spans = _disjoint(spans)
    starts = [a for a, _ in spans]
    label = label_end(paragraph.text)
    read = []
    for sentence in paragraph.sentences:
        offset = sentence.start - paragraph.start
        end = offset + len(sentence.text)
        first = max(bisect.bisect_right(starts, offset) - 1, 0)
        quoted = [(a - offset, b - offset) for a, b in spans[first:bisect.bisect_left(starts, end)] if b > offset]
        reading = read_sentence(sentence.text, quoted)
        if offset < label:  # a transcript's "NAME (translated): …": the label is not the words
            reading = Reading(reading.frames, tuple(replace(s, start=max(s.start, label - offset))
                                                    for s in reading.statements if s.end > label - offset))
        read.append(_Read(sentence, quoted, reading, _all_quoted(sentence.text, quoted)))
    return read


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans merged where they overlap, in order."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _all_quoted(text: str, quoted: list[tuple[int, int]]) -> bool:
    if not quoted:
        return False
    position = 0
    for a, b in quoted:
        if re.search(r"\w", text[position:max(a, position)]):
            return False
        position = max(position, b)
    return re.search(r"\w", text[position:]) is None


def _framed_later(read: list[_Read]) -> list[bool]:
    """For each sentence, whether it is all quotation with no frame and its quotation runs
    on, through sentences just as bare, into one whose frame follows the words: "“We will
    not stop. This is our land. We will fight,” he said." — all three sentences are his,
    the first as much as the last (read from the paragraph's end, once per sentence)."""
    later = [False] * len(read)
    for i in range(len(read) - 2, -1, -1):
        item, following = read[i], read[i + 1]
        if item.quote_only and not item.reading.frames:
            later[i] = _runs_into(item, following) or (_reaches_end(item) and later[i + 1])
    return later


def _reaches_end(item: _Read) -> bool:
    """Whether the sentence's quotation runs on past its end."""
    return any(b >= len(item.sentence.text) for _, b in item.quoted)


def _runs_into(item: _Read, following: _Read) -> bool:
    """"“We will not stop. This is our land,” he said.": the quotation goes on
    into the next sentence, whose frame follows it."""
    first = following.reading.statements[:1]
    if not first:  # "… perfect. They were fiction,” Kindle said.": words too short to state anything
        return _reaches_end(item) and _words_then_frame(following)
    return _reaches_end(item) and first[0].frame is not None and first[0].start <= 2 \
        and first[0].how.startswith("before")


def _resolve(item: _Read, speakers: Speakers) -> dict[int, Speaker]:
    """Each frame of the sentence (by position) → its speaker; a frame joined by
    "and" or a participle shares the one before."""
    resolved: dict[int, Speaker] = {}
    previous = None
    outer: Frame | None = None
    for frame in item.reading.frames:
        if outer is not None and previous is not None and previous.by and _relayed(item.sentence.text, outer, frame):
            # not resolved: the teller inside the words is no speaker of the article's ("She said …" after it)
            speaker = Speaker(previous.by, f"{previous.reason}, relaying '{frame.verb}' in their words")
        else:
            speaker = speakers.resolve(item.sentence.start, item.sentence.text, frame, item.quoted, previous)
        resolved[frame.verb_start] = speaker
        previous = speaker if frame.form != "negated" else previous
        outer = frame if frame.form != "negated" else outer
    return resolved


_RELAY_GAP = re.compile(r"[\s,]*(?:that\s+)?")


def _relayed(text: str, outer: Frame, frame: Frame) -> bool:
    """Whether ``frame`` opens the words of the frame before it: "Ruiz said Hale had
    told her that …", "According to Ruiz, Hale said …" — what Hale told her is what Ruiz says (a statement relayed through
    several people is its last teller's, the one the article hears it from)."""
    if outer.form == "according":  # "According to Rep. Yoon, the agency said …": Yoon tells it
        return frame.form == "before" and frame.subject is not None \
            and _RELAY_GAP.fullmatch(text, outer.end, frame.start) is not None
    return outer.form == "before" and frame.form == "before" and frame.subject is not None \
        and _RELAY_GAP.fullmatch(text, outer.verb_end, frame.start) is not None \
        and not teller_speaks(outer.verb, frame.verb)  # "It writes that Kim told …": Kim speaks


def _first(item: _Read, resolved: dict[int, Speaker]) -> Speaker:
    statements = item.reading.statements
    frame = statements[0].frame if statements and statements[0].frame is not None else item.reading.frames[0]
    speaker = resolved[frame.verb_start]
    return Speaker(speaker.by, f"quotation continued into the next sentence; {speaker.reason}")


def _continued(last: Speaker | None, carried: Speaker | None) -> Speaker:
    if last is not None:
        return Speaker(last.by, f"quotation continued; {last.reason}")
    if carried is not None:
        return Speaker(carried.by, f"quotation after the paragraph before; {carried.reason}")
    return Speaker("", "a quotation with no speaker named: left empty")


def _carried(paragraph: Paragraph, read: list[_Read], last: Speaker | None) -> Speaker | None:
    """What the next paragraph's quotation inherits: this one's last speaker, when
    it ends "X said:" or with a quotation, or with a quotation its frame follows."""
    if last is None or not read:
        return None
    tail = paragraph.text.rstrip()
    return last if tail.endswith(":") or tail[-1:] in "”\"’" or read[-1].quote_only \
        or _quotation_then_frame(read[-1]) else None


def _quotation_then_frame(item: _Read) -> bool:
    """"“By sending its soldiers …,” Foreign Minister Winston Peters said.": a sentence
    that opens with a quotation and names its speaker after it; a paragraph all in
    quotation marks after it goes on with the same speaker's words (the way reporters
    and press offices split a long quotation)."""
    return item.sentence.text[:1] in "“\"‘" and _words_then_frame(item)


def _words_then_frame(item: _Read) -> bool:
    """Whether the sentence opens inside quoted words (opened here or before it) and every
    frame of it comes after them."""
    opened = item.quoted[:1]
    return bool(opened) and bool(item.reading.frames) and opened[0][0] <= 0 < opened[0][1] \
        and all(f.start >= opened[0][1] for f in item.reading.frames)


def _claims(item: _Read, resolved: dict[int, Speaker], paragraph: Paragraph, fixed: Speaker | None,
            unframed: Speaker = REPORTER) -> list[ClaimGuess]:
    """The candidates of one sentence's statements (``fixed``: the speaker of a
    sentence that is all quotation; ``unframed``: of a statement with no speech verb)."""
    found = []
    for statement in item.reading.statements:
        speaker = fixed if fixed is not None else _speaker_of(statement, resolved, unframed)
        if fixed is not None:
            statement = Statement(statement.start, statement.end, None, "a sentence in quotation marks")
        claim = _candidate(paragraph, item.sentence, statement, speaker)
        if claim is not None:
            found.append(claim)
    return found


def _speaker_of(statement: Statement, resolved: dict[int, Speaker], unframed: Speaker = REPORTER) -> Speaker:
    if statement.frame is None:
        return unframed
    speaker = resolved[statement.frame.verb_start]
    if statement.channel is not None:
        return Speaker(speaker.by, f'{speaker.reason}, reported by "…{statement.channel.verb}"')
    return speaker


def _candidate(paragraph: Paragraph, sentence: Sentence, statement: Statement, speaker: Speaker) -> ClaimGuess | None:
    quote = sentence.text[statement.start:statement.end]
    if len(quote) > MAX_QUOTE_CHARS:
        return None
    if states_nothing_told(quote, statement) and not quoted_stance(quote, states_nothing(quote), _told(statement)):
        return None
    value, value_text = first_value(quote)
    number = f"; value {value_text}" if value_text else ""
    reason = f"{statement.how}; {speaker.reason}{number} ({place(paragraph, sentence)})"
    return ClaimGuess(quote, speaker.by, None, value, value_text, paragraph.line, reason,
                      sentence.start + statement.start)


def _told(statement: Statement) -> bool:
    """Whether a speech verb with its subject credits the statement to a source."""
    return statement.frame is not None and statement.frame.subject is not None


def place(paragraph: Paragraph, sentence: Sentence) -> str:
    """Where a sentence is, as its raw line and its permalink id: "line 14, p5s2"
    (``python -m generator sentences`` lists them all)."""
    return f"line {paragraph.line}, p{paragraph.index}s{sentence.index}"


def _with_lead_sentences(seed: Seed, lines: set[int], claims: list[ClaimGuess], minimum: int) -> list[ClaimGuess]:
    """Too few statements: the article's first sentences, whatever they say, in text order."""
    extra = []
    for paragraph in seed.paragraphs:
        for sentence in paragraph.sentences if paragraph.line in lines else ():
            if len(claims) + len(extra) >= minimum:
                break
            a, b = unquote(sentence.text, *trim(sentence.text, 0, len(sentence.text)))
            quote = sentence.text[a:b]
            if len(quote.split()) < 2 or len(quote) > MAX_QUOTE_CHARS:
                continue
            start, end = sentence.start + a, sentence.start + b
            if any(c.start < end and start < c.start + len(c.quote) for c in claims):
                continue  # the sentence already gave a candidate
            value, value_text = first_value(quote)
            extra.append(ClaimGuess(quote, "", None, value, value_text, paragraph.line,
                                    f"lead sentence: the article states too little else ({place(paragraph, sentence)})",
                                    start))
    return sorted(claims + extra, key=lambda c: c.start)


__all__ = ["Context", "Frame", "attribution_verb", "find_claims"]
