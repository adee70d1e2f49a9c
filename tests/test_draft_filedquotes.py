"""`filedquotes`: the tuned articles' annotated quotes play a site's filed briefs in the evaluation,
an article never among its own, and the unseen articles filing nothing."""

from __future__ import annotations

from pathlib import Path

from generator.drafting import filedquotes
from generator.drafting.claimmatch import chosen
from generator.drafting.evaluate import Case, load_registry
from generator.drafting.filedquotes import FiledQuote

REGISTRY = load_registry(Path(__file__).parent / "fixtures" / "draft" / "evalset")  # one claim: ukraine-asks-for-patriots
BEGGED = "Zelensky begged partners for Patriot batteries to shield the grid"
PLEADED = "Kyiv pleaded with its partners for Patriot batteries to shield the grid"


def case(name: str, kind: str, *claims: tuple[str, str | None]) -> Case:
    return Case(name, "", {"claims": [{"quote": quote, "claim": claim} for quote, claim in claims]}, kind)


CASES = [case("kyiv-b", "tuned", (BEGGED, "ukraine-asks-for-patriots")),
         case("kyiv-a", "tuned", ("The talks resume on Thursday", None), ("Drones hit a depot", "no-such-claim")),
         case("seen", "unseen", ("Kyiv wants Patriot batteries", "ukraine-asks-for-patriots"))]


def test_only_tuned_quotes_of_registered_claims_are_filed() -> None:
    assert filedquotes.filed_quotes(CASES, REGISTRY) == [FiledQuote("kyiv-b", "ukraine-asks-for-patriots", BEGGED)]
    assert filedquotes.filed_quotes(CASES, None) == []


def test_tuned_articles_are_folded_in_name_order() -> None:
    assert filedquotes.fold_of(CASES) == {"kyiv-a": 0, "kyiv-b": 1}
    many = [case(f"page-{i:02}", "tuned") for i in range(12)]
    assert [filedquotes.fold_of(many)[f"page-{i:02}"] for i in range(12)] == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]


def test_an_article_is_never_matched_through_its_own_quotes() -> None:
    matchers = filedquotes.matchers(CASES, REGISTRY)
    ranked = {name: matchers[name].rank(PLEADED)[0] for name in ("kyiv-a", "kyiv-b", "seen")}
    # another fold's quote gives the wording the statement lacks ("partners", "batteries", "shield the grid")
    assert (ranked["kyiv-a"].score, ranked["kyiv-a"].shared) == (0.781, "words battery, grid, partner, patriot, shield")
    assert chosen(matchers["kyiv-a"].rank(PLEADED)) == "ukraine-asks-for-patriots"
    # its own is not there: the statement alone shares one word
    assert (ranked["kyiv-b"].score, ranked["kyiv-b"].shared) == (0.117, "entities UA; one telling word; words patriot")
    assert chosen(matchers["kyiv-b"].rank(PLEADED)) is None
    # an unseen article is matched with every tuned quote
    assert ranked["seen"] == ranked["kyiv-a"]
    assert matchers["kyiv-a"] is not matchers["kyiv-b"]
