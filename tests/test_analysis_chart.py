"""The claim chart: well-formed, accessible, escaped and deterministic SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from generator.analysis.chart import ChartRow, nice_step, render_chart_svg
from generator.analysis.quantities import parse_value

NS = {"svg": "http://www.w3.org/2000/svg"}
ROWS = [
    ChartRow("Kyiv <official>", parse_value("up to 2,100")),
    ChartRow("Blinken", parse_value(8000)),
    ChartRow("Pentagon", parse_value("about 10,000")),
    ChartRow("Zelenskyy", parse_value("upwards of 12,000")),
]


def render(rows=ROWS) -> ET.Element:
    return ET.fromstring(render_chart_svg(rows, title="Troops & staff", chart_id="c1"))


def test_accessible_root() -> None:
    svg = render()
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c1-title c1-desc"
    assert svg.find("svg:title", NS).text == "Troops & staff"
    assert svg.find("svg:desc", NS).text == (
        "4 values on a scale from 0 to 15,000; unit: number (no unit given). Kyiv <official>: up to 2,100 (0 to 2,100). "
        "Blinken: 8,000 (exactly 8,000). Pentagon: about 10,000 (9,000 to 11,000). "
        "Zelenskyy: upwards of 12,000 (12,000 or more)."
    )


def test_one_group_per_row_with_its_marks() -> None:
    rows = render().findall("svg:g[@class='row']", NS)
    assert [r.find("svg:text[@class='label']", NS).text for r in rows] == [
        "Kyiv <official>", "Blinken", "Pentagon", "Zelenskyy"]
    assert [r.find("svg:text[@class='value']", NS).text for r in rows] == [
        "up to 2,100", "8,000", "about 10,000", "upwards of 12,000"]
    kinds = [sorted({m.get("class") for m in r if m.get("class") not in (None, "label", "value")}) for r in rows]
    assert kinds == [["interval", "stated"], ["point"], ["interval", "stated"], ["interval", "open-end", "stated"]]
    assert rows[0].find("svg:title", NS).text == "Kyiv <official>: up to 2,100 (0 to 2,100)"


def test_positions_follow_values() -> None:
    rows = render().findall("svg:g[@class='row']", NS)
    up_to = rows[0].find("svg:rect", NS)
    point = float(rows[1].find("svg:circle", NS).get("cx"))
    about = rows[2].find("svg:rect", NS)
    at_least = rows[3].find("svg:rect", NS)
    assert float(up_to.get("x")) < point < float(about.get("x")) < float(at_least.get("x"))
    assert float(about.get("x")) + float(about.get("width")) < float(at_least.get("x"))
    stated = float(rows[2].find("svg:circle[@class='stated']", NS).get("cx"))
    assert float(about.get("x")) < stated < float(about.get("x")) + float(about.get("width"))


def test_axis_ticks() -> None:
    ticks = render().findall("svg:g[@class='axis']/svg:text[@class='tick']", NS)
    assert [t.text for t in ticks] == ["0", "5,000", "10,000", "15,000"]
    xs = [float(t.get("x")) for t in ticks]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)


def test_escaped_and_self_contained() -> None:
    text = render_chart_svg([ChartRow('<script>alert("x")</script>', parse_value(5))])
    assert "<script" not in text and "&lt;script&gt;" in text
    svg = ET.fromstring(text)
    assert not [e for e in svg.iter() if e.tag.endswith("script") or e.get("href") or e.get("{http://www.w3.org/1999/xlink}href")]
    assert "http" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_deterministic_and_empty() -> None:
    assert render_chart_svg(ROWS) == render_chart_svg(list(ROWS))
    assert render_chart_svg([]) == ""


def test_single_value_gets_a_range() -> None:
    ticks = ET.fromstring(render_chart_svg([ChartRow("A", parse_value(8000))])).findall("svg:g[@class='axis']/svg:text[@class='tick']", NS)
    assert [t.text for t in ticks] == ["6,000", "8,000", "10,000"]


def test_nice_step() -> None:
    assert [nice_step(v) for v in (1800, 2000, 3.2, 0.07, 999)] == [2000, 2000, 5, 0.1, 1000]


def test_the_axis_names_its_unit() -> None:
    def unit(*values: str) -> str:
        svg = ET.fromstring(render_chart_svg([ChartRow(str(i), parse_value(v)) for i, v in enumerate(values)]))
        return svg.find("svg:g[@class='axis']/svg:text[@class='unit']", NS).text

    assert unit("about 8,000 troops", "9,000") == "troops"
    assert unit("about 8,000 troops", "9,000 North Koreans") == "people: troops, North Koreans"
    assert unit("1,000 containers", "3.5mn artillery shells") == "containers, artillery shells"
    assert unit("8,000", "up to 9,000") == "number (no unit given)"
    assert unit("8 <b>tanks</b>") == "<b>tanks</b>"  # escaped when written, read back as text


def test_rows_of_several_times_come_under_their_dates() -> None:
    rows = [ChartRow("A", parse_value("about 10,000 troops"), "28–31 October 2024"),
            ChartRow("B", parse_value("11,000 troops"), "28–31 October 2024"),
            ChartRow("C", parse_value("12,000 troops"), "12 December 2024")]
    svg = ET.fromstring(render_chart_svg(rows, chart_id="c"))
    headings = svg.findall("svg:g[@class='when']", NS)
    assert [h.find("svg:text", NS).text for h in headings] == ["28–31 October 2024", "12 December 2024"]
    assert [len(h.findall("svg:line", NS)) for h in headings] == [0, 1]  # a rule between groups
    assert svg.find("svg:desc", NS).text == (
        "3 values on a scale from 9,000 to 12,000; unit: troops. 28–31 October 2024: A: about 10,000 "
        "(9,000 to 11,000). B: 11,000 (exactly 11,000). 12 December 2024: C: 12,000 (exactly 12,000).")
    ys = [float(r.find("svg:text[@class='label']", NS).get("y")) for r in svg.findall("svg:g[@class='row']", NS)]
    heading_ys = [float(h.find("svg:text", NS).get("y")) for h in headings]
    assert heading_ys[0] < ys[0] < ys[1] < heading_ys[1] < ys[2]
    assert float(svg.get("height")) > ys[2]
    one_time = render_chart_svg([ChartRow(r.label, r.quantity) for r in rows])
    assert 'class="when"' not in one_time
