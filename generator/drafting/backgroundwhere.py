"""A ", where …" clause the reporter adds about a place, inside someone's statement.

"By early November the United States estimated the total at about 10,000, of
whom some 8,000 were in the Kursk region, where Ukrainian forces have held
Russian territory since August 2024.": reported speech shifts its tenses back
after a past speech verb ("said they were", "had held"); a ", where" clause left
in the present or present perfect ("have held", "is") speaks from the writer's
own time, so it is the reporter's background, not the speaker's words.
"""

from __future__ import annotations

import re

_WHERE_PRESENT = re.compile(r"(?:[\w'’-]+\s){1,6}?(?:has|have|is|are)\b(?!\s(?:been\s)?said\b)")
""""(where) Ukrainian forces have held …": the clause's verb in the present (matched at its start)."""

_PAST_FRAME = re.compile(r"[a-z]+ed|said|told|put|wrote|gave|thought|felt|saw|knew|found", re.I)
"""A speech verb in the past tense, after which the speaker's own words shift back."""


def background_where(text: str, start: int, verb: str) -> bool:
    """Whether the clause at ``start`` is a present-tense ", where" clause after a
    past-tense speech ``verb``: the reporter's words, not the speaker's."""
    if re.search(r",\swhere\s$", text[max(0, start - 8):start]) is None:
        return False  # not a clause `clauses.SECOND_FACT` cut after ", where"
    return _PAST_FRAME.fullmatch(verb) is not None and _WHERE_PRESENT.match(text, start) is not None
