"""Names that end with a word for a period of time, a count or a class: none is a person's.

    >>> period_name(["Spring", "Term"])
    True
    >>> period_name(["Year", "Four"])
    True
    >>> period_name(["Business", "Class"])
    True
    >>> period_name(["Doris", "Day"])
    False

A school's, a club's or an organiser's page capitalises its calendar ("Spring Term", "Half
Term", "Freshers Week", "Summer Season") and its year groups or stages ("Year Four", "Key
Stage Two"), its classes and rounds ("Business Class", "Oak Class", "Slam Finals") and
its phrasal nouns ("Kick Off", "Cut Off", "Sign Up"): two capitalised words that read as a
given name and a surname.  No surname is one of these words, so a bare name (no title, no
speech verb) ending with one is dropped.  Words that are also surnames
are left out on purpose ("Day" of Doris Day, "Holiday" of Billie Holiday, "May").
"""

from __future__ import annotations

PERIOD_NOUNS = frozenset("""
    term terms semester semesters trimester trimesters week weeks weekend weekends fortnight
    season seasons quarter quarters
""".split())
"""Words for a period of a calendar that are no surname."""

NUMBER_WORDS = frozenset("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand
""".split())
"""Number words, which end a year group's, a stage's or a count's name, never a surname."""

CLASS_NOUNS = frozenset("""
    class classes grade grades tier tiers finals semifinal semifinals semi-finals quarterfinals quarter-finals
""".split())
"""Words for a class, a grade or a round of a contest ("Business Class", "Oak Class", "Poetry
Slam Finals"), which no surname is."""

ADVERB_PARTICLES = frozenset("off up out".split())
"""The particle of a phrasal noun ("Kick Off", "Cut Off", "Sign Up", "Check Out"), which
ends no person's name."""


def period_name(words: list[str]) -> bool:
    """Whether a name of two words or more ends with a period's, a number's or a class's word
    or a phrasal noun's particle."""
    last = words[-1].lower().rstrip(".") if words else ""
    return len(words) >= 2 and (last in PERIOD_NOUNS or last in NUMBER_WORDS or last in CLASS_NOUNS
                                or last in ADVERB_PARTICLES)
