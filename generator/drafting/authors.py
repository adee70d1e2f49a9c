"""Who wrote the page: author lines and author boxes, for `boilerplate` and `metadata`.

    >>> byline_names("Amina Yusuf in Cairo and Tewodros Bekele in Addis Ababa")
    ('Amina Yusuf', 'Tewodros Bekele')

An author line is "By …" or names alone, with asides in brackets or the
place they write from; an author box goes on from a byline's name to say who
they are.  Both are page clutter, and the people named only there are not
the article's.
"""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS, MEDIA_WORDS, NAME_PARTICLES, ORGANISATION_WORDS, ROLE_WORDS
from .lines import Line
from .places import country_forms, place_words

BYLINE = re.compile(r"^(?:(?:by|written by|words by|reporting by)\s+|(?:by|authors?|writers?)\s*:\s*"
                    r"|(?:prepared|compiled)\s+by\s+(?:the\s+[A-Za-z]+\s*:\s*)?)(\S.*)$", re.I)
"""An author line: "By Amina Yusuf in Cairo", "Authors: Ann Lee, Bo Tern", the names its group;
a document's "Prepared by the Chairs: Elena Marxer and Jonas Büchel", "Compiled by …" too."""
# (?<!\s): a match starts where a run of spaces starts, each run read once (lines._CREDIT_END)
_NAME_SPLIT = re.compile(r"(?<!\s)\s+(?:and|And|AND|&)\s+|(?<!\s)\s*[,;|/]\s*")
_ASIDE = re.compile(r"(?<!\s)\s*\([^()]{0,30}\)|(?<!\s)\s+in\s+(?:[A-Z][\w'’.-]*\s?){1,3}(?=\s+(?:and|And|&)\s|\s*[,;|/]|$)")
"""What an author line adds to a name: a note in brackets, or where they write
from ("Amina Yusuf in Cairo and Tewodros Bekele in Addis Ababa")."""
_ABOUT_AUTHOR = re.compile(r"\s+(?:is|was|has|writes|covers|reports|joined|previously)\b")


def byline_names(text: str) -> tuple[str, ...]:
    """The people of an author line ("Rachel Okonjo and Mark Delaney", "Dario
    Brennan (now) and Lena Fischer (earlier)"): every part, split at "and",
    commas or bars, asides in brackets dropped, that looks like a name."""
    parts = (p.strip(" .") for p in _NAME_SPLIT.split(_ASIDE.sub("", text)))
    return tuple(p for p in parts if looks_like_name(p))


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words, none a number, nor a word of an outlet, an
    organisation, a place or a title ("Ventura County Current", "North Korea",
    "Foreign Ministers' Meeting"); lower-case particles between them are part of
    the name ("Armando da Costa Ximenes")."""
    words = _without_particles(text.split())
    if not 2 <= len(words) <= 4 or text in place_words() or text in country_forms() or ":" in text:
        return False  # a colon ends a label ("Counties: Yakima", "Authors: Ann Lee"), never part of a name
    return all(w[0].isupper() and not any(c.isdigit() for c in w) and not _not_a_name(w) for w in words)


def _without_particles(words: list[str]) -> list[str]:
    """The words but the particles inside a name ("da", "van der"): never first nor last."""
    inner = [w for w in words[1:-1] if w not in NAME_PARTICLES]
    return words[:1] + inner + words[-1:] if len(words) > 1 else words


_NOT_NAMES = MEDIA_WORDS | ORGANISATION_WORDS | ROLE_WORDS | FUNCTION_WORDS


def _not_a_name(word: str) -> bool:
    bare = re.sub(r"['’]s?$", "", word).lower()
    return bare in _NOT_NAMES or bare.rstrip("s") in _NOT_NAMES


MAX_AUTHORS = 20
"""Authors whose boxes are looked for: a page has a few; a pasted list of
thousands of "By …" lines must not make every line look for each."""


def mark_authors(lines: list[Line], kinds: dict) -> None:
    """Author lines and author boxes.  A line of names alone, asides in
    brackets allowed ("Dario Brennan (now) and Lena Fischer (earlier)"), is
    a byline without "By"; a line that goes on from a byline's name or surname
    to say who they are ("Rachel Okonjo is a Pentagon correspondent for ABN
    News.", "Okafor covers South American politics") is an author box, whatever
    its length."""
    authors: set[str] = set()
    for line in lines:
        byline = BYLINE.match(line.text)
        if byline is not None and not line.is_prose:
            authors.update(byline_names(byline.group(1)))
        elif not line.is_prose and line.word_count <= 12 and is_names_only(line.text):
            authors.update(byline_names(line.text))
            kinds.setdefault(line.number, ("byline", "a line of names alone: the authors"))
    forms = {form: name for name in sorted(authors)[:MAX_AUTHORS] for form in (name, name.split()[-1].title())}
    for line in lines:
        name = next((forms[f] for f in forms if line.text.startswith(f) and _ABOUT_AUTHOR.match(line.text, len(f))), None)
        if name is not None:
            kinds.setdefault(line.number, ("byline", f"about the author, {name}"))


_ACRONYM_ASIDE = re.compile(r"\(([A-Z]{2,8})\)")


def _spells_its_acronym(text: str) -> bool:
    """Whether an aside in brackets is the initials of the capitalised words before it:
    "Caja Costarricense de Seguro Social (CCSS)" is a body and its acronym, where a
    writer's aside is an agency's ("Aisha Al Balushi (SNA)")."""
    aside = _ACRONYM_ASIDE.search(text)
    if aside is None:
        return False
    initials = "".join(w[0] for w in text[:aside.start()].split() if w[0].isupper())
    return initials == aside.group(1)


def is_names_only(text: str) -> bool:
    """Whether an author line holds names alone (asides and places aside)."""
    if _spells_its_acronym(text):
        return False
    parts = [p.strip(" .") for p in _NAME_SPLIT.split(_ASIDE.sub("", text))]
    return all(looks_like_name(p) for p in parts)
