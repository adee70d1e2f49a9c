"""Organisations: a registry like people's, speakers in ``by:``, pages and checks.

The fixture site registers one organisation, ``defence-ministry`` (aliases
"The ministry"), which speaks in the alpha source, is listed by the alpha
brief, and has Jan Novak speaking for it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.loader import load_corpus
from generator.model import Organisation
from generator.validate import validate

FIXTURE = Path(__file__).parent / "fixtures" / "site"
ALPHA = (FIXTURE / "content/briefs/alpha.md").read_text(encoding="utf-8")
MINISTRY = (FIXTURE / "content/organisations/defence-ministry.md").read_text(encoding="utf-8")


def edit(old: str, new: str, text: str = ALPHA) -> str:
    assert old in text, f"fixture changed: {old!r} not found"
    return text.replace(old, new)


def test_the_registry_entry_is_read_with_its_lines():
    corpus, problems = load_corpus(FIXTURE)
    assert problems == []
    ministry = corpus.organisations["defence-ministry"]
    assert (ministry.name, ministry.aliases, ministry.kind, ministry.country, ministry.wikidata, ministry.status) == (
        "Ruritanian Ministry of Defence", ("The ministry",), "government body", "RU", None, "published")
    assert ministry.line_of("kind").line == 4
    assert corpus.speakers["defence-ministry"] is ministry
    assert corpus.speakers["jan-novak"] is corpus.people["jan-novak"]
    assert corpus.people["jan-novak"].organisations == ("defence-ministry",)
    assert corpus.brief_by_slug["alpha"].organisations == ("defence-ministry",)


def test_the_fixture_checks_clean():
    assert [str(p) for p in validate(FIXTURE).problems] == []


CASES = {
    "bad-kind": (
        {"content/organisations/defence-ministry.md": edit("kind: government body", "kind: goverment body", MINISTRY)},
        ['content/organisations/defence-ministry.md:4: bad-kind: kind: "goverment body" is not a kind of organisation: '
         "expected one of government body, military, intelligence agency, international organisation, "
         "news organisation, company, political party, non-governmental organisation "
         '(did you mean "government body"?)'],
    ),
    "unknown-organisation-in-a-brief": (
        {"content/briefs/alpha.md": edit("organisations: [defence-ministry]", "organisations: [defence-minstry]")},
        ['content/briefs/alpha.md:29: unknown-organisation: unknown organisation id "defence-minstry" '
         '(did you mean "defence-ministry"?); organisations are registered in content/organisations/<id>.md',
         # The mention of the real one is then not listed.
         'content/briefs/alpha.md:29: unlisted-mention: warning: seeds/001_alpha.txt:8 names organisation '
         '"defence-ministry", which is not in this brief\'s organisations; once reviewed, acknowledge it under '
         "acknowledged: {warning: unlisted-mention, organisation: defence-ministry, note: …}"],
    ),
    "unknown-organisation-of-a-person": (
        {"content/people/jan-novak.md": "---\nname: Jan Novak\naliases: [Novak]\nrole: Defence minister\n"
                                        "country: RU\norganisations: [ministry]\n---\n"},
        ['content/people/jan-novak.md:6: unknown-organisation: unknown organisation id "ministry" '
         '(did you mean "defence-ministry"?); '
         "organisations are registered in content/organisations/<id>.md"],
    ),
    "unknown-speaker-suggests-an-organisation": (
        {"content/briefs/alpha.md": edit("    by: defence-ministry", "    by: defense-ministry")},
        ['content/briefs/alpha.md:24: unknown-speaker: by: "defense-ministry" is neither a registered person '
         'nor an organisation (did you mean "defence-ministry"?); register it in content/people/ or '
         'content/organisations/, or write free text with a capital or a space ("a senior official")'],
    ),
    "shared-id": (
        {"content/organisations/jan-novak.md": "---\nname: Novak Holdings\nkind: company\n---\n"},
        ['content/organisations/jan-novak.md:1: shared-id: "jan-novak" is the id of a person '
         "(content/people/jan-novak.md) and of this organisation; rename one of the two files"],
    ),
    "unlisted-organisation": (
        {"content/briefs/alpha.md": edit("organisations: [defence-ministry]\n", "")},
        ['content/briefs/alpha.md:1: unlisted-mention: warning: seeds/001_alpha.txt:8 names organisation '
         '"defence-ministry", which is not in this brief\'s organisations; once reviewed, acknowledge it under '
         "acknowledged: {warning: unlisted-mention, organisation: defence-ministry, note: …}"],
    ),
    "a-proposed-organisation-speaking-in-a-published-brief": (
        {"content/organisations/defence-ministry.md": edit("kind: government body\n",
                                                           "kind: government body\nstatus: proposed\n", MINISTRY)},
        ["content/briefs/alpha.md:29: unreviewed-entry: organisation entry content/organisations/defence-ministry.md "
         "is still proposed: review it and remove `status: proposed`, or keep this brief as `status: draft`"],
    ),
    "a-proposed-organisation-may-leave-its-kind-to-the-reviewer": (
        {"content/organisations/defence-ministry.md": edit("kind: government body\n", "status: proposed\n", MINISTRY)},
        ["content/briefs/alpha.md:29: unreviewed-entry: organisation entry content/organisations/defence-ministry.md "
         "is still proposed: review it and remove `status: proposed`, or keep this brief as `status: draft`"],
    ),
    "a-reviewed-organisation-needs-a-kind": (
        {"content/organisations/defence-ministry.md": edit("kind: government body\n", "", MINISTRY)},
        ['content/organisations/defence-ministry.md:1: field-missing: required field "kind" is missing from the '
         "front matter; write one of government body, military, intelligence agency, international organisation, "
         "news organisation, company, political party, non-governmental organisation"],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_problem_is_reported_exactly(project, case):
    files, expected = CASES[case]
    assert [str(p) for p in validate(project(files)).problems] == expected


def test_the_publisher_s_own_name_in_its_text_is_not_an_unlisted_mention(project):
    """A wire story names its agency in the dateline: the source's publisher is not annotated again."""
    ministry = edit("kind: government body", "kind: news organisation", MINISTRY)
    ministry = edit("aliases: [The ministry]", "aliases: [The ministry, Fixture Times]", ministry)
    alpha = edit("organisations: [defence-ministry]\n", "", edit("    by: defence-ministry", "    by: The ministry"))
    seed = (FIXTURE / "seeds/001_alpha.txt").read_text(encoding="utf-8")
    root = project({"content/organisations/defence-ministry.md": ministry, "content/briefs/alpha.md":
                    alpha.replace("The ministry said", "x"),
                    "seeds/001_alpha.txt": seed.replace("The ministry said", "Fixture Times said")})
    assert [p.code for p in validate(root).problems] == []


def test_the_organisation_page_lists_its_statements_people_briefs_and_mentions(fixture_site):
    page = (fixture_site / "organisations/defence-ministry/index.html").read_text(encoding="utf-8")
    assert "<h1>Ruritanian Ministry of Defence</h1>" in page
    assert "Organisation · government body" in page
    said = _section(page, "said-h")
    assert "(1 claim, 1 quote)" in said
    # The fixture site links to index.html files (BRIEFING_INDEX_LINKS), so that it reads from disk.
    assert 'href="../../sources/alpha/index.html#p6s1"' in said and "about 2,000 troops had crossed" in said
    assert 'href="../../people/jan-novak/index.html">Jan Novak</a>' in _section(page, "people-h")
    assert ('href="../../briefs/alpha/index.html">Ministers meet &lt;after&gt; talks &amp; more</a>'
            in _section(page, "briefs-h"))
    # Its one mention is the sentence its statement quotes, shown above, so it is counted and not repeated.
    assert "1 of these sentences is quoted above." in _section(page, "mentions-h")


def test_a_statement_links_to_its_organisation_and_the_index_lists_it(fixture_site):
    brief = (fixture_site / "briefs/alpha/index.html").read_text(encoding="utf-8")
    assert '<a href="../../organisations/defence-ministry/index.html">Ruritanian Ministry of Defence</a>' in brief
    index = (fixture_site / "organisations/index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="../organisations/defence-ministry/index.html">Ruritanian Ministry of Defence</a></th><td>government body</td>\s*'
                     r"<td>1</td><td>1</td>", index)
    assert (fixture_site / "feeds/organisations/defence-ministry.atom.xml").is_file()


def test_an_organisation_is_a_frozen_record():
    corpus, _ = load_corpus(FIXTURE)
    with pytest.raises(AttributeError):
        corpus.organisations["defence-ministry"].name = "x"  # type: ignore[misc]
    assert isinstance(corpus.organisations["defence-ministry"], Organisation)


def _section(page: str, heading: str) -> str:
    """The HTML of the section whose heading has id ``heading``."""
    start = page.index(f'id="{heading}"')
    end = page.find("</section>", start)
    return page[start:end]
