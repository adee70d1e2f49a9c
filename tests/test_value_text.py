"""A ``value:`` written as a mapping is shown as the phrase it stands for,
on the brief and claim pages alike, never as the mapping itself."""

from __future__ import annotations

import pytest

from generator.pelican_plugin.templating import value_text
from test_build import run_build


@pytest.mark.parametrize("raw, shown", [
    ({"amount": "600000", "qualifier": "more than", "unit": "killed or wounded", "as_of": "2024-10-28"},
     "more than 600,000 killed or wounded, as of 28 October 2024"),
    ({"min": "10000", "max": "12000", "unit": "troops"}, "10,000–12,000 troops"),
    ({"amount": "8000", "qualifier": "about"}, "about 8,000"),
    ({"amount": "3000000", "qualifier": "at least", "unit": "euros"}, "at least 3,000,000 euros"),
    ("about 2,000", "about 2,000"),
])
def test_a_value_reads_as_words(raw, shown):
    assert value_text(raw) == shown


def test_a_mapping_value_on_the_brief_and_claim_pages(project, tmp_path):
    root = project({"content/briefs/beta.md": (project() / "content/briefs/beta.md").read_text(encoding="utf-8")
                    .replace("    value: up to 3,000",
                             "    value: {amount: 3000, qualifier: up to, unit: troops, as_of: 2024-10-28}")})
    output = tmp_path / "output"
    result = run_build(root, output)
    assert result.returncode == 0, result.stderr
    shown = '<span class="value">up to 3,000 troops, as of 28 October 2024</span>'
    for page in ("briefs/beta/index.html", "claims/troops-crossed/index.html"):
        html = (output / page).read_text(encoding="utf-8")
        assert shown in html, page
        assert "amount" not in html and "{&#39;" not in html, page


def test_values_of_different_dates_on_the_built_claim_page(project, tmp_path):
    """A value dated weeks after the others is not compared with them: the claim
    page gives its verdict on the latest values and the others as a series."""
    import json

    beta = (project() / "content/briefs/beta.md").read_text(encoding="utf-8")
    root = project({"content/briefs/beta.md": beta.replace(
        "    value: up to 3,000", "    value: {amount: 3000, qualifier: up to, unit: troops, as_of: 2024-12-12}")})
    output = tmp_path / "output"
    result = run_build(root, output)
    assert result.returncode == 0, result.stderr
    html = (output / "claims/troops-crossed/index.html").read_text(encoding="utf-8")
    assert "One source gives a number, on the latest dated values (12 December 2024).</strong>" in html
    assert '<th scope="rowgroup" colspan="7">31 October 2024: one source gives a number</th>' in html
    assert '<th scope="rowgroup" colspan="7">12 December 2024: one source gives a number</th>' in html
    assert 'as of <time datetime="2024-12-12">12 Dec 2024</time>' in html
    assert '<text class="unit"' in html and ">troops</text>" in html
    claim = json.loads((output / "data/analysis.json").read_text(encoding="utf-8"))["claims"]["troops-crossed"]
    assert [(v["brief"], v["date"], v["date_from"]) for v in claim["values"]] == [
        ("alpha", "2024-10-31", "published"), ("beta", "2024-12-12", "as_of")]
    assert [(g["from"], g["to"], g["values"]) for g in claim["groups"]] == [
        ("2024-10-31", "2024-10-31", [0]), ("2024-12-12", "2024-12-12", [1])]
    assert claim["verdict_group"] == 1
