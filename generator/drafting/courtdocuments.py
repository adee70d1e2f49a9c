"""A court's written decision, named with no owner, speaks for the judge who gave it.

"Judge Ruth Mamani ordered … According to the ruling, the title was issued
without consulting the community": "the ruling", "the judgment", "the 40-page
verdict" are the judge's own findings, as "the minister's statement" is the
minister's words.  The phrase is read as "the judge" is (`roles`): the person the
article introduced as a judge (or magistrate, justice), if any; else it is left
to the other readings (an owner before it, free text).  An owner written before
it ("the court's ruling", "Vogt's judgment") is `speakers._document_owner`'s.
"""

from __future__ import annotations

import re

_COURT_DOCUMENT = re.compile(r"(?:the|The)\s+(?:[\w-]+\s+){0,2}?(?:ruling|judgment|judgement|verdict)")
"""A court's decision named with no owner: "the ruling", "the written judgment", "the 40-page verdict"."""
JUDGE = "the judge"
"""The role phrase the document's author is looked up as."""


def court_document(words: str) -> bool:
    """Whether a subject names a court's decision with no owner before it.

    >>> court_document("the ruling"), court_document("The 40-page judgment"), court_document("the court's ruling")
    (True, True, False)
    >>> court_document("the report")
    False
    """
    found = _COURT_DOCUMENT.fullmatch(words.strip())
    return found is not None and "'" not in words and "’" not in words
