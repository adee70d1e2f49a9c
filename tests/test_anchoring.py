"""Finding quotes in seeds: verbatim up to whitespace and quotation marks."""

from generator.anchoring import SeedIndex, choose_occurrence, fold
from generator.segment import parse_seed

TEXT = (
    "Headline about “troops”\n"
    "Teaser: about 8,000 troops are there.\n"
    "Officials said about 8,000 troops are there. “We’ve not seen them,” he said.\n"
    "A second report: about 8,000 troops are there.\n"
)


def index(boilerplate=frozenset()):
    return SeedIndex.build(parse_seed("seeds/t.txt", TEXT), frozenset(boilerplate))


def test_fold_keeps_offsets():
    folded = fold("a  “b’c”\n d\te")
    assert folded.text == "a \"b'c\" d e"
    assert [folded.original(i) for i in range(len(folded.text))] == [0, 1, 3, 4, 5, 6, 7, 8, 10, 11, 12]


def test_curly_and_straight_quotes_and_whitespace_are_folded():
    matches = index().occurrences('"We\'ve not   seen them," he said.')
    assert len(matches) == 1
    start, end = matches[0]
    assert TEXT[start:end] == "“We’ve not seen them,” he said."


def test_a_changed_word_is_not_found():
    assert index().occurrences("about 9,000 troops are there") == []
    assert index().occurrences("About 8,000 troops are there") == []  # case is not folded


def test_quote_spanning_two_sentences_anchors_both():
    idx = index()
    (start, end), = idx.occurrences("troops are there. “We’ve not seen")
    anchor = idx.anchor(start, end)
    assert anchor.sentences == ((3, 1), (3, 2))
    assert anchor.fragment == "p3s1"


def test_same_quote_twice_prefers_first_outside_boilerplate():
    idx = index(boilerplate={2})
    matches = idx.occurrences("about 8,000 troops are there")
    assert len(matches) == 3
    assert idx.anchor(*choose_occurrence(idx, matches, None)).fragment == "p3s1"
    assert idx.anchor(*choose_occurrence(idx, matches, 3)).fragment == "p4s1"
    assert choose_occurrence(idx, matches, 4) is None


def test_closest_sentence_for_did_you_mean():
    assert index().closest_sentence("A second report: about 9,000 troops are there.") == \
        "A second report: about 8,000 troops are there."
    assert index().closest_sentence("completely unrelated words here") is None


SEED = (
    "Ministers meet\n\n"
    "Lt. Col. Jan Novak said on Oct. 3 that about 2,000 troops had crossed into Ruritania. He said the U.S. would respond.\n"
    "“We will not accept this,” Novak said. “The border is closed.”\n"
    "The ministry said about 2,000 troops had crossed, and Novak called it “a test”.\n"
)


def closest(quote: str) -> str | None:
    return SeedIndex.build(parse_seed("seeds/t.txt", SEED), frozenset()).closest_sentence(quote)


def test_a_fragment_gets_the_span_it_was_cut_from():
    # a number mistyped, a word dropped, a word misspelt: the seed's own words, of about the quote's length
    assert closest("about 2,500 troops had crossed into Ruritania") == "…about 2,000 troops had crossed into Ruritania."
    assert closest("2,000 troops crossed into Ruritania") == "…2,000 troops had crossed into Ruritania."
    assert closest("troops had crosed into Ruritania") == "…troops had crossed into Ruritania."
    # the first word mistyped: the span still starts where the quote does
    assert closest("abuot 2,000 troops had crossed into") == "…about 2,000 troops had crossed into…"
    # several words left out
    assert closest("Jan Novak said on Oct. 3 that 2,000 troops crossed") == \
        "…Jan Novak said on Oct. 3 that about 2,000 troops had crossed…"
    assert closest("The ministry said 2,000 troops crossed") == "The ministry said about 2,000 troops had crossed,…"


def test_a_whole_sentence_is_given_whole():
    assert closest("Lt. Col. Jan Novak said on Oct. 3 that about 2,500 troops had crossed into Ruritania.") == \
        "Lt. Col. Jan Novak said on Oct. 3 that about 2,000 troops had crossed into Ruritania."
    assert closest("the border is closed") == "“The border is closed.”"


def test_no_span_without_most_of_the_quote_s_words():
    seed = "Officials in Seoul said on Monday that between 10,000 and 12,000 soldiers had been sent since October.\n"
    index = SeedIndex.build(parse_seed("seeds/t.txt", seed), frozenset())
    assert index.closest_sentence("said that soldiers had") is None  # "…soldiers had been…" holds two of four
    assert index.closest_sentence("12,000 soldiers had been sent since November") == \
        "…12,000 soldiers had been sent since October."
    assert closest("troopz crossing") is None
