"""Documented limits on input sizes: every cost of a build is bounded.

A limit is a promise to authors (the README lists them) and a guard for
the build: a file past its limit is reported, never read into memory
whole, and no step's work grows faster than its input.
"""

from __future__ import annotations

MAX_SEED_BYTES = 2 * 1024 * 1024
"""A seed (raw article) may be up to 2 MiB: long live blogs run to a few
hundred kilobytes of text; anything larger is not one article."""

MAX_CONTENT_BYTES = 1024 * 1024
"""A content file (brief, registry entry, page) may be up to 1 MiB."""

MAX_QUOTE_CHARS = 2000
"""A quote may be up to 2,000 characters: a long paragraph, not a whole article."""

MAX_YAML_DEPTH = 8
"""Front matter may nest mappings and lists 8 levels deep (a brief needs 4)."""

MAX_OCCURRENCES = 10_000
"""Matches of one quote that are looked at: ``occurrence:`` may be 1 to 10,000
(a one-letter quote in a 2 MiB seed would otherwise list two million)."""

MAX_HINTS_PER_BRIEF = 20
"""Quotes not found get a closest-text hint for the first 20 in a brief; the
search costs up to a tenth of a second in a 2 MiB seed."""

MAX_NUMBER = 10**15
"""A claim's value, and a number read from a quote, is at most 10^15 in size."""

MIN_YEAR, MAX_YEAR = 1000, 2999
"""Dates are checked to fall within these years (inclusive)."""

MAX_DRAFT_CLAIMS = 60
"""A draft lists at most 60 candidate claims (the first in the text): a brief
is a reading of an article, not a copy of it, and a draft must stay a file
an author can review (and under MAX_CONTENT_BYTES)."""

MAX_DRAFT_PEOPLE = 60
"""A draft proposes at most 60 people (the speakers of its claims first, then
in order of appearance)."""
