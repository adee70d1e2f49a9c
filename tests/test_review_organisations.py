"""One organisation registered twice (``duplicate-organisation``), and a reviewed
organisation that keeps the drafter's placeholder (``draft-placeholder``).

Each case writes a tiny registry in ``tmp_path`` and lists the exact lines
``make check`` prints.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.__main__ import main
from generator.review import check_same_organisations
from generator.validate import validate

NATO = "---\nname: North Atlantic Alliance\naliases: [NATO]\nkind: international organisation\n---\n"
MERGE = "did you mean one organisation? Merge this file into it (make merge KIND=organisation OLD={old} NEW={new}); " \
        "if they are two organisations, give each its wikidata id"
FOLDED = "(case, accents, punctuation and transliteration folded)"


def organisation(name: str, *extra: str, kind: str = "government body") -> str:
    return "\n".join(["---", f"name: {name}", *extra, f"kind: {kind}", "---", ""])


CASES = {
    "a-shared-acronym": (
        {"nato.md": NATO,
         "north-atlantic-treaty-organization.md": organisation(
             "North Atlantic Treaty Organization", "aliases: [NATO]", "status: proposed",
             kind="international organisation")},
        ['content/organisations/north-atlantic-treaty-organization.md:3: duplicate-organisation: warning: alias '
         '"NATO" is also the alias of content/organisations/nato.md: '
         + MERGE.format(old="north-atlantic-treaty-organization", new="nato")],
    ),
    "a-name-spelt-another-way": (
        {"associated-press.md": organisation("Associated Press", kind="news organisation"),
         "the-associated-press.md": organisation("THE ASSOCIATED PRESS", "status: proposed", kind="news organisation")},
        ['content/organisations/the-associated-press.md:2: duplicate-organisation: warning: name "THE ASSOCIATED '
         f'PRESS" is a spelling of "Associated Press", the name of content/organisations/associated-press.md {FOLDED}: '
         + MERGE.format(old="the-associated-press", new="associated-press")],
    ),
    "a-name-that-is-the-others-alias": (
        {"pentagon.md": organisation("U.S. Department of Defense", "aliases: [Pentagon]", "country: US"),
         "pentagon-2.md": organisation("Pentágon", "country: US", "status: proposed")},
        ['content/organisations/pentagon-2.md:2: duplicate-organisation: warning: name "Pentágon" is a spelling of '
         f'"Pentagon", the alias of content/organisations/pentagon.md {FOLDED}: '
         + MERGE.format(old="pentagon-2", new="pentagon")],
    ),
    "two-countries-bodies-of-one-name": (
        {"uk-ministry-of-defence.md": organisation("Ministry of Defence", "country: GB"),
         "ukraine-ministry-of-defence.md": organisation("Ministry of Defence", "country: UA")},
        [],
    ),
    "told-apart-by-wikidata": (
        {"national-intelligence-service.md": organisation("National Intelligence Service", "wikidata: Q1"),
         "national-intelligence-service-2.md": organisation("National Intelligence Service", "wikidata: Q2")},
        [],
    ),
    "a-reviewed-organisation-keeps-the-drafters-profile": (
        {"pentagon.md": organisation("Pentagon", "country: US")
         + "Proposed by `make draft` from seeds/000_x.txt: 'Pentagon' (line 1).\n"
           "Check the name, aliases, kind and country, then remove `status: proposed`.\n"},
        ['content/organisations/pentagon.md:6: draft-placeholder: the profile "Proposed by `make draft` from '
         "seeds/000_x.txt: 'Pentagon' (line 1).\" is the drafter's placeholder, yet this entry is "
         "reviewed (no `status: proposed`): write the profile or delete these lines, or restore `status: proposed`"],
    ),
}


@pytest.fixture
def registry(tmp_path: Path):
    """A project of organisations only (and the US, GB and UA they belong to)."""
    def make(files: dict[str, str]) -> Path:
        for code in ("us", "gb", "ua"):
            (tmp_path / "content/countries").mkdir(parents=True, exist_ok=True)
            (tmp_path / f"content/countries/{code}.md").write_text("---\n---\n", encoding="utf-8")
        folder = tmp_path / "content/organisations"
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        return tmp_path
    return make


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_case_is_reported_exactly(registry, case: str) -> None:
    files, expected = CASES[case]
    assert [str(p) for p in validate(registry(files)).problems] == expected


def test_make_check_prints_the_warning_and_passes(registry, capsys) -> None:
    root = registry(CASES["a-shared-acronym"][0])
    assert main(["--root", str(root), "check"]) == 0  # a warning: it fails only with STRICT=1
    out = capsys.readouterr().out.splitlines()
    assert out == [CASES["a-shared-acronym"][1][0], "0 error(s), 1 warning(s)"]


def test_each_pair_is_reported_once(registry) -> None:
    root = registry({"nato.md": NATO, "nato-2.md": organisation(
        "North Atlantic Alliance", "aliases: [NATO, N.A.T.O.]", "status: proposed", kind="international organisation")})
    corpus = validate(root).corpus
    assert [p.where.line for p in check_same_organisations(corpus.organisations.values())] == [2]
