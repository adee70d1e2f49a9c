"""Attribution conflicts and value checks, with their exact messages."""

from __future__ import annotations

from generator.analysis.attribution import find_conflicts, quote_grams, similarity
from generator.analysis.checks import check_values
from generator.analysis import analysis_problems, check_attribution
from test_analysis_support import BriefSpec, Cite, make_corpus, make_person

SPEECH = "The Kremlin has also provided these troops with Russian uniforms and equipment"
TEXTS = {
    "s/dod.txt": "Release\n\nThe Kremlin has also provided these [North Korean] troops with Russian uniforms and equipment.\n",
    "s/wire.txt": "Wire\n\n'The Kremlin has also provided these troops with Russian uniforms and equipment,' he said.\n",
    "s/other.txt": "Other\n\nThe troops wore Russian uniforms and carried Russian equipment, officials said.\n",
}
AUSTIN = make_person("lloyd-austin", "Lloyd Austin", "US")


def corpus(wire_by: str = "Pentagon"):
    return make_corpus(TEXTS, [
        BriefSpec("dod", "s/dod.txt", [Cite("uniforms", "The Kremlin has also provided these [North Korean] troops with Russian uniforms and equipment", "lloyd-austin")], publisher="DoD"),
        BriefSpec("wire", "s/wire.txt", [Cite("uniforms", SPEECH, wire_by)], publisher="Wire"),
        BriefSpec("other", "s/other.txt", [Cite("uniforms", "The troops wore Russian uniforms and carried Russian equipment", "Pentagon")]),
    ], people=[AUSTIN])


def test_grams_ignore_editorial_brackets_and_punctuation() -> None:
    a = quote_grams("these [North Korean] troops, with “uniforms”")
    assert a == quote_grams("These troops with uniforms")
    assert a == frozenset({"these troops with", "troops with uniforms"})
    assert quote_grams("Yes") == frozenset({"yes"})
    assert similarity(quote_grams("a b c d"), quote_grams("x a b c d y z")) == 1.0


def test_conflict_between_near_identical_quotes() -> None:
    conflicts = find_conflicts(corpus().briefs, {"lloyd-austin": AUSTIN})
    (conflict,) = conflicts["uniforms"]
    assert (conflict.first.brief, conflict.first.speaker_name, conflict.first.speaker_kind) == ("dod", "Lloyd Austin", "person")
    assert (conflict.second.brief, conflict.second.by, conflict.second.source) == ("wire", "Pentagon", "Wire")
    assert conflict.similarity == 1.0


def test_same_speaker_is_no_conflict() -> None:
    assert find_conflicts(corpus(wire_by="Lloyd-Austin ").briefs) == {}


def test_same_brief_is_not_compared() -> None:
    texts = {"s/a.txt": "We will win the war. We will win the war."}
    one = make_corpus(texts, [BriefSpec("a", "s/a.txt", [Cite("c", "We will win the war", "x"), Cite("c", "We will win the war", "y")])])
    assert find_conflicts(one.briefs) == {}


def test_check_attribution_message() -> None:
    (problem,) = check_attribution(corpus())
    assert str(problem) == (
        'content/briefs/wire.md:20: attribution-conflict: warning: "The Kremlin has also provided these troops with Russian '
        'uni…" is attributed to "Pentagon" in brief "wire", but near-identical words (100% shared) are attributed to '
        '"lloyd-austin" in brief "dod" (content/briefs/dod.md:20); check who said them; once reviewed, acknowledge '
        "it under acknowledged: {warning: attribution-conflict, brief: dod, claim: uniforms, note: …}"
    )


VALUE_TEXTS = {"s/v.txt": "About 8,000 North Korean troops are in Kursk; about 10,000 are in Russia.\nEight thousand more.\nNo numbers here.\n"}


def value_corpus(*cites: Cite):
    return make_corpus(VALUE_TEXTS, [BriefSpec("v", "s/v.txt", list(cites))])


def test_good_values_pass() -> None:
    good = value_corpus(
        Cite("k", "About 8,000 North Korean troops are in Kursk", "x", "about 8,000"),
        Cite("k", "Eight thousand more", "x", 8000),
        Cite("k", "About 8,000 North Korean troops are in Kursk", "x", {"amount": 8000, "qualifier": "about", "unit": "troops"}),
        Cite("k", "About 8,000 North Korean troops are in Kursk", "x", None),
    )
    assert list(check_values(good)) == []


def test_value_not_in_quote() -> None:
    bad = value_corpus(Cite("k", "About 8,000 North Korean troops are in Kursk; about 10,000 are in Russia", "x", "about 9,000"))
    assert [str(p) for p in check_values(bad)] == [
        'content/briefs/v.md:20: value-not-in-quote: value about 9,000 is not in the quote "About 8,000 North Korean '
        'troops are in Kursk; about 10,000 are in Russia"; it has 8,000, 10,000 (did you mean 8,000?)'
    ]


def test_value_with_no_number_in_quote() -> None:
    bad = value_corpus(Cite("k", "No numbers here", "x", 5))
    assert [p.message for p in check_values(bad)] == [
        'value 5 is not in the quote "No numbers here", which has no number; quote the words that state it, or drop the value'
    ]


def test_bad_values() -> None:
    bad = value_corpus(
        Cite("k", "No numbers here", "x", "lots"),
        Cite("k", "No numbers here", "x", {"amout": 3}),
        Cite("k", "No numbers here", "x", "12,000-10,000"),
    )
    messages = [(p.code, p.severity, p.message) for p in check_values(bad)]
    allowed = ('allowed: a number (8000), a phrase ("about 8,000", "at least 3,000", "up to 2,100", "10,000-12,000", '
               '"between 10,000 and 12,000", "3.5mn"), or a mapping with amount (or min and max), qualifier, unit, as_of')
    assert messages == [
        ("bad-value", "error", f'value "lots": no number in "lots"; {allowed}'),
        ("bad-value", "error", 'value {amout: 3}: unknown key "amout" (did you mean "amount"?); allowed keys: amount, min, max, qualifier, unit, as_of'),
        ("bad-value", "error", f'value "12,000-10,000": range "12,000-10,000" runs from 12,000 down to 10,000; {allowed}'),
    ]


def test_unanchored_quote_is_not_checked_for_its_value() -> None:
    unanchored = value_corpus(Cite("k", "About 9,000 troops", "x", "about 9,000"), Cite("k", "Not in the seed", "x", "lots"))
    assert [p.code for p in check_values(unanchored)] == ["bad-value"]


def test_value_problem_points_at_the_value_line() -> None:
    bad = value_corpus(Cite("k", "No numbers here", "x", "lots"))
    brief = bad.briefs[0]
    brief.lines.update({("claims", 0): 20, ("claims", 0, "value"): 23})
    assert [p.where.line for p in check_values(bad)] == [23]


def test_analysis_problems_gathers_both() -> None:
    problems = list(analysis_problems(corpus()))
    assert [p.code for p in problems] == ["attribution-conflict"]


REPORTS = {
    "s/a.txt": "A\n\n“We've not yet seen these troops deploy into combat against Ukrainian forces, but we would expect "
               "that to happen in the coming days,” Blinken said.\n",
    "s/b.txt": "B\n\n\"Now, we've not yet seen these soldiers deploy into combat against Ukraine's forces, but we expect "
               "that these North Korean soldiers will join the fight against Ukraine in the coming days.\"\n",
}
BLINKEN_WORDS = "We've not yet seen these troops deploy into combat against Ukrainian forces, but we would expect that to happen in the coming days"
AUSTIN_WORDS = ("we've not yet seen these soldiers deploy into combat against Ukraine's forces, but we expect that these "
                "North Korean soldiers will join the fight against Ukraine in the coming days")


def test_reworded_report_of_the_same_sentence_is_a_conflict() -> None:
    # A swapped word in every clause: 3-grams share 41%, aligned words 79%.
    reports = make_corpus(REPORTS, [BriefSpec("a", "s/a.txt", [Cite("combat", BLINKEN_WORDS, "antony-blinken")]),
                                    BriefSpec("b", "s/b.txt", [Cite("combat", AUSTIN_WORDS, "lloyd-austin")])])
    (conflict,) = find_conflicts(reports.briefs)["combat"]
    assert (conflict.first.by, conflict.second.by, round(conflict.similarity, 2)) == ("antony-blinken", "lloyd-austin", 0.79)


def test_short_quotes_sharing_stock_words_are_no_conflict() -> None:
    texts = {"s/a.txt": "A\n\nthey would become legitimate military targets.\n",
             "s/b.txt": "B\n\nthey would make themselves legitimate military targets.\n"}
    short = make_corpus(texts, [BriefSpec("a", "s/a.txt", [Cite("t", "they would become legitimate military targets", "x")]),
                                BriefSpec("b", "s/b.txt", [Cite("t", "they would make themselves legitimate military targets", "y")])])
    assert find_conflicts(short.briefs) == {}


def test_conflicts_found_by_the_checks_are_reused_for_published_pages_only() -> None:
    from dataclasses import replace

    from generator.analysis import analyse
    from generator.analysis.attribution import find_conflicts as find

    both = corpus()
    draft_wire = replace(both, briefs=tuple(replace(b, status="draft") if b.slug == "wire" else b for b in both.briefs))
    everything = find(draft_wire.briefs, draft_wire.people)  # what `make check` reports
    assert [c.second.brief for c in everything["uniforms"]] == ["wire"]
    assert analyse(draft_wire, everything).claims["uniforms"].conflicts == ()
    assert len(analyse(both, find(both.briefs, both.people)).claims["uniforms"].conflicts) == 1
