"""The countries an article refers to as states: names, demonyms, metonyms.

One expression of every form of `places` and of the registry (longest
first, case-sensitive, whole words) runs over the article's sentences:

* a country's name or abbreviation always counts ("Spain", "U.S.");
* a demonym counts ("Spanish officials"), except glued to a lower-case
  word ("Russian-speaking"), naming a language ("in Russian.", "the Spanish
  version"), after "Inter-" or "Pan-" ("the Inter-American Highway") or
  opening a civil body's name ("American University in Cairo"), or naming a
  city ("the Peruvian capital");
* an institution counts ("the Kremlin", "Downing Street"), but a name ending a civil
  body's ("the University of Ghana") does not;
* a capital counts only as a metonym: not after "in", "at", "near"… or a
  verb of travel ("flew to Madrid"), not before an organisation word
  ("Washington Post") or a company noun ("the Oslo consultancy"), not beside a city that is no capital ("Madrid or
  Milan") and not in a dateline ("MADRID, Oct 31", "London – "), not after "a" ("a Lisbon bakery"), not
  alone as an item of a row or a quiz's option ("A) Lima · B) Quito") and not
  opening a longer place's name ("Santiago del Estero": `statecapitals`);
* a short name two states share (`places.SHORT_FORMS`: "Congo") is the one
  the article also names in full;
* regions, continents and organisations (`places.NOT_COUNTRIES`) match
  first and count for nothing, so "Korean Peninsula" is not Korea.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from itertools import accumulate

import pycountry

from ..model import Corpus
from .lexicon import COMPANY_NOUNS, FUNCTION_WORDS, MEDIA_WORDS, ORGANISATION_WORDS
from .model import CountryGuess
from .homestate import MAX_VOTING_WORDS, bare_reference, domain_codes, furniture_lines, gaps, home_state, teaser_line
from .stateethnic import names_a_community
from .statenamed import brand_pair, counted_modifier
from .places import CAPITALS, DEMONYMS, DISPLAY_NAMES, INSTITUTIONS, NOT_COUNTRIES, SHORT_FORMS, country_forms
from .stateplaces import names_a_team_or_end, names_an_era
from .stateuses import in_place_list, introduces_its_government, names_a_carrier, opens_a_company
from .seats import government_seats
from .statecapitals import city_state_national, ends_a_body_name, indefinite_modifier, list_item, opens_a_longer_place
from .stateshapes import names_a_cent_price, opens_a_route, registered_in
from .statewaters import names_a_city, names_a_water
from .statenames import (ISLAND_NAMES, inside_a_local_name, names_a_currency, names_a_document, names_a_saints_place,
                         variant_forms)

_LOCATIVE = frozenset("in at near outside around across inside into via within".split())
_TRAVEL = re.compile(r"\b(?:visit(?:ed|ing|s)?|trip|travel(?:led|ed|ling|ing|s)?|fl(?:ew|y|ies|ying)|arriv(?:ed|es|ing|e)"
                     r"|return(?:ed|ing|s)?|head(?:ed|ing|s)?|went|go(?:ing|es)?|moved?|sent|back|c(?:ame|omes?|oming))\s+(?:to\s+)?$", re.I)
_LANGUAGE_NEXT = re.compile(r"^\s*(?:[.,;:)]|$|([a-z]+)\b)")


_PRIVATE_PEOPLE = re.compile(r"\s+(?:couples?|tourists?|holidaymakers?|famil(?:y|ies)|backpackers?|travell?ers?"
                             r"|visitors?|pensioners?|honeymooners?|retirees?|expats?|expatriates?)\b")
"""Nouns for private people, travelling or at home, after a demonym ("a German couple",
"British holidaymakers"): people of that nationality, not the state acting (matched at the
demonym's end only)."""


_SPANNING_PREFIX = re.compile(r"(?<![\w-])(?:(?:[Ii]nter|[Pp]an)-|Pan[ \t]+)$")
"""A prefix glued before a demonym that makes it span a continent ("Inter-American",
"Pan-African", or "Pan American" written apart): the region's, not the state's (searched in
the few characters before)."""


_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’&-]*){1,3}")


_SPEECH_COMPOUND = re.compile(r"-(?:speaking|speakers?|language|born|descended|origin)\b")
"""A demonym in a compound of language or descent ("Russian-speaking", "Korean-born"): people,
not the state, where "Liberian-flagged" and "Iranian-made" are the state's."""


CITY_STATES = frozenset({"Singapore", "Monaco", "Luxembourg", "Djibouti", "San Marino"})
"""States whose capital bears the state's name: "In Singapore, brokers said" is the city, as a
capital after "in" is; "Singapore said" is the state."""

_GOVERNMENT_NOUNS = frozenset("government governments ministry ministries authorities"
                              " partners allies counterparts".split())
"""Nouns of a government before "in" and its capital: "the infrastructure ministry in The Hague"
stands for the state, where "talks in The Hague" is a place; so do a state's partners
("our partners in Seoul and Tokyo": the governments a state deals with)."""

_CIVIL_NEXT = re.compile(r"[ \t]+(?:exchange|bourse|university|museum|hospital)\b")
"""A lower-case civil head right after a state's name: "the Singapore exchange" is a market."""

_STREET_BEFORE = re.compile(r"(?<![\w-])(?:Calle|Avenida|Av\.|Rua|Rue|Avenue|Boulevard|Paseo|Plaza|Jirón|Via|Viale"
                            r"|Calzada|Carrera|Ulica|Ulitsa|Strasse|Straße)[ \t]+(?:de[ \t]+(?:la[ \t]+)?|del[ \t]+)?$")
_STREET_AFTER = re.compile(r"[ \t]+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Square|Lane|Drive)\b")
"""Street words around a state's name ("Calle Uruguay", "Avenida de Brasil", "Kenya Road"):
the street, no state."""


def _names_a_street(before: str, after: str) -> bool:
    """Whether the words around a form make it a street's name."""
    return bool(_STREET_BEFORE.search(before) or _STREET_AFTER.match(after))


def _names_an_outlet(after: str) -> bool:
    """Whether the capitalised words right after a demonym end in a media word: "Polish Radio"."""
    run = _NAME_AFTER.match(after)
    return run is not None and run.group().split()[-1].lower() in MEDIA_WORDS


def _opens_a_name(after: str) -> bool:
    """Whether the capitalised words right after a capital end in an organisation's
    or a place's word: the capital is the first word of that name."""
    run = _NAME_AFTER.match(after)
    return run is not None and any(w.lower() in ORGANISATION_WORDS | MEDIA_WORDS for w in run.group().split())


CIVIL_HEADS = frozenset("""
    university college school academy institute exchange centre center society association club
    museum hospital foundation chamber
    cross crescent
""".split())
"""Heads of the names of bodies no state runs as its organ (a university, a stock exchange, a
community centre): a demonym opening such a name ("American University in Cairo", "Australian
Securities Exchange") refers to no state, where "Russian Defence Ministry" does. A national
Red Cross or Red Crescent society ends in "Cross", "Crescent"."""
_CIVIL_OF = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _ends_a_civil_name(before: str) -> bool:
    """Whether a head of `CIVIL_HEADS` and "of" stand right before a state's name or capital:
    the name ends a civil body's ("the University of Vienna", "the Museum of Lagos"), no state
    acting, where "the Bank of Ghana" or "the Government of Ghana" is the state's organ."""
    head = _CIVIL_OF.search(before)
    return head is not None and head.group(1).lower() in CIVIL_HEADS


_LANGUAGE_VERSION = re.compile(r"[ \t]+(?:version|translation|text|original|edition|subtitles|transcript)\b")
"""A demonym before what a text is in: "the Spanish version", "the English text"."""


_THE = re.compile(r"\b[Tt]he[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+capital\b")
"""A demonym between "the" and "capital" names a city ("in the Peruvian capital"), as a capital
after "in" does: the place where something happens, no state acting."""


_PAIR_AFTER = re.compile(r"[ \t]+(?:or|and)[ \t]+([A-Z][a-z][\w'’-]*)(?![\w'’-]|[ \t]+[A-Z])")
_PAIR_BEFORE = re.compile(r"(?<![\w'’-])(?<!the )([A-Z][a-z][\w'’-]*)[ \t]+(?:or|and)[ \t]+$")
"""Not "the West and Moscow": a bloc's name after "the", no city."""


def _paired_with_a_city(before: str, after: str) -> bool:
    """Whether a capital is joined by "or"/"and" to a capitalised word of one word that is
    no state's name, demonym or capital ("Madrid or Milan", "Milan and Madrid"): two cities
    compared as places; "Washington and Moscow" are both governments."""
    pair = _PAIR_AFTER.match(after) or _PAIR_BEFORE.search(before)
    if pair is None:
        return False
    other = pair.group(1)
    return other not in _state_forms() and other.lower() not in FUNCTION_WORDS


@functools.cache
def _state_forms() -> frozenset[str]:
    """Every written form of a state, and of a region or body that is none (`places`)."""
    return frozenset(country_forms()) | frozenset(DEMONYMS) | frozenset(CAPITALS) | frozenset(INSTITUTIONS) \
        | frozenset(NOT_COUNTRIES)


def _opens_a_civil_name(after: str) -> bool:
    """Whether the capitalised words right after a demonym end in a head of `CIVIL_HEADS`."""
    run = _NAME_AFTER.match(after)
    # "the Barbados Cricket Association's report": the head before its possessive
    return run is not None and re.sub(r"['’]s?$", "", run.group().split()[-1]).lower() in CIVIL_HEADS


@dataclass(frozen=True)
class Form:
    """A written form and what it stands for."""

    code: str | None
    """ISO code, or None for a region or organisation."""
    kind: str
    """``name``, ``demonym``, ``capital``, ``institution``, ``registry`` or ``none``."""


_NONE = Form(None, "none")


def form_table(corpus: Corpus | None) -> dict[str, Form]:
    """Every form to look for, from the tables and the registry's aliases."""
    table: dict[str, Form] = {f: Form(c, "name") for f, c in country_forms().items()}
    table.update({f: Form(c, "demonym") for f, c in DEMONYMS.items()})
    table.update({f: Form(codes[0], "demonym") for f, codes in SHORT_FORMS.items() if f not in table})
    table.update({f: Form(c, "capital") for f, c in CAPITALS.items()})
    table.update({f: Form(c, "institution") for f, c in INSTITUTIONS.items()})
    for country in (corpus.countries.values() if corpus else ()):
        for form in country.names:
            table.setdefault(form, Form(country.code, "registry"))
    table.update({f: Form(None, "none") for f in NOT_COUNTRIES})
    # "St Kitts & Nevis", "Trinidad & Tobago": a page's spelling stands for what the form does
    table.update({spelling: table[form] for spelling, form in variant_forms(table).items()})
    table.update({f: Form(c, "name") for f, c in ISLAND_NAMES.items() if f not in table})
    return table


class CountryFinder:
    """Finds the countries of one article."""

    def __init__(self, corpus: Corpus | None):
        self.corpus = corpus
        self.table = form_table(corpus)
        forms = sorted(self.table, key=lambda f: (-len(f), f))
        self.pattern = re.compile(_first_of(forms) + r"(?<![\w])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])")

    def find(self, text: str, spans: list[tuple[int, int]], skip: list[tuple[int, int]],
             line_of) -> list[CountryGuess]:
        """Countries named within ``spans`` of ``text``, outside the ``skip`` spans (people's names)."""
        found: dict[str, tuple[int, list[str], str]] = {}
        short: list[tuple[str, int, str]] = []  # forms of `SHORT_FORMS`, resolved once all are read
        skipped = _Spans(skip)
        for start, end in spans:
            for match in self.pattern.finditer(text, start, end):
                if skipped.cover(match.start()):
                    continue
                form = self.table[match.group()]
                why = self._counts(text, match, form, start)
                if form.code is None or why is None:
                    continue
                if match.group() in SHORT_FORMS:
                    short.append((match.group(), match.start(), why))
                else:
                    _note(found, form.code, match.group(), line_of(match.start()), why)
        for start, end in spans:
            for code, offset, written in government_seats(text, start, end):
                if not skipped.cover(offset):
                    _note(found, code, written, line_of(offset), f'"{written}" after a government\'s noun')
        for written, offset, why in short:
            named = [code for code in SHORT_FORMS[written] if code in found]
            code = named[0] if len(named) == 1 else self.table[written].code
            _note(found, code, written, line_of(offset), why)
        self._home_state(text, spans, found, line_of)
        ordered = sorted(found.items(), key=lambda item: item[1][0])
        return [self._guess(code, *entry) for code, entry in ordered]

    def _home_state(self, text: str, spans: list[tuple[int, int]],
                    found: dict[str, tuple[int, list[str], str]], line_of) -> None:
        """Add the page's own state where the article leaves its government unnamed
        ("the ministry said") and the furniture names one state most (`homestate`)."""
        bare = bare_reference(text, spans, lambda words: self.table.get(words, _NONE).code is not None,
                              lambda start, end: self._names_a_state(text, start, end))
        if bare is None:
            return
        votes: list[str] = []
        for start, end in furniture_lines(text, gaps(spans, len(text))):
            votes += domain_codes(text[start:end])
            if text.count(" ", start, end) >= MAX_VOTING_WORDS or teaser_line(text[start:end]):
                continue  # a notice's sentence ("… the UK version of …") or teasers: no label of the page
            for match in self.pattern.finditer(text, start, end):
                form = self.table[match.group()]
                if _prices_in(text[match.end():match.end() + 40]):
                    continue  # a ticker's "74.2 US$/bbl": a price's unit, no label of the page's state
                if form.kind in ("name", "registry") and match.group() not in DEMONYMS \
                        and match.group() not in CAPITALS:
                    votes.append(form.code)
        code = home_state(votes, _is_state_code)
        if code is not None and code not in found:
            # no written form: "the ministry" is no alias of the state
            found[code] = (line_of(bare.start()), [], f'the page\'s own state (its furniture) for "{bare.group()}"')

    def _names_a_state(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` (a sentence's opening) names a state by its name
        ("Saint Lucia's minister … told PTN News the government was …"): the government is
        that state's.  A demonym ("The French loan is signed and the government's …")
        describes a thing, and leaves the government the page's own."""
        for match in self.pattern.finditer(text, start, end):
            form = self.table[match.group()]
            if form.code is not None and form.kind in ("name", "registry") and match.group() not in DEMONYMS \
                    and self._counts(text, match, form, start) is not None:
                return True
        return False

    def _counts(self, text: str, match: re.Match[str], form: Form, sentence_start: int) -> str | None:
        """Why this match names a state, or None when it does not."""
        before, after = text[max(0, match.start() - 40):match.start()], text[match.end():match.end() + 40]
        written = match.group()
        if _prices_in(after):
            return None  # a currency: "US$2.08", "NZ$40", "79 US cents"
        if form.kind != "demonym" and names_a_document(before, after):
            return None  # "the Parties to the Nauru Agreement": a treaty's name, no state acting
        if names_a_water(before, after):
            return None  # "the Gulf of Guinea", "the Indian Ocean": a sea's name, no state
        if form.kind == "demonym" or (form.kind == "registry" and written in DEMONYMS):
            if _SPEECH_COMPOUND.match(after) or (before.rstrip().endswith(" in") and _is_language(after)):
                return None
            if _SPANNING_PREFIX.search(before):
                return None  # "the Inter-American Highway", "Pan-African": a region's adjective, no state
            if _names_an_outlet(after):
                return None  # "Polish Radio": an outlet's name
            if _opens_a_civil_name(after):
                return None  # "American University in Cairo", "Portuguese Cultural Centre": no state's organ
            if _LANGUAGE_VERSION.match(after):
                return None  # "the Spanish version prevails": a language
            if names_a_community(after):
                return None  # "the Serb member of its presidency", "the Hungarian minority": a people
            if _PRIVATE_PEOPLE.match(after):
                return None  # "A German couple waiting in the queue": private people of a nationality
            if names_a_carrier(after):
                return None  # "the Danish carrier Nordhavn Line": an airline's or a ship's flag
            if names_an_era(after):
                return None  # "planted in the Portuguese time": past rule, not the state today
            if _THE.search(before) and _CAPITAL_AFTER.match(after):
                return None  # "the summit in the Peruvian capital": a city, where things happen
            return f'demonym "{written}"'
        if _names_a_street(before, after):
            return None  # "Calle Uruguay", "Kenya Road": a street's name
        if _ends_a_civil_name(before):
            return None  # "the University of Ghana": a civil body's name
        if names_a_saints_place(written, before, after):
            return None  # "Cape St Vincent", "St Vincent's Hospital": another place named after the saint
        if inside_a_local_name(written, before):
            return None  # "Hospital México": a local institution's name, in the local spelling
        if written in CITY_STATES and registered_in(after):
            return f'"{written}" registering a company or a ship'  # "the Singapore-registered company"
        if written in CITY_STATES and city_state_national(after):
            return f'"{written}" owning national institutions'  # "at Monaco's national stadium"
        if form.kind in ("name", "registry") and (counted_modifier(before, after)
                                                  or brand_pair(before, after, lambda w: w in _state_forms())):
            return None  # "32 Benin objects", "Virgin Australia said": part of another noun
        if form.kind == "capital" or written in CITY_STATES or (form.kind == "registry" and written in CAPITALS):
            return self._metonym(text, match, before, after, sentence_start)
        if form.kind in ("name", "registry") and (_opens_a_civil_name(after) or _CIVIL_NEXT.match(after)):
            return None  # "the Bahrain Centre for Strategic Dialogue", "the Singapore exchange"
        if form.kind in ("name", "registry") and names_a_city(after):
            return None  # "Benin City", "Kuwait City": a city's name
        if form.kind in ("name", "registry") and opens_a_company(after):
            return None  # "Fiji Airways has cancelled": the airline, not the state
        if form.kind in ("name", "registry") and names_a_team_or_end(before, after):
            return None  # "the Fiji squad", "on the Fiji side" of a cable: a team, a route's end
        return f'{"institution" if form.kind == "institution" else "name"} "{written}"'

    @staticmethod
    def _metonym(text: str, match: re.Match[str], before: str, after: str, sentence_start: int) -> str | None:
        previous = re.findall(r"[\w'’-]+", before)
        if previous[-2:] and previous[-1] == "in" and previous[-2].lower() in _GOVERNMENT_NOUNS:
            return f'"{match.group()}" used for its government'  # "Governments in Washington and Seoul"
        if introduces_its_government(before, after):
            return f'"{match.group()}" introducing its government'  # "In Warsaw, Foreign Minister …"
        if previous and previous[-1].lower() in _LOCATIVE or _TRAVEL.search(before):
            return None
        if indefinite_modifier(before, after):
            return None  # "a Lisbon bakery": one thing of the city, no government
        if list_item(before, after):
            return None  # "A) Lima · B) New Delhi": a quiz's option, a city named
        if ends_a_body_name(before):
            return None  # "King's College London": where a body is, no government
        if opens_a_longer_place(after, lambda words: words in _state_forms()):
            return None  # "Santiago del Estero": another place's name
        if opens_a_route(previous, after, lambda words: words in _state_forms()):
            return None  # "carried son from Santiago to the world": a route's start, a place
        if in_place_list(before, after, _GOVERNMENT_NOUNS):
            return None  # "Experts in Maputo, Pretoria and Seoul": places in a list "in" opens
        next_word = re.match(r"\s+([\w'’-]+)", after)
        if re.match(r"-\w", after) or (next_word and next_word.group(1).lower() in ORGANISATION_WORDS | MEDIA_WORDS):
            return None
        if next_word and next_word.group(1).lower() in COMPANY_NOUNS:
            return None  # "the Oslo consultancy Nordkapp Risk": where a business is, not a government
        if _opens_a_name(after):
            return None  # "London Stock Exchange", "Seoul National University": the start of a name
        if _paired_with_a_city(before, after):
            return None  # "those of Madrid or Milan": a city beside another, not a government
        if (re.match(r",\s", after) and _dateline(after) or re.match(r"\s+[—–-]{1,2}\s", after)) \
                and _opens(text, sentence_start, match.start()):
            return None  # "MADRID, Oct 31 (Reuters) -", "London – ": where the story was filed
        return f'"{match.group()}" used for its government'

    def _guess(self, code: str, line: int, forms: list[str], reason: str) -> CountryGuess:
        registered = self.corpus.countries.get(code) if self.corpus else None
        if registered is not None:
            name = registered.name
        else:
            record = pycountry.countries.get(alpha_2=code)
            name = DISPLAY_NAMES.get(code) or getattr(record, "common_name", None) or record.name
        return CountryGuess(code, name, registered is not None, tuple(forms), line, f"{reason} (line {line})")


def _prices_in(after: str) -> bool:
    """Whether the words right after a state's name make it a currency or a price's unit:
    "US$2.08", "NZ$40", "79 US cents", "66.8 US c/lb"."""
    return after[:1] == "$" or names_a_currency(after) or names_a_cent_price(after)


@functools.cache
def _is_state_code(code: str) -> bool:
    """Whether ``code`` is a state's ISO code (a domain's label may be none)."""
    return pycountry.countries.get(alpha_2=code) is not None


def _note(found: dict[str, tuple[int, list[str], str]], code: str, written: str, line: int, why: str) -> None:
    """Record that ``written`` names ``code`` (the first line and reason stay)."""
    _, forms, _ = found.setdefault(code, (line, [], why))
    if written not in forms:
        forms.append(written)


class _Spans:
    """Spans looked up by bisection: an article has thousands of names, and
    testing each country's match against all of them was quadratic."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))
        """The furthest end among the spans up to each one (spans may overlap)."""

    def cover(self, offset: int) -> bool:
        """Whether some span has ``start <= offset < end``."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and self.reach[index] > offset


def _is_language(after: str) -> bool:
    """ "spoke in Russian." / "in Russian to reporters": a language, not "in Russian custody"."""
    following = _LANGUAGE_NEXT.match(after)
    return bool(following) and (following.group(1) is None or following.group(1) in FUNCTION_WORDS)


def _first_of(forms: list[str]) -> str:
    """A look-ahead for the first letters of ``forms``: it lets the engine skip
    to where one may start, three times faster on a long article."""
    return "(?=[" + "".join(sorted({re.escape(f[0]) for f in forms})) + "])" if all(forms) else ""


def _opens(text: str, start: int, position: int) -> bool:
    """Whether only spaces and "(" come between ``start`` and ``position``
    (read back from ``position``: no copy of a long paragraph per match)."""
    while position > start and text[position - 1] in " (":
        position -= 1
    return position == start


def _dateline(after: str) -> bool:
    """ "MADRID, Oct 31 (Reuters) -": a place and date opening a wire story."""
    return bool(re.match(r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})", after))
