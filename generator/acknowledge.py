"""Acknowledged warnings: reviewed once, then no longer reported.

A warning is worth a look, not a fix: an attribution conflict may be
exactly what the sources say.  After checking it, an author records that
in the brief the warning points at::

    acknowledged:
      - warning: attribution-conflict
        claim: nk-troops-not-yet-in-combat
        brief: blinken-8000-in-kursk
        note: AP credits Blinken, the DoD transcript Austin; both kept.

`apply` drops each warning an acknowledgement matches (same file, code and
subject) and reports every acknowledgement that matches nothing
(``stale-acknowledgement``), so an acknowledgement cannot outlive its
warning unnoticed.  Errors cannot be acknowledged.
"""

from __future__ import annotations

from typing import Any, Iterable

from . import fields
from .fields import Bad, FieldReader
from .model import Acknowledgement, Brief
from .problems import WARNING, Problem, did_you_mean
from .registries import country_code

SUBJECTS = {
    "attribution-conflict": (("claim", "brief"),),
    "unlisted-mention": (("person",), ("country",)),
}
"""Each warning that can be acknowledged → the sets of keys that name its subject."""

ITEM_FIELDS = ("warning", "note", "claim", "brief", "person", "country")
_CONVERT = {"claim": fields.identifier, "brief": fields.identifier, "person": fields.identifier,
            "country": country_code}


def warning_code(value: Any) -> str:
    code = fields.text(value)
    if code not in SUBJECTS:
        raise Bad("bad-acknowledgement", f'"{code}" cannot be acknowledged{did_you_mean(code, SUBJECTS)}; '
                  f"warnings that can: {', '.join(SUBJECTS)}")
    return code


def parse_acknowledgements(reader: FieldReader, data: dict[str, Any]) -> tuple[Acknowledgement, ...]:
    """The brief's ``acknowledged:`` list; each bad item is reported at its line."""
    raw = data.get("acknowledged")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        reader.report("field-type", f"acknowledged: expected a list, got {fields.type_name(raw)}", "acknowledged")
        return ()
    found = (_item(reader, item, ("acknowledged", i)) for i, item in enumerate(raw))
    return tuple(a for a in found if a is not None)


def _item(reader: FieldReader, raw: Any, key: tuple) -> Acknowledgement | None:
    item = reader.mapping(raw, ITEM_FIELDS, *key)
    if item is None:
        return None
    code = reader.field(item, "warning", warning_code, required=True, key=key)
    note = reader.field(item, "note", fields.text, required=True, key=key)
    if code is None or note is None:
        return None
    given = tuple(sorted(k for k in item if k in _CONVERT))
    allowed = SUBJECTS[code]
    if given not in [tuple(sorted(keys)) for keys in allowed]:
        forms = " or ".join(" and ".join(keys) for keys in allowed)
        reader.report("bad-acknowledgement", f"an acknowledged {code} names its subject with {forms}, "
                      f"got {' and '.join(given) or 'none'}", *key)
        return None
    subject = tuple((k, reader.field(item, k, _CONVERT[k], key=key)) for k in given)
    if any(value is None for _, value in subject):
        return None
    return Acknowledgement(code, subject, note, reader.where(*key))


def apply(problems: Iterable[Problem], briefs: Iterable[Brief]) -> tuple[list[Problem], int]:
    """Problems without the acknowledged warnings, plus stale acknowledgements; and how many were dropped."""
    by_path: dict[str, list[Acknowledgement]] = {}
    for brief in briefs:
        by_path.setdefault(brief.where.path, []).extend(brief.acknowledged)
    used: set[Acknowledgement] = set()
    kept: list[Problem] = []
    dropped = 0
    for problem in problems:
        match = _matching(problem, by_path.get(problem.where.path, ()))
        if match is None:
            kept.append(problem)
        else:
            used.add(match)
            dropped += 1
    stale = [Problem(a.where, "stale-acknowledgement", f"acknowledged {a.code} ({_named(a.subject)}) no longer "
                     "occurs: remove this acknowledgement", WARNING)
             for acks in by_path.values() for a in acks if a not in used]
    return kept + stale, dropped


def _matching(problem: Problem, acks: Iterable[Acknowledgement]) -> Acknowledgement | None:
    if problem.severity != WARNING or not problem.subject:
        return None
    subject = tuple(sorted(problem.subject))
    return next((a for a in acks if a.code == problem.code and a.subject == subject), None)


def _named(subject: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{k} {v}" for k, v in subject)

