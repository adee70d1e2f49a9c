"""The organisations of an article: registry names, and new names the lexicon knows for bodies.

    organisations, mentions = find_organisations(text, spans, corpus, line_of, publisher, taken)

Two sources, both read only in the article's own lines (``spans``):

* a **registered** organisation's name or alias, as written (case-sensitive,
  whole words, the longest first), as `generator.mentions` finds it for
  ``make check``;
* a **new name**: a run of capitalised words whose head noun names a kind
  of body (`lexicon.ORGANISATION_HEADS`: "Defence *Ministry*", "*Ministry*
  of Defence", "Yonhap News *Agency*"), or whose words make it an
  international or intelligence body ("North Atlantic *Treaty*
  *Organization*", "National *Intelligence* Service"), or a one-word news
  agency ("Reuters") or institution ("the Pentagon").  An acronym in
  brackets right after it ("(NATO)") is its alias when its letters are the
  name's initials.  A name made of common words only ("Foreign Ministry") is
  proposed only with the country that owns it ("Russia's Foreign
  Ministry"), and named after that country: alone it could be anyone's.

A new name is first looked up in the registry the way `people` looks up a
person: by name or alias (the acronym too), by the id it would make, by
fingerprint (`variants.organisation_fingerprint`: "The Pentagon", "PENTAGON"), then
by `make check`'s did-you-mean confirmed by `variants.same_name` — never
across two countries.  A registered organisation's forms that the registry
does not list are proposed as aliases, never as a second organisation.

The article's publisher is never listed (the brief's ``source`` names it),
nor an agency in a dateline or a photo credit ("(Reuters)", "Photo: AFP").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import pycountry

from ..model import Corpus, Organisation
from ..problems import closest
from ..segment import ABBREVIATIONS
from .ids import free_id, slugify
from .lexicon import (ATTRIBUTION_VERBS, FUNCTION_WORDS, INTELLIGENCE_WORDS, INTERNATIONAL_HEADS, INTERNATIONAL_WORDS, MONTHS,
                      NEWS_AGENCIES, ORGANISATION_HEADS, ORGANISATION_WORDS, ROLE_HEADS, ROLE_WORDS,
                      SUBORDINATE_ROLES, WEEKDAYS)
from .model import OrganisationGuess
from .places import CAPITALS, DISPLAY_NAMES, INSTITUTIONS, country_forms
from .variants import organisation_fingerprint, same_name

MAX_RUN_WORDS = 10
"""Words a name may have: "Department for Energy Security and Net Zero"."""
MAX_DRAFT_ORGANISATIONS = 60
"""Organisations one draft lists, the speakers of its claims first (as `limits.MAX_DRAFT_PEOPLE`)."""

_TOKEN = re.compile(r"[^\W\d_][\w'’&.-]*")
_GAP = re.compile(r"[ \u00a0]")
_CONNECTORS = frozenset("of for on and the &".split())
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_ACRONYM = re.compile(r"\s?\(([A-Z][A-Za-z&]{1,9})\)")
_CREDIT = re.compile(r"(?:\b(?:Photo|Photograph|Image|Picture|Credit|Video)s?\b\s*[:/]"
                     r"|\b(?:Reporting|Editing|Writing|Written|Photos?|Images?)\s+by)\s*$|\(\s*$|©[^\n]{0,40}$", re.I)
_PHOTOGRAPHER = re.compile(r"/\s?[A-Z]")
_CREDIT_AFTER = re.compile(r"\s*(?:\)|(?:Photos?|Images?|Video)\b|/)")
_PROPER_INSTITUTIONS = frozenset({"pentagon", "kremlin"})
"""One-word names of institutions in the lexicon (`ORGANISATION_WORDS`) that are one body each."""
_TITLES = ROLE_HEADS | SUBORDINATE_ROLES | frozenset("former acting interim senior then".split())
"""Words of a person's title before a body's name: "Deputy Pentagon press secretary"."""
_LEADING = FUNCTION_WORDS - frozenset("new old first second third one two three other".split())
"""Words that open a sentence before a name ("The Pentagon", "On Monday …"); not "New York Times"."""
_DATES = WEEKDAYS | MONTHS
_ABBREVIATIONS = frozenset(a.lower().rstrip(".") for a in ABBREVIATIONS)
_ONE_WORD = NEWS_AGENCIES | _PROPER_INSTITUTIONS
_GOVERNMENT_HEADS = frozenset(w for w, kind in ORGANISATION_HEADS.items() if kind == "government body")


@dataclass(frozen=True)
class OrganisationMention:
    """Where an organisation (by id) is named, for speaker resolution."""

    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Candidate:
    """A new name read in the article, before it is looked up in the registry."""

    name: str
    acronym: str | None
    kind: str
    kind_reason: str
    country: str | None
    owner: str | None
    """The country's form that owns a name of common words ("Russia's"), which then names it."""
    written: str
    """The name as written, with that owner: "Seoul's National Intelligence Service"."""

    @property
    def identity(self) -> tuple[str | None, str]:
        """One body however its owner is written ("South Korea's", "Seoul's")."""
        return (self.country if self.owner else None, self.name)


def kind_of(words: list[str]) -> tuple[str, str] | None:
    """The kind of body a name's words make it, and why; None when they do not say.

    >>> kind_of("North Atlantic Treaty Organization".split())
    ('international organisation', "'Treaty' with 'Organization' in the name")
    >>> kind_of("National Intelligence Service".split())
    ('intelligence agency', "'Intelligence' with 'Service' in the name")
    """
    lower = [w.lower().strip("'’.") for w in words]
    head_at = next((i for i, w in enumerate(lower) if w in ("of", "for", "on")), len(lower)) - 1
    if head_at < 0:
        return None
    head, head_word = lower[head_at], words[head_at]
    named = [w for w, l in zip(words, lower) if l not in _CONNECTORS]
    if len(named) == 1 and (head in NEWS_AGENCIES or head in _PROPER_INSTITUTIONS):
        return ORGANISATION_HEADS[head], "one body's name in the lexicon"
    if len(named) < 2:
        return None
    international = next((w for w, l in zip(words, lower) if l in INTERNATIONAL_WORDS), None)
    if international is not None and head in INTERNATIONAL_HEADS:
        return "international organisation", f"'{international}' with '{head_word}' in the name"
    intelligence = next((w for w, l in zip(words, lower) if l in INTELLIGENCE_WORDS), None)
    if intelligence is not None and head in _GOVERNMENT_HEADS:
        return "intelligence agency", f"'{intelligence}' with '{head_word}' in the name"
    agency = next((w for w, l in zip(words, lower) if l in NEWS_AGENCIES or l == "news"), None)
    if agency is not None and head in _GOVERNMENT_HEADS | {"news"}:
        return "news organisation", f"'{agency}' in the name"
    if head in ORGANISATION_HEADS:
        return ORGANISATION_HEADS[head], f"'{head_word}' heads the name"
    return None


# --------------------------------------------------------------------------
# New names
# --------------------------------------------------------------------------


def _runs(text: str, start: int, end: int) -> list[list[re.Match[str]]]:
    """Runs of capitalised words one space apart, with "of", "for", "and", "the" inside."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        # A weekday or a month is not part of a name ("the Pentagon on Wednesday"), nor
        # a capitalised "The" inside a run ("… Net Zero and The Rt Hon Ed Miliband").
        capital = word[0].isupper() and word.lower().rstrip(".") not in _DATES and not (current and word == "The")
        joined = bool(current) and _GAP.fullmatch(text, current[-1].end(), match.start()) is not None \
            and not _ends_sentence(current[-1].group())
        # "Ministry of the Interior", not "the Department of Homeland Security and the Army"
        connects = joined and word in _CONNECTORS and (word != "the" or current[-1].group() in ("of", "for", "on"))
        if joined and (capital or connects) and len(current) < MAX_RUN_WORDS:
            current.append(match)
            continue
        if current:
            runs.append(current)
        current = [match] if capital else []
    if current:
        runs.append(current)
    return [_trimmed(run) for run in runs]


def _ends_sentence(word: str) -> bool:
    """"Agency." and "CDC." end a sentence; "U.S." and "Corp." do not."""
    core = word.rstrip(".")
    return word.endswith(".") and len(core) > 1 and "." not in core and core.lower() not in _ABBREVIATIONS


def _trimmed(run: list[re.Match[str]]) -> list[re.Match[str]]:
    while run and (run[-1].group() in _CONNECTORS):
        run = run[:-1]
    return run


def candidates(text: str, start: int, end: int, common: set[str]) -> list[Candidate]:
    """The new organisation names of the sentence or paragraph ``text[start:end]``."""
    found = []
    forms = _owners()
    for run in _runs(text, start, end):
        for part, owner in _parts(run, forms):
            candidate = _candidate(text, part, owner, forms, common)
            if candidate is not None:
                found.append(candidate)
                continue
            # "Pentagon Press Secretary Pat Ryder": a one-word body inside a longer name
            found += [c for token in part if _bare(token.group()).lower() in _ONE_WORD
                      for c in [_candidate(text, [token], None, forms, common)] if c is not None]
    return found


@functools.cache
def _owners() -> dict[str, str]:
    """Forms of a state that may own a body: names, demonyms and capitals ("Seoul's")."""
    return {**CAPITALS, **country_forms()}


def country_name(code: str) -> str:
    record = pycountry.countries.get(alpha_2=code)
    return DISPLAY_NAMES.get(code) or getattr(record, "common_name", None) or record.name


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word.rstrip("."))


def _parts(run: list[re.Match[str]], forms: dict[str, str]) -> list[tuple[list[re.Match[str]], re.Match[str] | None]]:
    """The run cut after a country's possessive ("South Korea's | National Intelligence
    Service") and at an "and" that no "of"/"for" comes before ("Army and Navy")."""
    owner = None
    for i, token in enumerate(run[:-1]):
        if _POSSESSIVE.search(token.group()):
            for j in range(i + 1):
                bare = _POSSESSIVE.sub("", " ".join(t.group() for t in run[j:i + 1]))
                if bare in forms:
                    owner, run = run[j], run[i + 1:]
                    break
            break
    words = [t.group() for t in run]
    if "and" in words and not {"of", "for"} & set(words[:words.index("and")]):
        cut = words.index("and")
        return [(run[:cut], owner), (_trimmed(run[cut + 1:]), None)]
    return [(run, owner)]


def _candidate(text: str, run: list[re.Match[str]], first: re.Match[str] | None, forms: dict[str, str],
               common: set[str]) -> Candidate | None:
    """The candidate a run makes, if any (``first``: the first word of a state's possessive before it)."""
    while run and _opens_sentence(run[0].group()):
        run = run[1:]  # "The Pentagon", "On Monday …", "Deputy Pentagon press secretary"
    if not run:
        return None
    last = run[-1]
    words = [t.group() for t in run[:-1]] + [_POSSESSIVE.sub("", last.group().rstrip("."))]
    if not words[-1]:
        return None
    name = " ".join(words)
    kind = kind_of(words)
    if kind is None and name in INSTITUTIONS and words[-1].lower() in ORGANISATION_WORDS:
        kind = ("government body", f"'{name}' is the name of a government's institution")
    if kind is None and _speaking_acronym(text, run, forms):
        kind = ("", "an acronym that speaks; what kind of body it is, the words do not say")
    if kind is None:
        return None
    end = last.start() + len(words[-1])
    acronym = _acronym(text, end, words)
    owner = _POSSESSIVE.sub("", text[first.start():run[0].start()].strip()) if first else None
    country = forms.get(owner) if owner else _country_in(words, forms)
    country = None if kind[0] == "international organisation" else country or INSTITUTIONS.get(name)
    generic = acronym is None and _common_words(words, common)
    if generic and owner is None:
        return None  # "the Foreign Ministry": whose?
    return Candidate(name, acronym, *kind, country, owner if generic else None,
                     text[first.start():end] if generic else name)


_ACRONYM_NAME = re.compile(r"[A-Z]{3,6}")
_SPEAKS = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(\w+)")


def _speaking_acronym(text: str, run: list[re.Match[str]], forms: dict[str, str]) -> bool:
    """A body named only by its acronym, as the subject of a speech verb ("NATO said"):
    proposed without a kind, which the reviewer writes.  Not a state's ("USA")."""
    if len(run) != 1 or not _ACRONYM_NAME.fullmatch(run[0].group()) or run[0].group() in forms:
        return False
    verb = _SPEAKS.match(text, run[0].end())
    return verb is not None and verb.group(1).lower() in ATTRIBUTION_VERBS


def _country_in(words: list[str], forms: dict[str, str]) -> str | None:
    """The state a name's own words name: "Russian Defence Ministry", "South Korean Army"."""
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            code = forms.get(" ".join(words[i:i + size]))
            if code is not None:
                return code
    return None


def _opens_sentence(word: str) -> bool:
    lower = word.lower()
    return lower in _LEADING or lower in _TITLES or lower.rstrip(".") in _DATES or word in _CONNECTORS


def _acronym(text: str, end: int, words: list[str]) -> str | None:
    """"NATO" after "North Atlantic Treaty Organization (NATO)": its letters are the
    initials of the name's capitalised words, or of all its words."""
    found = _ACRONYM.match(text, end)
    if found is None:
        return None
    letters = "".join(c for c in found.group(1) if c.isupper())
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0].upper() for w in words if w != "&")
    return found.group(1) if letters in (capitalised, every) and len(letters) >= 2 else None


def _common_words(words: list[str], common: set[str]) -> bool:
    """Whether every word of a name is a common noun or adjective: "Defence Ministry"."""
    if any(w.lower() in NEWS_AGENCIES or w.lower() in _PROPER_INSTITUTIONS for w in words):
        return False
    return all(w.lower() in common or w.lower() in ORGANISATION_WORDS or w.lower() in ROLE_WORDS
               or w.lower() in FUNCTION_WORDS or w in _CONNECTORS
               for w in words)


# --------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------


class Registry:
    """The registered organisations, looked up by form, id and fingerprint."""

    def __init__(self, corpus: Corpus | None):
        self.organisations: dict[str, Organisation] = dict(corpus.organisations) if corpus else {}
        self.by_form: dict[str, list[str]] = {}
        self.by_print: dict[tuple[str, ...], list[str]] = {}
        for organisation in self.organisations.values():
            for form in dict.fromkeys(organisation.names):
                self.by_form.setdefault(form, []).append(organisation.id)
                self.by_print.setdefault(organisation_fingerprint(form), []).append(organisation.id)

    def find(self, candidate: Candidate) -> tuple[str, str] | None:
        """The registered organisation ``candidate`` names, and how it was found."""
        for form in dict.fromkeys((candidate.written, candidate.name, candidate.acronym)):
            owners = self.by_form.get(form or "", [])
            if len(owners) == 1 and self._same_country(owners[0], candidate):
                return owners[0], f'"{form}" is its registered name or alias'
        slug = slugify(candidate.name)
        if slug in self.organisations and self._same_country(slug, candidate):
            return slug, f'"{candidate.name}" makes its id'
        owners = self.by_print.get(organisation_fingerprint(candidate.name), [])
        if len(owners) == 1 and self._same_country(owners[0], candidate):
            return owners[0], f'"{candidate.name}" is a spelling of its name'
        hint = closest(slug, self.organisations) if self.organisations else None
        if hint and self._same_country(hint, candidate) and any(
                same_name(candidate.name, form) for form in self.organisations[hint].names):
            return hint, f'"{candidate.name}" is a spelling of its name'
        return None

    def _same_country(self, key: str, candidate: Candidate) -> bool:
        country = self.organisations[key].country
        return country is None or candidate.country is None or country == candidate.country


# --------------------------------------------------------------------------
# The article
# --------------------------------------------------------------------------


@dataclass
class _Found:
    """An organisation being collected."""

    id: str
    name: str
    known: bool
    kind: str
    kind_reason: str
    country: str | None
    reason: str
    identity: tuple[str | None, str] | None = None
    """A new body's `Candidate.identity`."""
    forms: list[str] = field(default_factory=list)
    """Every form the article names it by, its name first when written."""


class OrganisationFinder:
    """Finds the organisations of one article and every mention of them."""

    def __init__(self, corpus: Corpus | None, line_of, publisher: str | None, taken: set[str]):
        self.registry = Registry(corpus)
        self.line_of = line_of
        self.publisher = publisher
        self.taken = taken
        """Ids a new organisation may not have: people's, registered or proposed."""
        self.found: dict[str, _Found] = {}

    def read(self, text: str, spans: list[tuple[int, int]], common: set[str]) -> list[OrganisationMention]:
        for start, end in spans:
            for candidate in candidates(text, start, end, common):
                self._add(candidate)
        forms = {form: o.id for form, owners in self.registry.by_form.items() if len(owners) == 1
                 for o in (self.registry.organisations[owners[0]],)}
        for found in self.found.values():
            for form in found.forms:
                forms.setdefault(form, found.id)
        return self._mentions(text, spans, forms)

    def _add(self, candidate: Candidate) -> None:
        if self._is_publisher(candidate.name, candidate.acronym):
            return
        registered = self.registry.find(candidate)
        if registered is not None:
            key, how = registered
            organisation = self.registry.organisations[key]
            found = self.found.setdefault(key, _Found(key, organisation.name, True, organisation.kind, "registered",
                                                      organisation.country, f"registered as {key}: {how}"))
        else:
            key = self._new_id(candidate)
            how = f"'{candidate.name}' of '{candidate.owner}'" if candidate.owner else f"'{candidate.name}'"
            found = self.found.setdefault(key, _Found(key, candidate.written, False, candidate.kind,
                                                      candidate.kind_reason, candidate.country,
                                                      f"capitalised name {how}: {candidate.kind_reason}",
                                                      candidate.identity))
        for form in (candidate.written, candidate.acronym):
            if form and form not in found.forms:
                found.forms.append(form)

    def _new_id(self, candidate: Candidate) -> str:
        for found in self.found.values():
            if not found.known and (found.identity == candidate.identity
                                    or candidate.acronym and candidate.acronym in found.forms):
                return found.id
        name = f"{country_name(candidate.country)} {candidate.name}" if candidate.owner else candidate.name
        return free_id(slugify(name), lambda i: i in self.taken or i in self.found
                       or i in self.registry.organisations)

    def _is_publisher(self, *forms: str | None) -> bool:
        publisher = organisation_fingerprint(self.publisher) if self.publisher else None
        return publisher is not None and any(f and organisation_fingerprint(f) == publisher for f in forms)

    def _mentions(self, text: str, spans: list[tuple[int, int]], forms: dict[str, str]) -> list[OrganisationMention]:
        if not forms:
            return []
        ordered = sorted(forms, key=lambda f: (-len(f), f))
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
        mentions = []
        for start, end in spans:
            for match in pattern.finditer(text, start, end):
                key = forms[match.group()]
                if self._is_credit(text, start, match) or self._is_publisher(match.group()):
                    continue
                mentions.append(OrganisationMention(match.start(), match.end(), key))
        return mentions

    def _is_credit(self, text: str, start: int, match: re.Match[str]) -> bool:
        """"(Reuters)" in a dateline, "Photo: AFP": who supplied the text or the picture."""
        if _PHOTOGRAPHER.match(text, match.end()):
            return True  # "REUTERS/Lieven Mertens"
        before = text[max(start, match.start() - 40):match.start()]
        credit = _CREDIT.search(before)
        return credit is not None and (not credit.group().startswith("(")
                                       or _CREDIT_AFTER.match(text, match.end()) is not None)

    def guesses(self, text: str, mentions: list[OrganisationMention]) -> list[OrganisationGuess]:
        first: dict[str, OrganisationMention] = {}
        for mention in mentions:
            first.setdefault(mention.key, mention)
        result = []
        for key, mention in first.items():
            found = self.found.get(key) or self._registered(key, text[mention.start:mention.end])
            line = self.line_of(mention.start)
            result.append(OrganisationGuess(found.id, found.name, found.known, self._aliases(found), found.kind,
                                            found.kind_reason, found.country, line, f"{found.reason} (line {line})",
                                            self._new_aliases(found)))
        return result

    def _registered(self, key: str, written: str) -> _Found:
        organisation = self.registry.organisations[key]
        found = _Found(key, organisation.name, True, organisation.kind, "registered", organisation.country,
                       f'registered as {key}: "{written}"')
        self.found[key] = found
        return found

    @staticmethod
    def _aliases(found: _Found) -> tuple[str, ...]:
        return tuple(f for f in found.forms if f != found.name)

    def _new_aliases(self, found: _Found) -> tuple[str, ...]:
        if not found.known:
            return ()
        registered = set(self.registry.organisations[found.id].names)
        return tuple(f for f in found.forms if f not in registered)


def find_organisations(text: str, spans: list[tuple[int, int]], corpus: Corpus | None, line_of,
                       publisher: str | None = None, taken: set[str] | frozenset[str] = frozenset(),
                       ) -> tuple[list[OrganisationGuess], list[OrganisationMention]]:
    """Organisations named within ``spans`` of ``text`` and every mention of them
    (``taken``: ids a new one may not have, such as the people's)."""
    common = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", text))
    finder = OrganisationFinder(corpus, line_of, publisher, set(taken))
    mentions = finder.read(text, spans, common)
    return finder.guesses(text, mentions), mentions


__all__ = ["OrganisationMention", "find_organisations", "kind_of"]
