"""Review safety: what ``make draft`` leaves for the author is never published.

The drafter marks everything it cannot know with a placeholder
(`drafting.writer`: the summary, the ``## Draft`` notes, "Draft: the
reporter's own words" as a speaker, a proposed claim's "Draft, not yet reviewed — …"
statement, a proposed entry's "Proposed by `make draft` …" profile).  A
draft may keep them; a published brief, or a registry entry whose
``status: proposed`` was removed, may not (``draft-placeholder``).

Two registry files for one person split that person's quotes and
mentions across two pages: names that are one name once case, accents,
punctuation, initials and transliteration are folded (`drafting.variants`,
the drafter's own test) are reported (``duplicate-person``), with the other
file to merge into.  The same holds for organisations
(``duplicate-organisation``), whose one-word aliases count too: an acronym
("NATO") names one body.  Each name is filed under its fingerprint once, so
the check is linear in the number of entries.
"""

from __future__ import annotations

from itertools import chain
from typing import Iterable, Iterator

from .drafting.variants import fingerprint, organisation_fingerprint
from .drafting.writer import DRAFT_HEADING, DRAFT_STATEMENT, PROPOSED_BY, SUMMARY, UNATTRIBUTED
from .model import Brief, Corpus, Markdown, Organisation, Person, Where
from .problems import WARNING, Problem, shorten

KEEP_AS_DRAFT = "or keep this brief as `status: draft`"


def check_review(corpus: Corpus) -> Iterator[Problem]:
    """Placeholders in reviewed entries; people and organisations registered twice.
    (A published brief's placeholders are checked with the brief's other problems, `checks.check_corpus`.)"""
    return chain(
        check_entry_placeholders(corpus),
        check_same_people(corpus.people.values()),
        check_same_organisations(corpus.organisations.values()),
    )


# --------------------------------------------------------------------------
# Placeholders
# --------------------------------------------------------------------------


def is_placeholder_summary(text: str) -> bool:
    """The drafter's summary, however the YAML folded it."""
    return " ".join(text.split()).startswith(SUMMARY)


def check_brief_placeholders(brief: Brief) -> Iterator[Problem]:
    if brief.status != "published":
        return
    if is_placeholder_summary(brief.summary):
        yield Problem(brief.line_of("summary"), "draft-placeholder",
                      f'summary: "{shorten(brief.summary)}" is the drafter\'s placeholder: write two or three '
                      f"sentences in your own words, {KEEP_AS_DRAFT}")
    items: dict[int, int] | None = None  # made only for a brief that has a placeholder: most have none
    for citation in brief.citations:
        for field in ("by", "quote"):
            text = getattr(citation, field)
            if text == UNATTRIBUTED or text.startswith(DRAFT_STATEMENT):
                if items is None:
                    items = {line: key[1] for key, line in brief.lines.items() if len(key) == 2 and key[0] == "claims"}
                i = items.get(citation.where.line)
                where = brief.line_of("claims", i, field) if i is not None else citation.where
                yield Problem(where, "draft-placeholder", f'claims.{i}.{field}: "{shorten(text)}" is the drafter\'s '
                              f"placeholder: {_what_to_write(field)}, {KEEP_AS_DRAFT}")
    if (line := heading_line(brief.body, DRAFT_HEADING)) is not None:
        yield Problem(Where(brief.where.path, line), "draft-placeholder",
                      f'the heading "{DRAFT_HEADING}" and the notes under it are the drafter\'s placeholder: '
                      f"replace them with the key points, {KEEP_AS_DRAFT}")


def _what_to_write(field: str) -> str:
    if field == "by":
        return ('write who says it: a person id, or free text such as "Pentagon" (the publisher, '
                "when the words are the reporter's own)")
    return "quote the words of the seed"


def heading_line(markdown: Markdown, heading: str) -> int | None:
    """The file line of the first heading written as ``heading`` ("## Draft"), if any."""
    level = len(heading) - len(heading.lstrip("#"))
    title = heading.lstrip("#").strip()
    if title not in markdown.text:
        return None  # the common case, found without walking the tokens
    tokens = markdown.tokens
    for token, following in zip(tokens, tokens[1:]):
        if token.type == "heading_open" and token.tag == f"h{level}" and following.content.strip() == title:
            return token.map[0] + 1 if token.map else markdown.line
    return None


def check_entry_placeholders(corpus: Corpus) -> Iterator[Problem]:
    """A reviewed entry (no ``status: proposed``) that still reads as the drafter wrote it."""
    reviewed = "yet this entry is reviewed (no `status: proposed`)"
    entries = chain(corpus.people.values(), corpus.organisations.values(), corpus.countries.values())
    bodies = [(e.where.path, e.profile, "profile") for e in entries if e.status != "proposed"]
    bodies += [(c.where.path, c.notes, "notes") for c in corpus.claims.values() if c.status != "proposed"]
    for path, markdown, what in bodies:
        if (line := placeholder_line(markdown)) is not None:
            yield Problem(Where(path, line), "draft-placeholder",
                          f'the {what} "{shorten(_line_text(markdown, line))}" is the drafter\'s placeholder, '
                          f"{reviewed}: write the {what} or delete these lines, or restore `status: proposed`")
    for claim in corpus.claims.values():
        if claim.status != "proposed" and claim.statement.startswith(DRAFT_STATEMENT):
            yield Problem(claim.line_of("statement"), "draft-placeholder",
                          f'statement: "{shorten(claim.statement)}" is the drafter\'s placeholder, {reviewed}: '
                          "write the proposition in the project's own words, or restore `status: proposed`")


def placeholder_line(markdown: Markdown) -> int | None:
    """The file line of a body line that begins as the drafter's ("Proposed by `make draft` …")."""
    if PROPOSED_BY not in markdown.text:
        return None
    for offset, text in enumerate(markdown.text.splitlines()):
        if text.lstrip().startswith(PROPOSED_BY):
            return markdown.line + offset
    return None


def _line_text(markdown: Markdown, line: int) -> str:
    return markdown.text.splitlines()[line - markdown.line].strip()


# --------------------------------------------------------------------------
# One person, two files
# --------------------------------------------------------------------------


def name_forms(person: Person) -> Iterator[tuple[tuple[str, ...], str, str, Where]]:
    """(fingerprint, what, as written, line) of the person's name, and of
    each alias of two words or more: a bare surname ("Kim") is shared by
    many people, and the mention finder resolves it in context."""
    yield fingerprint(person.name), "name", person.name, person.line_of("name")
    for i, alias in enumerate(person.aliases):
        if len(key := fingerprint(alias)) >= 2:
            yield key, "alias", alias, person.line_of("aliases", i)


def check_same_people(people: Iterable[Person]) -> Iterator[Problem]:
    """``duplicate-person`` on the later of two people whose names fold to one;
    reviewed entries come first, so a proposed one is the one reported."""
    first: dict[tuple[str, ...], tuple[Person, str, str]] = {}
    reported: set[tuple[str, str]] = set()
    for person in sorted(people, key=lambda p: (p.status == "proposed", p.id)):
        for key, what, written, where in name_forms(person):
            if not key:
                continue
            other, other_what, other_written = first.setdefault(key, (person, what, written))
            if other is person or (other.id, person.id) in reported or told_apart(other, person):
                continue
            reported.add((other.id, person.id))
            yield Problem(where, "duplicate-person", f'{what} "{written}" is a spelling of "{other_written}", '
                          f"the {other_what} of {other.where.path} (case, accents, punctuation and "
                          "transliteration folded): did you mean one person? Keep one file, add this spelling "
                          "to its aliases and cite its id; if they are two people, give each its wikidata id",
                          WARNING)


def told_apart(a: Person, b: Person) -> bool:
    """Two entries whose different Wikidata ids say they are two people of one name."""
    return a.wikidata is not None and b.wikidata is not None and a.wikidata != b.wikidata


# --------------------------------------------------------------------------
# One organisation, two files
# --------------------------------------------------------------------------


def organisation_forms(organisation: Organisation) -> Iterator[tuple[tuple[str, ...], str, str, Where]]:
    """(fingerprint, what, as written, line) of the organisation's name and of
    every alias, a leading "the" dropped: an acronym or a one-word name ("NATO",
    "Pentagon") names one body."""
    yield organisation_fingerprint(organisation.name), "name", organisation.name, organisation.line_of("name")
    for i, alias in enumerate(organisation.aliases):
        yield organisation_fingerprint(alias), "alias", alias, organisation.line_of("aliases", i)


def check_same_organisations(organisations: Iterable[Organisation]) -> Iterator[Problem]:
    """``duplicate-organisation`` on the later of two organisations that share a
    name or an alias once folded; reviewed entries come first, so a proposed one
    is the one reported, with the command that merges it into the other."""
    first: dict[tuple[str, ...], tuple[Organisation, str, str]] = {}
    reported: set[tuple[str, str]] = set()
    for organisation in sorted(organisations, key=lambda o: (o.status == "proposed", o.id)):
        for key, what, written, where in organisation_forms(organisation):
            if not key:
                continue
            other, other_what, other_written = first.setdefault(key, (organisation, what, written))
            if other is organisation or (other.id, organisation.id) in reported \
                    or organisations_told_apart(other, organisation):
                continue
            reported.add((other.id, organisation.id))
            same = (f"is also the {other_what} of {other.where.path}" if written == other_written else
                    f'is a spelling of "{other_written}", the {other_what} of {other.where.path} (case, accents, '
                    "punctuation and transliteration folded)")
            yield Problem(where, "duplicate-organisation",
                          f'{what} "{written}" {same}: did you mean one organisation? Merge this file into it '
                          f"(make merge KIND=organisation OLD={organisation.id} NEW={other.id}); if they are two "
                          "organisations, give each its wikidata id", WARNING)


def organisations_told_apart(a: Organisation, b: Organisation) -> bool:
    """Two entries that different Wikidata ids, or different countries, say are two bodies
    of one name (two countries' "Ministry of Defence")."""
    return (a.wikidata is not None and b.wikidata is not None and a.wikidata != b.wikidata) \
        or (a.country is not None and b.country is not None and a.country != b.country)
