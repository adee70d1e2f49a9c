"""Names the page writes right after a company noun: a company's wherever else they stand.

    >>> sorted(after_company_noun("Fares rise, the operator Dakar Mobilité said. Dakar Mobilité said so."))
    ['Dakar Mobilité']

`names` rejects a name right after a company noun ("the operator Dakar Mobilité said",
or in apposition to one at a clause's end: "according to the operator, Dakar Mobilité.",
"Oslo consultancy Nordkapp Risk", "Spanish group Aguas del Estrecho"), one mention at a
time; a page names the company so once and then bare ("Dakar Mobilité said the increase
…", "Aguas del Estrecho's country director"), so the name is a company's on the whole
page.  A subsidiary's parent is a company too, whatever noun stands before its name.  The noun must stand after an article, a capitalised word (a demonym, a city) or a
lower-case adjective, not a verb's object ("the bank John Smith runs" stays possible:
the name is then followed by a lower-case word, which is left out).
"""

from __future__ import annotations

import re

from .lexicon import COMPANY_NOUNS, PERSON_NOUNS

_NOUNS = sorted(COMPANY_NOUNS - PERSON_NOUNS)
_NAME = r"[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:de|del|da|do|dos|das|du|des|la|le|van|von|al|el)[ \t]+)?[A-Z][\w'’&.-]*){1,3}"
_AFTER_NOUN = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _NOUNS)) + r")[ \t]+(" + _NAME + r")"
                         r"(?=['’]s\b|[,.;:)]|[ \t]+(?:said|says|told|expects|has|had|is|was|and|to|in|on|at|for|of|with|together|which|that)\b|$)",
                         re.M)
"""A company noun, then a name of two to four capitalised words (perhaps with a Romance,
Dutch or Arabic particle), then a mark, a possessive or a speech or linking word."""


_APPOSED = re.compile(r"(?<![\w-])(?:the|its|their)[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:" + "|".join(map(re.escape, _NOUNS))
                     + r"),[ \t]+(" + _NAME.replace(".", "") + r")"
                     r"(?=['’]s\b|[.;)])", re.M)
"""A company noun after an article, a comma, then a name that ends the sentence or the clause
(or takes a possessive): "according to the operator, Transgabon Rail." — the name in
apposition is the company's (its words hold no full stop, which would run on into the next
sentence).  A name between commas may be a person's
apposition to another noun ("A lawyer for the company, Ana Ruiz, said"), and one before a
verb stands after a clause's edge ("at the bank, John Smith said"): both are left out."""


_PARENT = re.compile(r"(?<![\w-])(?:subsidiary|subsidiaries|affiliate|affiliates)[ \t]+of[ \t]+(?:the[ \t]+)?"
                     r"(?:(?:[A-Z][a-z]+[ \t]+)?[a-z][\w-]*[ \t]+)?(" + _NAME + r")(?=['’]s\b|[,.;:)]|[ \t]|$)", re.M)
"""A subsidiary's parent: "a subsidiary of the Canadian miner Ridgeback Metals".  Only a company
has subsidiaries, so the name is one even after a noun that also names people ("miner")."""


def _possessive_free(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def after_company_noun(text: str) -> set[str]:
    """Names of two words or more the page writes right after a company noun."""
    found = {_possessive_free(m.group(1)) for m in (*_AFTER_NOUN.finditer(text), *_APPOSED.finditer(text),
                                                    *_PARENT.finditer(text))}
    return found | {name.rstrip(".") for name in found}  # "… of Ridgeback Metals." ends a sentence
