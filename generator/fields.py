"""Front-matter fields: each converter returns a value or raises `Bad`.

`FieldReader` reads one mapping against a schema of known keys, turning
every bad value into a `Problem` (errors are data) and carrying on, so
that one run reports everything wrong with a file.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any, Callable

from .documents import Document
from .limits import MAX_YEAR, MIN_YEAR
from .model import Where
from .problems import Problem, did_you_mean, shorten

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class Bad(Exception):
    """A value that cannot be converted; ``code`` and ``message`` say why."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def type_name(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", str: "text",
             list: "a list", dict: "a mapping", dt.date: "a date", type(None): "nothing"}
    return names.get(type(value), type(value).__name__)


def text(value: Any) -> str:
    if value is None:
        raise Bad("field-empty", "expected text, got an empty value")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise Bad("field-type", f"expected text, got {type_name(value)}: {shorten(repr(value))}")
    result = str(value).strip()
    if not visible(result):
        raise Bad("field-empty", "expected text, got an empty value" if not result else
                  "expected text, got only invisible characters (zero-width spaces, joiners or marks)")
    return result


def visible(text: str) -> bool:
    """True when ``text`` shows something: not only spaces and invisible format characters.

    >>> visible("\u200b\u2060 "), visible("a\u200b")
    (False, True)
    """
    return any(not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Mn", "Me") for ch in text)


def optional_text(value: Any) -> str | None:
    return None if value is None or value == "" else text(value)


def text_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        raise Bad("field-type", f'expected a list, got text "{shorten(value)}" (write [{value}])')
    if not isinstance(value, list):
        raise Bad("field-type", f"expected a list, got {type_name(value)}")
    return tuple(text(item) for item in value)


def identifier(value: Any) -> str:
    result = text(value)
    if not ID_PATTERN.fullmatch(result):
        raise Bad("bad-id", f'"{result}" is not an id: use lower-case letters, digits and hyphens')
    return result


def web_url(value: Any) -> str | None:
    """An http(s) URL; anything else (``javascript:``…) is refused."""
    result = optional_text(value)
    if result is not None and not re.fullmatch(r"https?://[^\s<>\"]+", result):
        raise Bad("bad-url", f'"{shorten(result)}" is not a web address: expected http:// or https://…')
    return result


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def date(value: Any) -> dt.date | None:
    """A YYYY-MM-DD date, checked to exist and to fall between the documented years.

    >>> date("2024-10-31")
    datetime.date(2024, 10, 31)
    >>> date("2024-02-30")
    Traceback (most recent call last):
    generator.fields.Bad: "2024-02-30" is not a date: day is out of range for month; expected YYYY-MM-DD, e.g. 2024-10-31
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _in_years(value, value.isoformat())
    written = value.strip() if isinstance(value, str) else None
    if written is None or not _ISO_DATE.fullmatch(written):
        raise Bad("bad-date", f"{_shown(value)} is not a date: expected YYYY-MM-DD, e.g. 2024-10-31")
    try:
        parsed = dt.date.fromisoformat(written)
    except ValueError as error:
        raise Bad("bad-date", f'"{written}" is not a date: {error}; expected YYYY-MM-DD, e.g. 2024-10-31') from None
    return _in_years(parsed, written)


def _in_years(value: dt.date, written: str) -> dt.date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise Bad("bad-date", f'"{written}" is not a plausible date: years from {MIN_YEAR} to {MAX_YEAR} are allowed')
    return value


def _shown(value: Any) -> str:
    return f'"{shorten(value)}"' if isinstance(value, str) else type_name(value)


def whole_number(value: Any, *, least: int = 1, most: int = 1_000_000) -> int:
    """A whole number written in digits, between ``least`` and ``most``.

    >>> whole_number("2")
    2
    """
    if isinstance(value, int) and not isinstance(value, bool):
        written = str(value)
    elif isinstance(value, str) and re.fullmatch(r"[0-9]{1,7}", value.strip()):
        written = value.strip()
    else:
        raise Bad("field-type", f"expected a whole number from {least} to {most:,}, got {_shown(value)}")
    number = int(written)
    if not least <= number <= most:
        raise Bad("field-type", f"expected a whole number from {least} to {most:,}, got {written}")
    return number


def status(allowed: tuple[str, ...]) -> Callable[[Any], str]:
    return one_of(allowed, "bad-status", "a status")


def one_of(allowed: tuple[str, ...], code: str, what: str) -> Callable[[Any], str]:
    """A text that must be one of ``allowed``; else `Bad` with ``code``, the choices and a did-you-mean."""
    def convert(value: Any) -> str:
        result = text(value)
        if result not in allowed:
            choices = ", ".join(allowed)
            raise Bad(code, f'"{result}" is not {what}: expected one of {choices}' + did_you_mean(result, allowed))
        return result
    return convert


class FieldReader:
    """Reads a document's front matter field by field, collecting problems."""

    def __init__(self, path: str, document: Document, problems: list[Problem]):
        self.path = path
        self.document = document
        self.problems = problems

    def where(self, *key: Any) -> Where:
        return Where(self.path, self.document.line_of(*key))

    def report(self, code: str, message: str, *key: Any) -> None:
        self.problems.append(Problem(self.where(*key), code, message))

    def mapping(self, value: Any, known: tuple[str, ...], *key: Any) -> dict[str, Any] | None:
        """``value`` if it is a mapping; unknown keys are reported."""
        if not isinstance(value, dict):
            what = "the front matter" if not key else f'"{".".join(map(str, key))}"'
            self.report("field-type", f"{what} must be a mapping of keys to values, got {type_name(value)}", *key)
            return None
        for name in value:
            if name not in known:
                self.report("unknown-field", f'unknown field "{name}"{did_you_mean(str(name), known)}; '
                            f"known fields: {', '.join(known)}", *key, name)
        return value

    def field(self, data: dict[str, Any], name: str, convert: Callable[[Any], Any],
              *, required: bool = False, default: Any = None, key: tuple = (), allowed: str = "") -> Any:
        """``data[name]`` converted; ``allowed`` says what a missing required field may be."""
        if name not in data:
            if required:
                place = f'"{".".join(map(str, key))}"' if key else "the front matter"
                self.report("field-missing", f'required field "{name}" is missing from {place}'
                            f"{f'; {allowed}' if allowed else ''}", *key)
            return default
        try:
            return convert(data[name])
        except Bad as bad:
            self.report(bad.code, f'{".".join(map(str, (*key, name)))}: {bad.message}', *key, name)
            return default

    def list_field(self, data: dict[str, Any], name: str, convert: Callable[[Any], Any]) -> tuple[Any, ...]:
        """A list converted item by item; each bad item is reported at its own line."""
        items = self.field(data, name, lambda v: v if isinstance(v, list) else text_list(v), default=())
        good = []
        for i, item in enumerate(items):
            try:
                good.append(convert(item))
            except Bad as bad:
                self.report(bad.code, f"{name}: {bad.message}", name, i)
        return tuple(good)
