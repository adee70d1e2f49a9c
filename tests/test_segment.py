"""Sentence splitting: the permalinks of every source page depend on it."""

import pytest

from generator.segment import parse_seed, split_sentences


def texts(paragraph: str) -> list[str]:
    return [s.text for s in split_sentences(paragraph, 0, len(paragraph))]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("One. Two.", ["One.", "Two."]),
        ("The U.S. has assessed it. Then more.", ["The U.S. has assessed it.", "Then more."]),
        ("He met Lt. Col. Kim on Oct. 3. It went well.", ["He met Lt. Col. Kim on Oct. 3.", "It went well."]),
        ("Secretary Antony J. Blinken spoke. He left.", ["Secretary Antony J. Blinken spoke.", "He left."]),
        ("in Washington, D.C. The next day", ["in Washington, D.C. The next day"]),
        ("“It is over,” he said. “We won.” Then silence.", ["“It is over,” he said.", "“We won.”", "Then silence."]),
        ('"We assess this," Austin said. "Now we act."', ['"We assess this," Austin said.', '"Now we act."']),
        ("'It is done.' Next one.", ["'It is done.'", "Next one."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("at the State Department, Oct. 31. 2024.", ["at the State Department, Oct. 31. 2024."]),
        ("costs 3.5 million. Next.", ["costs 3.5 million.", "Next."]),
        ("lower case. after a period stays", ["lower case. after a period stays"]),
        ("Trailing space.   ", ["Trailing space."]),
    ],
)
def test_split_sentences(paragraph, expected):
    assert texts(paragraph) == expected


def test_offsets_point_into_the_text():
    text = "Title\n\n  Indented first. Second one.\nLast line\n"
    seed = parse_seed("seeds/x.txt", text)
    assert [(p.index, p.line, p.text) for p in seed.paragraphs] == [
        (1, 1, "Title"),
        (2, 3, "Indented first. Second one."),
        (3, 4, "Last line"),
    ]
    for paragraph in seed.paragraphs:
        for sentence in paragraph.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
    assert [s.text for s in seed.paragraphs[1].sentences] == ["Indented first.", "Second one."]


def test_crlf_lines():
    seed = parse_seed("s", "A one.\r\nB two.\r\n")
    assert [(p.line, p.text) for p in seed.paragraphs] == [(1, "A one."), (2, "B two.")]
    assert seed.text[seed.paragraphs[1].start : seed.paragraphs[1].start + 6] == "B two."
