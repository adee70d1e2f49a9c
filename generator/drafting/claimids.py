"""Ids for proposed claims, made of the statement's key words, as the registry's are.

    >>> claim_id("About 8,000 North Korean troops are in the Kursk region", Counter())
    'north-korean-troops-kursk'

The registry names a claim by what it says, in three to five words
(``nk-troops-in-kursk``, ``russian-casualties-per-day``), not by the first
words of a sentence.  So the words of the quote are ranked and the best
`KEY_WORDS` kept, in the quote's order:

* names count most (a capitalised word inside the sentence, or a country
  form anywhere: "Kursk", "Spain");
* a word the article uses in other candidates too is its topic ("balloons",
  "dam") and counts more;
* only content words (`claimwords.is_content_word`: no function words,
  speech verbs, generic news words or adverbs of manner) are key words, and
  numbers never are;
* the words of the names of the page's people are none: who says a claim is
  its `by`, and a registry names a claim by what it says, so "Shikhali
  Gurbanov said North Korean troops …" is ``north-korean-troops-…``, not
  ``shikhali-gurbanov-north-korean``.  A claim about a person keeps the name
  when nothing else is left ("Kim Yong-bok" alone).

A key word right after a negation keeps it ("We will not stop" is
``not-stop``, "There were no troops at the border" ``no-troops-border``):
an id that dropped it would say the opposite.

    >>> claim_id("We will not stop", Counter())
    'not-stop'

Ties go to the earlier word.  A sentence with no content word ("He has not
been told what he is accused of") is named by its first words that are not
function words ("told-accused"), so that its id still says what it is about.
"""

from __future__ import annotations

import re
from collections import Counter

from .claimwords import is_content_word, stem
from .lexicon import FUNCTION_WORDS
from .ids import slugify
from .places import country_forms

KEY_WORDS = 4
MAX_ID = 40

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")

# A negation denies the word right after it: an id keeps it before that word, since "We will
# not stop" named ``stop`` would say the opposite of its statement.


def _denial(word: str) -> str:
    """The word an id writes for a negation ("no", "never", "not" for "cannot" and "won't"), or ""."""
    if word in ("no", "never", "not"):
        return word
    return "not" if word == "cannot" or word.endswith(("n't", "n’t")) else ""


def topic_counts(quotes: list[str]) -> Counter:
    """Stem → in how many of the quotes it occurs: the article's topic words."""
    counts: Counter = Counter()
    for quote in quotes:
        counts.update({stem(w) for w in _TOKEN.findall(quote)})
    return counts


def name_words(names: list[str]) -> frozenset[str]:
    """The lower-case words of people's names ("Mark Rutte" → mark, rutte), for `claim_id`."""
    return frozenset(_POSSESSIVE.sub("", w).lower() for name in names for w in _TOKEN.findall(name))


def claim_id(quote: str, topics: Counter, people: frozenset[str] = frozenset()) -> str:
    """A short id from the key words of ``quote`` (``topics``: `topic_counts` of the draft's quotes;
    ``people``: `name_words` of the draft's people, which make no id while other words do)."""
    forms = country_forms()
    ranked = []
    tokens = list(_TOKEN.finditer(quote))
    for position, match in enumerate(tokens):
        word = _POSSESSIVE.sub("", match.group())
        lower = word.lower()
        if not is_content_word(lower):
            continue
        person = lower in people and word[:1].isupper()
        named = word in forms or (word[:1].isupper() and position > 0)
        weight = 2 * named + min(topics.get(stem(word), 0), 3)
        ranked.append((person, -weight, position, lower))
    if not all(person for person, *_ in ranked):
        ranked = [r for r in ranked if not r[0]]
    denials = {i: _denial(tokens[i - 1].group().lower()) for i in range(1, len(tokens))}
    kept = [(denials[position] + "-" if denials.get(position) else "") + word
            for _, _, position, word in sorted(sorted(ranked)[:KEY_WORDS], key=lambda r: r[2])]
    if not kept:  # only speech verbs and generic words: the sentence's own words, function words aside
        kept = [w for w in (m.group().lower() for m in tokens) if w not in FUNCTION_WORDS][:KEY_WORDS]
    return slugify(" ".join(kept), limit=MAX_ID) if kept else "claim"

