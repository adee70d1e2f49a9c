"""Checks of the ``value:`` of every citation: readable, and in the quote.

* ``bad-value`` (error): the value cannot be read; the message gives the
  reason and the allowed forms.
* ``value-not-in-quote`` (error): a number the value states is not written
  in the quote (however spelled: 3.5mn = 3,500,000); the message lists the
  numbers the quote does have, with the closest as a did-you-mean.  Not
  checked while the quote itself is not found in the seed: that error comes
  first, and fixing the quote may fix the value too.
"""

from __future__ import annotations

import math
from typing import Any, Iterator

from ..limits import MAX_NUMBER
from ..memo import Kept, remember
from ..model import Brief, Citation, Corpus, Where
from ..problems import Problem, shorten
from .numerals import format_number
from .quantities import ALLOWED_FORMS, BadValue, Quantity, numbers_in, parse_value, value_in_quote


def check_values(corpus: Corpus, known: Kept[tuple[Problem, ...]] | None = None) -> Iterator[Problem]:
    """Problems with every citation's value.  ``known`` (the dev server's)
    keeps each brief's problems with the brief they were found in: they
    depend on nothing else, so an unchanged brief is not checked again."""
    for brief in corpus.briefs:
        yield from remember(known, brief.where.path, (brief,), lambda: tuple(brief_value_problems(brief)))
    if known is not None:
        known.sweep()


def brief_value_problems(brief: Brief) -> Iterator[Problem]:
    items = claim_items(brief)
    for citation in brief.citations:
        if citation.value is not None:
            yield from check_value(citation, key_where(brief, citation, "value", items))


def check_value(citation: Citation, where: Where) -> Iterator[Problem]:
    """Problems with one citation's value, reported at `where`."""
    parsed = parse_value(citation.value)
    if isinstance(parsed, BadValue):
        reason = parsed.reason if "allowed" in parsed.reason else f"{parsed.reason}; allowed: {ALLOWED_FORMS}"
        yield Problem(where, "bad-value", f"value {shown(citation.value)}: {reason}")
    elif citation.anchor is not None and not value_in_quote(parsed, citation.quote):
        yield Problem(where, "value-not-in-quote", not_in_quote_message(parsed, citation.quote))


def not_in_quote_message(quantity: Quantity, quote: str) -> str:
    """``value 9,000 is not in the quote "…"; it has 10,000 (did you mean 10,000?)``."""
    head = f'value {quantity.phrase} is not in the quote "{shorten(quote, 80)}"'
    written = list(dict.fromkeys(numbers_in(quote)))
    if not written:
        return f"{head}, which has no number; quote the words that state it, or drop the value"
    closest = min(written, key=lambda n: abs(n - quantity.numbers[0]))
    listed = ", ".join(format_number(n) for n in written)
    return f"{head}; it has {listed} (did you mean {format_number(closest)}?)"


def claim_items(brief: Brief) -> dict[int, int]:
    """Line of each item of the brief's ``claims`` list → its index, so that a
    problem can point at the item's ``value:`` line rather than its first."""
    return {line: key[1] for key, line in brief.lines.items() if len(key) == 2 and key[0] == "claims"}


def key_where(brief: Brief, citation: Citation, key: str, items: dict[int, int] | None = None) -> Where:
    """Where the citation's ``key`` (``claim``, ``by``, ``value``) is written;
    the item's first line when it is not.  ``items`` (`claim_items`) saves
    the look-up for a brief with several problems: it costs the brief's lines."""
    index = (claim_items(brief) if items is None else items).get(citation.where.line)
    line = brief.lines.get(("claims", index, key)) if index is not None else None
    return citation.where if line is None else Where(citation.where.path, line)


def shown(raw: Any) -> str:
    """The author's value as they wrote it, for a message, cut to a readable
    length: ``"about 8,000"``, ``{amount: 8000, qualifier: about}``, ``8,000``.

    Front matter gives text ("8000" is shown quoted); numbers come from code.
    """
    if isinstance(raw, str):
        return f'"{shorten(raw)}"'
    if isinstance(raw, dict):
        return shorten("{" + ", ".join(f"{_part(k)}: {_part(v)}" for k, v in raw.items()) + "}")
    if isinstance(raw, int) and not isinstance(raw, bool) or isinstance(raw, float) and math.isfinite(raw):
        return format_number(raw)
    return shorten(repr(raw))


def _part(raw: Any) -> str:
    """A key or value of a mapping, as written; any int made safe to write."""
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) > MAX_NUMBER:
        return format_number(raw)  # str() refuses ints of thousands of digits
    return shorten(str(raw))

