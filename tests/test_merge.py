"""``python -m generator merge``: every reference rewritten in place, nothing lost.

Each case copies the small project in ``tests/fixtures/merge/`` (three
briefs, two spellings of one minister, two wordings of one claim, a page),
edits it, runs the command and compares the printed lines and the bytes of
every file afterwards: the files the merge names change exactly as shown,
every other file not at all.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.merging import command, disk
from generator.merging.kinds import Kind
from generator.merging.plan import Refused
from generator.model import Where
from generator.problems import Problem
from generator.validate import Validated, validate

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "merge"
NOVAK, NOWAK = "content/people/jan-novak.md", "content/people/jan-nowak.md"
NORTH, SOUTH, WEST = "content/briefs/north.md", "content/briefs/south.md", "content/briefs/west.md"
ABOUT = "content/pages/about.md"
CROSSED, MOVED = "content/claims/troops-crossed.md", "content/claims/troops-moved.md"


def original(relative: str) -> str:
    return (FIXTURE / relative).read_text(encoding="utf-8")


def edit(relative: str, *pairs: str) -> str:
    """The fixture file with each (old, new) pair replaced, once each."""
    text = original(relative)
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert text.count(old) == 1, f"fixture changed: {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture
def site(tmp_path: Path):
    """A copy of the merge fixture; call it with {relative path: text or None to delete}."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)

    def make(files: dict[str, str | None] | None = None) -> Path:
        for relative, text in (files or {}).items():
            if text is None:
                (root / relative).unlink()
            else:
                (root / relative).parent.mkdir(parents=True, exist_ok=True)
                (root / relative).write_text(text, encoding="utf-8")
        return root

    return make


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def merge(root: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--root", str(root), "merge", *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_files(root: Path, before: dict[str, bytes], changed: dict[str, str | None]) -> None:
    """Every file as ``before``, except ``changed`` (None: deleted)."""
    expected = {path: data for path, data in before.items() if path not in changed}
    expected |= {path: text.encode("utf-8") for path, text in changed.items() if text is not None}
    assert snapshot(root) == expected


# --------------------------------------------------------------------------
# A person
# --------------------------------------------------------------------------

PERSON_OUTPUT = """\
content/briefs/north.md:11: people: jan-nowak → jan-novak
content/briefs/north.md:15: by: jan-nowak → jan-novak
content/briefs/north.md:19: by: jan-nowak → jan-novak
content/briefs/north.md:24: link: person:jan-nowak → person:jan-novak
content/briefs/south.md:11: people: jan-nowak removed (jan-novak is listed)
content/briefs/south.md:19: link: person:jan-nowak → person:jan-novak
content/briefs/west.md:9: people: jan-nowak removed (jan-novak is listed)
content/briefs/west.md:16: by: jan-nowak → jan-novak
content/pages/about.md:6: link: person:jan-nowak → person:jan-novak
content/people/jan-novak.md:3: aliases: + Jan Nowak
content/people/jan-novak.md:3: aliases: + Nowak
content/people/jan-novak.md:6: wikidata: + Q1234
content/people/jan-novak.md:8: profile: + [//]: # "Merged from content/people/jan-nowak.md (Jan Nowak); role there: \\"Minister\\"; comments there: \\"The north report's spelling.\\"; its profile below."
content/people/jan-novak.md:8: profile: + the profile of content/people/jan-nowak.md (2 lines)
content/people/jan-nowak.md: deleted
"""

MERGED_NOVAK = """\
---
name: Jan Novak
aliases: [Novak, Jan Nowak, Nowak]   # the surname alone, as the reports write it
role: Defence minister
country: UA
wikidata: Q1234
---
Named in the south and west reports.

[//]: # "Merged from content/people/jan-nowak.md (Jan Nowak); role there: \\"Minister\\"; comments there: \\"The north report's spelling.\\"; its profile below."

Spelled this way in [the north report](brief:north); see
[his statements](person:jan-novak#said-h).
"""

PERSON_FILES = {
    # A flow list naming OLD only: renamed in place, its comment kept; by: as written, spaces and all.
    NORTH: edit(NORTH, "people: [jan-nowak]     # as", "people: [jan-novak]     # as",
                "    by: jan-nowak\n", "    by: jan-novak\n", "by:   jan-nowak   #", "by:   jan-novak   #",
                "[Nowak](person:jan-nowak)", "[Nowak](person:jan-novak)"),
    # A block list naming both: OLD's item goes, its comment stays; an <autolink-style> target.
    SOUTH: edit(SOUTH, "  - jan-nowak   # named", "  # named", "(<person:jan-nowak>)", "(<person:jan-novak>)"),
    # A flow list naming both; a double-quoted by: stays double-quoted.
    WEST: edit(WEST, "[jan-novak, jan-nowak]", "[jan-novak]", 'by: "jan-nowak"', 'by: "jan-novak"'),
    # A reference definition is rewritten; the same words in a code span are not a link and stay.
    ABOUT: edit(ABOUT, "[nowak]: person:jan-nowak", "[nowak]: person:jan-novak"),
    NOVAK: MERGED_NOVAK,
    NOWAK: None,
}


def test_a_person_merged(site, capsys):
    root = site()
    before = snapshot(root)
    code, out, err = merge(root, capsys, "person", "jan-nowak", "jan-novak")
    assert (code, err) == (0, "")
    assert out == PERSON_OUTPUT + ('merged person "jan-nowak" into "jan-novak": 14 change(s) in 5 file(s), '
                                   "content/people/jan-nowak.md deleted; the project checks cleanly (0 warning(s))\n")
    assert_files(root, before, PERSON_FILES)
    checked = validate(root)
    assert checked.problems == ()  # the duplicate-person warning is gone with the duplicate
    novak = checked.corpus.people["jan-novak"]
    assert (novak.aliases, novak.wikidata, novak.role) == (("Novak", "Jan Nowak", "Nowak"), "Q1234", "Defence minister")
    assert "jan-nowak" not in checked.corpus.people


def test_a_dry_run_prints_the_same_changes_and_writes_nothing(site, capsys):
    root = site()
    before = snapshot(root)
    code, out, err = merge(root, capsys, "person", "jan-nowak", "jan-novak", "--dry-run")
    assert (code, err) == (0, "")
    assert out == PERSON_OUTPUT + ('dry run: merging person "jan-nowak" into "jan-novak" would make 14 change(s) in '
                                   "5 file(s) and delete content/people/jan-nowak.md; nothing was written\n")
    assert snapshot(root) == before


def test_into_an_entry_without_aliases_profile_or_comments(site, capsys):
    """NEW's missing keys are added after the keys they follow; OLD's profile becomes NEW's, no marker needed."""
    root = site({NOVAK: "---\nname: Jan Novak\nrole: null\ncountry: UA\n---\n",
                 NOWAK: edit(NOWAK, "# The north report's spelling.\n", "", "role: Minister\n", "")})
    before = snapshot(root)
    code, out, _ = merge(root, capsys, "person", "jan-nowak", "jan-novak")
    assert code == 0
    assert out.splitlines()[9:15] == [
        "content/people/jan-novak.md:3: aliases: + Jan Nowak",
        "content/people/jan-novak.md:3: aliases: + Nowak",
        "content/people/jan-novak.md:5: wikidata: + Q1234",
        "content/people/jan-novak.md:6: profile: + the profile of content/people/jan-nowak.md (2 lines)",
        "content/people/jan-nowak.md: deleted",
        'merged person "jan-nowak" into "jan-novak": 13 change(s) in 5 file(s), content/people/jan-nowak.md '
        "deleted; the project checks cleanly (0 warning(s))",
    ]
    assert (root / NOVAK).read_text(encoding="utf-8") == (
        "---\nname: Jan Novak\naliases: [Jan Nowak, Nowak]\nrole: null\ncountry: UA\nwikidata: Q1234\n---\n"
        "Spelled this way in [the north report](brief:north); see\n[his statements](person:jan-novak#said-h).\n")
    assert set(snapshot(root)) == set(before) - {NOWAK}


def test_a_block_list_of_aliases_grows_by_lines_and_an_empty_role_is_filled(site, capsys):
    root = site({NOVAK: "---\nname: Jan Novak\naliases:\n  - Novak    # the surname\n  - 'J. Novak'\n"
                        "role:\ncountry: UA\n---\n"})
    code, out, _ = merge(root, capsys, "person", "jan-nowak", "jan-novak")
    assert code == 0
    assert "content/people/jan-novak.md:6: role: + Minister" in out.splitlines()
    assert (root / NOVAK).read_text(encoding="utf-8").startswith(
        "---\nname: Jan Novak\naliases:\n  - Novak    # the surname\n  - 'J. Novak'\n  - Jan Nowak\n  - Nowak\n"
        "role: Minister\ncountry: UA\nwikidata: Q1234\n---\n"
        '[//]: # "Merged from content/people/jan-nowak.md (Jan Nowak); comments there: \\"The north report\'s '
        'spelling.\\"; its profile below."\n\nSpelled this way')


PROPOSED_NOWAK = """\
---
name: "Jan Nowak"
aliases: ["Nowak"]
role: "minister"
country: UA
status: proposed
---
Proposed by `make draft` from seeds/001_north.txt: named in the text (line 5).
Check the name, role and country, then remove `status: proposed`.
"""


def test_a_proposed_entry_merged_away_leaves_the_drafters_placeholder_behind(site, capsys):
    """The drafter's case: OLD was proposed for a spelling of a known person."""
    drafts = {path: edit(path, "summary:", "status: draft\nsummary:") for path in (NORTH, SOUTH, WEST)}
    drafts |= {ABOUT: edit(ABOUT, "title: About\n", "title: About\nstatus: draft\n"),
               MOVED: edit(MOVED, "[the north report](brief:north)", "the north report")}  # no link to a draft
    root = site({NOWAK: PROPOSED_NOWAK, **drafts})
    code, out, err = merge(root, capsys, "person", "jan-nowak", "jan-novak")
    assert (code, err) == (0, "")
    assert out.splitlines()[9:] == [
        "content/people/jan-novak.md:3: aliases: + Jan Nowak",
        "content/people/jan-novak.md:3: aliases: + Nowak",
        'content/people/jan-novak.md:8: profile: + [//]: # "Merged from content/people/jan-nowak.md (Jan Nowak); '
        'role there: \\"minister\\"."',
        "content/people/jan-nowak.md:8: profile: the drafter's placeholder is not carried",
        "content/people/jan-nowak.md: deleted",
        'merged person "jan-nowak" into "jan-novak": 12 change(s) in 5 file(s), content/people/jan-nowak.md '
        "deleted; the project checks cleanly (0 warning(s))",
    ]
    assert (root / NOVAK).read_text(encoding="utf-8") == edit(NOVAK, "[Novak]", "[Novak, Jan Nowak, Nowak]") + (
        '\n[//]: # "Merged from content/people/jan-nowak.md (Jan Nowak); role there: \\"minister\\"."\n')
    assert validate(root).ok


def test_an_acknowledgement_names_the_merged_person(site, capsys):
    """North lists nobody and acknowledges that its source names Nowak; after the merge it acknowledges NEW."""
    ack = "acknowledged:\n  - warning: unlisted-mention\n    person: jan-nowak   # reviewed\n    note: In passing.\n"
    root = site({NORTH: edit(NORTH, "people: [jan-nowak]     # as the report spells him", "people: []",
                             "---\n[Nowak]", ack + "---\n[Nowak]")})
    assert validate(root).acknowledged == 1
    code, out, _ = merge(root, capsys, "person", "jan-nowak", "jan-novak")
    assert code == 0
    assert out.splitlines()[2] == "content/briefs/north.md:25: acknowledged person: jan-nowak → jan-novak"
    assert "    person: jan-novak   # reviewed\n" in (root / NORTH).read_text(encoding="utf-8")
    checked = validate(root)
    assert (checked.problems, checked.acknowledged) == ((), 1)


# --------------------------------------------------------------------------
# A claim, an organisation
# --------------------------------------------------------------------------


def test_a_claim_merged(site, capsys):
    root = site()
    before = snapshot(root)
    code, out, err = merge(root, capsys, "claim", "troops-moved", "troops-crossed")
    assert (code, err) == (0, "")
    assert out == (
        "content/briefs/north.md:20: claim: troops-moved → troops-crossed\n"
        "content/briefs/north.md:24: link: claim:troops-moved → claim:troops-crossed\n"
        'content/claims/troops-crossed.md:4: notes: + [//]: # "Merged from content/claims/troops-moved.md; '
        'statement there: \\"Troops moved across the border\\"; comments there: \\"to compare with troops-crossed\\"; '
        'its notes below."\n'
        "content/claims/troops-crossed.md:4: notes: + the notes of content/claims/troops-moved.md (1 line)\n"
        "content/claims/troops-moved.md: deleted\n"
        'merged claim "troops-moved" into "troops-crossed": 4 change(s) in 2 file(s), content/claims/troops-moved.md '
        "deleted; the project checks cleanly (1 warning(s))\n")
    assert_files(root, before, {
        NORTH: edit(NORTH, "  - claim: troops-moved", "  - claim: troops-crossed",
                    "(claim:troops-moved#versions-h)", "(claim:troops-crossed#versions-h)"),
        CROSSED: original(CROSSED) + (
            '[//]: # "Merged from content/claims/troops-moved.md; statement there: \\"Troops moved across the '
            'border\\"; comments there: \\"to compare with troops-crossed\\"; its notes below."\n\n'
            "Cited by [the north report](brief:north).\n"),
        MOVED: None,
    })


ORGANISATIONS = {
    "content/organisations/defence-ministry.md": "---\nname: Ministry of Defence\nkind: government body\ncountry: UA\n---\n",
    "content/organisations/mod.md": "---\nname: MoD\naliases: [the ministry]\nkind: government body\nwikidata: Q99\n---\n"
                                    "The ministry, as [the north report](organisation:mod) calls it.\n",
}


@pytest.mark.skipif(not Kind.available(command.KINDS["organisation"]), reason="the loader reads no organisations")
def test_an_organisation_merged(site, capsys):
    root = site({**ORGANISATIONS,
                 NORTH: edit(NORTH, "claims:\n", "organisations: [mod]\nclaims:\n", "by: Officials", "by: mod"),
                 NOVAK: edit(NOVAK, "country: UA\n", "country: UA\norganisations: [mod, defence-ministry]\n")})
    before = snapshot(root)
    code, out, err = merge(root, capsys, "organisation", "mod", "defence-ministry")
    assert (code, err) == (0, "")
    assert out == (
        "content/briefs/north.md:12: organisations: mod → defence-ministry\n"
        "content/briefs/north.md:23: by: mod → defence-ministry\n"
        "content/organisations/defence-ministry.md:3: aliases: + MoD\n"
        "content/organisations/defence-ministry.md:3: aliases: + the ministry\n"
        "content/organisations/defence-ministry.md:5: wikidata: + Q99\n"
        "content/organisations/defence-ministry.md:6: profile: + the profile of content/organisations/mod.md (1 line)\n"
        "content/organisations/mod.md: deleted\n"
        "content/people/jan-novak.md:6: organisations: mod removed (defence-ministry is listed)\n"
        'merged organisation "mod" into "defence-ministry": 7 change(s) in 3 file(s), content/organisations/mod.md '
        "deleted; the project checks cleanly (1 warning(s))\n")
    assert_files(root, before, {
        NORTH: before[NORTH].decode().replace("[mod]", "[defence-ministry]").replace("by: mod", "by: defence-ministry"),
        NOVAK: before[NOVAK].decode().replace("[mod, defence-ministry]", "[defence-ministry]"),
        "content/organisations/defence-ministry.md": (
            "---\nname: Ministry of Defence\naliases: [MoD, the ministry]\nkind: government body\ncountry: UA\n"
            "wikidata: Q99\n---\nThe ministry, as [the north report](organisation:defence-ministry) calls it.\n"),
        "content/organisations/mod.md": None,
    })


def test_without_an_organisation_registry_the_command_says_so(site, capsys, monkeypatch):
    monkeypatch.setattr(Kind, "available", lambda kind: kind.name != "organisation")
    root = site()
    assert merge(root, capsys, "organisation", "mod", "defence-ministry") == (1, "", (
        "merge: organisation registry not available: this version of Briefing does not read "
        "content/organisations/\n"))


# --------------------------------------------------------------------------
# Refusals: exit 1, the reason, nothing written
# --------------------------------------------------------------------------

REFUSALS = {
    "the-same-id": (
        {}, ("person", "jan-novak", "jan-novak"),
        'merge: OLD and NEW are both "jan-novak": name two different people\n'),
    "old-unknown": (
        {}, ("person", "jan-nowk", "jan-novak"),
        'merge: no person "jan-nowk" to merge (did you mean "jan-nowak"?); people are registered in '
        "content/people/<id>.md\n"),
    "new-unknown": (
        {}, ("claim", "troops-moved", "troops-crosed"),
        'merge: no claim "troops-crosed" to merge into (did you mean "troops-crossed"?); claims are registered in '
        "content/claims/<id>.md\n"),
    "a-broken-project": (
        {SOUTH: edit(SOUTH, "  - jan-novak\n", "  - jan-novk\n")}, ("person", "jan-nowak", "jan-novak"),
        'content/briefs/south.md:10: unknown-person: unknown person id "jan-novk" (did you mean "jan-novak"?); '
        "people are registered in content/people/<id>.md\n"
        "merge: the project does not check cleanly: fix the errors above first (python -m generator check); a "
        "merge never runs on a broken project\n"),
    "two-wikidata-ids": (
        {NOVAK: edit(NOVAK, "country: UA\n", "country: UA\nwikidata: Q99\n")}, ("person", "jan-nowak", "jan-novak"),
        'merge: wikidata differs: "Q1234" in content/people/jan-nowak.md:8 and "Q99" in content/people/jan-novak.md:6; '
        "a merge would lose one: make them agree first, or keep both entries if they are two\n"),
    "two-countries": (
        {NOVAK: edit(NOVAK, "country: UA", "country: us"), "content/countries/us.md": "---\nname: United States\n---\n"},
        ("person", "jan-nowak", "jan-novak"),
        'merge: country differs: "UA" in content/people/jan-nowak.md:7 and "US" in content/people/jan-novak.md:5; '
        "a merge would lose one: make them agree first, or keep both entries if they are two\n"),
    "a-reviewed-entry-into-a-proposed-one": (
        {NOVAK: edit(NOVAK, "country: UA\n", "country: UA\nstatus: proposed\n"),
         SOUTH: edit(SOUTH, "summary:", "status: draft\nsummary:"), WEST: edit(WEST, "summary:", "status: draft\nsummary:")},
        ("person", "jan-nowak", "jan-novak"),
        "merge: content/people/jan-novak.md is still proposed and content/people/jan-nowak.md is reviewed: the merged "
        "entry would lose its review; review content/people/jan-novak.md first (remove `status: proposed`), or "
        "merge the other way\n"),
    "a-block-scalar": (
        {NORTH: edit(NORTH, "    by: jan-nowak\n", "    by: >-\n      jan-nowak\n")}, ("person", "jan-nowak", "jan-novak"),
        "merge: content/briefs/north.md: cannot be rewritten safely: line 15: the value is a block scalar (>)\n"),
    "a-comment-between-list-items": (
        {WEST: edit(WEST, "[jan-novak, jan-nowak]", "[jan-novak,   # the minister\n         jan-nowak]")},
        ("person", "jan-nowak", "jan-novak"),
        "merge: content/briefs/west.md: cannot be rewritten safely: line 10: a comment sits between the items of "
        "the list\n"),
    "a-link-written-with-an-entity": (
        {ABOUT: edit(ABOUT, "[nowak]: person:jan-nowak", "[nowak]: person:jan&#45;nowak")},
        ("person", "jan-nowak", "jan-novak"),
        'merge: content/pages/about.md: cannot be rewritten safely: a link to "person:jan-nowak" is written in a '
        "form that cannot be rewritten in place (with an entity or an escape)\n"),
    "every-reason-at-once": (
        {ABOUT: edit(ABOUT, "[nowak]: person:jan-nowak", "[nowak]: person:jan&#45;nowak"),
         NORTH: edit(NORTH, "    by: jan-nowak\n", "    by: |\n      jan-nowak\n"),
         NOVAK: edit(NOVAK, "country: UA\n", "country: UA\nwikidata: Q99\n")},
        ("person", "jan-nowak", "jan-novak"),
        "merge: content/briefs/north.md: cannot be rewritten safely: line 15: the value is a block scalar (|)\n"
        'merge: content/pages/about.md: cannot be rewritten safely: a link to "person:jan-nowak" is written in a '
        "form that cannot be rewritten in place (with an entity or an escape)\n"
        'merge: wikidata differs: "Q1234" in content/people/jan-nowak.md:8 and "Q99" in content/people/jan-novak.md:6; '
        "a merge would lose one: make them agree first, or keep both entries if they are two\n"),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_a_refusal_says_why_and_writes_nothing(site, capsys, case):
    files, args, message = REFUSALS[case]
    root = site(files)
    before = snapshot(root)
    assert merge(root, capsys, *args) == (1, "", message)
    assert merge(root, capsys, *args, "--dry-run") == (1, "", message)
    assert snapshot(root) == before


def test_a_file_changed_while_the_merge_was_prepared(site):
    root = site()
    texts = {SOUTH: "changed\n"}
    (root / SOUTH).write_text(original(SOUTH) + "\nEdited meanwhile.\n", encoding="utf-8")
    before = snapshot(root)
    with pytest.raises(Refused) as refused:
        disk.write_files(root, texts, {SOUTH: original(SOUTH), NOWAK: original(NOWAK)}, NOWAK)
    assert refused.value.reasons == [f"{SOUTH} changed while the merge was being prepared; nothing was written: "
                                     "run the merge again"]
    assert snapshot(root) == before


def test_should_the_merged_project_not_check_every_file_is_put_back(site, capsys, monkeypatch):
    """The last safety net, never expected to catch anything: a check after writing."""
    root = site()
    before = snapshot(root)
    checks = []

    def check_failing_after_the_merge(project, memo=None):
        result = validate(project, memo)
        checks.append(result)
        if len(checks) == 1:
            return result
        failed = Problem(Where(SOUTH, 10), "unknown-person", 'unknown person id "jan-nowak"')
        return Validated(result.corpus, {}, {}, (failed,))

    monkeypatch.setattr(command, "validate", check_failing_after_the_merge)
    assert merge(root, capsys, "person", "jan-nowak", "jan-novak") == (1, "", (
        'content/briefs/south.md:10: unknown-person: unknown person id "jan-nowak"\n'
        "merge: the merged project would not check cleanly (the errors above), so every file was put back as it "
        "was: please report this with the two entries\n"))
    assert snapshot(root) == before


def test_make_help_lists_the_merge_target():
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text(encoding="utf-8")
    assert "@echo 'make merge KIND=k OLD=a NEW=b" in makefile
    assert '-m generator merge $(if $(filter 1,$(DRY_RUN)),--dry-run) "$(KIND)" "$(OLD)" "$(NEW)"' in makefile


def test_windows_line_breaks_stay_windows_line_breaks(site, capsys):
    root = site({path: original(path).replace("\n", "\r\n") for path in (NOVAK, NOWAK, SOUTH)})
    code, out, _ = merge(root, capsys, "person", "jan-nowak", "jan-novak")
    assert code == 0
    assert (root / NOVAK).read_bytes() == MERGED_NOVAK.replace("\n", "\r\n").encode()
    assert (root / SOUTH).read_bytes() == PERSON_FILES[SOUTH].replace("\n", "\r\n").encode()


def test_an_id_listed_twice_is_listed_once(site, capsys):
    root = site({WEST: edit(WEST, "[jan-novak, jan-nowak]", "[jan-nowak, ann-writer, jan-nowak]  # twice")})
    code, out, _ = merge(root, capsys, "person", "jan-nowak", "jan-novak")
    assert code == 0
    assert out.splitlines()[6:8] == ["content/briefs/west.md:9: people: jan-nowak → jan-novak",
                                     "content/briefs/west.md:9: people: jan-nowak removed (jan-novak is listed already)"]
    assert "\npeople: [jan-novak, ann-writer]  # twice\n" in (root / WEST).read_text(encoding="utf-8")


@pytest.mark.skipif(not Kind.available(command.KINDS["organisation"]), reason="the loader reads no organisations")
def test_two_organisations_of_different_kinds_are_not_merged(site, capsys):
    root = site({**ORGANISATIONS, "content/organisations/mod.md": ORGANISATIONS["content/organisations/mod.md"]
                 .replace("kind: government body", "kind: military")})
    before = snapshot(root)
    assert merge(root, capsys, "organisation", "mod", "defence-ministry") == (1, "", (
        'merge: kind differs: "military" in content/organisations/mod.md:4 and "government body" in '
        "content/organisations/defence-ministry.md:3; a merge would lose one: make them agree first, or keep both "
        "entries if they are two\n"))
    assert snapshot(root) == before


def test_the_readme_shows_what_the_command_prints(site, capsys):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```\ncontent/briefs/north.md:11:", 1)[1].split("```", 1)[0]
    shown = ["content/briefs/north.md:11:" + example.splitlines()[0], *example.splitlines()[1:]]
    _, out, _ = merge(site(), capsys, "person", "jan-nowak", "jan-novak")
    printed = out.splitlines()
    assert [line for line in shown if line != "…" and line not in printed] == []
    assert shown[-1] == printed[-1]


@pytest.mark.skipif(not Kind.available(command.KINDS["organisation"]), reason="the loader reads no organisations")
def test_the_organisations_a_person_speaks_for_are_united(site, capsys):
    root = site({**ORGANISATIONS, NOWAK: edit(NOWAK, "country: ua\n", "country: ua\norganisations: [mod, defence-ministry]\n"),
                 NOVAK: edit(NOVAK, "country: UA\n", "country: UA   # kept\norganisations:\n  - defence-ministry\n")})
    code, out, _ = merge(root, capsys, "person", "jan-nowak", "jan-novak")
    assert code == 0
    assert "content/people/jan-novak.md:8: organisations: + mod" in out.splitlines()
    assert (root / NOVAK).read_text(encoding="utf-8").startswith(
        "---\nname: Jan Novak\naliases: [Novak, Jan Nowak, Nowak]   # the surname alone, as the reports write it\n"
        "role: Defence minister\ncountry: UA   # kept\norganisations:\n  - defence-ministry\n  - mod\nwikidata: Q1234\n---\n")
