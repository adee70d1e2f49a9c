"""Relatives and role synonyms that a role phrase may point back with.

An obituary or a human-interest story introduces a relative once ("His daughter,
Mercedes Ortega, said …") and then quotes them by the relation alone ("…," his
daughter said).  A kin noun is no office, so the role table (`roles`) would not
keep it; this table lets it keep such introductions and resolve the phrase to the
relative introduced so — never to anybody else (a relation names no one by itself).

The possessive before a kin noun ("his", "her", "their") says whose relative the
speaker is, not who the speaker is: "her daughter Carmen Paredes" and "his
daughter" are one person in an obituary of a man whose daughter speaks; it is not
asked for when matching.
"""

from __future__ import annotations

KIN_NOUNS = frozenset("""
    son daughter wife husband mother father brother sister widow widower partner fiancee fiance
    grandson granddaughter nephew niece cousin uncle aunt stepson stepdaughter stepfather stepmother
    sibling child spouse grandchild
""".split())
"""Nouns for a relative: a general table of the language, not of any story."""

KIN_GENDER: dict[str, str] = {
    **dict.fromkeys("son husband father brother widower grandson nephew uncle stepson stepfather fiance".split(), "he"),
    **dict.fromkeys("daughter wife mother sister widow granddaughter niece aunt stepdaughter stepmother fiancee".split(),
                    "she"),
}
"""The pronoun a relative introduced by a gendered kin noun takes ("His daughter, Carmen
Barrios" is "she"): what the reader knows before the relative's own words, so that "he"
at the head of her reported words ("said he died of heart failure") is taken for the one
she speaks of, not for her."""


KIN_MODIFIERS = frozenset("eldest elder oldest older youngest younger late only twin".split())
"""Words that may stand with a kin noun in an introduction ("His eldest son, …")."""


def kin_gender(words: frozenset[str]) -> str | None:
    """"he" or "she" when a person is introduced as a relative by one gendered kin noun and
    nothing else ("His daughter, Carmen Barrios", "Luis Reid, her husband"), else None: in
    "Nourdine Hamadi, who lost his wife and daughter" the relatives are others."""
    nouns = words - KIN_MODIFIERS - POSSESSIVE_DETERMINERS
    return KIN_GENDER.get(next(iter(nouns))) if len(nouns) == 1 else None


POSSESSIVE_DETERMINERS = frozenset("his her their its".split())
"""Whose relative: no part of the words a kin phrase asks an introduction for."""

ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "envoy": frozenset({"ambassador"}),
}
"""A role noun a later phrase uses for an office introduced with another word:
"Ukraine's ambassador Sergiy Kyslytsya … The envoy told the council" (an
ambassador is an envoy; a special envoy is no ambassador, so not the other way)."""


def kin_words(words: frozenset[str]) -> frozenset[str]:
    """``words`` without the possessive determiners, when a kin noun is among them."""
    return words - POSSESSIVE_DETERMINERS if words & KIN_NOUNS else words


def synonym_in(word: str, words: frozenset[str]) -> bool:
    """Whether ``words`` has a role noun that ``word`` may stand for."""
    return bool(ROLE_SYNONYMS.get(word, frozenset()) & words)
