"""The countries an article refers to as states: names, demonyms, metonyms.

One expression of every form of `places` and of the registry (longest
first, case-sensitive, whole words) runs over the article's sentences:

* a country's name or abbreviation always counts ("Spain", "U.S.");
* a demonym counts ("Spanish officials"), except glued to a lower-case
  word ("Russian-speaking") or naming a language ("in Russian.");
* an institution counts ("the Kremlin", "Downing Street");
* a capital counts only as a metonym: not after "in", "at", "near"… or a
  verb of travel ("flew to Madrid"), not before an organisation word
  ("Washington Post") and not in a dateline ("MADRID, Oct 31");
* regions, continents and organisations (`places.NOT_COUNTRIES`) match
  first and count for nothing, so "Korean Peninsula" is not Korea.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from ..model import Corpus
from .lexicon import FUNCTION_WORDS, MEDIA_WORDS, ORGANISATION_WORDS
from .model import CountryGuess
from .places import CAPITALS, DEMONYMS, DISPLAY_NAMES, INSTITUTIONS, NOT_COUNTRIES, country_forms

_LOCATIVE = frozenset("in at near outside around across inside into via within".split())
_TRAVEL = re.compile(r"\b(?:visit(?:ed|ing|s)?|trip|travel(?:led|ed|ling|ing|s)?|fl(?:ew|y|ies|ying)|arriv(?:ed|es|ing|e)"
                     r"|return(?:ed|ing|s)?|head(?:ed|ing|s)?|went|go(?:ing|es)?|moved?|sent|back)\s+(?:to\s+)?$", re.I)
_LANGUAGE_NEXT = re.compile(r"^\s*(?:[.,;:)]|$|([a-z]+)\b)")


@dataclass(frozen=True)
class Form:
    """A written form and what it stands for."""

    code: str | None
    """ISO code, or None for a region or organisation."""
    kind: str
    """``name``, ``demonym``, ``capital``, ``institution``, ``registry`` or ``none``."""


def form_table(corpus: Corpus | None) -> dict[str, Form]:
    """Every form to look for, from the tables and the registry's aliases."""
    table: dict[str, Form] = {f: Form(c, "name") for f, c in country_forms().items()}
    table.update({f: Form(c, "demonym") for f, c in DEMONYMS.items()})
    table.update({f: Form(c, "capital") for f, c in CAPITALS.items()})
    table.update({f: Form(c, "institution") for f, c in INSTITUTIONS.items()})
    for country in (corpus.countries.values() if corpus else ()):
        for form in country.names:
            table.setdefault(form, Form(country.code, "registry"))
    table.update({f: Form(None, "none") for f in NOT_COUNTRIES})
    return table


class CountryFinder:
    """Finds the countries of one article."""

    def __init__(self, corpus: Corpus | None):
        self.corpus = corpus
        self.table = form_table(corpus)
        forms = sorted(self.table, key=lambda f: (-len(f), f))
        self.pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])")

    def find(self, text: str, spans: list[tuple[int, int]], skip: list[tuple[int, int]],
             line_of) -> list[CountryGuess]:
        """Countries named within ``spans`` of ``text``, outside the ``skip`` spans (people's names)."""
        found: dict[str, tuple[int, list[str], str]] = {}
        for start, end in spans:
            for match in self.pattern.finditer(text, start, end):
                if any(a <= match.start() < b for a, b in skip):
                    continue
                form = self.table[match.group()]
                why = self._counts(text, match, form, start)
                if form.code is None or why is None:
                    continue
                line, forms, reason = found.setdefault(form.code, (line_of(match.start()), [], why))
                if match.group() not in forms:
                    forms.append(match.group())
        return [self._guess(code, *entry) for code, entry in found.items()]

    def _counts(self, text: str, match: re.Match[str], form: Form, sentence_start: int) -> str | None:
        """Why this match names a state, or None when it does not."""
        before, after = text[max(0, match.start() - 40):match.start()], text[match.end():match.end() + 40]
        written = match.group()
        if form.kind == "demonym" or (form.kind == "registry" and written in DEMONYMS):
            if re.match(r"-[a-z]", after) or (before.rstrip().endswith(" in") and _is_language(after)):
                return None
            return f'demonym "{written}"'
        if form.kind == "capital" or (form.kind == "registry" and written in CAPITALS):
            return self._metonym(text, match, before, after, sentence_start)
        return f'{"institution" if form.kind == "institution" else "name"} "{written}"'

    @staticmethod
    def _metonym(text: str, match: re.Match[str], before: str, after: str, sentence_start: int) -> str | None:
        previous = re.findall(r"[\w'’-]+", before)
        if previous and previous[-1].lower() in _LOCATIVE or _TRAVEL.search(before):
            return None
        next_word = re.match(r"\s+([\w'’-]+)", after)
        if re.match(r"-\w", after) or (next_word and next_word.group(1).lower() in ORGANISATION_WORDS | MEDIA_WORDS):
            return None
        if text[sentence_start:match.start()].strip(" (") == "" and re.match(r",\s", after) and _dateline(after):
            return None
        return f'"{match.group()}" used for its government'

    def _guess(self, code: str, line: int, forms: list[str], reason: str) -> CountryGuess:
        registered = self.corpus.countries.get(code) if self.corpus else None
        if registered is not None:
            name = registered.name
        else:
            record = pycountry.countries.get(alpha_2=code)
            name = DISPLAY_NAMES.get(code) or getattr(record, "common_name", None) or record.name
        return CountryGuess(code, name, registered is not None, tuple(forms), line, f"{reason} (line {line})")


def _is_language(after: str) -> bool:
    """ "spoke in Russian." / "in Russian to reporters": a language, not "in Russian custody"."""
    following = _LANGUAGE_NEXT.match(after)
    return bool(following) and (following.group(1) is None or following.group(1) in FUNCTION_WORDS)


def _dateline(after: str) -> bool:
    """ "MADRID, Oct 31 (Reuters) -": a place and date opening a wire story."""
    return bool(re.match(r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})", after))
