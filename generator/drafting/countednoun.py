"""A speech verb that is also a plural noun is the noun after a number in figures.

"Citizens of the 38 states listed in Annex 1 may apply": "states" after "38" is
the plural noun counted, as after "the" or "three" (`attribution._noun_use`'s
determiners); no one called "Citizens of the 38" states anything.  Only the
plurals that can be speech verbs are read so ("claims", "reports", "estimates"
…): "the 38 said" keeps its verb.
"""

from __future__ import annotations

import re

_FIGURES = re.compile(r"\d[\d,.]*")
"""A number written in figures: "38", "1,200"."""


def counted_plural(previous: str, plural: bool) -> bool:
    """Whether a word that may be a plural noun (``plural``) follows a number in figures (``previous``).

    >>> counted_plural("38", True), counted_plural("38", False), counted_plural("Ruiz", True)
    (True, False, False)
    """
    return plural and _FIGURES.fullmatch(previous) is not None
