"""The people of an article: registry matches and new names, short forms resolved.

Names come from `names.find_names`, in text order.  A full name is the
registered person whose name or alias it is (or whose id it would make),
else the same person as an earlier full name of the article ("Lloyd J.
Austin III" and "Lloyd Austin"), else the new person whose earlier name opens
this one, now under the fuller name ("Tomás Errázuriz", then "Tomás Errázuriz
Vial"), else the person whose earlier name this one opens ("Nurul Aisyah" after
"Nurul Aisyah Kamaruddin"), else a registered person under another
spelling (`variants`: "Volodymyr Zelensky" is volodymyr-zelenskyy), else a
new person.  A single word ("Kim", "Albares") is the person most recently
named in full whose name contains it — so two people sharing a surname are
told apart by recency, as `generator.mentions` does — else, for a registered
alias, the first later full name containing it (a headline names people
before the text does: "Kim's soldiers", then "Kim Jong Un") or else the
alias's person; else (with a cue) a registered surname spelt another way,
else the first later full name containing it, else, after a title that stands for one person ("President Yoon",
`lexicon.PERSONAL_TITLES`), a person the article names by surname only.  Other
single words that resolve to nobody are dropped: never a guess — unless the page
says the person gives one name only ("gave only her first name, Lan": `onename`).
Initials alone ("Mr D") name a party the page keeps anonymous: nobody.

A registered person's forms that the registry does not list are proposed
as new aliases (`PersonGuess.new_aliases`), never as a second person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice

from ..model import Corpus
from .ids import name_key, slugify
from .model import PersonGuess
from .lexicon import PERSONAL_TITLES
from .names import NameSpan, find_names
from .onename import introduced_by_one_name, withholds_surname
from .recordlines import record_author_lines, signed_lines
from .signatures import find_signatures
from .transcript import speaker_lines
from .variants import closest, same_name, spelling_key
from .cognatenames import cognate_name


@dataclass(frozen=True)
class PersonMention:
    """Where a person (by key) is named, for speaker resolution."""

    start: int
    end: int
    key: str
    """The person's id (known) or proposed id."""


@dataclass
class _Person:
    """A person being collected (mutable while the article is read)."""

    id: str
    name: str
    known: bool
    line: int
    reason: str
    role: str = ""
    country: str | None = None
    forms: list[str] = field(default_factory=list)


class Registry:
    """The registered people, looked up by name, alias and loose name key."""

    def __init__(self, corpus: Corpus | None):
        self.lookups = 0
        self.people = dict(corpus.people) if corpus else {}
        self.by_form: dict[str, list[str]] = {}
        self.by_key: dict[str, str] = {}
        for person in self.people.values():
            for form in dict.fromkeys(person.names):
                self.by_form.setdefault(form, []).append(person.id)
            self.by_key.setdefault(name_key(person.name), person.id)

    def full_name(self, name: str) -> str | None:
        owners = self.by_form.get(name, [])
        if len(owners) == 1:
            return owners[0]
        if name_key(name) in self.by_key:
            return self.by_key[name_key(name)]
        return slugify(name) if slugify(name) in self.people else None

    def variant(self, name: str) -> str | None:
        """The registered person ``name`` is another spelling of ("Volodymyr Zelensky"), if any."""
        if not self.people or self.lookups >= MAX_VARIANT_LOOKUPS:
            return None
        self.lookups += 1
        hint = closest(slugify(name), self.people)
        forms = self.people[hint].names if hint else ()
        # 'Vladimir Zelensky' on a Russian agency's page: one given name in two languages
        return hint if any(same_name(name, form) or cognate_name(name, form) for form in forms) else None

    def surname_variant(self, word: str) -> str | None:
        """The one registered person whose surname ``word`` spells another way ("Zelensky"), if any."""
        if not self.people or self.lookups >= MAX_VARIANT_LOOKUPS:
            return None
        self.lookups += 1
        hint = closest(word, self.surnames)
        owners = self.surnames.get(hint, []) if hint else []
        return owners[0] if len(owners) == 1 and spelling_key(hint) == spelling_key(word) else None

    @cached_property
    def surnames(self) -> dict[str, list[str]]:
        """The last word of every registered name and alias → the people who have it."""
        found: dict[str, list[str]] = {}
        for person in self.people.values():
            for form in dict.fromkeys(f.split()[-1] for f in person.names if f.split()):
                found.setdefault(form, []).append(person.id)
        return found


MAX_VARIANT_LOOKUPS = 200
"""Names of one article compared with the whole registry for another spelling:
each comparison reads every registered id, and an article names a few dozen people."""


MAX_RENAMES = 20
"""People an article names by a fuller name after a shorter one: a handful; each
rename is looked up once more when the guesses are listed."""


MAX_NAMESAKES = 50
"""Earlier full names sharing a surname that a new full name is compared
with, most recent first.  An article names a handful; a pasted list of
thousands must not make reading it quadratic."""


class PeopleFinder:
    """Reads the names of one article in order and keeps who is who.

    The full names read so far are indexed three ways, so that each name
    costs the same however long the article: by surname (for
    `_same_as_earlier`), and by each of their words, to the person most
    recently mentioned (`_single`) and to the first person named (the
    forward look-up of `read`).
    """

    def __init__(self, registry: Registry, line_of: callable, text: str = ""):
        self.text = text
        """The page, read only where a single word may be introduced as a person's one name (`onename`)."""
        self.registry = registry
        self.line_of = line_of
        self.people: dict[str, _Person] = {}
        self.mentions: list[PersonMention] = []
        self.last_seen: dict[str, int] = {}
        self.by_surname: dict[str, dict[tuple[str, str], None]] = {}
        """Last word of a full name's `name_key` → (name key, person key), most recent last."""
        self.words_of: dict[str, set[str]] = {}
        """Person key → the lower-case words of the full names that named them."""
        self.latest: dict[str, str] = {}
        """Lower-case word → the person most recently mentioned among those it names."""
        self.first: dict[str, str] = {}
        """Lower-case word → the first person named in full with it."""
        self.renamed: dict[str, str] = {}
        """Person key → the id of the fuller name they were named by later (`_fuller_than_earlier`)."""

    def read(self, names: list[NameSpan]) -> None:
        pending: list[NameSpan] = []
        aliased: dict[int, str] = {}
        """Start of a single word → the registered person whose alias it is, kept for after
        the forward look-up: the article's own full name comes first ("Kim's soldiers" in a
        headline, "Kim Jong Un" in the text, whoever the registry calls "Kim")."""
        for span in names:
            if not name_key(span.name):
                continue  # "Mr D": initials alone, a party a page keeps anonymous, whom no id can name
            key = self._full(span) if span.is_full else self._single(span)
            if key is None and not span.is_full and self._registered_alias(span) is not None:
                aliased[span.start] = self._registered_alias(span)
                pending.append(span)
            elif key is None and not span.is_full:
                pending.append(span)
            elif key is not None:
                self._mention(span, key)
        surnamed: dict[str, str] = {}
        cued = {span.name for span in pending if span.cue is not None}
        for span in pending:  # forward: a headline's "Albares" before the text's full name
            later = self.first.get(span.name.lower())
            if later is None and span.start in aliased \
                    and (span.name in cued or not self._family_name_first(span, aliased[span.start])):
                later = self._add_alias(span, aliased[span.start])
            if later is None and _titled(span):
                later = surnamed.setdefault(span.name.lower(), self._surname_only(span))
            if later is not None:
                self._mention(span, later)
        for span in pending:  # "… said Yoon", before or after "President Yoon"
            if self.first.get(span.name.lower()) is None and span.name.lower() in surnamed and not _titled(span):
                self._mention(span, surnamed[span.name.lower()])
            elif self.first.get(span.name.lower()) is None and self.text \
                    and (span.cue is not None and introduced_by_one_name(self.text, span.start)  # "… first name, Lan"
                         or withholds_surname(self.text, span.end)):  # "Artjom, who would not give his surname"
                self._mention(span, self._add(slugify(span.name), span.name, False, span, "named by one name only"))

    def _surname_only(self, span: NameSpan) -> str:
        """A person the article names by title and surname alone ("President Yoon",
        never in full): a person all the same, under the name the article gives."""
        return self._add(slugify(span.name), span.name, False, span, f'{span.cue}, named by surname only')

    def _full(self, span: NameSpan) -> str | None:
        known = self.registry.full_name(span.name)
        if known is not None:
            return self._add(known, self.registry.people[known].name, True, span,
                             f'registered as {known}: "{span.name}"')
        same = self._same_as_earlier(span.name)
        if same is not None:
            return same
        fuller = self._fuller_than_earlier(span)
        if fuller is not None:
            return fuller
        opening = self._opening_of_earlier(span)
        if opening is not None:
            return opening
        variant = self.registry.variant(span.name)
        if variant is not None:
            registered = self.registry.people[variant].name
            return self._add(variant, registered, True, span, f'registered as {variant}: "{span.name}" is another '
                             f'spelling of "{registered}"')
        reason = span.cue or "capitalised name"
        return self._add(slugify(span.name), span.name, False, span, reason)

    def _same_as_earlier(self, name: str) -> str | None:
        """The person of the latest full name with the same surname and every
        word of this one: "Lloyd Austin" after "Lloyd J. Austin III"."""
        key = name_key(name)
        words = key.split()
        earlier = self.by_surname.get(words[-1] if words else "", {})
        for other, person in islice(reversed(earlier), MAX_NAMESAKES):
            if other == key or set(words) <= set(other.split()):
                return person
        return None

    def _fuller_than_earlier(self, span: NameSpan) -> str | None:
        """The new person first named in full with this name's first word, when their
        name opens this one ("Tomás Errázuriz", then "Tomás Errázuriz Vial": a second
        surname or a suffix the article gives later), now under the fuller name; else
        None.  A registered person keeps the registry's name."""
        words = span.name.split()
        key = self.first.get(words[0].lower())
        person = self.people.get(key) if key is not None else None
        if person is None or person.known or len(self.renamed) >= MAX_RENAMES:
            return None
        earlier = person.name.split()
        if len(earlier) >= len(words) or words[:len(earlier)] != earlier:
            return None
        person.forms.append(person.name)
        person.name, person.id = span.name, slugify(span.name)
        self.renamed[key] = person.id
        return self._add(key, span.name, False, span, "")

    def _opening_of_earlier(self, span: NameSpan) -> str | None:
        """The person first named in full with this name's first word, when this name opens
        theirs ("Dr Nurul Aisyah Kamaruddin", then "Nurul Aisyah said"): a later mention
        shortened to the given names, as Malay, Indonesian and Arabic names are; else None."""
        words = span.name.split()
        key = self.first.get(words[0].lower())
        person = self.people.get(key) if key is not None else None
        if person is None:
            return None
        earlier = person.name.split()
        if len(earlier) <= len(words) or earlier[:len(words)] != words:
            return None
        return key  # `read` records the mention: a registered person gains the short form as a new alias

    def _single(self, span: NameSpan) -> str | None:
        word = span.name
        holder = self.latest.get(word.lower())
        if holder is not None:
            return holder
        if self._registered_alias(span) is not None:
            return None  # resolved after the forward look-up (`read`)
        variant = self.registry.surname_variant(word) if span.cue else None
        if variant is not None:
            person = self.registry.people[variant]
            return self._add(person.id, person.name, True, span, f'registered as {person.id}: "{word}" is another '
                             f'spelling of its surname')
        return None

    def _registered_alias(self, span: NameSpan) -> str | None:
        """The one registered person whose name or alias the single word is, if any."""
        owners = self.registry.by_form.get(span.name, [])
        return owners[0] if len(owners) == 1 else None

    def _family_name_first(self, span: NameSpan, known: str) -> bool:
        """Whether the single word opens the registered person's name of several words and
        ends none of their names: a family name written first ("Kim" of "Kim Yong-hyun"),
        which many people share, so an article that never names this one in full means
        someone else ("Kim's soldiers": Kim Jong Un's).  `read` still resolves it when a cue
        somewhere ("say Kim") makes the word a speaker the registry may know."""
        names = [n.split() for n in self.registry.people[known].names]
        return any(len(n) > 1 and n[0] == span.name for n in names) \
            and not any(len(n) > 1 and n[-1] == span.name for n in names)

    def _add_alias(self, span: NameSpan, known: str) -> str:
        person = self.registry.people[known]
        return self._add(person.id, person.name, True, span, f'registered alias "{span.name}" of {person.id}')

    def _add(self, key: str, name: str, known: bool, span: NameSpan, reason: str) -> str:
        if key not in self.people:
            line = self.line_of(span.start)
            self.people[key] = _Person(key, name, known, line, f"{reason} (line {line})")
        person = self.people[key]
        person.role = person.role or span.role
        person.country = person.country or span.country
        if span.is_full:
            self._index_full_name(span.name, key)
        return key

    def _index_full_name(self, written: str, key: str) -> None:
        other = name_key(written)
        words = other.split()
        earlier = self.by_surname.setdefault(words[-1] if words else "", {})
        earlier.pop((other, key), None)  # re-inserted: most recent last
        earlier[(other, key)] = None
        lower = written.lower().split()
        self.words_of.setdefault(key, set()).update(lower)
        for word in lower:
            self.first.setdefault(word, key)

    def _mention(self, span: NameSpan, key: str) -> None:
        person = self.people[key]
        if span.name != person.name and span.name not in person.forms:
            person.forms.append(span.name)
        self.mentions.append(PersonMention(span.start, span.end, key))
        self.last_seen[key] = span.start
        # Names are read in text order, so this person is now the most
        # recently mentioned holder of each word of their full names.
        for word in self.words_of.get(key, ()):
            self.latest[word] = key

    def guesses(self) -> list[PersonGuess]:
        first = {}
        for mention in self.mentions:
            first.setdefault(mention.key, mention.start)
        ordered = sorted((p for key, p in self.people.items() if key in first),
                         key=lambda p: first[self._key_of(p)])
        return [PersonGuess(p.id, p.name, p.known, tuple(p.forms), p.role, p.country, p.line, p.reason,
                            self._new_aliases(p)) for p in ordered]

    def _key_of(self, person: _Person) -> str:
        return next((old for old, new in self.renamed.items() if new == person.id), person.id)

    def final_mentions(self) -> list[PersonMention]:
        """Every mention in text order, under the people's final ids."""
        found = sorted(self.mentions, key=lambda m: m.start)
        if not self.renamed:
            return found
        return [PersonMention(m.start, m.end, self.renamed.get(m.key, m.key)) for m in found]

    def _new_aliases(self, person: _Person) -> tuple[str, ...]:
        """Forms of a registered person the registry does not list: `generator.mentions`
        finds names exactly as written, so each needs adding."""
        if not person.known:
            return ()
        registered = set(self.registry.people[person.id].names)
        return tuple(f for f in person.forms if f not in registered)


def _titled(span: NameSpan) -> bool:
    """Whether a title that stands for one person (`lexicon.PERSONAL_TITLES`) is
    written right before the name ("President Yoon", "Mr. Haddad"), or a news
    outlet after it, as a reporter names themselves ("Kowalczyk, Polish Radio")."""
    if span.cue is not None and span.cue.startswith("news outlet"):
        return True
    words = span.role.split()
    return bool(words) and words[-1].lower().rstrip(".") in PERSONAL_TITLES and span.cue is not None \
        and span.cue.startswith(("title", "honorific"))


def find_people(text: str, spans: list[tuple[int, int]], corpus: Corpus | None,
                line_of: callable) -> tuple[list[PersonGuess], list[PersonMention]]:
    """People named within ``spans`` of ``text`` and every mention of them."""
    common = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", text))
    finder = PeopleFinder(Registry(corpus), line_of, text)
    finder.read(find_names(text, _with_signatures(text, spans), common))
    return finder.guesses(), finder.final_mentions()


def _with_signatures(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` and the names of the letters' signatures under them (`signatures`):
    the one place a letter's writer is named, clutter or not in the page's layout;
    and a transcript's speakers named on lines of their own above their turns
    (`transcript.speaker_lines`), which a layout reading a recurring line as a
    running header takes for clutter; and the members a parliamentary record says
    asked or answered it (`recordlines`), on lines a layout reads as bylines; and the
    signatory under a statement's "SIGNED" (`recordlines.signed_lines`)."""
    names = [(s.start, s.end) for s in find_signatures(text, spans)
             if not any(a <= s.start < b for a, b in spans)]
    names += speaker_lines(text, spans)
    names += record_author_lines(text, spans)
    names += signed_lines(text, spans)
    return sorted(set(spans + names)) if names else spans
