"""A text without the names `claimmatch.Extractor` found in it, and without the rest of a
name a shared family name opens.

    >>> import re
    >>> text = "A country that has to borrow infantry from Kim Jong Un is weak"
    >>> without_names(text, list(re.finditer(r"Kim", text)), lambda name: True)
    'A country that has to borrow infantry from   is weak'

A family name several registered people share ("Kim") is taken out as a name
and names none of them (`claimmatch.NOBODY`); when it opens the full name of
someone the registry does not hold ("Kim Jong Un"), the given names after it
("Jong Un") are the same person's name, no key word: left in, they would weigh
as words no registered statement has and push the candidate away from its
claim.  Only capitalised words right after the family name are taken with it.
"""

from __future__ import annotations

import re
from typing import Callable

_NAME_REST = re.compile(r"(?:[ \t]+[A-Z][a-z][\w'’-]*){1,3}")
"""Up to three capitalised words right after a family name ("Jong Un", "Jong-un"):
matched at a fixed position."""


def without_names(text: str, mentions: list[re.Match[str]], shared: Callable[[str], bool]) -> str:
    """``text`` with each of ``mentions`` blanked, and for a mention ``shared`` says is a
    shared family name, the capitalised words right after it (`_NAME_REST`)."""
    pieces, last = [], 0
    for mention in mentions:
        if mention.start() < last:  # inside a name already taken out
            continue
        end = mention.end()
        if shared(mention.group()):
            rest = _NAME_REST.match(text, end)
            end = rest.end() if rest else end
        pieces += [text[last:mention.start()], " "]
        last = end
    return "".join(pieces) + text[last:]
