"""The quotes a site has already filed under its claims, for the evaluation's claim matcher.

On a real site the claim matcher compares a new article's candidates with each
registered claim's statement *and* with the quotes the site's briefs cite for
it (`ClaimMatcher.add_cited`): every brief filed teaches it another wording of
a claim.  The evaluation's frozen registry has claims but no briefs, so
without this module it would score the matcher as on a site's first day.
Here the tuned articles' annotated quotes play the briefs a site already has:

* an unseen article is drafted against all of them (none of its own: the
  unseen articles file nothing);
* a tuned article is drafted against those of the other `FOLDS` only
  (cross-validation), never its own quotes nor those of the articles folded
  with it, so its row is not made by its own annotation.

The report also prints reuse as a site with no briefs would file it
(statements alone), so the part the filed quotes play stays visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..model import Corpus
from .claimmatch import ClaimMatcher

UNSEEN = "unseen"
"""The unseen set's kind (`evaluate.UNSEEN`, which reads it from here: `evaluate` imports this module)."""

FOLDS = 10
"""Tuned articles are split into this many folds by their place in name order
(the order mixes batches, stories and kinds of page)."""


@dataclass(frozen=True)
class FiledQuote:
    """One annotated key claim a tuned article files under a registered claim."""

    article: str
    claim: str
    quote: str


def filed_quotes(cases: Iterable[Any], corpus: Corpus | None) -> list[FiledQuote]:
    """The registered claims' quotes of the tuned ``cases`` (`evaluate.Case`):
    each annotated key claim whose ``claim:`` is a registered id."""
    registered = corpus.claims if corpus else {}
    return [FiledQuote(case.name, str(item["claim"]), str(item["quote"]))
            for case in cases if case.kind != UNSEEN
            for item in case.expected.get("claims") or []
            if item.get("claim") in registered and item.get("quote")]


def fold_of(cases: Iterable[Any]) -> dict[str, int]:
    """Tuned article name → its fold; unseen articles have none."""
    tuned = sorted(case.name for case in cases if case.kind != UNSEEN)
    return {name: i % FOLDS for i, name in enumerate(tuned)}


def matchers(cases: list[Any], corpus: Corpus | None) -> dict[str, ClaimMatcher]:
    """Article name → the matcher it is drafted with: indexed once per fold, and
    once with every filed quote for the unseen articles."""
    folds = fold_of(cases)
    quotes = filed_quotes(cases, corpus)
    built: dict[int | None, ClaimMatcher] = {}
    chosen = {}
    for case in cases:
        fold = folds.get(case.name)
        if fold not in built:
            built[fold] = with_quotes(corpus, (q for q in quotes if folds[q.article] != fold))
        chosen[case.name] = built[fold]
    return chosen


def with_quotes(corpus: Corpus | None, quotes: Iterable[FiledQuote]) -> ClaimMatcher:
    """The registry's matcher, with ``quotes`` cited as a site's briefs cite them."""
    matcher = ClaimMatcher(corpus)
    for quote in quotes:
        matcher.add_cited(quote.claim, quote.quote)
    return matcher
