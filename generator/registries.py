"""Parse the entity registries: people, organisations, countries and claims.

Each entity is one Markdown file whose name is its id (``people/lloyd-austin.md``,
``organisations/nato.md``, ``countries/kp.md``, ``claims/nk-troops-in-kursk.md``);
the front matter holds its data and the body an optional written profile.
"""

from __future__ import annotations

import pycountry

from . import fields
from .documents import Document
from .fields import FieldReader, ID_PATTERN
from .model import Claim, Country, Organisation, Person, Where

PERSON_FIELDS = ("name", "aliases", "role", "country", "organisations", "wikidata", "status")
ORGANISATION_FIELDS = ("name", "aliases", "kind", "country", "wikidata", "status")
ORGANISATION_KINDS = ("government body", "military", "intelligence agency", "international organisation",
                      "news organisation", "company", "political party", "non-governmental organisation")
"""What an organisation is, as its page and structured data say; the last
two are for the parties and charities that speak in news as often as the rest."""
COUNTRY_FIELDS = ("name", "aliases", "status")
CLAIM_FIELDS = ("statement", "status")
ENTITY_STATUSES = ("published", "proposed")


def country_code(value: object) -> str:
    """An ISO 3166-1 alpha-2 code in any case → upper-case; else `Bad`."""
    code = fields.text(value).upper()
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        hint = _country_hint(str(value))
        raise fields.Bad("unknown-iso-code", f'"{value}" is not an ISO 3166-1 alpha-2 country code{hint}')
    return code


def _country_hint(value: str) -> str:
    try:
        match = pycountry.countries.lookup(value)
    except LookupError:
        return ""
    return f' (did you mean "{match.alpha_2}" for {match.name}?)'


def wikidata_id(value: object) -> str | None:
    result = fields.optional_text(value)
    if result is not None and not (result[:1] == "Q" and result[1:].isdigit()):
        raise fields.Bad("bad-wikidata", f'"{result}" is not a Wikidata id: expected Q followed by digits, e.g. Q11702')
    return result


def _check_file_id(reader: FieldReader, entity_id: str, kind: str) -> bool:
    if ID_PATTERN.fullmatch(entity_id):
        return True
    reader.report("bad-id", f'file name "{entity_id}" is not a valid {kind} id: '
                  "use lower-case letters, digits and hyphens")
    return False


def parse_person(path: str, entity_id: str, doc: Document, reader: FieldReader) -> Person | None:
    data = reader.mapping(doc.data, PERSON_FIELDS)
    if data is None or not _check_file_id(reader, entity_id, "person"):
        return None
    return Person(
        id=entity_id,
        name=reader.field(data, "name", fields.text, required=True, default=entity_id),
        aliases=reader.field(data, "aliases", fields.text_list, default=()),
        role=reader.field(data, "role", fields.optional_text) or "",
        country=reader.field(data, "country", optional_country_code),
        wikidata=reader.field(data, "wikidata", wikidata_id),
        profile=doc.markdown,
        status=reader.field(data, "status", fields.status(ENTITY_STATUSES), default="published"),
        where=Where(path, 1),
        lines=doc.lines,
        organisations=reader.list_field(data, "organisations", fields.identifier),
    )


def parse_organisation(path: str, entity_id: str, doc: Document, reader: FieldReader) -> Organisation | None:
    data = reader.mapping(doc.data, ORGANISATION_FIELDS)
    if data is None or not _check_file_id(reader, entity_id, "organisation"):
        return None
    status = reader.field(data, "status", fields.status(ENTITY_STATUSES), default="published")
    return Organisation(
        id=entity_id,
        name=reader.field(data, "name", fields.text, required=True, default=entity_id),
        aliases=reader.field(data, "aliases", fields.text_list, default=()),
        # A proposed entry may leave its kind to the reviewer: the drafter cannot always tell it from the name.
        kind=reader.field(data, "kind", fields.one_of(ORGANISATION_KINDS, "bad-kind", "a kind of organisation"),
                          required=status != "proposed", default="",
                          allowed=f"write one of {', '.join(ORGANISATION_KINDS)}"),
        country=reader.field(data, "country", optional_country_code),
        wikidata=reader.field(data, "wikidata", wikidata_id),
        profile=doc.markdown,
        status=status,
        where=Where(path, 1),
        lines=doc.lines,
    )


def optional_country_code(value: object) -> str | None:
    return None if value in (None, "") else country_code(value)


def parse_country(path: str, entity_id: str, doc: Document, reader: FieldReader) -> Country | None:
    data = reader.mapping(doc.data, COUNTRY_FIELDS)
    if data is None:
        return None
    try:
        code = country_code(entity_id)
    except fields.Bad as bad:
        reader.report(bad.code, f"file name: {bad.message}")
        return None
    if entity_id != code.lower():
        reader.report("bad-id", f'country file names are lower-case codes: rename "{entity_id}.md" to "{code.lower()}.md"')
    record = pycountry.countries.get(alpha_2=code)
    default_name = getattr(record, "common_name", None) or record.name
    return Country(
        code=code,
        name=reader.field(data, "name", fields.text, default=default_name),
        official_name=getattr(record, "official_name", None) or record.name,
        aliases=reader.field(data, "aliases", fields.text_list, default=()),
        profile=doc.markdown,
        status=reader.field(data, "status", fields.status(ENTITY_STATUSES), default="published"),
        where=Where(path, 1),
    )


def parse_claim(path: str, entity_id: str, doc: Document, reader: FieldReader) -> Claim | None:
    data = reader.mapping(doc.data, CLAIM_FIELDS)
    if data is None or not _check_file_id(reader, entity_id, "claim"):
        return None
    return Claim(
        id=entity_id,
        statement=reader.field(data, "statement", fields.text, required=True, default=""),
        notes=doc.markdown,
        status=reader.field(data, "status", fields.status(ENTITY_STATUSES), default="published"),
        where=Where(path, 1),
        lines=doc.lines,
    )
