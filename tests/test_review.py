"""Review safety (`generator.review`): the drafter's placeholders are never
published, and one person is not registered twice.  Each case edits the
fixture site and lists the exact lines `make check` prints."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.drafting.variants import same_name
from generator.model import Markdown, Person, Where
from generator.review import check_same_people, fingerprint
from generator.validate import validate
from test_checks import edit
from test_draft_cli import draft, root  # noqa: F401 - the drafting project fixture

KEEP = "or keep this brief as `status: draft`"
FOLDED = ("(case, accents, punctuation and transliteration folded): did you mean one person? Keep one file, add "
          "this spelling to its aliases and cite its id; if they are two people, give each its wikidata id")
REVIEWED = "yet this entry is reviewed (no `status: proposed`)"
BRIEF = "content/briefs/alpha.md"
PROFILE = ("Proposed by `make draft` from seeds/001_alpha.txt: named in the text (line 6).\n"
           "Check the name, role and country, then remove `status: proposed`.\n")


def person_file(name: str, *extra: str) -> str:
    return "\n".join(["---", f"name: {name}", *extra, "---", ""])


CASES = {
    "summary": (
        {BRIEF: edit("summary: A fixture brief with <tags> & ampersands.",
                     "summary: \"Draft: the summary is still to be written, in the author's own words.\"")},
        ["content/briefs/alpha.md:11: draft-placeholder: summary: \"Draft: the summary is still to be written, in "
         f"the author's own words.\" is the drafter's placeholder: write two or three sentences in your own words, "
         f"{KEEP}"],
    ),
    "unattributed-by": (
        {BRIEF: edit("    by: defence-ministry", "    by: \"Draft: the reporter's own words\"")},
        ['content/briefs/alpha.md:24: draft-placeholder: claims.2.by: "Draft: the reporter\'s own words" is the drafter\'s '
         'placeholder: write who says it: a person id, or free text such as "Pentagon" (the publisher, when the '
         f"words are the reporter's own), {KEEP}"],
    ),
    "draft-statement-as-by": (
        {BRIEF: edit("    by: defence-ministry", "    by: \"Draft, not yet reviewed — the ministry\"")},
        ['content/briefs/alpha.md:24: draft-placeholder: claims.2.by: "Draft, not yet reviewed — the ministry" is '
         "the drafter's placeholder: write who says it: a person id, or free text such as \"Pentagon\" (the "
         f"publisher, when the words are the reporter's own), {KEEP}"],
    ),
    "draft-heading": (
        {BRIEF: edit("---\nNovak [said", "---\n## Draft\n\nWritten by `make draft`.\n\nNovak [said")},
        ['content/briefs/alpha.md:31: draft-placeholder: the heading "## Draft" and the notes under it are the '
         f"drafter's placeholder: replace them with the key points, {KEEP}"],
    ),
    "reviewed-person-profile": (
        {"content/people/jan-novak.md": person_file("Jan Novak", "aliases: [Novak]", "country: RU") + PROFILE},
        ['content/people/jan-novak.md:6: draft-placeholder: the profile "Proposed by `make draft` from '
         f"seeds/001_alpha.txt: named in the text (line 6).\" is the drafter's placeholder, {REVIEWED}: write the "
         "profile or delete these lines, or restore `status: proposed`"],
    ),
    "reviewed-claim": (
        {"content/claims/border-closed.md": "---\nstatement: \"Draft, not yet reviewed — the words of "
         "seeds/001_alpha.txt, line 7: The border is closed.\"\n---\nProposed by `make draft` for "
         "content/briefs/alpha.md. Rewrite the statement as\nthe proposition in the project's own words.\n"},
        ['content/claims/border-closed.md:2: draft-placeholder: statement: "Draft, not yet reviewed — the words of '
         f"seeds/001_alpha.txt, line 7: The border …\" is the drafter's placeholder, {REVIEWED}: write the "
         "proposition in the project's own words, or restore `status: proposed`",
         'content/claims/border-closed.md:4: draft-placeholder: the notes "Proposed by `make draft` for '
         f"content/briefs/alpha.md. Rewrite the statement as\" is the drafter's placeholder, {REVIEWED}: write the "
         "notes or delete these lines, or restore `status: proposed`"],
    ),
    "a-proposed-entry-may-keep-them": (
        {"content/people/yvan-gil.md": person_file("Yván Gil", "status: proposed") + PROFILE},
        [],
    ),
    "duplicate-person-by-transliteration": (
        {"content/people/jan-nowak.md": person_file("Jan Nowak", "role: Minister")},
        [f'content/people/jan-nowak.md:2: duplicate-person: warning: name "Jan Nowak" is a spelling of "Jan Novak", '
         f"the name of content/people/jan-novak.md {FOLDED}"],
    ),
    "duplicate-person-by-case-and-accents": (
        {"content/people/jan-novak-2.md": person_file("JAN NOVÁK")},
        [f'content/people/jan-novak-2.md:2: duplicate-person: warning: name "JAN NOVÁK" is a spelling of "Jan '
         f'Novak", the name of content/people/jan-novak.md {FOLDED}'],
    ),
    "duplicate-person-by-alias": (
        {"content/people/johann-novak.md": person_file("Johann Novak", "aliases: [Johann, Jan Novák]")},
        [f'content/people/johann-novak.md:3: duplicate-person: warning: alias "Jan Novák" is a spelling of "Jan '
         f'Novak", the name of content/people/jan-novak.md {FOLDED}'],
    ),
    "a-proposed-entry-is-the-one-reported": (
        {"content/people/a-novak.md": person_file("Jan Novak", "status: proposed")},
        [f'content/people/a-novak.md:2: duplicate-person: warning: name "Jan Novak" is a spelling of "Jan Novak", '
         f"the name of content/people/jan-novak.md {FOLDED}"],
    ),
    "a-shared-surname-is-not-one-person": (
        {"content/people/petr-novak.md": person_file("Petr Novak", "aliases: [Novak]")},
        [],
    ),
    "a-different-vowel-is-another-name": (
        {"content/people/jon-novak.md": person_file("Jon Novak")},
        [],
    ),
    "two-people-told-apart-by-wikidata": (
        {"content/people/jan-novak.md": person_file("Jan Novak", "aliases: [Novak]", "wikidata: Q1"),
         "content/people/jan-novak-2.md": person_file("Jan Novák", "wikidata: Q2")},
        [],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_case_is_reported_exactly(project, case):
    files, expected = CASES[case]
    assert [str(p) for p in validate(project(files)).problems] == expected


def test_a_draft_may_keep_them(project):
    text = edit("summary: A fixture brief with <tags> & ampersands.",
                "summary: \"Draft: the summary is still to be written, in the author's own words.\"")
    text = edit("slug: alpha", "slug: alpha\nstatus: draft", edit("    by: defence-ministry", "    by: \"Draft: the "
                "reporter's own words\"", edit("---\nNovak [said", "---\n## Draft\n\nNovak [said", text)))
    codes = {p.code for p in validate(project({BRIEF: text})).problems}
    assert "draft-placeholder" not in codes and "bad-link" in codes  # the check did run: others link to a draft


def test_a_draft_published_without_review_is_refused(root: Path) -> None:  # noqa: F811 - the fixture
    """Every placeholder `make draft` writes is caught once the brief is published unreviewed."""
    assert draft(root) == 0
    for path in (root / "content").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("status: draft\n", "status: published\n").replace("status: proposed\n", ""),
                        encoding="utf-8")
    problems = [p for p in validate(root).problems if p.code == "draft-placeholder"]
    brief = "content/briefs/minister-says-we-wont-back-down-as-border-talks.md"
    assert {p.where.path for p in problems} >= {brief, "content/people/yvan-gil.md", "content/countries/ve.md"}
    in_brief = [p.message.split(":")[0] for p in problems if p.where.path == brief]
    assert in_brief[0] == "summary" and in_brief[-1].startswith('the heading "## Draft"')
    claims = [p for p in problems if p.where.path.startswith("content/claims/")]
    assert claims and all(p.message.startswith(("statement:", "the notes")) for p in claims)
    assert not validate(root).ok


def test_fingerprints_agree_with_the_drafters_test():
    one = [("Volodymyr Zelensky", "Volodymyr Zelenskyy"), ("Yun Suk Yeol", "Yoon Suk Yeol"),
           ("Sergiy Kyslytsya", "Serhiy Kyslytsya"), ("Lloyd J. Austin III", "Lloyd Austin"),
           ("Rasa Šakalienė", "Rasa Sakaliene"), ("Cho Tae-yul", "Cho Tae Yul")]
    two = [("Kim Yo Jong", "Kim Jong Un"), ("Jan Novak", "Jon Novak"), ("Lloyd Austin", "Lloyd Austen"),
           ("Kim", "Kim Jong Un")]
    assert [same_name(a, b) for a, b in one + two] == [True] * len(one) + [False] * len(two)
    assert [fingerprint(a) == fingerprint(b) for a, b in one + two] == [True] * len(one) + [False] * len(two)


def test_the_check_is_linear_in_the_number_of_people():
    # Consonant-vowel syllables: no spelling a fingerprint folds (doubled letters, h, w, y, oo), so all distinct.
    syllables = [c + v for c in "bdfklmnprst" for v in "aeio"]
    names = [f"{syllables[i % 44]}{syllables[i // 44 % 44]}{syllables[i // 1936]}".title() for i in range(30_000)]
    people = [Person(f"person-{i}", f"{name} {name[::-1].title()}", (name,), "", None, None, Markdown("", 1),
                     "published", Where(f"content/people/person-{i}.md", 1)) for i, name in enumerate(names)]
    started = time.perf_counter()
    assert list(check_same_people(people)) == []
    assert time.perf_counter() - started < 10  # a comparison of every pair would take minutes
