"""Places named by a part of their name, read as a person's given name and surname.

    >>> part_place(["Hai", "Malakal"], None)
    True
    >>> part_place(["Little", "Corn"], None)
    True
    >>> part_place(["Hai", "Nguyen"], '"Hai Nguyen said"')
    False
    >>> part_place(["Marcia", "Little"], None)
    False

* A word for a quarter or a village in another language opens the names of neighbourhoods
  ("Hai Malakal" in Juba: "hai" is Arabic for quarter; "Kampung Baru"; "Desa Sembungan";
  "Barrio Obrero"; "Colonia Roma"), which English pages keep untranslated.
* A word of size or height opens the names of islands and regions named without their
  "Island" ("Little Corn", "Great Exuma", "Grand Cayman", "Upper Nile", "Lower Shabelle").

Both only for a name with no cue at all: a speech verb or a title makes even such words a
given name ("Hai Nguyen said", "Big Sean told").
"""

from __future__ import annotations

LOCALITY_WORDS = frozenset("""
    hai hay hayy haï kampung kampong kg desa dusun kelurahan barrio barangay colonia bairro vila
    quartier mahalla mohalla ha
""".split())
"""Words for a quarter, a village or a ward (Arabic, Malay, Indonesian, Spanish, Filipino,
Portuguese, French, South Asian) that open a place's name, and the Sesotho "Ha" ("the place
of"), which opens the names of Basotho villages ("Ha Sefako", "Ha Abia")."""

SIZE_WORDS = frozenset("little great grand big upper lower petite petit middle".split())
"""Words of size or height that open the names of islands and regions."""


def part_place(words: list[str], cue: str | None) -> bool:
    """Whether a name with no cue opens with a word of a locality or a place's size."""
    if cue is not None or len(words) < 2:
        return False
    first = words[0].lower()
    return first in LOCALITY_WORDS or first in SIZE_WORDS and len(words) == 2
