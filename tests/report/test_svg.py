"""The SVG charts: proportional segments, text kept as text and escaped, the today line."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tgbe.render.svg import Bar, Series, stacked_bars, stacked_columns

SERIES = [Series("已完成", "#2e7d32"), Series("逾期", "#c62828")]
SVG = "{http://www.w3.org/2000/svg}"


def _segments(svg: str) -> list[tuple[float, float, str]]:
    root = ET.fromstring(svg)
    return [(float(rect.get("x", 0)), float(rect.get("width", 0)), rect.get("data-value", ""))
            for rect in root.iter(f"{SVG}rect") if rect.get("data-value")]


def test_bar_segments_are_proportional_and_stacked() -> None:
    """3 and 1 of the longest bar's 4: widths 3:1, the second starting where the first ends."""
    svg = stacked_bars([Bar("一", (3, 1)), Bar("二", (0, 2))], SERIES, "图")
    (x1, w1, v1), (x2, w2, v2), (_, w3, v3) = _segments(svg)
    assert (v1, v2, v3) == ("3", "1", "2")  # the zero segment is not drawn
    assert abs(w1 - 3 * w2) < 0.2 and abs(x2 - (x1 + w1)) < 0.2 and abs(w3 - 2 * w2) < 0.2


def test_text_is_text_and_escaped() -> None:
    """Labels, totals and legend are <text>; markup in a label is escaped; links kept."""
    svg = stacked_bars([Bar("<县局> & 中心", (1, 1), "#unit-1")], SERIES, "图 <1>")
    root = ET.fromstring(svg)
    texts = [text.text for text in root.iter(f"{SVG}text")]
    assert "<县局> & 中心" in texts and "2" in texts and "已完成" in texts
    assert root.find(f"{SVG}title") is not None
    assert '<a href="#unit-1">' in svg
    assert "font-family" not in svg  # the reader's fonts render the text


def test_long_labels_are_clipped() -> None:
    """A label longer than 30 columns ends with … (the full name stays in the tooltip)."""
    name = "县" * 40
    svg = stacked_bars([Bar(name, (1, 0))], SERIES, "图")
    assert ">" + "县" * 14 + "…</text>" in svg
    assert f"<title>{name}：已完成 1</title>" in svg


def test_columns_and_today_line() -> None:
    """Columns scale to the highest; the today line sits at its position in columns."""
    svg = stacked_columns([Bar("2024-01", (2, 0)), Bar("2024-02", (1, 1)), Bar("2024-03", (0, 0))],
                          SERIES, "图", marker=1.5, marker_label="今天", width=320)
    heights = [float(rect.get("height", 0)) for rect in ET.fromstring(svg).iter(f"{SVG}rect")
               if rect.get("data-value")]
    assert len(heights) == 3 and abs(heights[0] - 2 * heights[1]) < 0.2
    line = re.search(r'<line class="today" x1="([0-9.]+)"', svg)
    assert line is not None and abs(float(line.group(1)) - (10 + 1.5 * 100)) < 0.2
    assert ">今天</text>" in svg


def test_empty_chart_is_valid_svg() -> None:
    """No bars: still a well-formed SVG (with its legend)."""
    root = ET.fromstring(stacked_bars([], SERIES, "图"))
    assert root.tag == f"{SVG}svg"


def test_many_columns_are_labelled_sparsely() -> None:
    """40 months: every 3rd labelled (at most 18 labels), every column still drawn."""
    columns = [Bar(f"m{index}", (1, 0)) for index in range(40)]
    svg = stacked_columns(columns, SERIES, "图")
    labels = re.findall(r'class="label">(m\d+)</text>', svg)
    assert labels == [f"m{index}" for index in range(0, 40, 3)]
    assert len(_segments(svg)) == 40
