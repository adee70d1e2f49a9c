"""Bounded work: input at the documented limits (`generator.limits`) is read
in linear time and never raises.

Large inputs are made here, from a few sentences repeated with variations.
Nothing is timed (benchmarks measure speed); but each test runs in about a
second, and would take minutes if a step went back to quadratic time.
"""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.analysis.chart import ChartRow, make_axis, render_chart_svg
from generator.analysis.checks import not_in_quote_message, shown
from generator.analysis.numerals import find_numbers, format_number, scan_numbers
from generator.analysis.quantities import BadValue, Quantity, find_quantities, numbers_in, parse_value, value_in_quote
from generator.analysis.values import NEGATIVE, TOO_LARGE
from generator.analysis.verdict import verdict
from generator.anchoring import SeedIndex
from generator.drafting.boilerplate import find_boilerplate
from generator.drafting.claims import attribution_verb
from generator.drafting.dates import find_dates
from generator.drafting.drafter import draft_article
from generator.drafting.lines import parse_lines
from generator.drafting.quotations import quotations, trim
from generator.drafting.yamltext import plain, quoted
from generator.limits import MAX_DRAFT_CLAIMS, MAX_DRAFT_PEOPLE, MAX_NUMBER, MAX_QUOTE_CHARS, MAX_SEED_BYTES
from generator.mentions import Gazetteer
from generator.segment import parse_seed, split_sentences

SENTENCES = [
    "About 8,000 North Korean troops in Russia are in the country's Kursk border region, Antony Blinken said Thursday.",
    "“We have not yet seen these troops deploy into combat,” Lloyd Austin told reporters at the Pentagon.",
    "Officials in Seoul said on Monday that between 10,000 and 12,000 soldiers had been sent since October.",
    "The Kremlin did not comment, but Russian media reported that some 3.5mn artillery shells had arrived.",
    "Kim Yong Hyun, the defence minister, said the figures were likely to rise in the coming weeks.",
]


def article(size: int, separator: str = "\n\n") -> str:
    """About ``size`` characters of distinct news paragraphs (each numbered)."""
    parts, total, n = ["A long live blog about the war\n\n"], 0, 0
    while total < size:
        paragraph = f"Update {n}: {SENTENCES[n % len(SENTENCES)]} It was item {n} of the day."
        parts.append(paragraph + separator)
        total += len(paragraph) + len(separator)
        n += 1
    return "".join(parts)


# --------------------------------------------------------------------------
# Values: every number is bounded, every bad one says why.
# --------------------------------------------------------------------------

@pytest.mark.parametrize("raw, reason", [
    ("1" + "0" * 400, TOO_LARGE),
    ("9" * 5000, TOO_LARGE),
    ("1e400", TOO_LARGE),
    ("1,000,000,000,000,001", TOO_LARGE),
    ("up to " + "9" * 400 + " troops", TOO_LARGE),
    ("between 5 and 99,999,999,999,999,999", TOO_LARGE),
    ("5-2,000 trillion", TOO_LARGE),  # the scale written once, past the limit at the high end
    (10**400, TOO_LARGE),
    (10**5000, TOO_LARGE),
    (1e300, TOO_LARGE),
    ("-5", NEGATIVE),
    ("about −5", NEGATIVE),
    (-5, NEGATIVE),
    (".inf", '".inf" is not a finite number'),
    ("nan", '"nan" is not a finite number'),
    (float("inf"), "inf is not a finite number"),
    (float("nan"), "nan is not a finite number"),
    ({"amount": "9" * 400, "qualifier": "up to"}, TOO_LARGE),
    ({"amount": "-3000"}, NEGATIVE),
    ({"min": "5", "max": "1e400"}, TOO_LARGE),
    ({"amount": "8000", "as_of": "0999-12-31"}, "as_of 0999-12-31 is not between the years 1000 and 2999"),
], ids=lambda value: shown(value)[:30])
def test_out_of_range_values_say_why(raw, reason: str) -> None:
    assert parse_value(raw) == BadValue(reason)


def test_reasons_state_the_limit() -> None:
    assert TOO_LARGE == "a number may be at most 1,000,000,000,000,000 (10^15)"


@pytest.mark.parametrize("raw, amount", [
    ("1000000000000000", MAX_NUMBER), ("1,000,000,000,000,000", MAX_NUMBER), ("1000 trillion", MAX_NUMBER),
    ("8000", 8000), ("8_000", 8000), ("1.5e3", 1500), ("3.5", 3.5), ("-0", 0), ("  2024 ", 2024),
])
def test_values_within_range_are_read(raw, amount) -> None:
    quantity = parse_value(raw)
    assert isinstance(quantity, Quantity) and quantity.amount == amount


def test_a_mapping_of_text_is_read() -> None:
    """Front matter gives every scalar as text."""
    quantity = parse_value({"amount": "8,000", "qualifier": "about", "unit": "troops", "as_of": "2024-10-31"})
    assert (quantity.amount, quantity.qualifier, quantity.unit, quantity.as_of) == (8000, "about", "troops",
                                                                                   dt.date(2024, 10, 31))
    assert parse_value({"min": "10000", "max": "12,000"}).interval == (10000, 12000)


def test_a_long_value_is_cut_in_messages() -> None:
    bad = parse_value("lots " * 100_000)
    assert isinstance(bad, BadValue) and len(bad.reason) < 400
    assert shown("x" * 1000) == '"' + "x" * 79 + '…"'
    assert shown(10**5000) == "1.000e+5000"
    assert shown({"amount": 10**5000}) == "{amount: 1.000e+5000}"
    assert format_number(float("inf")) == "inf"


def test_a_huge_number_in_a_quote_is_not_a_number() -> None:
    quote = "He counted " + "9" * 400 + " rounds and " + "1" * 5000 + " shells, and 12 more."
    assert numbers_in(quote) == [12]
    assert [n.text[:3] for n in scan_numbers(quote).oversized] == ["999", "111"]
    assert [q.value_text for q in find_quantities(quote)] == ["12"]
    assert value_in_quote(parse_value("up to 3,000"), quote) is False
    assert not_in_quote_message(parse_value("12"), "He counted " + "9" * 400 + " rounds").endswith(
        "which has no number; quote the words that state it, or drop the value")


def test_long_texts_of_numbers() -> None:
    digits = "1" * MAX_SEED_BYTES
    assert find_numbers(digits) == [] and len(scan_numbers(digits).oversized) == 1
    codes = "1-1-11-" * 30_000  # one token holding many numbers
    assert len(find_numbers(codes)) == 3 * 30_000
    words = "one trillion " * 5_000
    assert find_numbers(words) == [] and scan_numbers(words).oversized[0].text.startswith("one trillion one")
    ranges = "some 3-5 million [units " * 20_000  # a "[" never closed
    assert len(find_quantities(ranges)) == 20_000


def test_the_chart_takes_any_values_in_range() -> None:
    values = ["0", "5e-324", "0.000000001", "1000000000000000", "at least 1000000000000000", "about 1,000,000,000,000,000",
              "up to 0.5"]
    rows = [ChartRow(v, parse_value(v)) for v in values]
    for count in range(1, len(rows) + 1):
        svg = ET.fromstring(render_chart_svg(rows[:count]))
        assert svg.get("role") == "img"
        assert len(make_axis(rows[:count]).ticks) <= 12
    assert verdict([("A", parse_value("1000000000000000")), ("B", parse_value("0"))]) == \
        "sources differ: 0 (B) – 1,000,000,000,000,000 (A)"


# --------------------------------------------------------------------------
# Seeds at 2 MiB: segmenting, anchoring, mentions.
# --------------------------------------------------------------------------

def test_one_two_mib_line_without_a_sentence_break() -> None:
    text = ("word " * (MAX_SEED_BYTES // 5)).strip()
    seed = parse_seed("s", text)
    assert [len(p.sentences) for p in seed.paragraphs] == [1]


@pytest.mark.parametrize("paragraph, sentences", ids=lambda v: str(v)[:12], argvalues=[
    ("Mr. " * 500_000 + "Kim.", 1),          # every period an abbreviation: the word before each is looked at once
    ("A" + "." * 2_000_000 + " Then.", 2),   # one run of end marks
    ("a. b " * 400_000 + "End.", 1),         # periods never followed by a capital
    ("It is. " * 100_000, 100_000),
])
def test_long_paragraphs_split_in_linear_time(paragraph: str, sentences: int) -> None:
    assert len(split_sentences(paragraph, 0, len(paragraph))) == sentences


def test_closest_sentence_in_a_two_mib_seed() -> None:
    text = article(MAX_SEED_BYTES)
    index = SeedIndex.build(parse_seed("s", text), frozenset())
    hint = index.closest_sentence("Officials in Seoul said on Monday that between 10,000 and 13,000 soldiers had been sent")
    assert hint == "…Officials in Seoul said on Monday that between 10,000 and 12,000 soldiers had been sent…"
    assert index.closest_sentence("x" * MAX_QUOTE_CHARS) is None
    assert index.closest_sentence(text[100_000:100_000 + MAX_QUOTE_CHARS].replace("e", "a")) is None
    assert index.closest_sentence("completely unrelated words here") is None


def test_closest_fragment_of_one_long_line() -> None:
    """A seed of one 2 MiB sentence: the hint is the fragment the quote was cut from."""
    filler = " ".join(f"filler{i % 997}" for i in range(200_000))
    text = filler + " the minister said that about 8,000 troops had crossed the border near Kursk on Monday " + filler
    index = SeedIndex.build(parse_seed("s", text), frozenset())
    assert index.closest_sentence("the minister said that about 9,000 troops had crossed the border") == \
        "…the minister said that about 8,000 troops had crossed the border…"


def test_a_shortened_quote_gets_its_fragment() -> None:
    text = ("About 8,000 North Korean troops in Russia are in the country’s Kursk border region and are expected to "
            "enter Moscow’s war with Ukraine in the “coming days,” Secretary of State Antony Blinken said Thursday.\n")
    index = SeedIndex.build(parse_seed("s", text), frozenset())
    assert index.closest_sentence("Secretary of State Antony Blinken said Friday") == \
        "…Secretary of State Antony Blinken said Thursday."
    assert index.closest_sentence("troopz") is None  # a few words: no fragment


class _Entry:
    def __init__(self, key: str, names: tuple[str, ...]):
        self.id = self.code = key
        self.names = names


class _Registry:
    """What `Gazetteer.build` reads of a corpus: 2,000 people, one country, no organisation."""

    people = {f"p{i}": _Entry(f"p{i}", (f"Person Number{i}", f"Number{i}")) for i in range(2000)}
    countries = {"RU": _Entry("RU", ("Russia", "Kremlin", "Russian"))}
    organisations: dict = {}


def test_mentions_in_a_two_mib_seed() -> None:
    text = article(MAX_SEED_BYTES).replace("Antony Blinken", "Person Number7").replace("Russia", "the Kremlin")
    mentions = Gazetteer.build(_Registry).find(parse_seed("s", text))
    assert {(m.kind, m.key) for m in mentions} == {("person", "p7"), ("country", "RU")}
    assert len(mentions) > 8_000


# --------------------------------------------------------------------------
# Drafting: long articles and hostile shapes.
# --------------------------------------------------------------------------

@pytest.mark.parametrize("separator", ["\n\n", " "])
def test_draft_a_long_article(separator: str) -> None:
    text = article(MAX_SEED_BYTES // 8, separator)
    draft = draft_article(text, "seeds/x.txt")
    assert all(claim.quote in text for claim in draft.claims)
    if separator == "\n\n":
        # Hundreds of candidates are found; the draft lists the first MAX_DRAFT_CLAIMS and says so.
        assert len(draft.claims) == MAX_DRAFT_CLAIMS
        assert any(note.endswith(f"a draft lists the first {MAX_DRAFT_CLAIMS}") for note in draft.notes)
        assert {"Antony Blinken", "Lloyd Austin", "Kim Yong Hyun"} <= {p.name for p in draft.people}


@pytest.mark.parametrize("text", ids=lambda text: text[:20], argvalues=[
    "“a " * 100_000,                                   # quotations never closed
    "'a " * 100_000,
    "He said “" + "x" * 100_000 + " and 3-5 million units " * 5_000,
    "Aaa Bbb, " * 20_000 + "Ccc said so.",            # a list of names, then a verb
    "Mr. Aaa Smith " * 10_000 + "said so.",
    " ".join(f"Aaa{i} Smith met Bbb{i} Smith." for i in range(5_000)) + " Smith said so.",
    "Lloyd Austin spoke. J. R. said no more.",        # a name of initials only
    "“" * 100_000 + "We left" + "”" * 50_000 + ", he said.",
    "'" * 100_000 + "We left, he said.",
    "3-5 million " * 20_000,
    "Published 10/31/2024 " * 10_000,
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 400 + " ") * 20 + "said.",  # long words in capitals
    "Made by " + "A" * 50_000 + " x",                # a credit line's name, one long word
    "In " + "Aaa " * 50_000 + "view, we left.",      # a view's owner that never ends
    "In In " * 50_000 + "opinion, we left.",
    "Ana Ruiz's view was that " * 5_000 + "we left.",  # views stated as facts, one inside another
    "Tom Hale holds that it does. " * 5_000,          # a sentence that only endorses the one before
    "Harvest Fare, the " + "big " * 50_000 + "chain.",  # a company noun after a long apposition
    "We sail at eight.\nTom Vik\nBergen\n" * 5_000,  # a letters page of five thousand letters
    "TOM HALE: Yes.\nPrices rose.\n(CROSSTALK)\n" * 5_000,  # a transcript of many turns
    "REP. " * 50_000 + "ANA RUIZ (D-ORE.): We left.",
    "LT. (RET.) " * 20_000 + "TOM HALE: We left.",
    "– Kowalczyk, " + "Polish " * 50_000 + "Radio – is it?",
    "Ana Ruiz" + " " * 50_000 + "Bo Tern said it.",  # a run of spaces, read once, not once per space
    "He said" + " " * 50_000 + "that we left, and" + " " * 50_000 + "that we stayed.",
    "Ana Ruiz, " + " " * 50_000 + "the mayor, said so (opens in a new tab)",
    "Ana Ruiz" + " " * 50_000 + "· Bo Tern\n" + "Ana Ruiz" + " " * 50_000 + "\n",  # a middle dot, a wide gap
    "VO" + " " * 50_000 + "– QUAY" + " " * 50_000 + "/ DOCK 0:30\n" * 3,  # cues in capitals
    "[A1]" + "#1" * 50_000 + " CUE\n" * 4,            # a template's opening word of any length
    "[Image: " + "a " * 50_000 + "\n" + "Date\t" + "x " * 50_000 + "\n",  # a placeholder never closed, a tab row
    "Ω" * 100_000 + "\nWe left the harbour at dawn, the captain said.\n",  # a line in another script
    "Tom Hale Vik\nWe left at eight.\n" * 5_000,   # a transcript whose speakers stand on lines of their own
    "1. | KIM Yong Bok | Function: general\n" * 5_000 + "Gennady Pavlovich ZOTIKOV" + " " * 50_000 + "|",  # a list
    "Minister for " + "Civil " * 50_000 + "Protection Ana Ruiz said so.",  # a title's field that never ends
    "A commander in the " + "Kursk " * 50_000 + "region told us so.",  # an unnamed person's place
    "Counsel to the company," + " " * 50_000 + "Ana Ruiz, told the court.",
    "Col. (" + "ret. " * 20_000 + ") Tom Hale said so. The colonel said no.",
    "“We left,” says our chief, " + "Ana " * 50_000 + "Ruiz.",  # an apposition after an inverted role, never ending
    "By Jane Doe" + " " * 50_000 + ": they are targets.",  # a joint word looked for at a statement's end
    "Delivered by Ana Ruiz" + " " * 50_000 + " and the minister added that",  # a second credit after a wide gap
    "Austin put it bluntly" + " " * 50_000 + ": they are targets.",
    "LINDA THOMAS (United States) said that it was so. " * 3_000,  # names in capitals, each with its cue
    "Delivered by Ana Ruiz at the hall\nWe will build it. I promise.\n\n" * 3_000,  # a page of speakers' lines
    "in " + "Alpha Beta, " * 20_000 + "or Gamma Delta said.",  # a list of places before a name
    "The Coral Link outage. " * 5_000 + "a silver Mazda Demio. " * 5_000,  # things named like people
])
def test_hostile_articles_draft(text: str) -> None:
    draft = draft_article("A headline for the story\n" + text + "\n", "seeds/x.txt")
    assert all(claim.quote in text for claim in draft.claims)


def _word(i: int) -> str:
    """A distinct capitalised word for each number: a page's lines that never recur."""
    letters = ""
    for _ in range(4):
        letters, i = letters + "abcdefghijklmnopqrstuvwxyz"[i % 26], i // 26
    return letters.capitalize()


def test_a_letters_page_of_a_thousand_signed_letters() -> None:
    text = "Letters page\n" + "".join(f"Letter {_word(i)}\nWe sailed with {_word(i)} at dawn.\nAna {_word(i)}\n"
                                     f"{_word(i + 7)}ton\n" for i in range(1_000))
    draft = draft_article(text, "seeds/x.txt")
    assert draft.claims[0].by == "ana-aaaa"  # each letter is its signer's (`signatures`)


def test_quotations_never_closed() -> None:
    assert quotations("“a " * 500_000) == []
    assert quotations("'a " * 500_000) == []
    assert attribution_verb("“Lies " * 100_000 + "he said") is not None
    assert trim("'" * 100_000 + "x", 0, 100_001) == (100_000, 100_001)


def test_a_page_of_headlines_before_a_prompt() -> None:
    """Spreading a call to action to its neighbours is one pass, not one per line (and
    one of the lines, marked only by spreading, is taken for the title)."""
    lines = parse_lines("".join(f"Some Headline Words Number {i}\n" for i in range(10_000)) + "Subscribe to our newsletter\n")
    found, title = find_boilerplate(lines)
    assert title is not None and len(found) == 10_000
    assert {b.reason for b in found[:-1]} == {"headline-like line next to a call to action"}


def test_summary_lines_look_ahead_only_as_far_as_they_need() -> None:
    text = "".join(f"Officials said the troops had crossed item {i} of the day …\n" for i in range(10_000))
    found, _ = find_boilerplate(parse_lines(text))
    assert len(found) <= 20_000


def test_many_dates_on_one_line() -> None:
    dates = find_dates("2024-10-31 " * 20_000 + "10/31/2024 " * 20_000)
    assert len(dates) == 40_000 and {d.date for d in dates} == {dt.date(2024, 10, 31)}


def test_quoted_and_plain_yaml_scalars() -> None:
    assert quoted('a "b" \\ c\u2028\x07😀') == '"a \\"b\\" \\\\ c\\u2028\\u0007😀"'
    assert len(quoted("é" * MAX_SEED_BYTES)) == MAX_SEED_BYTES + 2
    assert [plain(s) for s in ("kp", "nk-troops-2", "no", "null", "2024-10-31", "0x1f")] == \
        ["kp", "nk-troops-2", '"no"', '"null"', '"2024-10-31"', '"0x1f"']


# --------------------------------------------------------------------------
# The draft command refuses what cannot be a seed, before copying anything.
# --------------------------------------------------------------------------

@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "content").mkdir()
    return tmp_path


def refused(root: Path, tmp_path: Path, name: str, data: bytes | None, capsys) -> str:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    assert main(["--root", str(root), "draft", "--dry-run", "--json", str(path)]) == 2
    assert list((root / "seeds").iterdir()) == []
    out, err = capsys.readouterr()
    assert out == ""
    return err.replace(str(path), name)


@pytest.mark.parametrize("data, message", ids=["too-large", "empty", "blank", "nul", "form-feed", "latin-1"], argvalues=[
    (b"x" * (MAX_SEED_BYTES + 1), "draft: a.txt is 2,097,153 bytes; an article may be at most 2,097,152 bytes (2 MiB), "
                                  "the size of a seed (see the README's limits)\n"),
    (b"", "draft: a.txt is empty: there is nothing to draft\n"),
    (b" \n\n\t\n", "draft: a.txt is empty: there is nothing to draft\n"),
    (b"Title\n\nA line with a \x00 in it.\n", "draft: a.txt has a control character (U+0000) on line 3; an article is "
                                           "plain text, with tabs and line breaks only: remove it, or copy the text again\n"),
    (b"Title\x0c\n", "draft: a.txt has a control character (U+000C) on line 1; an article is plain text, with tabs and "
                     "line breaks only: remove it, or copy the text again\n"),
    (b"Caf\xe9\n", "draft: a.txt is not UTF-8 text (invalid continuation byte at byte 3); save it as UTF-8 first\n"),
])
def test_draft_refuses(root: Path, tmp_path: Path, data: bytes, message: str, capsys) -> None:
    assert refused(root, tmp_path, "a.txt", data, capsys) == message


def test_draft_refuses_a_large_file_without_reading_it(root: Path, tmp_path: Path, capsys) -> None:
    with open(tmp_path / "big.txt", "wb") as handle:  # sparse: 20 MB that is never read
        handle.truncate(20_000_000)
    assert refused(root, tmp_path, "big.txt", None, capsys).startswith("draft: big.txt is 20,000,000 bytes; ")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_draft_refuses_a_named_pipe(root: Path, tmp_path: Path, capsys) -> None:
    os.mkfifo(tmp_path / "pipe")
    assert refused(root, tmp_path, "pipe", None, capsys) == \
        "draft: pipe is not a regular file; save the article as a text file first\n"


def test_draft_takes_an_article_at_the_limit(root: Path, tmp_path: Path, capsys) -> None:
    text = article(MAX_SEED_BYTES // 8)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["--root", str(root), "draft", "--dry-run", "--json", str(path)]) == 0
    assert '"claims": [' in capsys.readouterr().out


def test_a_draft_keeps_the_speakers_of_its_claims_among_the_people_it_proposes() -> None:
    first = ["Anna", "Piotr", "Jan", "Maria", "Tomas", "Elena", "Marek", "Olga", "Ivan", "Lena"]
    last = ["Kowal", "Nowak", "Wolski", "Zielin", "Mazur", "Krawiec", "Dudek", "Pawlak", "Sikor", "Wrobel"]
    names = [f"{a} {b}ski" for a in first for b in last][:90]
    quotes = "\n\n".join(f"“The border talks will resume next week,” {n} told reporters on Monday." for n in names[::-1])
    article_text = "A headline for the story\n\n" + quotes + "\n\n" + "\n\n".join(f"{n} attended." for n in names) + "\n"
    draft = draft_article(article_text, "seeds/x.txt")
    assert (len(draft.claims), len(draft.people)) == (MAX_DRAFT_CLAIMS, MAX_DRAFT_PEOPLE)
    assert {c.by for c in draft.claims} <= {p.id for p in draft.people}
    assert any(note.endswith(f"more people were left out: a draft proposes at most {MAX_DRAFT_PEOPLE}, the "
                             "speakers of its claims first") for note in draft.notes)
