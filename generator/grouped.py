"""What a person's, organisation's or country's page lists, each sentence once.

An entity page lists the quotes a speaker said, the quotes that name the
entity and the sentences of the sources that name it.  These overlap: most
sentences naming a country are quoted, and a speaker's own words often name
him ("… Novak said").  The page shows each once — a quote in the first list
that holds it, a sentence among the mentions only when no quote on the page
shows it — and says how many it left out.

    by_others(naming, "jan-novak")      → the quotes naming Novak that are not his own words
    unquoted(mentions, [said, naming])  → the mentions whose sentence no listed quote shows

Both keep the site index's own objects, in order, so that an unchanged
page's view compares equal by identity on a dev-server rebuild.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .render import quote_id
from .site import Cited, Mentioned


def by_others(naming: Sequence[Cited], speaker: str) -> tuple[Cited, ...]:
    """The quotes in ``naming`` whose speaker is not ``speaker`` (an id).

    >>> from types import SimpleNamespace as N
    >>> quotes = [N(citation=N(by="jan-novak", by_id=True)), N(citation=N(by="The ministry", by_id=False))]
    >>> [q.citation.by for q in by_others(quotes, "jan-novak")]
    ['The ministry']
    """
    return tuple(item for item in naming if not (item.citation.by_id and item.citation.by == speaker))


def unquoted(mentions: Sequence[Mentioned], quotes: Iterable[Iterable[Cited]]) -> tuple[Mentioned, ...]:
    """The mentions whose sentence is not one a quote in ``quotes`` touches.

    >>> from types import SimpleNamespace as N
    >>> alpha = N(slug="alpha")
    >>> quote = N(brief=alpha, citation=N(anchor=N(sentences=((4, 1), (4, 2)))))
    >>> mentions = [N(brief=alpha, mention=N(paragraph=4, sentence=2)), N(brief=alpha, mention=N(paragraph=5, sentence=1))]
    >>> [(m.mention.paragraph, m.mention.sentence) for m in unquoted(mentions, [[quote]])]
    [(5, 1)]
    """
    shown = {(item.brief.slug, *sentence) for group in quotes for item in group
             for sentence in (item.citation.anchor.sentences if item.citation.anchor else ())}
    return tuple(m for m in mentions if (m.brief.slug, m.mention.paragraph, m.mention.sentence) not in shown)


def quote_lines(items: Iterable[Cited]) -> list[list[Cited]]:
    """One claim's quotes as the lines its list shows: the same words of the
    same speaker (a release and the wire story reprinting it) share a line.
    Lines are grouped by words, in order of first appearance, then by speaker.

    >>> from types import SimpleNamespace as N
    >>> q = lambda quote, by: N(citation=N(quote=quote, by=by))
    >>> items = [q("a", "x"), q("b", "y"), q("a", "z"), q("a", "x")]
    >>> [[(i.citation.quote, i.citation.by) for i in line] for line in quote_lines(items)]
    [[('a', 'x'), ('a', 'x')], [('a', 'z')], [('b', 'y')]]
    """
    by_words: dict[str, dict[str, list[Cited]]] = {}
    for item in items:
        by_words.setdefault(item.citation.quote, {}).setdefault(item.citation.by, []).append(item)
    return [line for speakers in by_words.values() for line in speakers.values()]


def with_quote_ids(cited: Iterable[Cited]) -> list[tuple[Cited, str | None]]:
    """Each quote of a claim's page with the id its source sentence links back
    to (`render.quote_id`), or None for a second quote of the claim in the
    same sentence of the same brief, which shares the first one's."""
    seen: set[str] = set()
    listed = []
    for item in cited:
        qid = quote_id(item.brief.slug, item.citation)
        listed.append((item, None if qid in seen else qid))
        seen.add(qid)
    return listed
