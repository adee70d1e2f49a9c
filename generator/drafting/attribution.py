"""The grammar of attribution in one sentence: speech verbs and the words naming their subjects.

    >>> text = "“We will stay here,” the minister said on Monday, adding that talks would resume soon."
    >>> [(f.verb, f.form) for f in find_frames(text, quoted_spans(text))]
    [('said', 'before'), ('adding', 'participle')]

A *frame* is a speech verb outside quotation marks and the words that name
its subject, as written; `speakers` decides who they are.  The subject is

* before the verb: "Blinken said", "the minister said", "Amina Yusuf, who
  heads the office, said" (an apposition between them is skipped and kept);
* after it, following a quotation: "“…,” said Lee Sung-yoon";
* after "according to": "…, according to his lawyer, Marisol Ortega"; so is
  the owner of a view ("In her view, …", "In the words of the minister, …");
* a view's owner before "view was that" ("Professor Llewellyn's view was that …");
* the clause's own subject, for a verb joined by "and"/"but" ("Zelenskyy
  thanked them and said …") or a participle (", saying …");
* after "quoted … as saying" ("state media quoted Lukashenko as saying …");
* before a colon that opens a quotation after a clause ("Hale was blunt: “…”");
* none, when a negation denies the speech ("she did not say what …").

Besides the verbs of `lexicon.ATTRIBUTION_VERBS`, speech acts are read (a
restated appeal, "called on … to", an estimate "put … at" a figure, a
characterisation "presented … as", a disclosure "named three …", a passive
report "was quoted as saying"), and verbs of finding and thought attribute
the that-clause they introduce ("the judge found that …", "he fears that …")
or a quotation in their clause ("the judge found it “thin”").  A verb whose
"subject" opens with an infinitive ("to ask for the money promised for …") is a
participle after its noun: no frame.
A speech verb before "by" is a participle whose agent follows.

Every search looks at most `WINDOW` characters around a verb, so a sentence
of any length costs time in proportion to its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .reducedrelative import dating_participle
from .participleadjective import adjectival_participle
from .countednoun import counted_plural
from .evidencesources import shows_evidence
from .campaignrequests import long_campaign
from .postnominals import post_nominal
from .figuregiven import FIGURE_ACT
from .thingverbs import INTRODUCED, QUOTES_IN_CLAUSE, speaker_word, takes_a_thing
from .lexicon import (ATTRIBUTION_VERBS, CHARACTERISING_VERBS, CREDIT_LABELS, ESTIMATE_VERBS,
                      FINDING_VERBS, FUNCTION_WORDS, HONORIFIC_STEMS, INVERTIBLE_VERBS, NAMING_VERBS, ORGANISATION_WORDS,
                      OBJECT_CONTROL_PHRASES, QUOTING_VERBS, LOWER_ROLE_CUES, NAME_PARTICLES,
                      RESTATING_VERBS, ROLE_WORDS, SPEECH_ACT_NOUNS, SPEECH_PARTICIPLES)
from ..segment import ABBREVIATIONS, is_abbreviation
from .relativewho import relative_antecedent, role_then_who
from .commaverb import clause_not_apposition, comma_before_verb
from .appositions import NICKNAME, PARTICIPLE_ASIDE
from .possessiverole import named_after_possessive
from .judgesorders import ORDER_ACT, is_order, judge_subject, pronoun_subject
from .clausebeforeaside import FINITE, clause_not_subject
from .timeopeners import after_time_opener
from .framegrammar import (COUNTERFACTUAL, MORE_SPEECH_ACTS, REQUEST_PARTICIPLE, THAT_PARTICIPLE, colon_after_put_it, describes_the_noun_before,
                           in_name, in_relative_clause, OCCASION, named_colon, opens_a_clause,
                           noun_before_of, quoted_name_before, role_phrase)
from .places import place_words
from .sportroles import POSITION_NOUNS, STAFF_NOUNS
from .stanceframes import BLAME_ACT, according_source_end
from .quotations import inside, quotations
from .relays import channel_relays

WINDOW = 200
"""Characters looked at before a verb for its subject."""
MAX_SUBJECT_WORDS = 10
"""Words a subject may have: "Rep. Lee Seong-kweun of the ruling People Power Party"."""
MAX_FRAMES = 12
"""Frames read in one sentence; a pasted list of "X said" lines is not one sentence."""

_VERB = re.compile(
    r"(?P<participle>,\s+(?:" + "|".join(sorted(SPEECH_PARTICIPLES)) + r")\b"
    r"|" + THAT_PARTICIPLE + r"|" + REQUEST_PARTICIPLE + r")"
    r"|\b(?P<verb>[Aa]ccording to|[Aa]ttributable to|" + "|".join(sorted(ATTRIBUTION_VERBS | FINDING_VERBS, key=len, reverse=True)) + r")\b")

def _alternatives(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_REPEATED = r"\s+(?:(?:again|also|repeatedly|publicly|once\s+more)\s+)?"
"""An adverb between a phrasal verb and its particle: "appealed again to Washington … to let"."""
_SPEECH_ACT = re.compile(
    # "renewed his appeal to …", "repeated Seoul's demand that …", "issued a stark warning that …"
    r"\b(?:" + _alternatives(RESTATING_VERBS) + r")\s+(?:(?:his|her|its|their|our|the|a|an)\s+)?"
    r"(?:[\w.-]+['’]s?\s+)?(?:[a-z-]+\s+)?(?:" + _alternatives(SPEECH_ACT_NOUNS) + r")(?=\s+(?:that|to|for)\b)"
    # "called on Pyongyang to bring …", "has called for Romania to stop …", "called on China, its main ally, to use …"
    r"|\b(?:" + _alternatives(OBJECT_CONTROL_PHRASES).replace(r"\s+", _REPEATED) + r")(?=\s+(?:[^,;.:“”\"]{1,60}?|[^,;.:“”\"]{1,60},\s"
    r"[^,;.:“”\"]{1,80},\s)\bto\s+[a-z])"
    # "put the number of soldiers at 10,000", "puts the toll at more than 40", "put North Korean losses at
    # more than 3,000" (a demonym or a name opens an object with no determiner)
    r"|\b(?:" + _alternatives(ESTIMATE_VERBS) + r")(?=\s+(?:(?:the|a|an|its|his|her|their|our)\s+|(?=[A-Z][a-z]))"
    r"[^,;.:“”\"]{1,80}?"
    r"\sat\s+(?:(?:about|around|roughly|some|nearly|almost|over|between|least|(?:more|fewer|less)\s+than"
    r"|up\s+to|as\s+(?:many|much|high|low)\s+as)\s+)*(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|twenty|fifty|hundreds|thousands|tens|dozens)\b))"
    # "named three generals travelling with the force", "identified 12 suspects", "named three North Korean generals"
    r"|\b(?:" + _alternatives(NAMING_VERBS) + r")(?=\s+(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|several|dozens)\s+[A-Za-z]"
    # "identified them as Colonel General Kim …", "named Kim, Lee and Shin as the officers in command"
    r"|\s+(?:them|him|her)\s+as\s+(?:[A-Z]|the\s)|\s+[A-Z][^;.:“”\"]{1,120}?\sas\s+the\s+[a-z]+s\b)"
    # "identified Ana Ruiz as a former director": who someone is ("identify" never appoints)
    r"|\b(?:identified|identifies)(?=\s+[A-Z][^;.:“”\"]{1,80}?\sas\s+(?:a|an|the)\s)"
    # "described … as", "voiced concern that", "repeated that", "assured me that": `framegrammar`
    r"|" + MORE_SPEECH_ACTS +
    # "was quoted as saying that …", "is reported to have said …": words reported of the subject
    r"|\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:quoted\s+as\s+saying"
    r"|(?:reported|understood|said|believed)\s+to\s+have\s+(?:said|told|warned|written)|heard\s+saying)\b"
    # "presented the arrangement as proof that …", "dismissed the reports as fabrications"
    r"|\b(?:" + _alternatives(CHARACTERISING_VERBS) + r")(?=\s+[^,;.:“”\"]{1,60}?\sas\s+(?:a|an|the|proof|evidence"
    r"|[a-z]+(?:s|ed|ing|al|ive|ous|ic|ful)\b|[“\"](?=[a-z])))"
    # "blamed the delays on a new payroll system": a stance, `stanceframes`
    r"|" + BLAME_ACT +
    # "gave the figure of about 300": a number stated, `figuregiven`
    r"|" + FIGURE_ACT +
    # "Judge Saar ordered Tamm to repay the money": a judge's order, `judgesorders`
    r"|" + ORDER_ACT)
"""Speech acts no verb of `ATTRIBUTION_VERBS` names: a restating verb with a speech-act
noun, a phrasal verb with an object and a to-infinitive, a passive report of someone's
words ("was quoted as saying"), a disclosure of a counted object ("named three
generals") or of who someone is ("identified them as Colonel General Kim", "named Kim
and Lee as the officers in command": a plural after "as the", which an appointment of
one person, "named Ruiz as chief executive", lacks; "identified Ruiz as a colonel" says
who she is, "identify" never appointing anyone), an estimate "at" a figure, a
characterisation "as" something (a noun phrase, "proof", "evidence", or a word with
the ending of a plural, a participle or an adjective — not "as well", "as soon")."""
_DETERMINERS = frozenset("""
    the a an his her its their our my your these those this such any no both all many several other some
    most each every two three four five six seven eight nine ten
""".split())
_PLURAL_NOUNS = frozenset("claims notes states reports estimates calls remarks warnings".split())
"""Speech verbs that are also plural nouns."""
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|reporters\b|journalists\b)[a-z]+\s+"
                               r"(?:the|a|an|its|his|her|their|these|those|our)\b")
"""A to-infinitive with its object after the word ("states to raise the issue"): the
object of a verb of asking, no speech verb ("states to the press" is none of it)."""
_TRAILING = frozenset("""
    long herself himself themselves itself
    has have had also both earlier later this last week month year meanwhile previously
    recently repeatedly already since yesterday today separately on monday tuesday wednesday
    thursday friday saturday sunday now then again however further once is was were
    would will did does do reportedly publicly
""".split())
"""Words between a subject and its verb: "Rutte has also said", "Austin on Monday said"."""
_LEADING = frozenset("but and which who that while so yet as".split())
_BOUNDARY = re.compile(r",['’”\"]?\s|[;:“”\"()\[\]]|\s[—–-]{1,2}\s|\b(?:but|while)\s")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|when|if|once|after)\s+$", re.I)
_COUNTED = re.compile(r"\d\s$")
_COUNTED_NOUN = re.compile(r"\s[a-z]+s\b")
"""A number before a participle and a plural noun after it: "23 confirmed cases"."""
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|with|from)\s$")
"""A preposition right before a speech verb: the verb is a participle describing a noun."""
_INFERRING = frozenset("suggested suggests indicated indicates implied implies showed shows meant means".split())
_WHICH_BEFORE = re.compile(r",\s+which\s+(?:[a-z]+ly\s+)?$")
"""A "which" after a comma whose antecedent names no speaker: the clause before it, a
fact, is what suggests or shows (the words run on as the sentence's speaker's)."""
_REPORTED_OF = frozenset("said reported rumoured rumored".split())
_STATE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")
"""A passive report of a noun's state ("generals said to be with the force", "a man reported to
have fled"): a reduced relative clause; an active "said" takes no "to be"."""
_OBJECT_FIRST = {"accused": r"\s+of\b", "urged": r"\s+to\b"}
"""Speech verbs whose active use puts the person spoken to before the complement
("She accused him of lying", "He urged them to leave"): the complement right after
the verb ("a man accused of fraud", "residents urged to leave") makes it a passive
participle after its noun, whose words are nobody's."""
_AGENT = re.compile(r"\s+by\s+(?!far\b|(?:(?:tele|video\s*|satellite\s+)?phone|e-?mail|text(?:\s+message)?|video(?:\s*link)?"
                    r"|letter|radio)(?:[,.;:]|\s+(?:from|on|in|at|to|with|after|before|late|last|this|earlier|today"
                    r"|yesterday)\b|$))", re.I)
"""A speech verb right before "by" is a past participle whose agent follows ("The fly,
confirmed by laboratory testing, is …", "figures reported by state media"): the
words before it are not its subject's.  A means of speaking after "by", ending the
clause or followed by a preposition or a time, is no agent: '"…," Ortega said by
telephone from Leeds' is Ortega's ("confirmed by phone companies" keeps its agent)."""
_COMPARED = re.compile(r"\bthan\s+(?:[\w'’]+\s+){0,2}$|\bas\s$", re.I)
"""A comparison before a speech verb: "worse than it admits", and the elliptical
"later than promised", "as announced", whose verb has no subject that speaks."""
_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later|again|(?P<aux>has|have|had))\s+){0,2}$")
_TELLING = frozenset("asked urged called told warned said added insisted stressed".split())
"""Verbs joined with an auxiliary ("… and had asked the US side to …") that still speak: a
perfect of another verb ("and has maintained diplomatic relations") is an act."""
_ACTED_ON = re.compile(r"\s+(?:the|a|an|its|their|his|her)\s+(?!(?:next|following|same|previous|other)\b)"
                       r"[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*(?:[.;!?]|$)", re.I)
"""A short noun phrase ending the sentence right after a verb: its object ("…, the first time the
alliance has confirmed the deployment."), not a time ("said the next day") nor the start of reported
words ("said the soldiers were …")."""
_ADDRESSING = frozenset("told tells informed informs assured assures reminded reminds".split())
"""Verbs whose object is whom the words were said to: "“…,” Rutte told the summit"."""
_NEGATED = re.compile(r"\b(?:not|never|neither|nor|declined\s+to|refused\s+to|n['’]t)\s+(?:\w+\s+)?$", re.I)
_INVERTED = re.compile(r"\s+([^,;.:“”\"()]{1,100}?)\s*(?=[,;:“”\"()]|\.(?:\s|$)|$)")
_INVERTED_NAME = re.compile(r",\s((?:(?:" + "|".join(sorted(s.capitalize() for s in HONORIFIC_STEMS))
                            + r")\.\s)?[A-Z][^,;.:“”\"()]{1,60}?)(?=\.(?:\s|$)|$|,\s+(?:a|an|the|who)\s)")
"""A name in apposition ending the sentence after an inverted subject in lower case
("…," says our chief executive, Lotte van Dijk.): the name is who the role is; an honorific's
full stop before it ("…, says the exhibition's curator, Dr. Ana Ruiz.") ends no sentence.  A
description of the person may follow the name ("…, said the study's lead author, Dr. Ana Ruiz,
a hydrologist at …"), as another apposition or a relative clause."""
_ACCORDING_NP = re.compile(r"\s+([^;.“”\"()]{1,120}?)\s*(?=[;“”\"()]|\.(?:\s|$)|,\s+[a-z]|$)")
DATELINE = re.compile(r"[A-Z](?:[^.!?—–\n]|\.(?=[ \t]\d)){0,60}?\s(?:—|–|-{1,2})\s")
"""A wire story's opening: "MADRID, March 12 (Reuters) - ", "BUCHAREST, Sept. 18 (Balkan Wire) - " (a
full stop only where a number follows it: a month's abbreviation, never a sentence's end)."""
_PLACE_ONLY = re.compile(r"(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}|[A-Z][\w'’-]+)\s+(?:—|–|-{1,2})\s")
"""A dateline of a place alone: "WASHINGTON — ", "SAN FRANCISCO — ", "London – "."""


def dateline_end(text: str, start: int, end: int, max_words: int = 8) -> int | None:
    """Where a dateline opening ``text[start:end]`` ends: one with a date or an
    agency ("MADRID, March 12 (Reuters) - "), or a place alone in capitals or
    one capital city ("WASHINGTON — ", "London – "); None when there is none."""
    found = DATELINE.match(text, start, end)
    if found is None or len(found.group().split()) > max_words + 1:
        return None
    if re.search(r"[,(]", found.group()):
        return found.end()
    alone = _PLACE_ONLY.fullmatch(found.group())
    word = found.group().split()[0]
    if alone is not None and (word.isupper() or word in place_words()):
        return found.end()
    return None
OPENING_PHRASE = re.compile(r"(?:In|At|On|After|Since|During|Across|Earlier|Later|Meanwhile|However|Separately"
                            r"|Speaking|Writing|Talking|Addressing|Responding|Answering|Commenting|Asked|Questioned"
                            r"|Pressed)\b[^,;.“”\"]{0,80},\s")
"""A sentence's opening phrase: "In a statement carried by KCNA, ", or a participle
of speaking that sets the scene of the words ("Speaking after the vote, ",
"Asked about the deal, ")."""
_WORD = re.compile(r"[^\s,;:]+")
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten".split())


@dataclass(frozen=True)
class Frame:
    """A speech verb and the words naming who speaks, with offsets in the sentence."""

    verb: str
    """The verb as written, lower case ("said", "according to", "adding")."""
    verb_start: int
    verb_end: int
    form: str
    """``before``, ``inverted``, ``according``, ``coordinated``, ``participle`` or ``negated``."""
    subject: tuple[int, int] | None
    """The subject's words, when the sentence writes them here."""
    apposition: tuple[int, int] | None
    """The words between commas after the subject ("who heads the office"), or
    after "according to X," ("Marisol Ortega")."""
    start: int
    """Where the attribution begins: its subject, or the conjunction or comma before the verb."""
    end: int
    """Where it ends: after the verb, or after an inverted subject."""


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text``, marks included: where a speech verb is not an attribution."""
    return [(start - 1, end + 1) for start, end in quotations(text)]


def find_frames(text: str, quoted: list[tuple[int, int]]) -> list[Frame]:
    """Every attribution of the sentence ``text`` (``quoted``: its quotations, marks included)."""
    frames: list[Frame] = []
    for match in _verbs(text):
        if inside(quoted, match.start()) or _noun_use(text, match) or text[match.start() - 1:match.start()] == "-":
            continue  # quoted, a noun ("his remarks") or part of a compound ("so-called")
        if match.re is _QUOTED_AS:
            frame = _quoted_as(match)
        elif match.re is _VIEW:
            frame = _view(match)
        elif match.re is _OWNED_VIEW:
            frame = _owned_view(text, match)
        elif match.re is OCCASION:  # "Yoon used a session on global governance to warn that …"
            frame = Frame(match.group("verb").lower(), match.start("verb"), match.end("verb"), "participle", None,
                          None, match.start("to"), match.end())
        elif match.re is _SPEECH_ACT:
            frame = _speech_act(text, match, quoted)
        elif match.group("participle"):
            frame = None if _SUMMING.match(text, match.end()) and match.group().endswith("adding") else _participle(match)
        else:
            frame = _frame(text, match, quoted)
        if frame is not None and frame.form == "before" and long_campaign(text, frame.verb_start, frame.verb_end):
            continue  # "Ukraine has for months asked Washington to …": a campaign, the reporter's background
        if frame is not None:
            frames.append(frame)
            if len(frames) == MAX_FRAMES:
                break
    # "Milei, a libertarian who has called Lula a “corrupt communist,” urged …": a verb
    # inside another frame's apposition describes its subject; it attributes nothing.
    asides = [f.apposition for f in frames if f.apposition is not None and f.form == "before"]
    frames = [f for f in frames if not any(a <= f.verb_start < b for a, b in asides)]
    frames = [f for i, f in enumerate(frames) if not _channel(text, f, frames[i + 1:i + 2])]
    extra = [f for f in (_colon_frame(text, quoted, frames), _dash_frame(text, quoted, frames)) if f is not None]
    return sorted(frames + extra, key=lambda f: f.verb_start) if extra else frames


def _channel(text: str, frame: Frame, following: list[Frame]) -> bool:
    """Whether ``frame`` is "according to" a news medium or a record that only carries
    the utterance of the named person right after it ("According to the state news
    agency KCNA, Mr Kim told his guest that …": `relays.channel_relays`): no frame, the
    words are the person's."""
    if frame.form != "according" or frame.subject is None or not following:
        return False
    inner = following[0]
    return inner.form == "before" and inner.subject is not None \
        and not text[frame.end:inner.start].strip(" ,") \
        and channel_relays(text[slice(*frame.subject)], inner.verb, text[slice(*inner.subject)])


_DASH_AFTER_QUOTE = re.compile(r"[”\"]\s*(?P<dash>[–—]|-{1,2})\s*(?P<who>[A-Z][^,;.()“”\"]{1,60}?)\s*(?=[,;(]|\.?$)")


def _dash_frame(text: str, quoted: list[tuple[int, int]], frames: list[Frame]) -> Frame | None:
    """"“This yard will build our ferries.” – Ana Ruiz, Chief Executive": a quotation
    signed with a dash and a name, as press releases and pull quotes attribute
    words; the name after the dash speaks them."""
    found = _DASH_AFTER_QUOTE.search(text)
    if found is None or any(f.verb_start > found.start() for f in frames) or not quoted:
        return None
    dash, who = found.span("dash"), found.span("who")
    return Frame("–", dash[0], dash[1], "inverted", who, None, dash[0], who[1])


_COLON_QUOTE = re.compile(r":\s*[“\"‘]")


def _colon_frame(text: str, quoted: list[tuple[int, int]], frames: list[Frame]) -> Frame | None:
    """"Hale was blunt: “These numbers do not add up.”": a quotation a colon opens after
    a clause with no speech verb is the words of that clause's subject, when it is
    someone (a name or a role) — the colon does what "said" would; after "put it" the
    words need no quotation marks ("Austin put it bluntly: if they join, they are …")."""
    found = _COLON_QUOTE.search(text)
    colon = found.start() if found is not None else colon_after_put_it(text)
    if colon is None:
        named = named_colon(text)  # "Dmitry Peskov: cooperation with Pyongyang “is not directed …”"
        if named is None or any(f.verb_start < named[1] for f in frames):
            return None
        return Frame(":", named[1], named[1] + 1, "before", named[0], None, 0, named[2])
    if colon is None or inside(quoted, colon) or any(f.verb_start < colon for f in frames):
        return None
    subject = clause_subject(text, colon)
    if subject is None or not any(speaker_word(w) for w in text[subject[0]:subject[1]].split()):
        return None
    if not text[subject[1]:colon].strip():
        return None  # a label ("Tom Hale: “…”"), not a clause: `speakers` reads labels
    return Frame(":", colon, colon + 1, "before", subject, None, subject[0], colon + 1)


_VIEW = re.compile(r"\b[Ii]n\s+(?:(?P<who>his|her|their|its|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?)(?:['’]s?)?"
                   r"\s+(?:own\s+)?|the\s+)(?:view|opinion|words|assessment|estimation)"
                   r"(?:\s+of\s+(?P<of>[^,;.“”\"()]{2,80}?))?(?=\s*,|\s[A-Z][a-z])")
"""Whose view a sentence gives: "In her view, …", "In Ruiz's opinion, …", "In the words of
the minister, …" — what follows the comma is theirs, as after "according to X,"; the
comma may be left out before a clause that opens with a name ("In his opinion China is
…")."""


_POSSESSIVES = frozenset("his her their its".split())


def _view(match: re.Match[str]) -> Frame | None:
    """The frame of a `_VIEW` match: the owner of the view is the subject."""
    who = match.span("who") if match.group("who") else match.span("of") if match.group("of") else None
    if who is None or match.group("who") and match.group("of"):
        return None  # "in the view", "in her view of the deal": no one's, or the view is of a thing
    words = match.string[who[0]:who[1]].split()
    if all(w.lower() in FUNCTION_WORDS for w in words) and words[0].lower() not in _POSSESSIVES:
        return None  # "In the view of most, …": nobody in particular
    owner = re.match(r".*?(?=['’]s?$|$)", match.string[who[0]:who[1]])  # "Ruiz's" → "Ruiz"
    who = (who[0], who[0] + owner.end())
    return Frame("in the view of", match.start(), match.end(), "according", who, None, match.start(), match.end())


_OWNED_VIEW = re.compile(r"(?:(?P<pronoun>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))|['’]s?)\s+(?:own\s+|[a-z]+\s+)?"
                         r"(?P<noun>view|position|argument|opinion|belief|contention|conclusion|claim|thesis)\s+"
                         r"(?P<verb>was|is|remains|remained)\s+(?:that\b|(?:[a-z]+)?:)")
"""A person's view stated as a fact: "Professor Llewellyn's view was that …", "Her central
claim is simple: …" — the owner says what follows "that" or the colon, as "Llewellyn
argued that …" would."""


def _owned_view(text: str, match: re.Match[str]) -> Frame | None:
    """The frame of an `_OWNED_VIEW` match: the subject is the owner with the noun
    ("Professor Llewellyn's view"), which `speakers` reads as a person's document."""
    if match.group("pronoun"):  # "His view was that …": the pronoun's antecedent
        pronoun = match.span("pronoun")
        return Frame(f"{match.group('noun')} {match.group('verb')}", match.start("verb"), match.end(), "before",
                     pronoun, None, pronoun[0], match.end())
    owner = _words_before(text, max(0, match.start() - WINDOW), match.start())
    words = text[owner[0]:match.start()].split() if owner is not None else []
    if not any(speaker_word(w) or w.lower() in ORGANISATION_WORDS for w in words):
        return None
    noun_end = match.start("verb") - 1
    return Frame(f"{match.group('noun')} {match.group('verb')}", match.start("verb"), match.end(), "before",
                 (owner[0], noun_end), None, owner[0], match.end())


def _verbs(text: str) -> list[re.Match[str]]:
    """The speech verbs of ``text`` and its speech acts (`_SPEECH_ACT`), in order; a
    speech act replaces the verbs inside it ("called on … to", not "called"; "is
    reported to have told", not "told")."""
    acts = sorted([*_SPEECH_ACT.finditer(text), *_QUOTED_AS.finditer(text), *_VIEW.finditer(text),
                   *_OWNED_VIEW.finditer(text), *OCCASION.finditer(text)], key=lambda m: m.start())
    verbs = [m for m in _VERB.finditer(text) if not any(a.start() <= m.start() < a.end() for a in acts)]
    return sorted(acts + verbs, key=lambda m: m.start())


_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?P<who>[^,;.:“”\"()]{2,80}?)"
                        r"(?:,\s[^,;.:“”\"()]{1,100},)?\s+as\s+(?:saying|telling|warning|writing)\b")
"""Words a source relays: "state media quoted Alexander Lukashenko as saying …", "Yonhap
cited an official as saying …", "The book quotes Ricaurte Vásquez, who ran the Authority,
as saying …" (an apposition after the name is no part of who): the person quoted says
them, not the source."""


def _quoted_as(match: re.Match[str]) -> Frame:
    """The frame of a `_QUOTED_AS` match: the person quoted is the subject, named
    after the verb; the words follow "as saying"."""
    verb = match.group().split()[0].lower()
    return Frame(verb, match.start(), match.end(), "inverted", match.span("who"), None, match.start(), match.end())


def _speech_act(text: str, match: re.Match[str], quoted: list[tuple[int, int]]) -> Frame | None:
    """A `_SPEECH_ACT` frame, when its subject can be someone who speaks: a name, a
    pronoun or a role ("the minister"), not "The plan called for two cranes to …"."""
    frame = _frame(text, match, quoted)
    if frame is not None and is_order(frame.verb) and not _judge_orders(text, frame):
        return None  # "A panel of three judges … ordered him to repay": the institution's act, the reporter's account
    if frame is not None and frame.form == "coordinated":
        return frame  # "… said that … and called on the government to …": the subject before "and" acts
    if frame is None or frame.form != "before" or frame.subject is None:
        return None
    words = text[frame.subject[0]:frame.subject[1]].split()
    if not any(speaker_word(w) for w in words):
        return None
    return Frame(" ".join(frame.verb.split()), frame.verb_start, frame.verb_end, frame.form, frame.subject,
                 frame.apposition, frame.start, frame.end)


def _judge_orders(text: str, frame: Frame) -> bool:
    """Whether the subject of an order, written before it or opening the sentence of a
    coordinated verb ("Judge Saar found him guilty and ordered him to …"), names a judge."""
    subject = frame.subject if frame.form != "coordinated" else clause_subject(text, frame.start)
    return subject is not None and (judge_subject(text[subject[0]:subject[1]])
                                    or pronoun_subject(text[subject[0]:subject[1]]))


def _noun_use(text: str, match: re.Match[str]) -> bool:
    """"the claims", "his remarks": a determiner before the word makes it a noun;
    so does a common noun before a plural that introduces no words ("refund and
    compensation claims.", "budget estimates for …", "two sovereign states and …"),
    as "the report notes that …" and "the ministry claims: …" do."""
    before = text[max(0, match.start() - 8):match.start()].split()
    if bool(before) and before[-1].lower() in _DETERMINERS:
        return True
    word = match.group().lower()
    if bool(before) and counted_plural(before[-1], word in _PLURAL_NOUNS):
        return True  # "the 38 states listed in Annex 1": a number's noun (`countednoun`)
    if word in _PLURAL_NOUNS and noun_before_of(text, match.end()):
        return True  # "noted that estimates of the force ranged …": a noun with its complement, never a verb
    if word not in _PLURAL_NOUNS or not before:
        return False
    if _ACCORDING_BEFORE.search(text, max(0, match.start() - 60), match.start()):
        return True  # "according to U.S. and South Korean estimates": the source's noun, named after the preposition
    if _INFINITIVE_AFTER.match(text, match.end()):
        return True  # "asked Gulf states to raise the issue": a speech verb takes no infinitive
    previous = before[-1]
    if previous.lower() in _PREPOSITIONS:
        return True  # "could pull in states from other regions", "in remarks to reporters": a preposition's object
    introduced = INTRODUCED.match(text, match.end()) is not None
    return not introduced and previous.islower() and previous not in FUNCTION_WORDS and previous not in _TRAILING


_PREPOSITIONS = frozenset("in on into onto from between among across about despite".split())
"""Prepositions whose object a plural that could be a speech verb is ("in states", "on reports")."""
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w.’'-]+\s+){0,5}$", re.I)
""""according to" a few words before a plural that could be a verb: the plural is its object."""


_SUMMING = re.compile(r"[ \t]+(?:up\b|to[ \t])")
"""After "adding": a sum or a weight added ("…, adding up to 140 kilometres to some journeys",
"…, adding to the pressure on the government"), no second statement (matched at a fixed
position)."""


def _participle(match: re.Match[str]) -> Frame:
    word = match.group().split()[-1].lower()
    return Frame(word, match.end() - len(word), match.end(), "participle", None, None, match.start(), match.end())


def _frame(text: str, match: re.Match[str], quoted: list[tuple[int, int]]) -> Frame | None:
    verb, start, end = match.group().lower(), match.start(), match.end()
    if verb in ("according to", "attributable to"):  # "Quotes attributable to Minister Doherty:"
        according = _according(text, match)
        if according is not None and according.subject is not None \
                and shows_evidence(text[according.subject[0]:according.subject[1]]):
            return None  # "according to the ledger he kept": the reporter's reading of evidence
        return according
    low = max(0, start - WINDOW)
    if _PREPOSITION_BEFORE.search(text, max(0, start - 6), start):
        return None  # "deliveries of promised armoured vehicles": a participle as an adjective
    if adjectival_participle(text, start, end):
        return None  # "the first confirmed casualties": an adjective (`participleadjective`)
    if _COUNTED.search(text, max(0, start - 4), start) and _COUNTED_NOUN.match(text, end):
        return None  # "bringing the outbreak to 23 confirmed cases": a participle between a number and its noun
    if _PASSIVE.search(text, low, start) or _COMPARED.search(text, low, start) or _AGENT.match(text, end):
        return None
    if verb in _REPORTED_OF and _STATE_AFTER.match(text, end):
        return None  # "three generals said to be with the force": what is said of a noun, no one speaking
    if _OBJECT_FIRST.get(verb) is not None and re.match(_OBJECT_FIRST[verb], text[end:]):
        return None  # "a developer accused of fraud was bailed": a passive participle after its noun
    if _valued(text, low, start, end):
        return None  # "he was told that", "when asked about it", "worse than it admits": not who speaks
    if COUNTERFACTUAL.search(text, max(low, start - 30), start):
        return None  # "… and would have added about 3.6 hectares": what did not happen, no words said
    if _NEGATED.search(text, low, start):
        return Frame(verb, start, end, "negated", None, None, start, end)
    coordinated = _COORDINATED.search(text, low, start)
    if coordinated is not None and (coordinated.group("aux") is None or verb.lower() in _TELLING):
        return Frame(verb, start, end, "coordinated", None, None, coordinated.start(), end)
    head_end, apposition = _skip_apposition(
        text, low, _skip_nickname(text, low, _skip_acronym(text, low, _skip_adverbs(text, low, start))), quoted)
    subject = _words_before(text, low, head_end) or relative_antecedent(text, low, head_end)
    if subject is None and verb in _INFERRING and _WHICH_BEFORE.search(text, low, start):
        return None  # "… cope well with cold, which suggested the list …": what a fact suggests, no one speaking
    if subject is not None and _INFINITIVE.match(text, subject[0], subject[1]):
        return None  # "…, to ask for the money promised for the bridge": a participle after its noun, not a speaker
    if subject is not None and in_relative_clause(text, subject):
        return None  # "whatever Pyongyang says", "officers whom Ukraine believes command …": no frame
    if subject is not None and dating_participle(text, subject, end):
        return None  # "… near the discovery announced in 2024.": a noun's date, no one speaking (`reducedrelative`)
    if subject is not None and shows_evidence(text[subject[0]:subject[1]]):
        return None  # "Geolocated footage published on May 3 indicates that …": evidence, no speaker
    if takes_a_thing(text, low, start, verb, end, subject):
        return None  # "declared a state of emergency", "pledged a further system", "found the wreck": not words
    if verb in QUOTING_VERBS and not QUOTES_IN_CLAUSE.match(text, end) and match.re is not _SPEECH_ACT:
        return None  # "called off the strike", "the so-called", "described the scene"
    if subject is not None and apposition is None \
            and (verb in INVERTIBLE_VERBS or _argued_before_a_quotation(text, verb, end)) \
            and comma_before_verb(text, start, end):
        subject = None  # "…, said Tomas Varga, a chemist": the clause before the comma is the words
    if subject is not None and apposition is not None and verb in INVERTIBLE_VERBS:
        named = _clause_then_name(text, apposition, end)
        if named is None and clause_not_subject(text[subject[0]:subject[1]]):
            found = _NAME_AFTER.match(text, end)  # "… 340,000 tonnes, up by half, said Amira Ben Salah"
            named = found.span(1) if found is not None else None
        if named is not None:  # "…, the war has been felt in the price of flour, said Fanja Rakotomalala, …"
            return Frame(verb, start, end, "inverted", named, None, start, named[1])
    if subject is not None:
        if text[low:subject[0]].rstrip()[-1:] == "," and verb not in _ADDRESSING and _ACTED_ON.match(text, end):
            return None  # "…, the first time the alliance has confirmed the deployment": an act, not these words'
        return Frame(verb, start, end, "before", subject, apposition, subject[0], end)
    named_before = quoted_name_before(text, start, quoted) if subject is None else None
    if named_before is not None and (subject := _words_before(text, low, named_before)) is not None:
        return Frame(verb, start, end, "before", subject, apposition, subject[0], end)  # 'centre "Iqtisod" said'
    if (verb in INVERTIBLE_VERBS or _argued_before_a_quotation(text, verb, end)) \
            and text[low:start].rstrip()[-1:] in (",", "”", '"', "’", "'"):
        after = _inverted(text, end, min(len(text), end + WINDOW))
        if after is not None and len(text[after[0]:after[1]].split()) <= MAX_SUBJECT_WORDS:
            named = _INVERTED_NAME.match(text, after[1], min(len(text), after[1] + WINDOW)) \
                if role_phrase(text[after[0]:after[1]]) else None
            if named is not None:  # "…," says our CEO, Lotte van Dijk.
                return Frame(verb, start, end, "inverted", after, named.span(1), start, named.end(1))
            return Frame(verb, start, end, "inverted", after, None, start, after[1])
    return Frame(verb, start, end, "before", None, None, start, end)


_ARGUING = frozenset("argues argued contends contended insists insisted warns warned".split())
_SUBJECT_THEN_QUOTATION = re.compile(r"\s+[^,;.:“”\"()]{1,100}?:\s*[“\"]")
"""An inverted subject, then a colon opening a quotation (matched right after the verb)."""


def _argued_before_a_quotation(text: str, verb: str, end: int) -> bool:
    """"…, argues the political scientist Ana Ruiz: “…”": a verb of argument put before its
    subject, which a colon and a quotation follow, as "said" is in "…, said Ruiz"."""
    return verb in _ARGUING and _SUBJECT_THEN_QUOTATION.match(text, end) is not None


_NAME_AFTER = re.compile(r"\s([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)+)(?=,\s|\.(?:\s|$)|$)")
"""A person's name of two words or more right after an inverted verb, ending at a comma or the sentence's end."""


def _clause_then_name(text: str, apposition: tuple[int, int], end: int) -> tuple[int, int] | None:
    """The span of the name after an inverted verb when what stands between commas before the
    verb is a clause, not an apposition ("For households in Antananarivo, the distant war has
    mostly been felt in the price of flour, said Fanja Rakotomalala"): it has a finite verb and
    has no relative pronoun before it ("Amina Yusuf, who has led the office, said …", "the
    minister who was in Seoul")."""
    between = text[apposition[0]:apposition[1]]
    finite = FINITE.search(between)
    # "…, and about 30% exceeded the limit, said Tomas Varga": a clause, whatever its verb
    if not clause_not_apposition(between) and (finite is None
                                        or any(w.lower() in _RELATIVE for w in between[:finite.start()].split())):
        return None
    found = _NAME_AFTER.match(text, end)
    return found.span(1) if found is not None else None


_RELATIVE = frozenset("who whom whose which that where when".split())


_INFINITIVE = re.compile(r"to\s+[a-z]+\s")
"""Words opening with an infinitive ("to ask for the money"): a purpose, never a subject."""


def _inverted(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The subject after an inverted verb ("said Lee Sung-yoon"), read on over the
    full stop of an abbreviated title or an initial ("said Dr. Ana Ruiz", "said
    the Rev. Tom Wren"), which does not end the sentence (`segment.ABBREVIATIONS`)."""
    found = _INVERTED.match(text, end, limit)
    if found is None:
        return None
    first, last = found.span(1)
    while text[last:last + 1] == "." and _abbreviated(text[first:last]):
        more = _INVERTED.match(text, last + 1, limit)
        if more is None:
            break
        last = more.end(1)
    return first, last


def _abbreviated(words: str) -> bool:
    last = words.split()[-1] if words.split() else ""
    return last in ABBREVIATIONS and last[0].isupper() or len(last) == 1 and last.isupper()


_VALUED_AT = re.compile(r"\s+at\s+(?:about|around|some|roughly|nearly|almost|more|over|up|least|\d)")


def _valued(text: str, low: int, start: int, end: int) -> bool:
    """", estimated at about 130,000 animals": a participle after a comma that gives a
    thing's value describes the noun before it; nobody speaks."""
    return text[start:end].lower() in _VALUE_PARTICIPLES and text[low:start].rstrip().endswith(",") \
        and _VALUED_AT.match(text, end) is not None


_VALUE_PARTICIPLES = frozenset("estimated assessed".split())
"""Participles that give a value ("estimated at about 130,000"), unlike "said at least 40 …"."""


def _according(text: str, match: re.Match[str]) -> Frame | None:
    phrase = _ACCORDING_NP.match(text, match.end(), min(len(text), match.end() + WINDOW))
    if phrase is None:  # "According to Blinken, Russia has also been …" past the phrase's reach
        b = according_source_end(text, match.end())
        if b is None:
            return None
        a = match.end() + len(text[match.end():b]) - len(text[match.end():b].lstrip())
        return Frame("according to", match.start(), match.end(), "according", (a, b), None, match.start(), b)
    a, b = phrase.span(1)
    b = _past_abbreviations(text, a, b)
    comma = text.find(", ", a, b)
    if comma != -1 and opens_a_clause(text[comma + 2:b]):
        b = comma  # "According to Bakker, VeloNed will not need …": the words said, not an apposition
        comma = -1
    # "his lawyer, Marisol Ortega": the name after the comma is the speaker's.
    apposition = (comma + 2, b) if comma != -1 else None
    subject = (a, comma) if comma != -1 else (a, b)
    return Frame("according to", match.start(), match.end(), "according", subject, apposition, match.start(), b)


MAX_TITLE_STOPS = 3
"""Abbreviated titles a phrase after "according to" is read on past: "Lt. Gen. Ana Ruiz"."""


def _past_abbreviations(text: str, a: int, b: int) -> int:
    """The end of the phrase after "according to" read on past the full stop of a
    title or an initial ("according to Rep. Yoon, …", "according to Dr. A. Ruiz"):
    the phrase stops at a full stop, and a title's ends no sentence."""
    for _ in range(MAX_TITLE_STOPS):
        words = text[a:b].split()
        if not words or text[b:b + 2] != ". " or not is_abbreviation(words[-1]):
            return b
        more = _ACCORDING_NP.match(text, b + 1, min(len(text), b + 1 + WINDOW))
        if more is None or not text[more.start(1):more.start(1) + 1].isupper():
            return b
        b = more.end(1)
    return b


def _skip_adverbs(text: str, low: int, end: int) -> int:
    """``end`` moved back over "has also", "on Monday" and the like."""
    while True:
        stripped = text[low:end].rstrip()
        words = stripped.split()
        if not words or words[-1].lower() not in _TRAILING:
            return low + len(stripped)
        end = low + len(stripped) - len(words[-1])


_BRACKETED_ACRONYM = re.compile(r"\s\((?:[A-Z][A-Za-z&]{1,9}|[^()\s]+(?:\s[^()\s]+){0,2})\)\s*$")


def _skip_acronym(text: str, low: int, end: int) -> int:
    """``end`` moved back over an acronym or a short aside in brackets: "The North
    Atlantic Treaty Organization (NATO) said" is said by the organisation the
    brackets follow, "Sen. Maria Cantwell (D-Wash.) said" by the senator."""
    found = _BRACKETED_ACRONYM.search(text, low, end)
    return found.start() if found is not None else end


_DASHED_ASIDE = re.compile(r"\s[—–]\s(?P<aside>[^—–]{1,90}?)\s[—–]\s*$")


def _skip_nickname(text: str, low: int, end: int) -> int:
    """``end`` moved back over a nickname between dashes: "Teo Lind — “Tiny” to his crew —
    said" is said by Teo Lind."""
    found = _DASHED_ASIDE.search(text, low, end)
    return found.start() if found is not None and NICKNAME.fullmatch(found.group("aside")) else end


def _skip_apposition(text: str, low: int, end: int,
                     quoted: list[tuple[int, int]]) -> tuple[int, tuple[int, int] | None]:
    """"Amina Yusuf, who heads the office," → (end of "Amina Yusuf", span of the apposition)."""
    stripped = text[low:end].rstrip()
    tail = stripped.rstrip("”’\"'")
    if not tail.endswith(","):
        return end, None
    close = low + len(tail) - 1
    opening = text.rfind(", ", low, close)
    while opening != -1 and inside(quoted, opening):
        opening = text.rfind(", ", low, opening)
    if opening == -1 or not text[low:opening].strip() or not text[opening + 2:close].strip():
        return end, None
    head_end = _earlier_apposition(text, low, opening, quoted)
    if head_end < opening and _participle_aside(text[head_end + 2:opening]):
        return head_end, (head_end + 2, close)  # the name closing a participle's aside is its object's
    return head_end, (opening + 2, close)


def _participle_aside(aside: str) -> bool:
    """Whether an aside after a name is what the named person was doing ("speaking at the
    summit after talks with …"), not the group's members it names ("including the mayor")."""
    return PARTICIPLE_ASIDE.match(aside) is not None and aside.split()[0] not in _MEMBERS


_MEMBERS = frozenset("including excluding".split())


MAX_ASIDE_WORDS = 6
"""Words of a short aside before an apposition: "no relation", "45", "herself a nurse"."""


def _earlier_apposition(text: str, low: int, opening: int, quoted: list[tuple[int, int]]) -> int:
    """Where the subject ends when a short aside in lower case stands before the
    apposition: "Tuula Ström, no relation, chief shop steward at the site, said"
    is said by Tuula Ström, not by "no relation"."""
    previous = text.rfind(", ", low, opening)
    if previous == -1 or inside(quoted, previous):
        return opening
    aside, head = text[previous + 2:opening], text[low:previous].split()
    first = aside[:1]
    if head and head[-1][:1].isupper() and post_nominal(aside):
        return previous  # "Anil Mehta, QC, for the insurer, said": the letters are the name's (`postnominals`)
    if head and head[-1][:1].isupper() and role_then_who(aside, text[opening + 2:opening + 6]):
        return previous  # "Elena Vargas, a hydrologist in Lima, who was not involved, said": Vargas
    if head and head[-1][:1].isupper() and describes_the_noun_before(aside, text[opening + 2:opening + 8]):
        return previous  # "Luis Rojas, general manager of Transportes SRL, which runs 120 lorries, said": Rojas
    if head and head[-1][:1].isupper() and _participle_aside(aside):
        return previous  # "Ana Ruiz, speaking after talks with the mayor, Tom Berg, said": Ruiz, not Berg
    if head and head[-1][:1].isupper() and NICKNAME.fullmatch(aside):
        return previous  # "Ana Ruiz, “Nani” to everyone, who runs the stall, said": Ruiz (`appositions`)
    if not (first.islower() or first.isdigit()) or len(aside.split()) > MAX_ASIDE_WORDS:
        return opening
    if any(w[:1].isupper() for w in aside.split()):
        return opening  # "At Dickoya Estate, plucker Parvathi Ramasamy, 46, said": a title and a name, no aside
    return previous if head and head[-1][:1].isupper() else opening


def _words_before(text: str, low: int, end: int) -> tuple[int, int] | None:
    """The subject's span: the last words of the clause that ends at ``end``."""
    clause_start = low
    for boundary in _BOUNDARY.finditer(text, low, end):
        clause_start = boundary.end()
    words = _indefinite_head([m for m in _WORD.finditer(text, clause_start, end)])
    verbs = [i for i, w in enumerate(words) if w.group().lower() in _SUBJECT_STOPS and not in_name(words, i)]
    # "He said the agency believed", "…, adding that three companies had expressed …": the agency, the companies
    if verbs and _relative_that(words, verbs[-1]):
        cut = verbs.pop()  # "the head of the office that runs the system said": the head, not "runs the system"
        words = words[verbs[-1] + 1:cut] if verbs else words[:cut]
    else:
        words = words[verbs[-1] + 1:] if verbs else words
    while words and words[-1].group().lower().strip("'‘’") in _TRAILING:
        words.pop()
    while words and words[0].group() in _LEADING:  # lower case: "WHO" is an organisation
        words.pop(0)
    words = after_time_opener(words)  # "By early November the United States estimated …"
    if not words:
        return None
    return words[0].start(), words[-1].end()


MAX_HEAD_WORDS = 3
"""Words before a long subject's last `MAX_SUBJECT_WORDS` looked at for its article."""


def _indefinite_head(every: list[re.Match[str]]) -> list[re.Match[str]]:
    """The clause's last `MAX_SUBJECT_WORDS` words, and the indefinite article and
    adjectives the cut left off: "a senior official at the Ministry of Foreign Affairs
    and External Trade said" is one unnamed official, not the ministry."""
    words = every[-MAX_SUBJECT_WORDS:]
    cut = len(every) - len(words)
    for at in range(cut - 1, max(cut - 1 - MAX_HEAD_WORDS, -1), -1):
        word = every[at].group()
        if word.lower() in ("a", "an", "one"):
            return every[at:]
        if not word.islower() or word in _SUBJECT_STOPS:
            break
    return words


def _relative_that(words: list[re.Match[str]], at: int) -> bool:
    """Whether "that" at ``at`` opens a relative clause on the noun before it ("the office that
    runs the system"), not a that-clause after a verb ("said that prices rose"): a noun in
    lower case before it, and after it a verb in lower case and its object's determiner."""
    if words[at].group().lower() != "that" or at == 0 or at + 2 >= len(words):
        return False
    noun, verb, after = (words[i].group() for i in (at - 1, at + 1, at + 2))
    return noun.islower() and noun not in _SUBJECT_STOPS and noun not in _DETERMINERS \
        and verb.islower() and verb not in _DETERMINERS and after.lower() in _OBJECT_DETERMINERS


_OBJECT_DETERMINERS = frozenset("the a an its their his her this these those".split())


_SUBJECT_STOPS = ATTRIBUTION_VERBS | SPEECH_PARTICIPLES | {"that"} | frozenset(
    "after before when because since until unless although though whereas if once where".split())
"""Words after which a clause's subject starts: a speech verb, a speech participle, "that",
a subordinating conjunction ("Peskov's comments came after the commission said …")."""
_CREDIT = re.compile(r"\(?(?:" + "|".join(sorted(CREDIT_LABELS)) + r")s?\s*[:/]", re.I)


def clause_subject(text: str, end: int) -> tuple[int, int] | None:
    """The subject at the start of the sentence, before ``end``: the words from
    the sentence start (after a dateline or an opening phrase) while they are
    names, titles, determiners or "of"/"and".

    >>> t = "At the outset, Minister Iwaya welcomed the visit and stated that …"
    >>> a, b = clause_subject(t, len(t)); t[a:b]
    'Minister Iwaya'
    """
    if _CREDIT.match(text):
        return None  # "Photo: Radu Cebotari": who took the picture, not who acts
    start = dateline_end(text, 0, end, max_words=12) or 0
    found = OPENING_PHRASE.match(text, start, end)
    if found is not None:
        start = found.end()
    words = []
    for match in _WORD.finditer(text, start, end):
        if len(words) == MAX_SUBJECT_WORDS + 2 or not _in_subject(match.group(), not words):
            break
        words.append(match)
    while words and words[-1].group().lower() in _DETERMINERS | {"of", "and", "for"}:
        words.pop()
    if words and (named := named_after_possessive(text, (words[-1].start(), words[-1].end()))) is not None:
        return named  # "Latvia's sports minister, Karlis Berzins, watched … and promised": the minister
    return (words[0].start(), words[-1].end()) if words else None


def _in_subject(word: str, first: bool) -> bool:
    if word[0] in "“\"‘'":
        return False  # a quotation: the sentence opens with someone's words
    bare = re.sub(r"['’]s$", "", word).strip("”\"'’")
    lower = bare.lower()
    if not bare:
        return False
    if bare[0].isupper() or bare[0].isdigit():
        return True
    return lower in ROLE_WORDS or lower in LOWER_ROLE_CUES or lower in NAME_PARTICLES or lower in _NUMBER_WORDS \
        or lower in POSITION_NOUNS or lower in STAFF_NOUNS \
        or lower in ("of", "and", "for") or (lower in _DETERMINERS and not first) or (first and lower == "the")
