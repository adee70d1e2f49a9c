"""The drafter's organisations: registered ones found, new ones proposed, and credited as speakers.

Each case drafts a small made-up article against a registry written here in
``tmp_path``, and compares what ``python -m generator draft`` writes or prints.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.drafting.drafter import draft_article
from generator.drafting.organisations import kind_of
from generator.registries import ORGANISATION_KINDS
from generator.validate import validate
from test_draft_cli import write  # one file of a project in tmp_path

ARTICLE = """\
Zelensky presses NATO as Pentagon weighs new aid
By Jane Roe
12 March 2025
KYIV — Ukrainian President Volodymyr Zelensky said on Tuesday that his forces needed more air defence systems before the summer.
NATO said the alliance would send 12 more Patriot batteries to Ukraine within a month.
The Pentagon said about 500 American advisers were already working in western Ukraine.
Kyiv has lost about 2,000 square kilometres of territory since January, an official told Reuters.
© 2025 The Example Daily. All rights reserved.
"""
"""Zelensky (registered under another spelling), NATO (registered by its acronym), the Pentagon
and Reuters (not registered), published by The Example Daily."""

ACRONYM_ARTICLE = """\
Seoul says North Korean troops reached Kursk
SEOUL, Oct 30 (Yonhap) - North Korean troops have reached the front line in Kursk, lawmakers said on Wednesday.
The North Atlantic Treaty Organization (NATO) said about 10,000 soldiers had been sent to eastern Russia for training.
NATO said some of them were already fighting in the Kursk region.
According to South Korea's National Intelligence Service, the soldiers were issued Russian uniforms and weapons.
The Foreign Ministry said the deployment was a grave threat to the peace of the region.
"""
"""Nothing registered: an organisation with its acronym, one owned by a state, one whose owner is
not named, and the agency of the dateline (the publisher)."""

KINDS = ", ".join(ORGANISATION_KINDS)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A project with a registered Zelenskyy, NATO and Ukraine, and the article to draft beside it."""
    project = tmp_path / "project"
    write(project, "content/people/volodymyr-zelenskyy.md",
          "---\nname: Volodymyr Zelenskyy\nrole: President of Ukraine\ncountry: UA\n---\n")
    write(project, "content/organisations/nato.md",
          "---\nname: North Atlantic Treaty Organization\naliases: [NATO]\nkind: international organisation\n---\n")
    write(project, "content/countries/ua.md", "---\nname: Ukraine\n---\n")
    write(tmp_path, "article.txt", ARTICLE)
    write(tmp_path, "acronym.txt", ACRONYM_ARTICLE)
    assert validate(project).ok
    return project


def draft(root: Path, name: str, *options: str) -> int:
    return main(["--root", str(root), "draft", *options, str(root.parent / name)])


def seed_name(text: str) -> str:
    return f"seeds/000_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"


def read(root: Path, relative: str) -> str:
    return (root / relative).read_text(encoding="utf-8")


BRIEF = "content/briefs/zelensky-presses-nato-as-pentagon-weighs-new-aid.md"


def test_registered_organisations_are_known_and_new_ones_are_proposed(root: Path) -> None:
    assert draft(root, "article.txt") == 0
    brief = read(root, BRIEF)
    lists = brief[brief.index("people:"):brief.index("countries:")]
    assert lists == (
        "people:\n"
        "  - volodymyr-zelenskyy  # registered: Volodymyr Zelenskyy; registered as volodymyr-zelenskyy: \"Volodymyr "
        "Zelensky\" is another spelling of \"Volodymyr Zelenskyy\" (line 4); add to its aliases: Volodymyr Zelensky, "
        "Zelensky\n"
        "organisations:\n"
        "  - nato  # registered: North Atlantic Treaty Organization; registered as nato: \"NATO\" is its registered "
        "name or alias (line 1)\n"
        "  - pentagon  # proposed: Pentagon; capitalised name 'Pentagon': one body's name in the lexicon (line 1)\n"
        "  - reuters  # proposed: Reuters; capitalised name 'Reuters': one body's name in the lexicon (line 7)\n")
    assert read(root, "content/organisations/pentagon.md") == (
        "---\n"
        'name: "Pentagon"\n'
        f"kind: government body  # one body's name in the lexicon; one of: {KINDS}\n"
        "country: US  # an ISO code; delete the line for an international body\n"
        "status: proposed\n"
        "---\n"
        f"Proposed by `make draft` from {seed_name(ARTICLE)}: capitalised name 'Pentagon': one body's name in the "
        "lexicon (line 1).\n"
        "Check the name, aliases, kind and country, then remove `status: proposed`.\n")
    assert not (root / "content/organisations/example-daily.md").exists()  # the publisher is the brief's source
    assert read(root, "content/organisations/nato.md").startswith("---\nname: North Atlantic Treaty Organization\n")


def test_the_drafted_project_passes_the_checks(root: Path, capsys) -> None:
    assert draft(root, "article.txt") == 0
    assert draft(root, "acronym.txt") == 0
    capsys.readouterr()
    assert main(["--root", str(root), "check"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "0 error(s), 0 warning(s)"
    corpus = validate(root).corpus
    assert [b.organisations for b in sorted(corpus.briefs, key=lambda b: b.slug)] == [
        ("nato", "south-korea-national-intelligence-service"),  # "North Atlantic Treaty Organization (NATO)"
        ("nato", "pentagon", "reuters")]
    assert {o.id: (o.status, o.kind, o.country) for o in corpus.organisations.values()} == {
        "nato": ("published", "international organisation", None),
        "pentagon": ("proposed", "government body", "US"),
        "reuters": ("proposed", "news organisation", None),
        "south-korea-national-intelligence-service": ("proposed", "intelligence agency", "KR"),
    }


def test_dry_run_json_lists_the_organisations(root: Path, capsys) -> None:
    assert draft(root, "article.txt", "--dry-run", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["title", "publisher", "published", "byline", "boilerplate", "people", "organisations",
                          "countries", "claims"]
    assert data["people"] == [{"id": "volodymyr-zelenskyy", "name": "Volodymyr Zelenskyy", "known": True}]
    assert data["organisations"] == [{"id": "nato", "name": "North Atlantic Treaty Organization", "known": True},
                                     {"id": "pentagon", "name": "Pentagon", "known": False},
                                     {"id": "reuters", "name": "Reuters", "known": False}]
    assert data["publisher"] == "The Example Daily"


def test_an_organisation_that_speaks_is_its_id_and_the_outlet_told_is_not(root: Path, capsys) -> None:
    assert draft(root, "article.txt", "--dry-run", "--json") == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    assert [(c["quote"], c["by"]) for c in claims] == [
        ("his forces needed more air defence systems before the summer", "volodymyr-zelenskyy"),
        ("the alliance would send 12 more Patriot batteries to Ukraine within a month", "nato"),
        ("about 500 American advisers were already working in western Ukraine", "pentagon"),
        ("Kyiv has lost about 2,000 square kilometres of territory since January", None),  # an unnamed official
    ]


def test_the_comment_names_the_organisation(root: Path) -> None:
    assert draft(root, "article.txt") == 0
    brief = read(root, BRIEF)
    assert ("  # new claim, proposed; after \"said\"; speaker: 'NATO' → organisation nato, named before \"said\"; "
            "value 12 (line 5, p5s1)\n") in brief
    assert '    by: "nato"\n' in brief and '    by: "reuters"\n' not in brief


def test_an_acronym_in_brackets_is_an_alias_and_names_the_speaker(root: Path, capsys) -> None:
    assert draft(root, "acronym.txt", "--dry-run", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    # NATO is registered here: the long name and its acronym find it.
    assert data["organisations"] == [
        {"id": "nato", "name": "North Atlantic Treaty Organization", "known": True},
        {"id": "south-korea-national-intelligence-service", "name": "South Korea's National Intelligence Service",
         "known": False}]
    assert data["publisher"] == "Yonhap"
    assert [c["by"] for c in data["claims"]] == [
        "Lawmakers", "nato", "nato", "south-korea-national-intelligence-service", "The Foreign Ministry"]


def test_a_new_organisation_with_its_acronym(tmp_path: Path) -> None:
    draft_ = draft_article(ACRONYM_ARTICLE, "seeds/x.txt")
    assert [(o.id, o.name, o.known, o.aliases, o.kind, o.country) for o in draft_.organisations] == [
        ("north-atlantic-treaty-organization", "North Atlantic Treaty Organization", False, ("NATO",),
         "international organisation", None),
        ("south-korea-national-intelligence-service", "South Korea's National Intelligence Service", False, (),
         "intelligence agency", "KR"),
    ]
    assert [c.by for c in draft_.claims][1:3] == ["north-atlantic-treaty-organization"] * 2


@pytest.mark.parametrize("text, organisations", [
    ("Seoul's National Intelligence Service said the troops had moved. South Korea's National Intelligence "
     "Service said more would follow soon.", [("south-korea-national-intelligence-service",
                                               "Seoul's National Intelligence Service",
                                               ("South Korea's National Intelligence Service",))]),
    ("The Foreign Ministry said the talks had failed.", []),
    ("Russia's Foreign Ministry said the talks had failed.",
     [("russia-foreign-ministry", "Russia's Foreign Ministry", ())]),
    ("The ministry's Borrowed Battalions report said the troops had moved.", []),
    ("The troops moved, according to a report on Monday. REUTERS/Jane Roe", []),
    ("BRUSSELS, Oct 28 (AFP) - The troops moved, officials said on Monday.", []),
    ("A Pentagon official said the troops had moved.", [("pentagon", "Pentagon", ())]),
])
def test_which_names_are_organisations(text: str, organisations: list) -> None:
    found = draft_article("A headline for the story\n" + text + "\n", "seeds/x.txt").organisations
    assert [(o.id, o.name, o.aliases) for o in found] == organisations


def test_a_qualified_speaker_is_not_the_organisation() -> None:
    found = draft_article("A headline for the story\nPentagon officials said about 500 advisers were in western "
                          "Ukraine.\n", "seeds/x.txt")
    assert [c.by for c in found.claims] == ["Pentagon officials"]


@pytest.mark.parametrize("name, kind", [
    ("North Atlantic Treaty Organization", "international organisation"),
    ("World Health Organization", "international organisation"),
    ("National Intelligence Service", "intelligence agency"),
    ("Yonhap News Agency", "news organisation"),
    ("New York Times", "news organisation"),
    ("Ministry of Defence", "government body"),
    ("Defence Ministry", "government body"),
    ("Philippine Coast Guard", "military"),
    ("Liberal Democratic Party", "political party"),
    ("Baltica Wind Company", "company"),
    ("Pentagon", "government body"),
    ("Reuters", "news organisation"),
    ("Security Council", None),
    ("Borrowed Battalions", None),
    ("Ministry", None),
])
def test_the_kind_comes_from_the_words_of_the_name(name: str, kind: str | None) -> None:
    found = kind_of(name.split())
    assert (found[0] if found else None) == kind
    assert kind is None or kind in ORGANISATION_KINDS


SPEAKING_ACRONYMS = """\
Alliance confirms deployment
BRUSSELS (Northwind Press) - NATO said on Monday that North Korean troops had been deployed to Russia's Kursk region, the first time the alliance has confirmed the deployment.
The IAEA said the plant had lost power twice. Greenpeace said the spill was far larger than reported.
The USA said nothing. WATCH the video.
"""
"""Nothing registered: two bodies known only by their acronyms speak; a state's acronym and a
word in capitals do not make organisations."""


def test_an_acronym_that_speaks_is_proposed_for_the_reviewer_to_give_its_kind(tmp_path: Path) -> None:
    project = tmp_path / "project"
    write(project, "content/countries/us.md", "---\nname: United States\n---\n")
    write(tmp_path, "speaking.txt", SPEAKING_ACRONYMS)
    assert draft(project, "speaking.txt") == 0
    assert read(project, "content/organisations/nato.md") == (
        "---\n"
        'name: "NATO"\n'
        "# kind: an acronym that speaks; what kind of body it is, the words do not say: write one of "
        f"{KINDS}\n"
        "country: null  # an ISO code; delete the line for an international body\n"
        "status: proposed\n"
        "---\n"
        f"Proposed by `make draft` from {seed_name(SPEAKING_ACRONYMS)}: capitalised name 'NATO': an acronym that "
        "speaks; what kind of body it is, the words do not say (line 2).\n"
        "Check the name, aliases, kind and country, then remove `status: proposed`.\n")
    corpus = validate(project).corpus
    assert sorted(corpus.organisations) == ["iaea", "nato"]
    (brief,) = corpus.briefs
    # "…, the first time the alliance has confirmed the deployment" confirms a deployment: it
    # attributes nothing, so the words are NATO's, after "said … that".
    assert [(c.by, c.quote[:40]) for c in brief.citations][:2] == [
        ("nato", "North Korean troops had been deployed to"), ("iaea", "the plant had lost power twice")]
