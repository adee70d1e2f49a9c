"""Smaller rules of attribution grammar, used by `attribution`.

    >>> in_relative_clause("officers whom Ukraine", (0, 21)), role_phrase("Fundy Link's general manager")
    (True, True)

* Speech acts no verb of `lexicon.ATTRIBUTION_VERBS` names (`MORE_SPEECH_ACTS`):
  "described the soldiers as an admission that …", "voiced concern that …",
  "repeated on Wednesday that …", "has assured me that …";
* participles that attribute only with "that" (`THAT_PARTICIPLE`): a judge's
  "…, holding that the operator had shown …";
* "put it" with a manner and a colon: the words after the colon, quoted or not
  (`colon_after_put_it`);
* verbs that attribute nothing: inside a relative clause of a noun phrase
  ("whatever Pyongyang says", "the officers whom Ukraine believes command the
  force": `in_relative_clause`), a plural noun before "of" ("estimates of the
  force": `noun_before_of`), a capitalised word of a name ("the United States
  assessed": `in_name`);
* an inverted subject that is a role, so that a name in apposition after it
  holds it ("said Fundy Link's general manager, Arnaud Thériault": `role_phrase`).
"""

from __future__ import annotations

import re

MORE_SPEECH_ACTS = (
    # "described the soldiers as an admission that …", "which he has described as a legitimate …"
    r"\b(?:described|describes|labelled|labels|labeled|branded|brands)(?=(?:\s[^,;.:“”\"]{1,60}?)?\sas\s+"
    r"(?:a|an|the|proof|evidence|[a-z]+(?:s|ed|ing|al|ive|ous|ic|ful)\b))"
    # "voiced concern that …", "expressed the hope that …": a feeling stated aloud
    r"|\b(?:voiced|voices|expressed|expresses)\s+(?:(?:the|his|her|its|their|our|deep|grave|serious|growing"
    r"|strong)\s+){0,2}(?:concern|alarm|hope|fear|doubt|confidence|regret|dismay)s?(?=\s+that\b)"
    # "repeated that …", "reiterated on Wednesday that …": a restating verb with the words alone
    r"|\b(?:repeated|repeats|reiterated|reiterates|restated|restates|reaffirmed|reaffirms)"
    r"(?=\s+(?:on\s+[^,;.:“”\"]{1,20}?\s+)?that\b)"
    # "has assured me that …", "reminded reporters that …": a verb of telling someone, with its object
    r"|\b(?:assured|assures|reminded|reminds)(?=\s+(?:me|us|him|her|them|reporters|journalists|(?:the\s+)?[a-z]+)"
    r"\s+that\b)")
"""Alternatives of `attribution._SPEECH_ACT`: each needs what makes it speech after it
("as" a thing, "that"), so that "described the scene", "expressed the sample" and "the
win assured them" (no one who speaks: `attribution._speech_act`) attribute nothing."""

_THAT_PARTICIPLES = frozenset("""
    holding ruling finding concluding stating asserting acknowledging admitting conceding contending maintaining
""".split())
THAT_PARTICIPLE = r",\s+(?:" + "|".join(sorted(_THAT_PARTICIPLES)) + r")(?=\s+that\b)"
"""Participles that attribute a statement only with "that" after them: a judge's
"…, holding that the operator had shown …" (not "holding talks", "ruling party")."""

_PUT_IT = re.compile(r"\b(?:put|puts)\sit(?:\s[a-z]+ly\b|\s(?:this|that)\sway\b|\sto\s(?:me|us|him|her|them)\b)"
                     r"[^:;“”\"]{0,40}?(?P<colon>:)\s")
""""Austin put it bluntly on 31 October: if they join …": "put it" with a manner ("bluntly",
"this way", "to me") says that words follow the colon, quoted or not ("put it on the
table: …" is no speech)."""
_OF_AFTER = re.compile(r"\s+of\b")
_FREE_RELATIVE = re.compile(r"(?:whatever|whoever|whichever|what)\s", re.I)
"""A subject opening with a free relative ("whatever Pyongyang says", "what the minister
said"): the clause is a noun phrase of the sentence, not an attribution of its words."""
_OBJECT_RELATIVE = re.compile(r"(?<!\bof\s)\bwhom\b")
"""An object relative before the verb ("the officers whom Ukraine believes command …",
not "some of whom said"): the verb is in a clause describing a noun, and what it
"says" is part of the sentence's own words."""


def colon_after_put_it(text: str) -> int | None:
    """The colon after "put it" and its manner (`_PUT_IT`), whose words follow it, if any."""
    found = _PUT_IT.search(text)
    return found.start("colon") if found is not None else None


def in_relative_clause(text: str, subject: tuple[int, int]) -> bool:
    """Whether a verb's subject words put it inside a relative clause of a noun phrase:
    a free relative opening them, or an object relative among them."""
    return _FREE_RELATIVE.match(text, *subject) is not None or _OBJECT_RELATIVE.search(text, *subject) is not None


def noun_before_of(text: str, end: int) -> bool:
    """Whether "of" follows a word ending at ``end``: "estimates of the force" is a noun."""
    return _OF_AFTER.match(text, end) is not None


def in_name(words: list[re.Match[str]], i: int) -> bool:
    """Whether the word at ``i`` is part of a capitalised name, not a verb: "the United
    States assessed", "Member States said" ("States" is no "states")."""
    return i > 0 and words[i].group()[:1].isupper() and words[i - 1].group()[:1].isupper()


def role_phrase(words: str) -> bool:
    """Whether an inverted subject is a role, not a name, so that a name in apposition
    after it says who holds it: in lower case ("our chief executive") or ending in a
    word in lower case ("Fundy Link's general manager")."""
    return words[:1].islower() or words.split()[-1][:1].islower()
