"""Cited quotes' claim-matching features, kept between drafts: ``cache/claim-features.pickle``.

`ClaimMatcher` reads every quote the briefs cite for a registered claim as
another wording of it.  Reading one takes about a millisecond, so on a site of
2,000 synthetic briefs (18,015 cited quotes) each ``make draft`` spent 17 s
before drafting a word, and the time grows with the site.  A quote's features
are a function of its text, of the code, and of what the registry makes of the
names in it (`Extractor.reading`: each draft proposes people, so the registry
changes between drafts, but seldom for an old quote).  So each quote is kept
with its reading under a fingerprint of the code, and reused only while the
registry still reads it the same way; a draft reads afresh only the quotes it
has not seen and those whose names the registry now reads otherwise.

Trusted as `generator.cache` is: a pickle in the project's own ``cache/``,
which ``make clean`` removes; a missing, damaged or foreign file, or one of
other code, is ignored, and the quotes are read again.  Only the quotes the
briefs cite now are written back, so the file never outgrows the site.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import fingerprint

if TYPE_CHECKING:
    from .claimmatch import Extractor, Features

FEATURES_FILE = "claim-features.pickle"


def load(folder: Path, extractor: Extractor) -> dict[str, Features]:
    """The features saved in ``folder`` by this code, by quote, for the quotes ``extractor``'s
    registry still reads as it did then."""
    try:
        with open(folder / FEATURES_FILE, "rb") as handle:
            code, saved = pickle.load(handle)
        if code != fingerprint():
            return {}
        return {quote: features for quote, (reading, features) in saved.items()
                if extractor.reading(quote) == reading}
    except Exception:  # noqa: BLE001 - no cache, an old one or a damaged one: read the quotes again
        return {}


def save(folder: Path, extractor: Extractor, features: dict[str, Features]) -> None:
    """Write ``features``, each with ``extractor``'s reading of its quote, into ``folder``,
    whole or not at all (a temporary file, then a rename: a draft stopped half-way leaves
    the old file)."""
    entries = {quote: (extractor.reading(quote), made) for quote, made in features.items()}
    folder.mkdir(exist_ok=True)
    temporary = folder / (FEATURES_FILE + ".partial")
    with open(temporary, "wb") as handle:
        pickle.dump((fingerprint(), entries), handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, folder / FEATURES_FILE)
