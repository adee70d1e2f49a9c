"""How `ClaimMatcher` reads the quotes briefs cite for a registered claim.

A cited quote is a sentence of a source: it words the claim in its own way,
which the statement may lack, and it carries other facts and their context.
It scores a candidate only for the claim the statements alone rank first, and
only through a key word the statement lacks and the texts of few claims have;
its words leave the key words' weights alone.  An invented registry of three
claims and one brief (two for the last test).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.drafting.claimmatch import THRESHOLD, ClaimMatcher, chosen


@dataclass(frozen=True)
class _Claim:
    id: str
    statement: str


@dataclass(frozen=True)
class _Citation:
    claim: str
    quote: str


@dataclass(frozen=True)
class _Brief:
    citations: tuple[_Citation, ...]


class _Registry:
    """What `ClaimMatcher` reads of a corpus."""

    def __init__(self, briefs: list[_Brief]):
        claims = [_Claim("bakers-strike", "Bakers have walked out over unpaid wages."),
                  _Claim("flour-price-doubled", "The price of flour has doubled since the spring harvest failed."),
                  _Claim("ovens-closed", "Half the city's bakeries have closed their ovens for good.")]
        self.claims = {c.id: c for c in claims}
        self.people: dict = {}
        self.briefs = briefs


BRIEF = _Brief((
    # a new wording of the claim ("downed tools"), then another fact (the mayor's meeting)
    _Citation("bakers-strike", "The bakers downed tools over missing pay, and the mayor promised a meeting with "
                               "the guild next week"),
    # only the statement's own words, fewer of them
    _Citation("flour-price-doubled", "flour has doubled"),
    _Citation("ovens-closed", "the guild says half the bakeries have shut their ovens"),
))
CITED, BARE = ClaimMatcher(_Registry([BRIEF])), ClaimMatcher(_Registry([]))


def test_a_cited_quote_files_a_wording_the_statement_lacks() -> None:
    """"downed tools" is in the quote, not in the statement: the quote files it."""
    candidate = "The bakers downed their tools"
    assert [(m.claim, m.score, m.shared) for m in CITED.rank(candidate)] == [
        ("bakers-strike", 0.6, "words baker, down, tool")]
    assert chosen(CITED.rank(candidate)) == "bakers-strike" and CITED.score_against(candidate, "bakers-strike") == 0.6
    assert [(m.claim, m.score) for m in BARE.rank(candidate)] == [("bakers-strike", 0.113)]
    assert chosen(BARE.rank(candidate)) is None and 0.113 < THRESHOLD


def test_the_other_facts_of_a_cited_quote_file_nothing() -> None:
    """The mayor's meeting is in the quote cited for the strike, but no statement says it:
    no claim ranks first on the statements, so the quote does not count (as the whole
    quote, it would share three of its key words)."""
    assert CITED.rank("The mayor promised the guild a meeting") == []
    candidate = "The mayor promised the guild a meeting about the price of flour"
    assert [(m.claim, m.score) for m in CITED.rank(candidate)] == [("flour-price-doubled", 0.37)]
    assert chosen(CITED.rank(candidate)) is None


def test_a_quote_of_the_statements_own_words_adds_nothing() -> None:
    """"flour has doubled" shares with the candidate only words the statement has:
    the statement's score stands (against the quote alone it would be 1.0)."""
    candidate = "flour doubled again"
    assert CITED.score_against(candidate, "flour-price-doubled") == BARE.score_against(candidate,
                                                                                        "flour-price-doubled") == 0.556
    assert [(m.claim, m.score) for m in CITED.rank(candidate)] == [("flour-price-doubled", 0.556)]


def test_cited_quotes_leave_the_weights_alone() -> None:
    """"guild" is in two claims' quotes and no statement: it keeps the weight of a word
    of no claim (1), where counting the quotes would halve it (log(4/2)/log 4)."""
    words = {"baker", "bakery", "down", "flour", "guild", "oven", "tool", "wag"}
    assert {w: CITED.weight(w) for w in words} == {w: BARE.weight(w) for w in words}
    assert CITED.weight("guild") == 1.0 and CITED.claims_with == BARE.claims_with


GUILD = _Brief((_Citation("flour-price-doubled", "the guild says flour now costs twice what it did"),))


def test_a_cited_quote_counts_only_through_a_word_that_tells_its_claim_apart() -> None:
    """With a third claim's quote naming the guild, "guild" is in the texts of three
    claims: it no longer tells the strike apart, and the strike's quote does not score
    through it (0.357 with two claims' quotes having it); "mayor", in the strike's
    quote alone, still does (`TELLING_CLAIMS`)."""
    three = ClaimMatcher(_Registry([BRIEF, GUILD]))
    assert sorted(three.claims_having["guild"]) == ["bakers-strike", "flour-price-doubled", "ovens-closed"]
    assert [(m.claim, m.score, m.shared) for m in CITED.rank("The bakers' guild held a vote")] == [
        ("bakers-strike", 0.357, "words baker, guild")]
    assert [(m.claim, m.score, m.shared) for m in three.rank("The bakers' guild held a vote")] == [
        ("bakers-strike", 0.077, "one telling word; words baker")]
    assert [(m.claim, m.score, m.shared) for m in three.rank("The bakers met the mayor")] == [
        ("bakers-strike", 0.6, "words baker, mayor, meet")]
    assert chosen(three.rank("The bakers met the mayor")) == "bakers-strike"
