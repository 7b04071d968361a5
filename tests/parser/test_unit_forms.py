"""Unit lists in field lines, trailing brackets and headings, read one way everywhere.

Fixtures: ``tests/fixtures/units/field_units.txt`` and ``tests/fixtures/layouts/``
``inline_brackets.txt``, ``heading_leads.txt``, ``point_lines.txt``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import tgbe
from tests.conftest import FIXTURES
from tgbe.lint.engine import lint
from tgbe.models import Measure, Notice, Span, Unit

FIELD_UNITS = FIXTURES / "units" / "field_units.txt"
INLINE = FIXTURES / "layouts" / "inline_brackets.txt"
HEADINGS = FIXTURES / "layouts" / "heading_leads.txt"
POINTS = FIXTURES / "layouts" / "point_lines.txt"


def _units(units: list[Unit]) -> list[tuple[str, str, str]]:
    return [(unit.name, unit.key, unit.role.value) for unit in units]


def _measure(notice: Notice, measure_id: str) -> Measure:
    return next(item for item in notice.measures() if item.id == measure_id)


def _cut(path: Path, span: Span | None) -> str:
    """The text a span covers in the file, lines joined without their breaks."""
    assert span is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    if span.start_line == span.end_line:
        return lines[span.start_line - 1][span.start_column - 1 : span.end_column - 1]
    parts = [lines[span.start_line - 1][span.start_column - 1 :],
             *lines[span.start_line : span.end_line - 1],
             lines[span.end_line - 1][: span.end_column - 1]]
    return "".join(parts)


# -- A. field lines ------------------------------------------------------------------------


EXPECTED_FIELD_UNITS = {
    # 等 before a collective phrase: the named unit, then the collective remainder
    "1.1": [("县财政局", "县财政局", "responsible"),
            ("县公共资源交易中心", "县公共资源交易中心", "responsible"),
            ("相关部门", "相关部门", "responsible")],
    # …牵头，…配合 in a field value, read as in a closing bracket
    "1.2": [("县财政局", "县财政局", "lead"),
            ("县市场监管局", "县市场监督管理局", "support"),
            ("县发改委", "县发展和改革委员会", "support")],
    # a bracketed （牵头） marks the lead
    "1.3": [("县财政局", "县财政局", "lead"),
            ("县市场监管局", "县市场监督管理局", "support")],
    # a second label on the same line starts another field
    "1.4": [("县财政局", "县财政局", "lead"), ("县行政审批局", "县行政审批局", "support")],
    # 牵头 inside a name (not followed by a separator) marks nothing
    "1.5": [("县发改委", "县发展和改革委员会", "responsible"),
            ("产业链牵头部门", "产业链牵头部门", "responsible")],
}


@pytest.mark.parametrize("measure_id", sorted(EXPECTED_FIELD_UNITS))
def test_unit_field_values_are_read_like_brackets(measure_id: str) -> None:
    measure = _measure(tgbe.parse_file(FIELD_UNITS), measure_id)
    assert _units(measure.units) == EXPECTED_FIELD_UNITS[measure_id]


def test_collective_remainder_after_etc_is_collective() -> None:
    units = _measure(tgbe.parse_file(FIELD_UNITS), "1.1").units
    assert [unit.collective for unit in units] == [False, False, True]


def test_two_fields_on_one_line_keep_the_measure_span() -> None:
    measure = _measure(tgbe.parse_file(FIELD_UNITS), "1.4")
    assert measure.text == "推行采购合同线上签订。"
    assert (measure.span.end_line, measure.span.end_column) == (21, 24)


def test_lead_field_line_under_the_heading_is_the_indicator_lead() -> None:
    indicator = tgbe.parse_file(FIELD_UNITS).indicators[0]
    assert _units(indicator.lead_units) == [("县财政局", "县财政局", "lead")]
    assert indicator.lead_marked
    assert indicator.summary == "" and indicator.summary_span is None
    assert [city.name for city in indicator.benchmark_cities] == ["南康区"]


# -- B. trailing brackets and inline fields --------------------------------------------------


EXPECTED_INLINE = {
    # a deadline bracket, then a unit bracket
    "1.1": ("推行“免证办”服务，高频事项免提交实体证照比例达到80%以上。",
            ("2023年6月底前完成", "month", date(2023, 6, 30)),
            [("市行政审批局", "市行政审批局", "lead"),
             ("市大数据中心", "市大数据中心", "support")]),  # a centre, not the 数据局
    # a unit bracket, then a deadline bracket
    "1.2": ("推行“跨省通办”“省内通办”，新增通办事项50项。",
            ("2023年9月底前完成", "month", date(2023, 9, 30)),
            [("市行政审批局", "市行政审批局", "lead"), ("各相关单位", "各相关单位", "support")]),
    # fields written after the text on the measure's own line
    "1.3": ("推进政务服务标准化建设。",
            ("2023年6月底前启动，12月底前完成", "month", date(2023, 12, 31)),
            [("市行政审批局", "市行政审批局", "responsible")]),
    "2.1": ("推行“标准地”出让，新增工业用地“标准地”出让比例达到100%。",
            ("长期坚持", "ongoing", None),
            [("市自然资源局", "市自然资源局", "responsible"),
             ("市工信局", "市工业和信息化局", "responsible")]),
}


@pytest.mark.parametrize("measure_id", sorted(EXPECTED_INLINE))
def test_trailing_brackets_and_inline_fields_leave_the_text(measure_id: str) -> None:
    measure = _measure(tgbe.parse_file(INLINE), measure_id)
    deadline = measure.deadline
    assert deadline is not None
    assert (measure.text, (deadline.raw, deadline.kind.value, deadline.due),
            _units(measure.units)) == EXPECTED_INLINE[measure_id]
    assert _cut(INLINE, measure.text_span) == measure.text
    assert _cut(INLINE, deadline.span) == deadline.raw


# -- C. headings ---------------------------------------------------------------------------


EXPECTED_LEADS = [
    ("开办企业", [("区市场监管局", "区市场监督管理局", "lead")]),
    ("获得信贷", [("区金融办", "区金融工作办公室", "lead"),
                ("人行南康支行", "中国人民银行南康支行", "lead")]),
    # the supporting unit is kept out of the name and out of the leads
    ("纳税", [("区税务局", "区税务局", "lead")]),
    ("降低企业成本", [("区发改委", "区发展和改革委员会", "lead")]),
    ("获得用水用气", [("区城管局", "区城市管理局", "lead"),
                    ("区住建局", "区住房和城乡建设局", "lead")]),
]


def test_heading_brackets_name_their_leads() -> None:
    notice = tgbe.parse_file(HEADINGS)
    assert [(item.name, _units(item.lead_units)) for item in notice.indicators] == EXPECTED_LEADS
    assert all(item.lead_marked for item in notice.indicators)


def test_labelled_heading_leads_raise_no_unmarked_lead_finding() -> None:
    findings = lint(tgbe.parse_file(HEADINGS))
    assert [finding for finding in findings if finding.code == "HDG001"] == []


# -- D. points of a measure ------------------------------------------------------------------


def test_text_span_ends_with_the_last_point_line() -> None:
    measure = _measure(tgbe.parse_file(POINTS), "1.1")
    assert measure.text == ("优化用水用气报装服务，具体包括："
                            "（1）报装材料压减至2件；（2）报装时间压缩至3个工作日。")
    span = measure.text_span
    assert (span.start_line, span.start_column, span.end_line, span.end_column) == (9, 3, 11, 17)
    assert _cut(POINTS, span) == measure.text
