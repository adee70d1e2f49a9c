"""Letters after a name between commas are part of the name, not an apposition of their own.

    >>> post_nominal("KC"), post_nominal("OBE, MP"), post_nominal("Jr."), post_nominal("for the bank")
    (True, True, True, False)

"Anil Mehta, QC, for the insurer, said …"; "Grace Otieno, MP, said …"; "Tom Wren, Jr.,
told …": English writes a person's honours, degrees, rank at the bar or seat after the
name and sets them off with commas.  They describe the name before them, so the
subject of the verb is still that name — the words between the commas are no subject
of their own (read as one, "QC" would be made the speaker).  Such letters are
initials in capitals (with or without full stops: "KC", "Q.C.", "OBE", "MSc"), or the
generational suffixes "Jr." and "Sr."; a run of them may be joined by commas.
"""

from __future__ import annotations

import re

_LETTERS = r"(?:[A-Z](?:\.?[A-Za-z]){0,4}\.?|[JS]r\.?)"
_POST_NOMINAL = re.compile(_LETTERS + r"(?:,?\s" + _LETTERS + r"){0,3}")
"""One to four post-nominal tokens: capitals first, five letters at most each ("KC", "PhD", "FRCS")."""


def post_nominal(aside: str) -> bool:
    """Whether ``aside`` (the words between two commas after a name) is nothing but
    post-nominal letters: every token opens with a capital and has more capitals than
    small letters, or is "Jr."/"Sr." (a word such as "Reuters" or "Kenya" is none)."""
    aside = aside.strip()
    if _POST_NOMINAL.fullmatch(aside) is None:
        return False
    tokens = [t.strip(",.") for t in aside.split()]
    return all(t in ("Jr", "Sr") or sum(c.isupper() for c in t) > sum(c.islower() for c in t) for t in tokens)
