"""Words before a name that are a title's though no title table lists them alone.

    >>> title_word(["Tan", "Sri", "Muhyiddin", "Yassin"], 0), title_word(["Tan", "Sri", "Muhyiddin", "Yassin"], 1)
    (True, True)
    >>> title_word(["Tan", "Wei", "Ming"], 0)
    False
    >>> title_word(["L'économiste", "Ndongo", "Samba", "Sylla"], 0), title_word(["D'Souza"], 0)
    (True, False)

* Malaysian honours of two words whose first word alone is a surname or a word of the
  language ("Tan Sri", "Puan Sri", "Toh Puan"): only the pair is a title, and only with a
  name after it; "Tan Wei Ming" keeps his surname.
* Church titles between "Rev." and the name, or alone before it ("Rev. Canon Jone Tuilau",
  "Prebendary Ann Holt", "Sr. Mary Wanjiru" for a nun, "Revd Paul Tan"): only with a name of
  two words after it, as "Canon" alone may be a camera's maker and "Sr." ends "John Smith Sr.".
* French and Italian elide the article before a noun that opens with a vowel ("L'économiste",
  "l'avocat", "L'ex-ministre"): a capital, an apostrophe and a lower-case word is an article and
  a common noun, whereas a name keeps its capital after the apostrophe ("D'Alembert", "L'Oréal").
* A lawyer's style at the bar, hyphenated with "at law" ("Attorney-at-Law Kemal Brathwaite",
  "Barrister-at-law Ruth Ong"): Caribbean and South Asian pages write it before the name, as
  a title; no surname ends in "-at-law".

    >>> title_word(["Attorney-at-law", "Ruth", "Ong"], 0), title_word(["Ruth", "Ong"], 0)
    (True, False)

* Nordic, Dutch and German academic ranks written before the name as English pages write
  "Professor" ("Lektor Mette Holm", a Danish associate professor; "Docent Anna Berg";
  "Dozentin Eva Maier"): only with a name after it, as the rank is no name of its own.

    >>> title_word(["Lektor", "Mette", "Holm"], 0), title_word(["Lektor"], 0)
    (True, False)
"""

from __future__ import annotations

import re

from .names_addressforms import address_form

HONOUR_PAIRS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan")})
"""Malaysian honours written as two words ("Tan Sri", "Puan Sri", "Toh Puan")."""

CHURCH_TITLES = frozenset("canon prebendary revd sr sr. mgr mgr.".split())
"""Church titles no title table lists: a canon, a prebendary, "Revd", a nun's "Sr.", "Mgr."."""
MIN_NAME_AFTER_CHURCH_TITLE = 2

_ELIDED_NOUN = re.compile(r"[LlDd]['’][a-zà-ÿ][\w-]*")


def _honour_pair(words: list[str], i: int) -> bool:
    """Whether the ``i``-th word is half of an honour of `HONOUR_PAIRS` with a name after it."""
    low = [w.lower() for w in words]
    first = i + 1 < len(low) - 1 and (low[i], low[i + 1]) in HONOUR_PAIRS
    second = 0 < i < len(low) - 1 and (low[i - 1], low[i]) in HONOUR_PAIRS
    return first or second


ACADEMIC_RANKS = frozenset("lektor lektorin docent dozent dozentin".split())
"""Academic ranks of Nordic, Dutch and German universities written as titles before a name."""

BAR_TITLE_END = "-at-law"
"""The end of a lawyer's hyphenated style ("Attorney-at-Law", "Barrister-at-law")."""


def title_word(words: list[str], i: int) -> bool:
    """Whether the ``i``-th of a capitalised run's ``words`` belongs to a title before the name."""
    church = words[i].lower() in CHURCH_TITLES and len(words) - i - 1 >= MIN_NAME_AFTER_CHURCH_TITLE
    academic = words[i].lower() in ACADEMIC_RANKS and i < len(words) - 1
    return church or academic or _honour_pair(words, i) or address_form(words, i) \
        or (i == 0 and _ELIDED_NOUN.fullmatch(words[i]) is not None) \
        or (words[i].lower().endswith(BAR_TITLE_END) and i < len(words) - 1)
