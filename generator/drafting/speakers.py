"""Who says each statement: the subject of its frame, resolved against the article.

    speakers = Speakers(text, mentions, people, corpus, line_of)
    speakers.read_sentence(start, sentence, quoted)     # in text order
    speakers.resolve(start, sentence, frame, previous)  # → Speaker(by, reason)

The subject words of a frame (`attribution`) are, in this order of checks:

* a pronoun: "he"/"she" is the last named speaker *outside* quotation marks —
  the last person credited with words, or named as a sentence's subject — so
  "Rutte called it “a sign of Putin's desperation”. … he said" is Rutte's;
  one known to be of the other gender is passed over (known from "Mr"/"Ms",
  an earlier "he"/"she", or their own reported words: "Ortega said her …");
  "it"/"they" is the last organisation or group that spoke (or that was a
  sentence's subject: "The Commission proposed … It said"), nearby, and
  "they" rather the plural subject of a sentence since ("Critics were …
  They said");
* a name, or a name in an apposition ("Peñalver's wife, Teresa Peñalver,
  told"; "according to his lawyer, Marisol Ortega"); a possessive name
  ("Peñalver's wife") is not the speaker, but a person's view or document is
  theirs ("Llewellyn's view was that …").  A bare surname shared by several
  people of the article ("Kim") is the last of them to speak; names joined by
  "and" are joint speakers, the first of them the speaker ("Hale and Ruiz said");
  a list item's mark before the subject is no part of it;
* a role phrase ("the NATO chief"): see `roles`;
* people nobody names ("officials", "Ukrainian officials", "Western officials",
  "officials there", "a commander in the Kursk region": `lexicon.UNNAMED_GROUPS`
  with adjectives, demonyms, a region's adjective or where they are) are no
  speaker: ``by`` stays empty;
* an organisation the article names (`organisations`) heading the words
  ("NATO", "the Pentagon", "South Korea's National Intelligence Service") is
  its id; "Pentagon officials" and "a NATO diplomat" are not the organisation;
* the article's publisher is no speaker: its words are the reporter's own;
* anything else is free text, as written: a group, a capital
  ("Pentagon officials", "Caracas").

No frame, or a frame with no subject, leaves ``by`` empty: the reporter's own
words, never the publisher's or an agency's.

A transcript, a verbatim record or an interview is read in *turns* (`label`):
a speaker label opens one ("TOM HALE, ANCHOR: …", "Ana Ruiz, on behalf of the
Greens. – …", "MR HALE: …", "A: …" for the interviewee), and it goes on into
the paragraphs after it that speak in the first person, or that lie between it
and the next label (`transcript.turn_continuations`).  A line holding only a
person's whole name opens their turn too, the paragraph after it included
(`transcript.name_line`: an earnings call's or a podcast's transcript).  A
script's reporter ("HSU (VO):", "… (PTC):") is the broadcaster's voice, as an
anchor is: the people inside the narration speak by its verbs.  A reader's letter signed
under its last paragraph (`signatures`) is its writer's turn.  Every statement
of a turn is its speaker's, what they relay included — but for what another person,
named there, said or told ("Shin Won-sik said on television that …"), which stays theirs.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from ..model import Corpus
from .attribution import Frame, clause_subject
from .appositions import PARTICIPLE_ASIDE
from .lexicon import (FUNCTION_WORDS, HONORIFIC_STEMS, IRREGULAR_FORMS, ORGANISATION_WORDS, PLACE_KINDS, UNNAMED_GROUPS,
                      UNNAMED_PERSONS, is_role_word)
from .places import country_forms, place_words
from .model import PersonGuess
from .organisations import OrganisationMention
from .people import PersonMention
from .quotations import inside
from .roles import Holder, RoleTable, required_words, sentence_ends
from .kinship import kin_gender
from .transcript import ANSWER_LABELS, continues_turn, cue_end, label_span, name_line, opens_turn
from .variants import organisation_fingerprint
from .publisherwork import own_work
from .variation import titled_holder, titled_next, variation_holder
from .qualifiedrole import qualified_holder
from .sources import anonymised, anonymity_clause, commissioned_work, indefinite_pronoun, indefinite_subject, unnamed_antecedent, unnamed_source
from .cataphora import introduced_later_as, named_next
from .nationalsource import named_by_country
from .courtdocuments import JUDGE, court_document
from .statefigures import state_figures
from .selfreference import opens_with_self, self_reference
from .unnamedquote import quoted_after_unnamed
from .signedquote import signer_offset
from .placedpronoun import placed_indefinite
from .relays import UTTERED
from .demonymspeaker import described_nationality, national_of
from .headings import heading_name, untitled_words
from .ids import name_key, slugify

MAX_PASSED_OVER = 20
"""Named speakers a pronoun may look back over for one of its gender."""
GROUP_REACH = 600
"""Characters back from "it said"/"they said" within which the last
organisation or group that spoke is its antecedent."""


@dataclass(frozen=True)
class Speaker:
    """Who a statement is credited to, and how that was decided."""

    by: str
    """A person id, free text ("The Pentagon"), or "" for the reporter's own words."""
    reason: str
    """"speaker: 'he' → Mark Rutte, last named speaker, line 7"."""


REPORTER = Speaker("", "the reporter's own words: no speaker")


class Speakers:
    """Resolves frames in text order, remembering who spoke last."""

    def __init__(self, text: str, mentions: list[PersonMention], people: dict[str, PersonGuess],
                 corpus: Corpus | None, line_of, organisations: list[OrganisationMention] = (),
                 publisher: str | None = None):
        self.text, self.mentions, self.people, self.line_of = text, mentions, people, line_of
        self.organisations = list(organisations)
        self.organisation_starts = [m.start for m in self.organisations]
        self.publisher = publisher
        self.starts = [m.start for m in mentions]
        self.roles = RoleTable(text, mentions, people, corpus, line_of)
        self.named: tuple[list[int], list[str]] = ([], [])
        """Offsets and keys of people named as speakers or subjects, outside quotation marks."""
        self.outside: tuple[list[int], list[str]] = ([], [])
        """Every mention outside quotation marks, for a pronoun with no named speaker before it."""
        self.by_word: dict[str, str] = {}
        """A lower-case word of a name → the last person with it to be named as a speaker."""
        self.labelled: dict[str, str] = {}
        """A lower-case word of a name → the last person a transcript label named in full."""
        self.group: tuple[int, str] | None = None
        self.plural: tuple[int, str] | None = None
        """Offset and words of the last plural subject that named nobody ("Critics"), for "they"."""
        self.words: dict[str, set[str]] = {key: _name_words(p) for key, p in people.items()}
        self.registered = {p.id: p.name for p in corpus.people.values()} if corpus else {}
        self.registered_names = {name_key(name): key for key, name in self.registered.items()}
        self.gender: dict[str, str] = {key: g for key, p in people.items() if (g := _honorific_gender(p.role))}
        """Person key → "he" or "she", when the article shows it."""
        for key, holders in self.roles.article.items():  # "His daughter, Carmen Barrios": she
            for gender in filter(None, (kin_gender(h.words) for h in holders)):
                self.gender.setdefault(key, gender)
        self.quoted_genders: set[str] = set()
        """Genders of "he"/"she" opening a speaker's quoted words (`learn_gender`): someone
        other than the speaker, whom a later "X said she was …" may speak of as well."""
        self._forms: dict[str, str] | None = None
        self._most_named: tuple[str, int] | None = None
        """The person the article names most and how often (`_interviewee`), once counted."""
        self.unnamed_subject = -1
        """Offset of the last sentence whose subject is one person nobody names (`sources`)."""
        self.turn: Speaker | None = None
        """The speaker of the labelled turn being read (`label`), or None."""
        self.letter = False
        """Whether the turn being read is a signed letter's (`label`'s ``signed``), not a spoken one."""
        self.presenters: set[str] = set()
        """People a transcript labels as its anchor, host or correspondent: their
        narration is the broadcaster's voice, not a statement of theirs."""

    # -- reading sentences ------------------------------------------------

    def read_sentence(self, start: int, text: str, quoted: list[tuple[int, int]]) -> None:
        """Note the sentence's mentions outside quotation marks, and its subject
        when it is one person: "Kim Jong Un has not commented …" (offsets in
        ``quoted`` are relative to the sentence)."""
        for mention in self._mentions(start, start + len(text)):
            if not inside(quoted, mention.start - start):
                _append(self.outside, mention.start, mention.key)
        if indefinite_subject(text):
            self.unnamed_subject = start  # "A retired general I spoke to …": the antecedent of "he" next
        subject = clause_subject(text, len(text))
        if subject is not None:
            named = self._people_in(start + subject[0], start + subject[1], quoted, start)
            if len(named) == 1:
                self._spoke(named[0].start, self._who(named[0])[0])
            elif not named:
                self._described_subject(start + subject[0], text[subject[0]:subject[1]])
        labelled = label_span(text)
        skip = labelled[1] if labelled is not None else 0  # "TOM HALE: The Corporation disputes that."
        own = clause_subject(text[skip:], len(text) - skip) if skip else subject
        if own is not None and not self._people_in(start + skip + own[0], start + skip + own[1], quoted, start):
            self._subject_body(start + skip + own[0], text[skip + own[0]:skip + own[1]])  # the antecedent of "it"
        if opens_with_self(text):  # "This note traces … It argues that …": the page's own voice (`selfreference`)
            self.group = (start, "")
        plural = _plural_subject(text[skip:])
        if plural is not None:
            self.plural = (start + skip + plural[0], text[skip + plural[0]:skip + plural[1]])

    def _described_subject(self, offset: int, words: str) -> None:
        """Make a sentence's subject that describes one person the article introduced so
        ("The magistrate refused bail." after "Principal Magistrate Renata Gonsalves") the
        last named subject: a "she said" next is hers, not an earlier speaker's.  Only a
        definite description with no name in it ("the magistrate", not "The Magistrates' Court")."""
        if _DESCRIPTION.fullmatch(words) is None:
            return
        found = self.roles.introduced_with(words, offset) or titled_holder(words, offset, self.roles, self.line_of)
        if found is not None:
            self._spoke(offset, found[0])

    def _subject_body(self, offset: int, words: str) -> None:
        """Make a sentence's subject the antecedent of a later "it" when it is a body: an
        organisation the article names, or words with an organisation's noun ("The
        Pilots' Corporation, which employs them, disputes that. It says …")."""
        if self._organisation(offset, offset + len(words), words, "subject") is not None:
            return
        if any(w.lower().strip(",'’").removesuffix("'s").removesuffix("’s") in ORGANISATION_WORDS
               for w in words.split()[1:]) and words[:1].isupper():
            self.group = (offset, words[0].upper() + words[1:])

    def _mentions(self, start: int, end: int) -> list[PersonMention]:
        return self.mentions[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def _people_in(self, start: int, end: int, quoted, origin: int) -> list[PersonMention]:
        """Mentions within ``start``–``end``, outside quotation marks, not possessive ("Peñalver's wife");
        a name the span starts inside counts ("… Paulo Vasconcelos de Almeida of the Fundação
        Helena Bastos in Recife said": a long subject cut to its last words)."""
        first = bisect.bisect_left(self.starts, start)
        cut = [self.mentions[first - 1]] if first and self.mentions[first - 1].end > start else []
        return [m for m in cut + self._mentions(start, end)
                if not inside(quoted, m.start - origin) and self.text[m.end:m.end + 2] not in ("'s", "’s")]

    def _spoke(self, offset: int, key: str) -> None:
        _append(self.named, offset, key)
        for word in self.words.get(key, ()):
            self.by_word[word] = key

    def label(self, paragraph: str, start: int, continues: bool | None = None,
              signed: Speaker | None = None) -> Speaker | None:
        """Who speaks the paragraph, read in text order: the person its speaker label
        names (`_labelled`), else the speaker of the turn before when the paragraph
        goes on with it (`continues_turn`: a transcript's answer of several
        paragraphs), else nobody; ``start``: the paragraph's offset in the text.  Every statement of a turn is its speaker's
        (`resolve`): what the speaker relays ("He asked for air defence", "The
        Council calls on …", "According to our information, …") they say.  ``continues``:
        whether the paragraph goes on with a turn, as `turn_continuations` reads the
        paragraphs around it (else `continues_turn` reads it alone).  ``signed``: the
        writer who signs the letter the paragraph is part of (`signatures`), whose
        turn it is as a label's would be."""
        below = self._signed_below(start, start + len(paragraph))
        if below is not None:  # "“…”" then "— Ana Ruiz, mayor": her words, and no turn runs on past them
            self.turn = None
            return below
        found = self._labelled(paragraph) or signed or self._name_line(paragraph)
        self.letter = signed is not None and found is signed
        continues = continues_turn(paragraph) if continues is None else continues
        opened = self.turn is not None and self.turn.reason.startswith(_NAME_LINE_REASON) \
            and not self.turn.reason.endswith(_GOES_ON) and opens_turn(paragraph)  # the first paragraph after it
        if found is None and self.turn is not None and label_span(paragraph) is None and (continues or opened):
            found = Speaker(self.turn.by, f"{self.turn.reason.removesuffix(_GOES_ON)}{_GOES_ON}")
        self.turn = found
        return found

    def _signed_below(self, start: int, end: int) -> Speaker | None:
        """The person who signs a paragraph that is one quotation on the line under it
        ("— Ana Ruiz, mayor of Kumba, …": `signedquote`), by the name right after the
        dash (a title before it allowed); they are then the last to have spoken, for
        "He said …" in the signature's own sentences; ``start``, ``end``: the paragraph's span."""
        offset = signer_offset(self.text, start, end)
        if offset is None:
            return None
        line_end = self.text.find("\n", offset)
        mention = next(iter(self._mentions(offset, line_end if line_end >= 0 else len(self.text))), None)
        if mention is None or not _TITLES_ONLY.fullmatch(self.text, offset, mention.start):
            return None  # "— A taxi driver at the motor park": nobody named signs it
        self._spoke(mention.start, mention.key)
        return Speaker(mention.key, f"speaker: '{self.text[mention.start:mention.end]}' signs the quotation "
                                    f"on the line below, line {self.line_of(mention.start)}")

    def _name_line(self, paragraph: str) -> Speaker | None:
        """The person a paragraph that is only their whole name names (`name_line`): an
        earnings call's or a podcast's transcript heads each turn so, and the
        paragraph after it opens the turn whether or not it speaks in the first person."""
        name = name_line(paragraph)
        found = self._long_label(name, name_key(name).split()) if name is not None else None
        return Speaker(found.by, f"{_NAME_LINE_REASON} '{name}' → {self._name(found.by)}") if found else None

    def _labelled(self, paragraph: str) -> Speaker | None:
        """The person a transcript's speaker label names ("ANTONY BLINKEN, US SECRETARY
        OF STATE: …", or a verbatim record's "Ana Ruiz, on behalf of the Greens. – …"),
        matched on a whole name of the article's people, titles before it
        dropped ("President Ferdinand Marcos Jr."); a one-word label ("AUSTIN: …", as
        transcripts write a speaker after the first time) is the last person labelled
        with that word, else the one person of the article whose name has it."""
        labelled = label_span(paragraph)
        if labelled is None:
            return None
        name, end = labelled
        if name in ANSWER_LABELS:
            return self._interviewee(name)
        words = _untitled(name_key(name).split())
        if not words:
            return None
        found = self._short_label(name, words[0]) if len(words) == 1 else self._long_label(name, words)
        if found is not None and _BROADCASTER_ROLE.search(paragraph[cue_end(paragraph) + len(name):end]):
            self.presenters.add(found.by)
        if found is not None and found.by in self.presenters:
            return None  # the anchor's or correspondent's narration: the broadcaster's own voice
        return found

    def heading(self, paragraph: str) -> Speaker | None:
        """The person a speaker heading names ("Dr Ana Ruiz, Senior Lecturer, …,
        comments:", `headings`): one of the article's people by their whole name, a
        registered person by theirs, else the name as written (the heading may be the
        one line naming them in full)."""
        name = heading_name(paragraph)
        if name is None:
            return None
        words = untitled_words(name.split())
        wanted = name_key(" ".join(words))
        key = self.forms.get(wanted) or self.registered_names.get(wanted) or slugify(" ".join(words))
        for word in self.words.get(key, ()):
            self.labelled[word] = key
        return Speaker(key, f"speaker: heading '{name}' above the quotation → {self._name(key)}")

    def _interviewee(self, name: str) -> Speaker | None:
        """"A: …" in a question-and-answer interview: the interviewee, the person the
        article names most often (the first named of those tied), if anyone."""
        if self._most_named is None:  # counted once per article, not once per answer
            counts = Counter(m.key for m in self.mentions)  # in order of first mention: max keeps the first of a tie
            key = max(counts, key=counts.__getitem__) if counts else ""
            self._most_named = (key, counts[key])
        key, times = self._most_named
        if not key:
            return None
        return Speaker(key, f"speaker: answer label '{name}' → {self._name(key)}, the person the interview "
                            f"names most ({times} times)")

    def _long_label(self, name: str, words: list[str]) -> Speaker | None:
        for skip in range(len(words) - 1):
            key = self.forms.get(" ".join(words[skip:]))
            if key is not None:
                for word in self.words.get(key, ()):
                    self.labelled[word] = key
                return Speaker(key, f"speaker: transcript label '{name}' → {self._name(key)}")
        return None

    def _short_label(self, name: str, word: str) -> Speaker | None:
        key = self.labelled.get(word)
        if key is not None:
            return Speaker(key, f"speaker: transcript label '{name}' → {self._name(key)}, last labelled so")
        holders = [key for key, words in self.words.items() if word in words and len(words) > 1] \
            or [key for key, words in self.words.items() if words == {word}]  # "MR. MILLER:", named by surname only
        if len(holders) == 1:
            return Speaker(holders[0], f"speaker: transcript label '{name}' → {self._name(holders[0])}, "
                                       "the one person of that name")
        return None

    @property
    def forms(self) -> dict[str, str]:
        """Every whole name (two words or more) of the article's people → their key."""
        if self._forms is None:
            self._forms = {name_key(form): key for key, person in self.people.items()
                           for form in (person.name, *person.aliases) if len(name_key(form).split()) > 1}
        return self._forms

    # -- resolving frames ---------------------------------------------------

    def resolve(self, start: int, text: str, frame: Frame | None, quoted: list[tuple[int, int]],
                previous: Speaker | None = None) -> Speaker:
        """The speaker of ``frame`` in the sentence at ``start`` (``previous``: the
        speaker of the sentence's frame before it, for "… and said"); in a labelled
        turn, the turn's speaker, who says whatever the turn relays (`_named_utterance` aside)."""
        speaker = self._frame_speaker(start, text, frame, quoted, previous)
        if self.turn is None or frame is None or frame.form == "negated" \
                or self._named_utterance(start, frame, speaker, quoted):
            return speaker
        return Speaker(self.turn.by, f"{self.turn.reason}, relaying '{text[frame.verb_start:frame.verb_end]}' "
                                     "in the speaker's turn")

    def _named_utterance(self, start: int, frame: Frame, speaker: Speaker, quoted) -> bool:
        """Whether a turn's frame gives what another person, named there, said or told
        ("Shin Won-sik … said on television that …" in a correspondent's answer): the
        words keep the one who first said them; the turn's speaker only passes them on.
        What the speaker reports by a pronoun or a role ("He asked for …") stays theirs, and
        so does all a letter's writer cites: a letter argues with what others said."""
        if self.letter or frame.form != "before" or frame.subject is None or frame.verb.lower() not in UTTERED \
                or speaker.by in ("", self.turn.by) or speaker.by not in self.people:
            return False
        return bool(self._people_in(start + frame.subject[0], start + frame.subject[1], quoted, start))

    def _frame_speaker(self, start: int, text: str, frame: Frame | None, quoted: list[tuple[int, int]],
                       previous: Speaker | None = None) -> Speaker:
        if frame is None:
            return REPORTER
        if frame.form in ("coordinated", "participle"):
            if previous is not None and previous.by:
                return Speaker(previous.by, f'{previous.reason}; "{frame.verb}" shares its subject')
            subject = clause_subject(text, frame.start)
            found = self._noun_phrase(start, text, subject, None, quoted, f'subject of "{frame.verb}"') \
                if subject is not None else None
            if found is not None and found.by:
                return found
            acting = self._acting_person(start, text[:frame.start], quoted)
            if acting is not None:
                return acting
            return found or Speaker("", f'no subject for "{frame.verb}": the reporter\'s own words')
        if frame.subject is None:
            return Speaker("", f'no speaker named next to "{frame.verb}": the reporter\'s own words')
        how = {"inverted": f'named after "{frame.verb}"', "according": 'named after "according to"'}
        return self._noun_phrase(start, text, frame.subject, frame.apposition, quoted,
                                 how.get(frame.form, f'named before "{frame.verb}"'))

    def _acting_person(self, origin: int, before: str, quoted) -> Speaker | None:
        """The person who is the subject of the last past-tense verb before a participle
        frame (``before``: the sentence up to it), when the sentence opens with no one who
        speaks: "The comment came a day after Vladimir Putin, speaking in Kazan, declined
        to deny it, saying only that …" — Putin says it."""
        for mention in reversed(self._people_in(origin, origin + len(before), quoted, origin)):
            if _ACTS_AFTER.match(before, mention.end - origin):
                return self._person(mention, before[mention.start - origin:mention.end - origin],
                                    "subject of the verb the participle follows")
        return None

    def _noun_phrase(self, origin: int, text: str, span: tuple[int, int], apposition: tuple[int, int] | None,
                     quoted, how: str) -> Speaker:
        bullet = _BULLET.match(text, span[0], span[1])  # "* The National Intelligence Service told": a list's mark
        span = (bullet.end(), span[1]) if bullet is not None and bullet.end() < span[1] else span
        a, b = origin + span[0], origin + span[1]
        words = text[span[0]:span[1]]
        last = words.split()[-1]
        pronoun = last.strip("'‘’").lower()  # "last month he told": the subject is the pronoun
        if pronoun in _POSSESSIVE_PRONOUNS and len(words.split()) == 1:  # "In her view, …"
            last = pronoun = _POSSESSIVE_PRONOUNS[pronoun]
        if pronoun in ("he", "she"):
            return self._pronoun(last, b - len(last))
        if pronoun in ("it", "they"):
            return self._group_pronoun(last, b - len(last))
        if pronoun in ("we", "i", "you"):
            return Speaker("", f"'{last}', {how}: the reporter's own words")
        if _AGE_DESCRIPTOR.fullmatch(words.strip()):
            return self._descriptor(words, a)
        if self_reference(words):  # "This article argues …": the page's own voice (`selfreference`)
            return Speaker("", f"'{words}': the page itself, the reporter's own words")
        national = national_of(self.text, a, code, (self.named, self.outside), {k: p.country for k, p in self.people.items()}) \
            if (code := described_nationality(words)) else None  # "the Austrian said": `demonymspeaker`
        if national is not None:
            self._spoke(a, national[0])
            return Speaker(national[0], f"speaker: '{words}' → {self._name(national[0])}, of that nationality, "
                                        f"named line {self.line_of(national[1])}")
        if apposition is not None and anonymity_clause(text[apposition[0]:apposition[1]]) \
                and not self._people_in(a, b, quoted, origin):
            return Speaker("", f"'{words}', {text[apposition[0]:apposition[1]]}: a person nobody names, no speaker")
        if apposition is not None:
            named = self._people_in(origin + apposition[0], origin + apposition[1], quoted, origin)
            if len(named) == 1 and _names_the_subject(text[apposition[0]:apposition[1]],
                                                       named[0].end - origin - apposition[0],
                                                       named[0].start - origin - apposition[0]):
                return self._person(named[0], words, f"{how}, in apposition")
        named = [m for m in self._people_in(a, b, quoted, origin) if not _in_organisation(self.text, a, m)]
        if len(named) > 1 and _heads_the_phrase(self.text, named[-2], named[-1], b):
            named = named[-1:]  # "Putin spokesman Dmitry Peskov": the name that ends the phrase heads it
        elif len(named) == 2 and _postmodified(self.text, named[0], named[1]):
            named = named[:1]  # "Rolando Siles of the Universidad … de San Simón": the name before "of" heads it
        if len(named) == 1:
            return self._person(named[0], words, how)
        if len(named) > 1 and _joint(self.text, a, b, named):
            return self._person(self._listed_first(named[0]), words, f"{how}, the first of joint speakers")
        if not named:
            role = self.roles.resolve(words, a, self._last_speaker(words, a)) \
                or variation_holder(words, a, self.named, self.roles, self.line_of) \
                or qualified_holder(words, a, self.named, self.roles, self.line_of) \
                or titled_next(words, a, self.roles, self.line_of)  # "its rector announced": named next
            if role is not None:
                key, holder = role
                self._spoke(a, key)
                where = f", line {holder.line}" if holder.line else ""
                source = (holder.written if not holder.words  # "the speaker named next"
                          else f'introduced as "{holder.written}"' if holder.line else f'registered role "{holder.written}"')
                return Speaker(key, f"speaker: '{words}' → {self._name(key)}, {source}{where}")
        ahead = named_next(self.text, words, a, self.mentions, self.starts) if not named else None
        ahead = ahead or (introduced_later_as(self.text, words, a, self.mentions, self.starts) if not named else None)
        ahead = ahead or (named_by_country(self.text, words, a, self.mentions, self.starts) if not named else None)
        if ahead is not None:  # "a Pentagon spokesman said … Pat Ryder, the spokesman, said"
            return self._person(ahead, words, f"{how}, named in the next sentence")
        if not named and (_unnamed(words) or unnamed_source(words) or indefinite_pronoun(words)
                          or commissioned_work(words) or anonymised(words) or state_figures(words)
                          or placed_indefinite(words)):  # "an official at the municipal council": nobody, not the council
            return Speaker("", f"'{words}': people nobody names, no speaker")
        organisation = self._organisation(a, b, words, how)
        if organisation is not None:
            return organisation
        owner = self._document_owner(origin, text, span, quoted, how)
        judge = self.roles.introduced_with(JUDGE, a) if owner is None and court_document(words) else None
        if judge is not None:  # "according to the ruling": the judge's findings (`courtdocuments`)
            self._spoke(a, judge[0])
            return Speaker(judge[0], f"speaker: '{words}' → {self._name(judge[0])}, the judge's decision, {how}")
        if owner is not None:
            return owner
        return self._free_text(words, a, how)

    def _listed_first(self, mention: PersonMention) -> PersonMention:
        """The first name of the list ``mention`` is in: "Tom Hale, Ana Ruiz and Eva Lind
        said" is cut at its commas, and its subject is the list's last names only."""
        index = bisect.bisect_left(self.starts, mention.start)
        for _ in range(MAX_LISTED):
            if index == 0 or _LIST_COMMA.fullmatch(self.text, self.mentions[index - 1].end, mention.start) is None:
                break
            index -= 1
            mention = self.mentions[index]
        return mention

    def _document_owner(self, origin: int, text: str, span: tuple[int, int], quoted, how: str) -> Speaker | None:
        """"according to the minister's figures", "Lind's statement said": a person's
        document (`_DOCUMENT`) says what its owner says, when the owner is a person."""
        found = _DOCUMENT.fullmatch(text, span[0], span[1])
        if found is None:
            return None
        a, b = found.span("owner")
        named = [m for m in self._mentions(origin + a, origin + b) if not inside(quoted, m.start - origin)]
        if len(named) == 1:  # "Lind's statement": the possessive name is the owner
            return Speaker(self._who(named[0])[0], f"speaker: '{text[a:b]}' → {self._name(named[0].key)}, "
                                                   f"whose {found.group('document')} it is")
        owner = self._noun_phrase(origin, text, (a, b), None, quoted, how)
        viewed = found.group("document") in _VIEWS and owner.by  # "the ministry's position is that …": the ministry's
        if owner.by not in self.people and owner.by not in self.registered and not viewed:
            return None
        return Speaker(owner.by, f"{owner.reason}, whose {found.group('document')} it is")

    def _last_speaker(self, words: str, offset: int) -> Holder | None:
        """"Mark Rutte said … “…,” the Nato chief said": the person named as the speaker
        of the sentence before, whom a role phrase no introduction fits refers back to
        (`RoleTable.resolve`), when the article gives that person no role of another kind."""
        offsets, keys = self.named
        index = bisect.bisect_left(offsets, offset)
        if index == 0 or required_words(words) is None or not self.roles.same_kind(words, keys[index - 1]):
            return None
        if sentence_ends(self.text, offsets[index - 1], offset) > 1:
            return None
        key = keys[index - 1]
        return Holder(key, frozenset(), "the speaker of the sentence before", self.line_of(offsets[index - 1]))

    def _organisation(self, a: int, b: int, words: str, how: str) -> Speaker | None:
        """The organisation that heads the subject's words ("the Pentagon", "South Korea's
        National Intelligence Service"), not one that qualifies them ("Pentagon officials")."""
        named = self.organisations[bisect.bisect_left(self.organisation_starts, a):
                                   bisect.bisect_left(self.organisation_starts, b)]
        if not named or named[-1].end > b or self.text[named[-1].end:b].strip():
            return None
        last = named[-1]
        forms = country_forms()
        for word in self.text[a:last.start].split():
            bare = word.strip(",'’").removesuffix("'s").removesuffix("’s")
            if not (word[0].islower() or bare.lower() in FUNCTION_WORDS or bare in forms):
                return None  # another name before it ("Austin's Pentagon"): not the body alone
        self.group = (a, last.key)
        return Speaker(last.key, f"speaker: '{words}' → organisation {last.key}, {how}")

    def _person(self, mention: PersonMention, words: str, how: str) -> Speaker:
        key, shared = self._who(mention)
        self._spoke(mention.start, key)
        if shared:
            return Speaker(key, f"speaker: '{words}' → {self._name(key)}, the last speaker of that name")
        return Speaker(key, f"speaker: '{words}' → {self._name(key)}, {how}")

    def _who(self, mention: PersonMention) -> tuple[str, bool]:
        """The person a mention names; a bare surname shared by several people of
        the article ("Kim") is the last of them to speak when they spoke in the sentence
        before or earlier in its own, else the one of them named in full there, else the
        last of them to speak (True when so decided)."""
        written = self.text[mention.start:mention.end].lower()
        if " " in written or sum(written in words for words in self.words.values()) < 2:
            return mention.key, False
        last = self.by_word.get(written)
        # "… the warning that Kim Yong Hyun gave. Kim said …": the one just introduced
        near = self._named_in_full(written, mention.start) if last is None \
            or not self._recent(self.named, lambda at, key: key == last, mention.start) else None
        if near is not None:
            return near, near != mention.key
        return (last, True) if last is not None and last != mention.key else (mention.key, False)

    def _named_in_full(self, word: str, offset: int) -> str | None:
        """The person whose full name with ``word`` the text gives last before ``offset``,
        in that sentence or the one before, outside quotation marks; else None."""
        def full(at: int, key: str) -> bool:
            found = self.mentions[bisect.bisect_left(self.starts, at)]
            return word in self.words.get(key, ()) and " " in self.text[found.start:found.end].strip()
        return self._recent(self.outside, full, offset)

    def _recent(self, index: tuple[list[int], list[str]], fits, offset: int) -> str | None:
        """The key of the last entry of ``index`` before ``offset``, in that sentence or the
        one before, for which ``fits(offset, key)`` holds; else None."""
        offsets, keys = index
        for i in range(bisect.bisect_left(offsets, offset) - 1, -1, -1):
            if sentence_ends(self.text, offsets[i], offset) > 1:
                return None
            if fits(offsets[i], keys[i]):
                return keys[i]
        return None

    def _pronoun(self, word: str, offset: int) -> Speaker:
        pronoun = word.lower()
        if unnamed_antecedent(self.unnamed_subject, offset, self.outside[0], self.text) \
                or quoted_after_unnamed(self.unnamed_subject, offset, self.outside[0], self.text):
            return Speaker("", f"'{word}' → the person nobody names who is the subject before it, line "
                               f"{self.line_of(self.unnamed_subject)}: no speaker")
        for (offsets, keys), how in ((self.named, "last named speaker"), (self.outside, "last person named")):
            index = bisect.bisect_left(offsets, offset)
            # The most recent first; one known to be of the other gender is passed over.
            for i in range(index - 1, max(index - 1 - MAX_PASSED_OVER, -1), -1):
                key = keys[i]
                if self.gender.get(key, pronoun) == pronoun:
                    self._spoke(offset, key)
                    self.gender.setdefault(key, pronoun)
                    return Speaker(key, f"speaker: '{word}' → {self._name(key)}, {how}, line {self.line_of(offsets[i])}")
        return Speaker("", f"'{word}' with no person named before it: left empty")

    def _descriptor(self, words: str, offset: int) -> Speaker:
        """"The 61-year-old said": the last person named as a speaker or a subject
        (else named at all) before it, as a pronoun would be, whatever their gender."""
        for (offsets, keys), how in ((self.named, "last named speaker"), (self.outside, "last person named")):
            index = bisect.bisect_left(offsets, offset)
            if index:
                key = keys[index - 1]
                self._spoke(offset, key)
                return Speaker(key, f"speaker: '{words}' → {self._name(key)}, {how}, line {self.line_of(offsets[index - 1])}")
        return Speaker("", f"'{words}' with no person named before it: left empty")

    def learn_gender(self, key: str, statement: str, quoted: bool = False) -> None:
        """"Ortega said her client …", "Albares said he had …": reported speech that
        opens with a third-person pronoun speaks of its speaker; ``quoted``: the statement
        lies inside quotation marks, words quoted as said, where a speaker says "I", never "he"."""
        first = statement.split(maxsplit=1)[0].lower() if statement.split() else ""
        pronoun = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she"}.get(first)
        if pronoun is not None and quoted:
            self.quoted_genders.add(pronoun)  # someone of that gender is about, and it is not the speaker
            return  # "“He has lived here for years,” the judge said": the speaker's own words speak of another
        if pronoun is not None and key in self.people and pronoun not in self._others_gender(key):
            self.gender.setdefault(key, pronoun)

    def _others_gender(self, key: str) -> set[str]:
        """The genders known of people other than ``key``: "Hazell said she was tough" in an
        obituary of a woman already called "she" may speak of her, and teaches nothing of Hazell."""
        return {g for other, g in self.gender.items() if other != key} | self.quoted_genders

    def _group_pronoun(self, word: str, offset: int) -> Speaker:
        """"it"/"they": the last organisation or group to speak, nearby; "they" is
        rather the plural subject of a sentence after it ("Critics were less
        enthusiastic. They said …"), as written, or nobody when people nobody names."""
        plural = self.plural
        if word.lower() == "they" and plural is not None and plural[0] < offset <= plural[0] + GROUP_REACH \
                and (self.group is None or self.group[0] < plural[0]):
            phrase = plural[1][0].upper() + plural[1][1:]
            if _unnamed(phrase):
                return Speaker("", f"'{word}' → '{phrase}', the plural subject before it: people nobody names")
            return Speaker(phrase, f"speaker: '{word}' → '{phrase}', the plural subject before it (as written)")
        if self.group is not None and offset - self.group[0] <= GROUP_REACH:
            return Speaker(self.group[1], f"speaker: '{word}' → {self.group[1] or 'the page itself'}, the last group to speak")
        return Speaker("", f"'{word}' with no group speaking just before: left empty")

    def _free_text(self, words: str, offset: int, how: str) -> Speaker:
        if words[:1].isdigit():  # "386 households replied"; "18:10 The …", a time stamp the subject ran into
            return Speaker("", f"'{words}': people counted or a time, nobody named: no speaker")
        if all(w.lower().strip("'’") in FUNCTION_WORDS for w in words.split()):
            return Speaker("", f"no speaker named ('{words}'): the reporter's own words")
        if _unnamed(words):
            return Speaker("", f"'{words}': people nobody names, no speaker")
        if self.publisher and organisation_fingerprint(words) == organisation_fingerprint(self.publisher):
            return Speaker("", f"'{words}' published the article: the reporter's own words")
        if own_work(words, self.publisher):  # "figures compiled by the Gazette": `publisherwork`
            return Speaker("", f"'{words}': the publisher's own work, the reporter's own words")
        phrase = words[0].upper() + words[1:]
        self.group = (offset, phrase)
        return Speaker(phrase, f"speaker: '{words}', {how} (not a person: as written)")

    def _name(self, key: str) -> str:
        person = self.people.get(key)
        return person.name if person else self.registered.get(key, key)


MAX_LISTED = 10
"""Names looked back over in a list of joint speakers."""
_LIST_COMMA = re.compile(r",\s*")
_VIEWS = frozenset("view position argument opinion belief contention conclusion claim thesis".split())
"""Documents that are only their owner's mind: whoever owns one says it, a body too."""
_BULLET = re.compile(r"[*•·▪‣◦–—-]+\s+")
"""A list item's mark before a subject: no part of who speaks."""
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they", "him": "he", "them": "they"}
"""The owner of a view named by a pronoun alone ("In her view, …"): the pronoun's antecedent;
and a pronoun in the object case, as "according to" takes it ("According to him, …"),
which stands for its antecedent as "he" would."""
_DOCUMENT = re.compile(r"(?P<owner>[^,;]+?)['’]s?\s+(?:own\s+|[a-z]+\s+)?(?P<document>figures|data|numbers|estimates?|statement"
                       r"|letter|report|calculations?|count|tally|assessment|analysis|post|tweet|memo|testimony"
                       r"|view|position|argument|opinion|belief|contention|conclusion|claim|thesis)")
"""A person's document or figures: "the minister's figures", "Lind's statement"."""
_AGE_DESCRIPTOR = re.compile(r"(?:the|The)\s+\d{1,3}-year-old(?:\s+[a-z]+)?")
"""A person described by their age alone: "the 61-year-old", "the 45-year-old mother"."""
_BROADCASTER_ROLE = re.compile(r"\b(?:anchor|host|co-host|presenter|newsreader|narrator|correspondent|reporter"
                               r"|VO|V/O|voice-?over|PTC|piece to camera|stand-?up)\b", re.I)
"""Roles in a transcript's label that make the speaker the broadcaster's own
("DANA WHITFIELD, ABN ANCHOR:", "…, PENTAGON CORRESPONDENT:"), and a script's
notes for its reporter's voice-over or piece to camera ("HSU (VO):", "HSU (PTC):"):
who else speaks in that narration is said by its verbs."""


_SUBJECT_WORDS = re.compile(r"(?:[\w'’-]+\s+){0,5}?(?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might"
                            r"|must|do|does|did|also|[a-z]+ed|" + "|".join(sorted(IRREGULAR_FORMS)) + r")\b)")
"""The words of a sentence before its first auxiliary or past-tense verb (regular, or
irregular: `lexicon.IRREGULAR_FORMS`): its subject."""


_ACTS_AFTER = re.compile(r"(?:,[^,;“”\"]{1,100},)?\s+(?:[a-z]+ly\s+)?[a-z]{2,}ed\b")
"""A name's past-tense verb right after it, an aside between commas allowed ("Putin, speaking in
Kazan, declined"): the name is that clause's subject."""
_DESCRIPTION = re.compile(r"[Tt]he(?:\s+[a-z][\w-]*){1,2}")
"""A definite description of a person with no name or capital in it: "The magistrate", "the chief prosecutor"."""
_TITLES_ONLY = re.compile(r"(?:[A-Z][a-z]{0,4}\.?\s+){0,2}")
"""Titles a signature may put before the name: "Dr. ", "Prof ", "Sr. "."""

_NAME_LINE_REASON = "speaker: name line"
_GOES_ON = ", whose turn goes on"


def _untitled(words: list[str]) -> list[str]:
    """A label's name words without the titles before them: "MR LIND", "SECRETARY
    HALE" → ["lind"], ["hale"] (a briefing's transcript writes a speaker so)."""
    while len(words) > 1 and (words[0].rstrip(".") in HONORIFIC_STEMS or is_role_word(words[0].rstrip("."))):
        words = words[1:]
    return words




def _plural_subject(sentence: str) -> tuple[int, int] | None:
    """The sentence's subject when it is plural (for "they"): joined by "and" ("Holm and
    her party") or headed by a plural noun ("Critics", "The unions"), not a pronoun."""
    found = _SUBJECT_WORDS.match(sentence)
    if found is None or not found.group().strip():
        return None
    words = found.group().strip()
    tokens = words.split()
    head = tokens[-1].strip(",'’").lower()
    if head in FUNCTION_WORDS or "“" in words or '"' in words:
        return None
    plural = " and " in f" {words} " or head.endswith("s") and not head.endswith(("ss", "'s", "’s"))
    return (0, len(words)) if plural else None


def _append(index: tuple[list[int], list[str]], offset: int, key: str) -> None:
    """Add to a sorted (offsets, keys) index; offsets arrive almost in order."""
    offsets, keys = index
    at = bisect.bisect_right(offsets, offset)
    offsets.insert(at, offset)
    keys.insert(at, key)


def _name_words(person: PersonGuess) -> set[str]:
    return {w.lower() for form in (person.name, *person.aliases) for w in form.split()}


def _unnamed(words: str) -> bool:
    """"officials", "Ukrainian officials", "US and South Korean officials": a group of
    `UNNAMED_GROUPS` described by nothing but adjectives and demonyms; or one such
    person, indefinite ("a senior Ukrainian officer", "an official": `UNNAMED_PERSONS`),
    whether or not the sentence says why the person is not named, or definite ("the
    official": `roles` found no one the article introduced so).  Words in lower case
    after the noun ("familiar with the request"), or where the person works after a
    preposition ("a senior official of the Security Bureau") describe them without
    naming them."""
    tokens = _without_modifier(words.split())
    if not tokens:
        return False
    head = tokens[-1].lower().rstrip(",")
    if head in UNNAMED_PERSONS and tokens[0].lower() in ("a", "an", "one", "the"):
        tokens = tokens[1:]  # "the official", no role the article gives anyone: the unnamed one before
    elif head not in UNNAMED_GROUPS:
        return False
    forms = country_forms()
    words, i = tokens[:-1], 0
    while i < len(words):  # "US and South Korean officials": a two-word demonym is one
        if " ".join(w.rstrip(",") for w in words[i:i + 2]) in forms and i + 1 < len(words):
            i += 2
        elif words[i][0].islower() or words[i].lower() in FUNCTION_WORDS or words[i].rstrip(",") in forms \
                or words[i].rstrip(",").lower() in _REGIONAL_ADJECTIVES:
            i += 1
        else:
            return False
    return True


_POSTMODIFIERS = frozenset("familiar close briefed involved who speaking with knowledgeable there here".split())
"""First words of what follows an unnamed group's noun: "officials familiar with the
request", "a source close to the talks", "an officer who asked not to be named",
"officials there"."""

_PREPOSITIONS = frozenset("of in at from with within inside".split())
_INDEFINITE = frozenset("a an one".split())

_REGIONAL_ADJECTIVES = frozenset("""
    western eastern northern southern central european asian african arab american nordic baltic balkan
    latin gulf
""".split())
"""Capitalised adjectives of a region, not a state nor a body: "Western officials" are
people nobody names, as "Ukrainian officials" are."""

_PLACE_AFTER = re.compile(r"in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*)(?P<noun>\s+(?:" + "|".join(PLACE_KINDS) + r"))?,?")
"""Where an unnamed person is, after the noun: "a battalion commander in the Kursk region"."""


_UNNAMED_NOUNS = UNNAMED_GROUPS | UNNAMED_PERSONS


def _without_modifier(tokens: list[str]) -> list[str]:
    """``tokens`` cut before a postmodifier in lower case with no name in it."""
    for i, token in enumerate(tokens[1:], 1):
        if token in _PREPOSITIONS and tokens[i - 1].lower().rstrip(",") in UNNAMED_PERSONS \
                and tokens[0].lower() in _INDEFINITE:
            return tokens[:i]  # "a senior official of the Security Bureau": where they work, not who they are
        if token == "in" and tokens[i - 1].lower().rstrip(",") in _UNNAMED_NOUNS:
            place = _PLACE_AFTER.fullmatch(" ".join(tokens[i:]))
            if place is not None and (place.group("noun") or place.group("place") in place_words()):
                return tokens[:i]  # a place says where they are, not who they are
        if token.lower() in _POSTMODIFIERS and tokens[i - 1].lower().rstrip(",") in _UNNAMED_NOUNS:
            rest = tokens[i:]
            return tokens[:i] if all(not w[:1].isupper() for w in rest) else tokens
    return tokens


def _names_the_subject(apposition: str, name_end: int, name_start: int = -1) -> bool:
    """Whether the person named in an apposition is the subject it describes: a
    short one ("Teresa Peñalver"), one that opens with the name and goes on with where
    the person works ("Another analyst, Siti Abdullah of a policy institute in the
    capital, said": the name is the apposition's head), or one that ends with the
    name after a title ("the Nigerian infectious diseases specialist Dimie Ogoina"),
    not after a relation ("a colleague of Dimie Ogoina"), nor one that opens with a
    participle ("Choe, meeting Sergei Lavrov in Moscow, said": the name is its object)."""
    if PARTICIPLE_ASIDE.match(apposition.strip(" ,")):
        return False
    if len(apposition.split()) <= 5 or name_start == 0:
        return True
    before = apposition[:name_end].split()[:-1]
    return not apposition[name_end:].strip(" ,") and not any(w.lower() in _RELATIONS for w in before)


_RELATIONS = frozenset("of to with for by from and".split())


def _in_organisation(text: str, start: int, mention: PersonMention) -> bool:
    """"the Department for Energy Security and Net Zero": a name joined by "and",
    "of" or "for" to an organisation's words is part of the organisation's name."""
    before = text[start:mention.start].split()
    return len(before) >= 2 and before[-1].lower() in ("and", "of", "for", "&") \
        and any(_plain(w) in ORGANISATION_WORDS for w in before[:-1])


_COORDINATION = re.compile(r",|;|/|&|\b(?:and|or|with|plus|nor)\b")


def _heads_the_phrase(text: str, before: PersonMention, last: PersonMention, end: int) -> bool:
    """Whether ``last`` heads a subject naming two people: English puts a noun
    phrase's head last ("Trump adviser Stephen Miller", "Kingsmere manager Siobhan
    Kerrigan"), so the name ending it is the one who speaks — unless the two are
    joined ("Hale and Ruiz", "Hale, Ruiz") as a pair or a list of speakers."""
    return not text[last.end:end].strip() and _COORDINATION.search(text, before.end, last.start) is None


_POSTMODIFIER = re.compile(r"\s+(?:of|at|from)\s[^,;&/]*")
"""A prepositional phrase after a name, with no coordination in it: "of the Universidad Mayor"."""


def _postmodified(text: str, first: PersonMention, second: PersonMention) -> bool:
    """Whether ``second`` lies in a prepositional phrase after ``first`` ("Geologist Ana Ruiz
    of the Universidad Mayor de San Simón", where the people read "de San Simón" as a name):
    the phrase says where the person works or comes from, and ``first`` heads the subject."""
    between = text[first.end:second.start]
    return _POSTMODIFIER.fullmatch(between) is not None and not _COORDINATION.search(between)


def _plain(word: str) -> str:
    return word.lower().strip(",.'’")


def _joint(text: str, start: int, end: int, named: list[PersonMention]) -> bool:
    """Whether the subject ``text[start:end]`` is nothing but the people ``named``, joined
    ("Tom Hale and Ana Ruiz", "Mr Hale, Ms Ruiz and Dr Lind"): joint speakers, whose
    words are the first one's as much as anyone's — an id, not the phrase as free text."""
    rest, cursor = [], start
    for mention in named:
        rest.append(text[cursor:mention.start])
        cursor = mention.end
    rest.append(text[cursor:end])
    words = [w.lower().rstrip(".") for w in " ".join(rest).replace(",", " ").split()]
    joined = "and" in words or "&" in words
    return joined and all(w in ("and", "&", "both") or w in HONORIFIC_STEMS or is_role_word(w) for w in words)


def _honorific_gender(role: str) -> str | None:
    """"Mr." → he; "Ms."/"Mrs." → she; else None."""
    words = {w.lower().rstrip(".") for w in role.split()}
    return "he" if words & {"mr", "sir", "lord"} else "she" if words & {"ms", "mrs", "dame", "lady"} else None
