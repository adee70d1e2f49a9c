"""Validation: one case per error code, the exact report line asserted.

Each case edits one file of the fixture site (tests/fixtures/site) and
lists every line `make check` must print for it, in order.
"""

from pathlib import Path

import pytest

from generator.validate import report, validate

FIXTURE = Path(__file__).parent / "fixtures" / "site"
ALPHA = (FIXTURE / "content/briefs/alpha.md").read_text(encoding="utf-8")
BETA = (FIXTURE / "content/briefs/beta.md").read_text(encoding="utf-8")
BRIEF = "content/briefs/alpha.md"


def edit(old: str, new: str, text: str = ALPHA) -> str:
    assert old in text, f"fixture changed: {old!r} not found"
    return text.replace(old, new)


CASES = {
    "yaml-syntax": (
        {BRIEF: edit("title: Ministers meet <after> talks & more", "title: Ministers: meet")},
        # The other brief's link to this one is not reported again.
        ["content/briefs/alpha.md:2: yaml-syntax: YAML syntax error: mapping values are not allowed here "
         "(a value containing ': ' or starting with a quote character must be quoted)"],
    ),
    "no-cascade-from-a-broken-registry-file": (
        {"content/claims/troops-crossed.md": "---\nstatement: [unclosed\n---\n"},
        ["content/claims/troops-crossed.md:2: yaml-syntax: YAML syntax error: while parsing a flow sequence; "
         "expected ',' or ']', but got '<stream end>'"],
    ),
    "front-matter-missing": (
        {"content/claims/x.md": "just text\n"},
        ["content/claims/x.md:1: front-matter-missing: the file must start with YAML front matter between two '---' lines"],
    ),
    "quote-not-found": (
        {BRIEF: edit("about 2,000 troops had crossed into Ruritania", "about 2,500 troops had crossed into Ruritania")},
        ['content/briefs/alpha.md:16: quote-not-found: quote "about 2,500 troops had crossed into Ruritania" does not '
         "occur in seeds/001_alpha.txt (whitespace and quotation marks are folded, nothing else); did you mean "
         '"…about 2,000 troops had crossed into Ruritania."?'],
    ),
    "unknown-speaker": (
        {BRIEF: edit("    by: jan-novak\n    value: about 2,000", "    by: jan-novk\n    value: about 2,000")},
        ['content/briefs/alpha.md:17: unknown-speaker: by: "jan-novk" is neither a registered person nor an '
         'organisation (did you mean "jan-novak"?); register it in content/people/ or content/organisations/, '
         'or write free text with a capital or a space ("a senior official")'],
    ),
    "unknown-person-in-list": (
        {BRIEF: edit("people: [jan-novak]", "people:\n  - jan-novak\n  - ann-writr")},
        ['content/briefs/alpha.md:14: unknown-person: unknown person id "ann-writr" (did you mean "ann-writer"?); '
         "people are registered in content/people/<id>.md"],
    ),
    "unknown-country": (
        {BRIEF: edit("countries: [RU, us]", "countries: [RU, us, GB]")},
        ['content/briefs/alpha.md:13: unknown-country: country "GB" is not registered; add content/countries/gb.md'],
    ),
    "unknown-iso-code": (
        {BRIEF: edit("countries: [RU, us]", "countries: [RU, us, XX]")},
        ['content/briefs/alpha.md:13: unknown-iso-code: countries: "XX" is not an ISO 3166-1 alpha-2 country code'],
    ),
    "unknown-claim": (
        {BRIEF: edit("  - claim: us-response", "  - claim: us-responce")},
        ['content/briefs/alpha.md:26: unknown-claim: unknown claim id "us-responce" (did you mean "us-response"?); '
         "claims are registered in content/claims/<id>.md"],
    ),
    "bad-date": (
        {BRIEF: edit("published: 2024-10-31", "published: 31/10/2024")},
        ['content/briefs/alpha.md:7: bad-date: source.published: "31/10/2024" is not a date: expected YYYY-MM-DD, '
         "e.g. 2024-10-31"],
    ),
    "field-missing": (
        {BRIEF: edit("summary: A fixture brief with <tags> & ampersands.\n", "")},
        ['content/briefs/alpha.md:1: field-missing: required field "summary" is missing from the front matter'],
    ),
    "field-type": (
        {BRIEF: edit("people: [jan-novak]", "people: jan-novak")},
        ['content/briefs/alpha.md:12: field-type: people: expected a list, got text "jan-novak" (write [jan-novak])',
         'content/briefs/alpha.md:12: unlisted-mention: warning: seeds/001_alpha.txt:6 names person "jan-novak", '
         "which is not in this brief's people; once reviewed, acknowledge it under acknowledged: "
         "{warning: unlisted-mention, person: jan-novak, note: …}"],
    ),
    "unknown-field": (
        {BRIEF: edit("summary:", "sumary: x\nsummary:")},
        ['content/briefs/alpha.md:11: unknown-field: unknown field "sumary" (did you mean "summary"?); known fields: '
         "title, slug, status, source, summary, people, organisations, countries, claims, acknowledged"],
    ),
    "seed-missing": (
        {BRIEF: edit("seeds/001_alpha.txt", "seeds/001_alfa.txt")},
        ['content/briefs/alpha.md:5: seed-missing: seed file "seeds/001_alfa.txt" does not exist (did you mean '
         '"seeds/001_alpha.txt"?); seeds live in seeds/'],
    ),
    "duplicate-slug": (
        {"content/briefs/gamma.md": edit("seeds/002_beta.txt", "seeds/003_gamma.txt", BETA),
         "seeds/003_gamma.txt": "Jan Novak said up to 3,000 troops were near the border in the U.S.\n"},
        ['content/briefs/gamma.md:3: duplicate-slug: slug "beta" is already used by content/briefs/beta.md; '
         "slugs must be unique",
         'content/briefs/gamma.md:3: slug-mismatch: slug "beta" differs from the file name "gamma.md": rename the '
         'file to "beta.md" or set slug: gamma'],
    ),
    "slug-mismatch": (
        {BRIEF: edit("slug: alpha", "slug: alpha-two")},
        ['content/briefs/alpha.md:3: slug-mismatch: slug "alpha-two" differs from the file name "alpha.md": rename '
         'the file to "alpha-two.md" or set slug: alpha'],
    ),
    "duplicate-source": (
        {"content/briefs/gamma.md": edit("slug: beta", "slug: gamma", BETA)},
        ['content/briefs/gamma.md:5: duplicate-source: seed "seeds/002_beta.txt" already has a brief, '
         "content/briefs/beta.md; one brief per seed"],
    ),
    "bad-link": (
        {BRIEF: edit("source:#p3s1", "source:#p3s9").replace("claim:troops-crossed)", "claim:troops-cross)")},
        ['content/briefs/alpha.md:31: bad-link: link "claim:troops-cross": no claim "troops-cross" (did you mean '
         '"troops-crossed"?)',
         'content/briefs/alpha.md:32: bad-link: link "source:#p3s9": no sentence or paragraph "#p3s9" in the source '
         'of "alpha" (ids look like p4 or p4s2)'],
    ),
    "bad-link-to-draft": (
        {"content/briefs/beta.md": edit("slug: beta", "slug: beta\nstatus: draft", BETA)},
        ['content/briefs/alpha.md:33: bad-link: link "brief:beta": brief "beta" is a draft and has no page yet'],
    ),
    "unreviewed-entry": (
        {"content/people/jan-novak.md": "---\nname: Jan Novak\naliases: [Novak]\nstatus: proposed\n---\n"},
        ["content/briefs/alpha.md:12: unreviewed-entry: person entry content/people/jan-novak.md is still proposed: "
         "review it and remove `status: proposed`, or keep this brief as `status: draft`",
         'content/briefs/alpha.md:32: bad-link: link "person:jan-novak": person "jan-novak" is still proposed and '
         "has no page yet",
         "content/briefs/beta.md:9: unreviewed-entry: person entry content/people/jan-novak.md is still proposed: "
         "review it and remove `status: proposed`, or keep this brief as `status: draft`"],
    ),
    "bad-occurrence": (
        {BRIEF: edit("occurrence: 2", "occurrence: 5")},
        ["content/briefs/alpha.md:25: bad-occurrence: occurrence 5 asked, but the quote occurs 2 time(s) in "
         "seeds/001_alpha.txt"],
    ),
    "bad-boilerplate": (
        {BRIEF: edit("boilerplate: [4, 10]", 'boilerplate: [4, "12-10"]')},
        ["content/briefs/alpha.md:10: bad-boilerplate: source.boilerplate: '12-10' is not a line number or a range "
         'like "57-69"'],
    ),
    "bad-boilerplate-past-end": (
        {BRIEF: edit("boilerplate: [4, 10]", 'boilerplate: [4, "10-12"]')},
        ["content/briefs/alpha.md:10: bad-boilerplate: boilerplate lines from 11 are past the end of "
         "seeds/001_alpha.txt (10 lines)"],
    ),
    "bad-status": (
        {BRIEF: edit("slug: alpha", "slug: alpha\nstatus: publshed")},
        ['content/briefs/alpha.md:4: bad-status: status: "publshed" is not a status: expected one of published, '
         'draft (did you mean "published"?)'],
    ),
    "bad-url": (
        {BRIEF: edit("https://example.org/alpha?a=1&b=2", "javascript:alert(1)")},
        ['content/briefs/alpha.md:9: bad-url: source.url: "javascript:alert(1)" is not a web address: expected '
         "http:// or https://…"],
    ),
    "bad-id": (
        {"content/claims/Bad_Id.md": "---\nstatement: x\n---\n"},
        ['content/claims/Bad_Id.md:1: bad-id: file name "Bad_Id" is not a valid claim id: use lower-case letters, '
         "digits and hyphens"],
    ),
    "country-file-name": (
        {"content/countries/xx.md": "---\nname: Nowhere\n---\n"},
        ['content/countries/xx.md:1: unknown-iso-code: file name: "xx" is not an ISO 3166-1 alpha-2 country code'],
    ),
    "person-country": (
        {"content/people/jan-novak.md": "---\nname: Jan Novak\naliases: [Novak]\ncountry: Ruritania\n---\n"},
        ['content/people/jan-novak.md:4: unknown-iso-code: country: "Ruritania" is not an ISO 3166-1 alpha-2 '
         "country code"],
    ),
    "not-utf8": (
        {"content/claims/latin.md": b"---\nstatement: caf\xe9 cr\xe8me\n---\n"},
        ["content/claims/latin.md:2: not-utf8: file is not UTF-8 text (invalid continuation byte: byte 0xe9); "
         "save it as UTF-8"],
    ),
    "yaml-alias": (
        {BRIEF: edit("people: [jan-novak]", "people: &who [jan-novak]\nx: *who")},
        ['content/briefs/alpha.md:12: yaml-alias: YAML anchor "&who" is not allowed: write each value out in full'],
    ),
    "yaml-tag": (
        {BRIEF: edit("title: Ministers meet <after> talks & more", "title: !!python/object:os.system x")},
        ['content/briefs/alpha.md:2: yaml-tag: YAML tag "!!python/object:os.system" is not allowed: write plain '
         "text, lists and mappings"],
    ),
    "yaml-depth": (
        {BRIEF: edit("people: [jan-novak]", "people: [[[[[[[[[jan-novak]]]]]]]]]")},
        ["content/briefs/alpha.md:12: yaml-depth: the front matter nests lists and mappings more than 8 levels "
         "deep; a brief needs 4"],
    ),
    "duplicate-key": (
        {BRIEF: edit("people: [jan-novak]", "people: [jan-novak]\npeople: []")},
        ['content/briefs/alpha.md:13: duplicate-key: key "people" appears twice, on lines 12 and 13: keep one '
         "(the second would silently replace the first)"],
    ),
    "control-character": (
        {BRIEF: edit("Fixture Times", "Fixture\x1bTimes")},
        ["content/briefs/alpha.md:6: control-character: control character U+001B in the text; only tabs and line "
         "breaks are allowed: remove it"],
    ),
    "file-too-large": (
        {"seeds/002_beta.txt": "Up to 3,000 troops were near the border.\n" * 60_000},
        ["seeds/002_beta.txt:1: file-too-large: seeds/002_beta.txt is 2,460,000 bytes; a seed may be at most "
         "2,097,152 bytes (2 MiB)"],
    ),
    "unexpected-file": (
        {"content/pages/evil.html": "<script>alert(1)</script>\n"},
        ["content/pages/evil.html:1: unexpected-file: content/pages/evil.html is not read: content/pages/ holds "
         "only Markdown files named <name>.md (no HTML or other markup is published)"],
    ),
    "quote-too-long": (
        {BRIEF: edit("quote: He said the U.S. would respond.", "quote: " + "word " * 500)},
        ['content/briefs/alpha.md:27: quote-too-long: quote "word word word word word word word word word word word '
         'word…" is 2,499 characters long; a quote may be at most 2,000: quote the sentence that states the claim'],
    ),
    "bad-acknowledgement": (
        {BRIEF: edit("claims:\n", "acknowledged:\n  - warning: bad-link\n    note: fine\nclaims:\n")},
        ['content/briefs/alpha.md:15: bad-acknowledgement: acknowledged.0.warning: "bad-link" cannot be '
         "acknowledged; warnings that can: attribution-conflict, unlisted-mention"],
    ),
    "stale-acknowledgement": (
        {BRIEF: edit("claims:\n", "acknowledged:\n  - warning: unlisted-mention\n    person: ann-writer\n"
                     "    note: named as the author\nclaims:\n")},
        ["content/briefs/alpha.md:15: stale-acknowledgement: warning: acknowledged unlisted-mention (person "
         "ann-writer) no longer occurs: remove this acknowledgement"],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_problem_is_reported_exactly(project, case):
    files, expected = CASES[case]
    result = validate(project(files))
    assert [str(p) for p in result.problems] == expected
    assert result.ok is not any(p.severity == "error" for p in result.problems)


def test_the_fixture_site_is_clean(project):
    result = validate(project())
    assert [str(p) for p in result.problems] == []
    assert result.ok


def test_all_problems_are_reported_at_once(project):
    text = edit("people: [jan-novak]", "people: [jan-novac]")
    text = edit("  - claim: us-response", "  - claim: us-responce", text)
    text = edit("published: 2024-10-31", "published: soon", text)
    result = validate(project({BRIEF: text}))
    codes = [p.code for p in result.problems]
    assert codes == ["bad-date", "unknown-person", "unlisted-mention", "unknown-claim"]
    assert report(result).endswith("3 error(s), 1 warning(s)")


def test_check_command_prints_every_problem_and_fails(project):
    import subprocess
    import sys

    text = edit("people: [jan-novak]", "people: [jan-novac]")
    text = edit("about 2,000 troops had crossed into Ruritania", "about 2,500 troops had crossed", text)
    root = project({BRIEF: text, "content/claims/x.md": "---\nstatement: [unclosed\n---\n"})
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "check"],
                            capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert [line.split(": ")[0:2] for line in lines[:-1]] == [
        ["content/briefs/alpha.md:12", "unknown-person"],
        ["content/briefs/alpha.md:12", "unlisted-mention"],
        ["content/briefs/alpha.md:16", "quote-not-found"],
        ["content/claims/x.md:2", "yaml-syntax"],
    ]
    assert lines[-1] == "3 error(s), 1 warning(s)"


def test_check_command_passes_on_a_clean_project(project):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(project()), "check"],
                            capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert (result.returncode, result.stdout, result.stderr) == (0, "0 error(s), 0 warning(s)\n", "")
