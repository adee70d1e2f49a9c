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
