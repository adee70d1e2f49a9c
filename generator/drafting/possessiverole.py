"""A possessive that opens a sentence is no subject on its own: in "Latvia's sports
minister, Karlis Berzins, watched from the stand and promised …" the subject is the
minister, named in apposition, and "Latvia's" only says whose minister he is.  When the
words read as a sentence's subject end with a possessive, the name in apposition after
its role phrase is the subject.
"""

from __future__ import annotations

import re

_ROLE_THEN_NAME = re.compile(r"\s(?:[a-z][\w-]*\s){0,4}[a-z][\w-]*,\s"
                             r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}),\s")
"""After the possessive: a role in lower case, then a whole name between commas (matched at a fixed start)."""
_POSSESSIVE = re.compile(r"[A-Za-z][\w-]*['’]s?$")


def named_after_possessive(text: str, possessive: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the name in apposition after the possessive at ``possessive`` and its
    role phrase, else None.

    >>> t = "Peru's energy minister, Rosa Quispe, toured the plant and promised a raise."
    >>> a, b = named_after_possessive(t, (0, 6)); t[a:b]
    'Rosa Quispe'
    >>> named_after_possessive("Peru's minister toured the plant.", (0, 6)) is None
    True
    """
    if _POSSESSIVE.search(text, possessive[0], possessive[1]) is None:
        return None
    found = _ROLE_THEN_NAME.match(text, possessive[1])
    return found.span("name") if found is not None else None
