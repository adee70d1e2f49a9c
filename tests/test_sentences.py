"""``python -m generator sentences SEED``: a seed's permalink ids, and the
drafter's comments that cite them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.__main__ import main
from generator.drafting.drafter import draft_article
from generator.validate import validate
from test_draft_cli import ARTICLE, draft, root  # noqa: F401 - the drafting project fixture

ALPHA = """\
seeds/001_alpha.txt: 8 paragraphs, 10 sentences; boilerplate as content/briefs/alpha.md marks it
p1    line 1
p1s1  line 1  "Ministers meet in Ruritania <after> the border talks & more"
p2    line 3
p2s1  line 3  "By Ann Writer"
p3    line 4  [boilerplate]
p3s1  line 4  "Share this article"
p4    line 6
p4s1  line 6  "Lt. Col. Jan Novak said on Oct. 3 that about 2,000 troops had crossed into Ruritania."
p4s2  line 6  "He said the U.S. would respond."
p5    line 7
p5s1  line 7  "“We will not accept this,” Novak said."
p5s2  line 7  "“The border is closed.”"
p6    line 8
p6s1  line 8  "The ministry said about 2,000 troops had crossed, and Novak called it “a test”."
p7    line 9
p7s1  line 9  "Ruritanian officials in Strelsau disputed that."
p8    line 10  [boilerplate]
p8s1  line 10  "Advertisement"
"""


def sentences(site: Path, seed: str, capsys) -> tuple[int, str, str]:
    code = main(["--root", str(site), "sentences", seed])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("written", ["seeds/001_alpha.txt", "001_alpha.txt", "seeds/./001_alpha.txt"])
def test_every_id_with_its_line_text_and_boilerplate(project, capsys, written):
    assert sentences(project(), written, capsys) == (0, ALPHA, "")


def test_an_absolute_path_inside_the_project(project, capsys):
    site = project()
    assert sentences(site, str(site / "seeds/001_alpha.txt"), capsys) == (0, ALPHA, "")


def test_a_seed_no_brief_annotates(project, capsys):
    site = project({"seeds/003_gamma.txt": "Gamma\n\nOne. Two.\n"})
    assert sentences(site, "seeds/003_gamma.txt", capsys) == (0, (
        "seeds/003_gamma.txt: 2 paragraphs, 3 sentences; no brief annotates it yet, so no line is marked as "
        'boilerplate\np1    line 1\np1s1  line 1  "Gamma"\np2    line 3\np2s1  line 3  "One."\n'
        'p2s2  line 3  "Two."\n'), "")


REFUSED = [
    ("../outside.txt", '"../outside.txt" is outside the project: give a seed in seeds/, e.g. seeds/001_example.txt'),
    ("seeds/../../outside.txt", '"seeds/../../outside.txt" is outside the project: give a seed in seeds/, e.g. '
     "seeds/001_example.txt"),
    ("content/briefs/alpha.md", '"content/briefs/alpha.md" is not in seeds/: only seeds have sentence ids (e.g. '
     "seeds/001_example.txt)"),
    ("seeds", '"seeds" is not in seeds/: only seeds have sentence ids (e.g. seeds/001_example.txt)'),
    ("seeds/001_alpa.txt", '"seeds/001_alpa.txt" does not exist (did you mean "seeds/001_alpha.txt"?); seeds live '
     "in seeds/"),
    ("seeds/link.txt", '"seeds/link.txt" is outside the project: give a seed in seeds/, e.g. seeds/001_example.txt'),
    ("seeds/latin.txt", "seeds/latin.txt:1: not-utf8: file is not UTF-8 text (invalid continuation byte: byte "
     "0xe9); save it as UTF-8"),
    ("seeds/folder", '"seeds/folder" is a folder, not a file; seeds live in seeds/'),
    ("seeds/x\0.txt", "embedded null byte"),
]


@pytest.mark.parametrize("written, message", REFUSED, ids=[w for w, _ in REFUSED])
def test_refuses_what_is_not_a_seed_of_the_project(project, capsys, written, message):
    site = project({"seeds/latin.txt": b"caf\xe9\n"})
    (site.parent / "outside.txt").write_text("Secret.\n", encoding="utf-8")
    (site / "seeds/link.txt").symlink_to(site.parent / "outside.txt")
    (site / "seeds/folder").mkdir()
    assert sentences(site, written, capsys) == (2, "", f"python -m generator sentences: {message}\n")


def test_an_absolute_path_outside_the_project(project, capsys, tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Elsewhere.\n", encoding="utf-8")
    code, out, err = sentences(project(), str(outside), capsys)
    assert (code, out) == (2, "")
    assert err == f'python -m generator sentences: "{outside}" is outside the project: give a seed in seeds/, e.g. ' \
                  "seeds/001_example.txt\n"


def test_the_drafters_comments_cite_sentence_ids(root: Path) -> None:  # noqa: F811 - the fixture
    """Each claim's comment names its raw line and the id of the sentence its quote is anchored to."""
    assert draft(root) == 0
    brief = next(b for b in validate(root).corpus.briefs if b.slug != "older-report")
    guessed = draft_article(ARTICLE.read_text(encoding="utf-8"), brief.source.file).claims
    cited = [f"(line {c.line}, {written.anchor.fragment})" for c, written in zip(guessed, brief.citations)]
    assert [c.reason[-len(place):] for c, place in zip(guessed, cited)] == cited
    text = (root / brief.where.path).read_text(encoding="utf-8")
    assert "(line 5, p5s1)" in text
