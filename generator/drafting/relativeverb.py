"""A speech verb that is the verb of a relative clause on the sentence's subject:
"Obi, who has denied wrongdoing, will be sentenced next month".

The relative clause ("who has denied wrongdoing") is the subject's; it closes at its
comma, and the main predicate after it ("will be sentenced next month") is the
reporter's account, not more of the words said.  Only when the words after that comma
open with a finite verb (an auxiliary, or a past form in -ed: "resigned on Friday"),
so that "The mayor, who said the plan, the third this year, would fail" keeps its
words whole.

    >>> text = "Obi, who has denied wrongdoing, will be sentenced next month."
    >>> relative_verb(text, text.index("denied")), main_predicate(text, text.index("will"))
    (True, True)
    >>> main_predicate("who said the plan, the third this year, would fail", 19)
    False
"""

from __future__ import annotations

import re

from .clauses import AUXILIARIES

_PRONOUN_BEFORE = re.compile(r",[ \t]+(?:who|which)[ \t]+(?:(?:has|have|had|also|long|repeatedly|previously"
                             r"|consistently|always)[ \t]+){0,2}$")
"""", who has " / ", which has long " ending right before the verb (searched over a few
characters only)."""
REACH = 40
"""Characters before the verb looked at for the pronoun."""
_FIRST_WORD = re.compile(r"[a-z][a-z'’]*")


def relative_verb(text: str, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` is the verb of a ", who …" / ", which …" clause."""
    return _PRONOUN_BEFORE.search(text, max(0, verb_start - REACH), verb_start) is not None


def main_predicate(text: str, start: int) -> bool:
    """Whether the words at ``start`` open with a finite verb: an auxiliary or a past form."""
    word = _FIRST_WORD.match(text, start)
    if word is None:
        return False
    found = word.group()
    return found in AUXILIARIES or len(found) > 4 and found.endswith("ed")
