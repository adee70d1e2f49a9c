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
A frame between a subject and its predicate ("About 8,000 soldiers, he said,
had moved into Kursk") stays inside the one statement it interrupts
(`_interrupts`), and a clause between a speech verb and its "that" ("said
there was “no indication” that …") is part of what was said (`_has_verb`):
cut there, the words would lose their subject or their negation.
Every statement is trimmed to its words — no dateline, no marks around a
whole quotation, no dangling conjunction — and cut into its clauses and
the second facts a clause may hold (", where …", "and could …": `clauses`),
and fewer than `MIN_WORDS` words are no statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attitudeverbs import is_attitude
from .attribution import DATELINE, OPENING_PHRASE, Frame, dateline_end, find_frames
from .relativeverb import main_predicate, relative_verb
from .relays import report_relays, teller_speaks, unnamed_relays
from .framegrammar import FORECAST_OF_THING, FORECAST_VERBS, JOINT_BEFORE, ends_relayed_words
from .clauses import AUXILIARIES, MIN_WORDS, after_note_mark, clauses, short_statement
from .backgroundwhere import background_where
from .lexicon import DENIAL_VERBS
from .stanceframes import KEPT_VERBS
from .quotations import quotations, trim
from .trailing import condition_waits, joined_clause, time_clause, time_link

_PHOTO_CREDIT = re.compile(r"\(?(?:photo(?:graph)?|image|picture|video|credit|illustration)s?\s*(?:by\b|:|/)[^.;!?]{0,80}"
                           r"\)?\.?$", re.I)
"""A sentence that is a photo credit alone: "Photo by Jane Doe/AFP", "(Photo: Kevin Tran/Tribune)"."""
_THAT = re.compile(r"\bthat,?\s+")
_TIME = re.compile(r"\s*(?:(?:on|last|this|earlier|late|early)\s+(?:\w+day|week|month|year|night|morning|evening)"
                   r"|yesterday|today|in\s+a\s+(?:statement|post|speech|interview)(?:\s+on\s+\S+)?)\b,?")
_PREPOSITIONS = frozenset("in on at during after before from to with for".split())
_PLACE_OR_TIME = re.compile(r"\s*(?:" + "|".join(sorted(_PREPOSITIONS)) + r")\s[^,;:“”\"]*$")
"""A phrase between a speech verb and its "that": "in his nightly video address"."""
_ADDRESSING = frozenset("told tells informed informs assured assures".split())
_ADDRESSEE = re.compile(
    r"\s*(?:reporters|journalists|lawmakers|legislators|senators|MPs|delegates|investors|analysts|students|supporters"
    r"|parliament|Congress|(?:the|a)\s+(?:council|committee|parliament|court|assembly|conference|summit|meeting"
    r"|audience|crowd|media|press|rally|hearing|briefing|news\s+conference|press\s+conference)"
    r"|(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})"
    r"(?=\s+(?:the|a|an|his|her|its|their|our|this|these|those|he|she|it|they|we|I|there|[A-Z0-9]))\s+")
"""Whom words were told to, when no "that" follows: "told reporters the …", "told
Reuters the troops …", "told the council the budget …" — the words start after them."""
# (?<!\s): a match starts where a run of spaces starts, or a search reads the run again
# from each of its spaces (20,000 spaces: seconds)
_SECOND = re.compile(r"(?:,\s*|(?<!\s)\s+)(?:and|but)\s+(?:also\s+)?that\s+")
_REQUEST = re.compile(r"\s+for\s")
"""A speech verb's object after "for": a request ("asked for air defence"), not its words."""
_AS_CLAUSE = re.compile(r",?\s*(?:as|while)\s+")  # only matched at one place, never searched


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
    if _PHOTO_CREDIT.match(text):
        return Reading((), ())  # "Photo by Luc Claessens/Belga": who took the picture, not a statement
    frames = _outer(text, find_frames(text, quoted))
    if all(frame.form == "negated" for frame in frames):  # "… a windfall the Government never asked for"
        frames = []
    if not frames:
        whole = Statement(*_strip_dateline(text, 0, len(text)), None, "reporter's own words")
        return Reading((), tuple(_checked(text, [whole], quoted)))
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
            found += _after_relative(text, frame, complement, found, cursor) if i == 0 else []
            cursor = max(cursor, complement[-1][1] if complement else frame.end)
    found += _after_last(text, frames[-1], cursor, found)
    return Reading(tuple(frames), tuple(_checked(text, found, quoted)))


_RELATIVE_BEFORE = re.compile(r",[ \t]+(?:which|who)[ \t]+$")
"""A relative pronoun after a comma just before a frame's subject: ", which organisers said …"."""


def _after_relative(text: str, frame: Frame, complement: list[tuple[int, int, str]],
                    found: list[Statement], cursor: int) -> list[Statement]:
    """"The protests, which organisers said drew 200,000 people, began after a rail crash": the
    frame says only its relative clause, up to the comma; the main predicate after it is the
    reporter's (``found`` ends with the frame's statements, the last one shortened here; too
    short, it keeps its antecedent from ``cursor``: "The protests, which organisers said drew …").
    Only a sentence's first frame: after another ("The economist expects the reserves, which he
    estimates at …, to limit imports") the main clause is that frame's words.  So with the
    frame's verb in the relative clause itself (`relativeverb`): "Obi, who has denied
    wrongdoing, will be sentenced next month", when a finite verb opens the main predicate."""
    if not complement:
        return []
    own = relative_verb(text, frame.verb_start)  # "Obi, who has denied wrongdoing, will be sentenced …"
    if not own and not _RELATIVE_BEFORE.search(text, max(0, frame.start - 12), frame.start):
        return []
    a, b, how = complement[-1]
    comma = text.find(", ", a, b)
    if comma == -1 or comma - a > 120 or not re.search(r"[a-z]", text[comma + 2:b]) or text.find("“", a, b) != -1:
        return []
    if own and not main_predicate(text, comma + 2):
        return []
    if len(text[a:comma].split()) < MIN_WORDS:
        a = cursor
    found[-1] = Statement(a, comma, frame, how)
    return [Statement(comma + 2, b, None, "reporter's own words, after a relative clause")]


def _outer(text: str, frames: list[Frame]) -> list[Frame]:
    """The frames without those reported inside another's words: in "He said the
    agency believed Pyongyang would …" what the agency believed is what he said,
    and in "informed him that, according to intelligence, 11,000 soldiers …" the
    source is his too (the relayed frame starts the first one's words, "that" at
    most between)."""
    kept: list[Frame] = []
    for frame in frames:
        last = kept[-1] if kept else None
        if last is not None and last.form not in ("negated", "according") and frame.form in ("before", "according") \
                and frame.subject is not None and _opens_words(text, last, frame) \
                and not (frame.form == "before" and teller_speaks(last.verb, frame.verb)) \
                and not (frame.form == "before" and last.subject is not None
                         and unnamed_relays(text[slice(*last.subject)], frame.verb, text[slice(*frame.subject)])):
            continue  # "He said the agency believed …", "informed him that, according to intelligence, …"
        if last is not None and last.form == "according" and frame.form == "before" and is_attitude(frame.verb) \
                and frame.subject is not None and _opens_words(text, last, frame):
            continue  # "According to Miranovich, North Korea expects Russian help …": a mind the source reads
        if last is not None and last.form not in ("negated", "according") and frame.form == "according" \
                and ends_relayed_words(text, last.end, _complement(text, last, len(text)), frame.start, frame.end):
            continue  # "adding that 12,000 soldiers were in Russia according to Ukrainian intelligence"
        kept.append(frame)
    return kept


def _opens_words(text: str, outer: Frame, inner: Frame) -> bool:
    """Whether ``inner`` starts the words ``outer`` introduces (spaces and commas between)."""
    words = _complement(text, outer, len(text))
    return bool(words) and words[0][0] <= inner.start and not text[words[0][0]:inner.start].strip(" ,")


def _follows_its_words(text: str, frame: Frame, region: int, following: int) -> bool:
    """"C, X said (on Tuesday)" / "“Q,” X told reporters": words before, few after."""
    if frame.form in ("coordinated", "participle"):
        return False
    before = text[region:frame.start].rstrip()
    if frame.form == "according":  # "The card names …; according to the agency, such documents …": a clause of its own
        clause = before.rsplit(";", 1)[-1]
        if OPENING_PHRASE.fullmatch(clause.lstrip() + " "):
            return False  # "In return, according to Rutte, North Korea was …": an opening phrase, the words follow
        return re.search(r"\w", clause) is not None
    if frame.form == "inverted" and before[-1:] in ",”\"’'":
        return True  # "“It was chaos,” said Tom Hughes, who runs the inn": an inverted verb follows its words
    if before[-1:] == "," and following == len(text) \
            and _interrupts(text, region, frame.start, _tail_end(text, frame.end, following)):
        return True  # "Ukraine, he told KBS, would gladly share …": a short subject waits for its predicate
    if not before or before[-1] not in ",”\"’'" or len(before.split()) < MIN_WORDS:
        return False
    if OPENING_PHRASE.fullmatch(before + " ") or DATELINE.fullmatch(before + " "):
        return False  # "In a statement, Kim said …": an opening phrase, not the words said
    if _CIRCUMSTANCE.match(text, frame.end):
        return True  # "“…,” Putin said when asked whether the units were there": when, not what
    if before[-1] in "”\"’" and _SUBORDINATE.match(text, frame.end):
        return True  # "“…,” she said when the report was tabled": the quotation was what, the clause is when
    stop = _CLAUSE_STOP.search(text, frame.end, following)
    tail = text[frame.end:stop.start() if stop else following].split()
    # "…, X said at a briefing in Brussels on …"; after "told" comes whom, however long:
    # "…, X told a nationally televised news conference marking the midpoint of …"
    if time_clause(tail, _FINITE):
        return True  # "C, Rutte said on Monday after the ambassadors were briefed": when, not what
    told = frame.verb in ("told", "tells")
    short = len(tail) <= 6 or len(tail) <= 16 and (told or tail[0].lower() in _PREPOSITIONS)
    closed = _CLOSED_QUOTATION.search(before) is not None  # "“…,” Yoon told …": the quotation is what was said
    return (short or closed) and not any(w.lower() in _FINITE or w[:1] in "“\"‘" for w in tail)


_CLOSED_QUOTATION = re.compile(r"[,?!][”\"]$")
"""A quotation closed on a comma, a question or an exclamation mark right before the
subject and its verb: whatever follows the verb (where, when, to whom, however long)
is not the words said, unless it makes a clause of its own."""


_CIRCUMSTANCE = re.compile(r"\s+(?:when|after|while|as|before)\s+(?:being\s+)?(?:asked|questioned|pressed"
                          r"|challenged|interviewed|speaking|addressing|answering|responding|replying)\b")
"""A clause after a trailing speech verb saying when the words were said ("said when
asked by a journalist whether …"): however long, it is not what was said."""
_SUBORDINATE = re.compile(r"\s+(?:when|while|as|after|before|once|since|because)\s")
"""A subordinate clause after a speech verb that follows a quotation: when or why the
quoted words were said, not more of them."""


def _has_verb(words: str) -> bool:
    """Whether the words between a speech verb and its "that" make a clause of their
    own ("said there was “no indication” that Russia had helped"): then "that" does not
    open the words said, and the clause — its negation with it — is kept."""
    return any(w.strip("“”\"‘’'").lower() in _FINITE for w in words.split())


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
    if inner and (any(_quotes(quoted, s.start, s.end) for s in inner)
                  or all(report_relays(frame.verb, s.frame.verb, text[frame.verb_end:]) for s in inner if s.frame is not None)):
        kept += [Statement(s.start, s.end, s.frame, s.how, frame) for s in inner]
    else:
        a, b = _strip_dateline(text, region if inner else cursor, frame.start)
        end = _tail_end(text, frame.end, following)
        if following == len(text) and _interrupts(text, a, frame.start, end):
            kept.append(Statement(a, len(text), frame, f'around "{frame.verb}"'))
            return kept, len(text)
        kept.append(Statement(a, b, frame, f'before "{frame.verb}"'))
    return kept, _tail_end(text, frame.end, following)


_PREDICATE = re.compile(r",\s*(?:%s)\b" % "|".join(sorted(_FINITE - {"that"})))
"""The predicate a subject was waiting for, right after a trailing frame's comma."""


def _interrupts(text: str, start: int, frame_start: int, tail_end: int) -> bool:
    """Whether a trailing frame stands between a subject and its predicate: "About
    8,000 soldiers, he said, had moved into Kursk" — the words before it have no
    finite verb and those after its comma start with one, so that the statement is
    the whole sentence, the frame inside it."""
    before = text[start:frame_start].split()
    if condition_waits(before, text, tail_end):
        return True  # "If they crossed into Ukraine, he warned, they would become …": the condition waits for its clause
    return not any(w.lower() in _FINITE for w in before) and _PREDICATE.match(text, tail_end) is not None


def _quotes(quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a quotation lies within ``start``–``end``."""
    return any(start <= a + 1 and b - 1 <= end for a, b in quoted)


def _reporter_before(text: str, frame: Frame, cursor: int) -> list[Statement]:
    """"Iwaya expressed concern, and the two ministers confirmed that …": a clause
    before a leading frame, joined to it by a conjunction or with a verb of its
    own ("The motion was backed by 331 deputies after X added …"), is the
    reporter's; so is the clause before a participle ("Odinga criticised the
    response, saying …").  But a predicate joined to a speech verb by "and"
    shares its subject: in "Zelenskiy has put the number at 12,000 and says more
    will follow" both are his."""
    if frame.form == "participle":
        return [Statement(*_strip_dateline(text, cursor, frame.start), None, "reporter's own words")]
    if frame.form == "coordinated":
        a, b = _strip_dateline(text, cursor, frame.start)
        return [Statement(a, b, frame, f'before "and {frame.verb}": the same subject\'s')]
    if frame.form == "according" and text[cursor:frame.start].rstrip().endswith(";"):
        a, b = _strip_dateline(text, cursor, text.rindex(";", cursor, frame.start))
        return [Statement(a, b, None, "reporter's own words")] if re.search(r"\w", text[a:b]) else []
    if frame.form != "before" or frame.subject is None:
        return []
    joint = JOINT_BEFORE.search(text[max(cursor, frame.start - 16):frame.start])
    if joint is None:
        lead = text[cursor:frame.start]  # "The motion was backed by 331 deputies, after X added …"
        finite = any(w.lower() in AUXILIARIES for w in lead.split())
        if finite:
            return [Statement(*_strip_dateline(text, cursor, frame.start), None, "reporter's own words")]
        link = time_link(text, cursor, frame.start)
        if link is not None and len(text[cursor:link].split()) >= MIN_WORDS:
            # "Shares in Saab rose 4.8 per cent on Tuesday, a day after Rutte said …": the reporter's, up to when
            return [Statement(*_strip_dateline(text, cursor, link), None, "reporter's own words")]
        return []
    a, b = _strip_dateline(text, cursor, frame.start - len(joint.group()))
    return [Statement(a, b, None, "reporter's own words")]


def _complement(text: str, frame: Frame, following: int) -> list[tuple[int, int, str]]:
    """"X said (on Monday) (that) C1 and that C2" → C1, C2."""
    start = frame.end
    if frame.form == "according" and frame.verb == "in the view of" and text[frame.end:frame.end + 2].strip()[:1] != ",":
        pass  # "In his opinion China is …": no comma, the words start right after the view
    elif frame.form == "according":
        comma = text.find(",", frame.end, following)
        if comma == -1:
            return []
        start = comma + 1
    elif frame.verb in DENIAL_VERBS or frame.verb in KEPT_VERBS:
        start = frame.verb_start  # "denied launching the drones": the denial, not the deed
    elif frame.form == "before" and (_REQUEST.match(text, frame.end) or frame.verb in FORECAST_VERBS
                                    and FORECAST_OF_THING.match(text, frame.end)):
        start = frame.start  # "He asked for air defence", "She expected traffic to …": nothing without its subject
    else:
        time = _TIME.match(text, start, following)
        start = time.end() if time else start
        that = _THAT.search(text, start, min(following, start + 80))
        between = text[start:that.start()] if that is not None else ""
        # "told reporters at a briefing that", "said in his nightly video address that"
        reach = 8 if frame.verb in ("told", "tells") or _PLACE_OR_TIME.match(between) else 4
        if that is not None and len(between.split()) <= reach and not _has_verb(between):
            start = that.end()
        elif frame.verb in _ADDRESSING and (whom := _ADDRESSEE.match(text, start, following)) is not None:
            start = whom.end()  # "told reporters the authority had …": whom, then the words
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
    joined = joined_clause(text, start, _FINITE)
    if joined is not None:
        return [Statement(joined, len(text), frame, f'clause joined after "{frame.verb}"')]
    return []


def _strip_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """"MADRID, March 12 (Reuters) - Spain said …" → "Spain said …"."""
    found = dateline_end(text, start, end)
    return (found, end) if found is not None else (start, end)


_JOINT_END = re.compile(r"(?<![\s,;])(?:[,;]?\s+(?:and|but|while|as|after|before|when|because|since|until|if|even"
                        r"|though|although|unless|whereas))+$")
"""Conjunctions left at the end of words cut before a frame ("…, even" if nobody expects
…): they open the next clause.  (?<!…): a match starts after a word, or a search reads a
run of spaces again from each of them."""


def _checked(text: str, statements: list[Statement], quoted: list[tuple[int, int]]) -> list[Statement]:
    """Statements trimmed to their words (a whole quotation without its marks,
    no conjunction left at the end) and cut into their clauses (`clauses`),
    of `MIN_WORDS` words or more."""
    kept = []
    for statement in statements:
        a, b = _trimmed(text, statement.start, statement.end)
        for i, (c, d) in enumerate(clauses(text, a, b, quoted)):
            c, d = _trimmed(text, c, d) if i or d < b else (c, d)
            how = statement.how if i == 0 else f"{statement.how}, clause {i + 1}"
            frame = statement.frame
            if i and frame is not None and frame.verb_start < c and after_note_mark(text, c):
                frame, how = None, f"{how}: a new sentence after a note mark, the reporter's own words"
            elif i and frame is not None and frame.verb_start < c and background_where(text, c, frame.verb):
                frame, how = None, f"{how}: a present-tense \"where\" clause after a past speech verb, the reporter's own words"
            if len(text[c:d].split()) >= MIN_WORDS or short_statement(text[c:d]):
                kept.append(Statement(c, d, frame, how, statement.channel))
    return kept


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    a, b = trim(text, start, end)
    joint = _JOINT_END.search(text, a, b)
    b = joint.start() if joint else b
    relative = _RELATIVE_END.search(text, a, b)  # "…for the deployment, which" he described as …
    return unquote(text, *trim(text, a, relative.start() if relative else b))


_RELATIVE_END = re.compile(r",\s*(?:which|who|whom|whose|where)$")
"""A relative pronoun left at the end of the words before a frame inside its clause:
it opens the next statement's clause, not this one's."""


def unquote(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that is one whole quotation, without its marks: "“We stay,”" → "We stay"."""
    if end - start < 2 or text[start] not in "“\"‘'":
        return start, end
    inner = quotations(text[start:end])
    if len(inner) == 1 and inner[0][0] == 1 and inner[0][1] >= end - start - 3:
        return trim(text, start + 1, start + inner[0][1])
    return start, end
