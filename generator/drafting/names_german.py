"""German articles inside a run of capitalised words: a sentence or a body's name, no person's.

    >>> german_article_inside(["Donnerstag", "den", "Bau"])
    True
    >>> german_article_inside(["Bund", "der", "Steuerzahler"])
    True
    >>> german_article_inside(["Ursula", "von", "der", "Leyen"])
    False
    >>> german_article_inside(["Joop", "den", "Uyl"])
    False

German capitalises every noun, so a sentence gives runs such as "Donnerstag den Bau"
("on Thursday the building") and a body's name such as "Bund der Steuerzahler" ("union of the
taxpayers").  `lexicon.NAME_PARTICLES` lets "der" and "den" into a name because Dutch and
German surnames carry them, but only after a nobiliary or a Dutch particle ("von der Leyen",
"van den Berg", "ter Horst"): right after a capitalised word the article is the language's.
Left out: "das", "des" and "die", which Portuguese and French surnames carry ("Maria das
Graças") or which a run never joins.  "den" opens Dutch surnames on its own ("Joop den Uyl",
"Jan den Hartog"), so it is German only after a weekday ("Donnerstag den Bau", "am Freitag den
Haushalt"), where German dates an act.
"""

from __future__ import annotations

GERMAN_ARTICLES = frozenset({"der", "dem"})
"""Lower-case German articles that `lexicon.NAME_PARTICLES` lets into a name."""

WEEKDAYS = frozenset("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split())
"""German weekdays: "den" after one is the article of the act dated ("Donnerstag den Bau")."""

PARTICLES_BEFORE_ARTICLE = frozenset({"van", "von", "vom", "zu", "zum", "zur", "ter", "ten", "op", "in", "uit", "auf", "aus"})
"""Particles written before the article in Dutch and German surnames ("van der", "von dem",
"op den", "in der", "uit den")."""


def german_article_inside(words: list[str]) -> bool:
    """Whether a lower-case German article stands inside ``words`` right after a capitalised
    word, with no particle before it."""
    return any(0 < i < len(words) - 1 and words[i - 1][:1].isupper()
               and (w in GERMAN_ARTICLES and words[i - 1].lower() not in PARTICLES_BEFORE_ARTICLE
                    or w == "den" and words[i - 1].lower() in WEEKDAYS)
               for i, w in enumerate(words))
