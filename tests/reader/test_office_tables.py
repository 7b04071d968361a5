"""Office tables read by rows and columns: a task table under each indicator heading."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import tgbe
from tests.conftest import FIXTURES, RunCli
from tgbe.read import office

OFFICE = FIXTURES / "office"
TABLES = ("indicator_tables.docx", "indicator_tables_nonum.docx", "indicator_tables_serial.docx")
RESPONSIBLE, LEAD, SUPPORT = "responsible", "lead", "support"
EXPECTED = [
    ("1.1", "推广“信易贷”平台，实现线上融资对接。", ("2023年9月底", "2023-09-30"),
     [("市金融办", RESPONSIBLE), ("市发改局", RESPONSIBLE)]),
    ("1.2", "推行动产和权利担保统一登记。", ("2023年6月底", "2023-06-30"),
     [("人行某某支行", RESPONSIBLE), ("市金融办", RESPONSIBLE)]),
    ("1.3", "将政府性融资担保费率降至1%以下。", ("2023年12月底", "2023-12-31"),
     [("市财政局", RESPONSIBLE)]),
    ("2.1", "建立中小投资者纠纷多元化解机制。", ("2023年9月底", "2023-09-30"),
     [("市法院", LEAD), ("市司法局", SUPPORT), ("市金融办", SUPPORT)]),
    ("2.2", "加强上市公司信息披露监管。", ("持续推进", "None"),
     [("市金融办", LEAD), ("市市场监管局", SUPPORT)]),
]


def _lines(path: Path) -> list[str]:
    pages, _, _, _ = office.read_office(path.name, path.read_bytes(), 10**7)
    return pages[0]


@pytest.mark.parametrize("name", TABLES)
def test_each_row_is_a_measure_of_the_heading_before_its_table(name: str) -> None:
    notice = tgbe.parse_file(OFFICE / name)
    assert [(item.name, len(item.measures)) for item in notice.indicators] == [
        ("获得信贷", 3), ("保护中小投资者", 2),
    ]
    assert [
        (m.id, m.text, (m.deadline.raw, str(m.deadline.due)) if m.deadline else None,
         [(unit.name, unit.role.value) for unit in m.units])
        for m in notice.measures()
    ] == EXPECTED
    assert [item.summary for item in notice.indicators] == [
        "小微企业贷款余额增长15%以上。", "中小投资者权益保护水平进一步提升。",
    ]
    assert [[city.name for city in item.benchmark_cities] for item in notice.indicators] == [
        ["泉州丰泽"], ["厦门思明"],
    ]
    assert notice.diagnostics == []


@pytest.mark.parametrize("name", TABLES)
def test_table_spans_point_at_the_cells_lines(name: str) -> None:
    lines = _lines(OFFICE / name)
    for measure in tgbe.parse_file(OFFICE / name).measures():
        where = measure.text_span
        assert lines[where.start_line - 1][where.start_column - 1 :] == measure.text
        assert measure.deadline is not None and measure.deadline.span is not None
        where = measure.deadline.span
        assert lines[where.start_line - 1][where.start_column - 1 :] == measure.deadline.raw
        rows = lines[measure.span.start_line - 1 : measure.span.end_line]
        for unit in measure.units:
            assert any(unit.name in line for line in rows), (measure.id, unit.name)


def test_numbered_cells_keep_their_numbers_as_markers() -> None:
    lines = _lines(OFFICE / "indicator_tables.docx")
    first = tgbe.parse_file(OFFICE / "indicator_tables.docx").measures()[0]
    assert lines[first.span.start_line - 1].startswith("1.推广")
    assert first.span.start_column == 1 and first.text_span.start_column == 3


def test_table_without_task_columns_stays_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("一、获得电力指标（市发改局牵头）")
    document.add_paragraph("1.压减办电时间。")
    document.add_paragraph("完成时限：2023年6月底")
    table = document.add_table(rows=2, cols=2)
    for cell, value in zip(table.rows[0].cells, ("指标", "目标值"), strict=True):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ("办电时间", "10个工作日"), strict=True):
        cell.text = value
    document.save(str(tmp_path / "plain.docx"))
    notice = tgbe.parse_file(tmp_path / "plain.docx")
    assert [(m.id, m.text) for m in notice.measures()] == [("1.1", "压减办电时间。")]


def test_parse_and_check_deadlines_read_indicator_tables(run_cli: RunCli) -> None:
    path = str(OFFICE / "indicator_tables_nonum.docx")
    code, out, _ = run_cli("parse", path)
    assert code == 0 and "保护中小投资者" in out
    code, _, err = run_cli("check-deadlines", path)
    assert code in (0, 1) and "no recognisable measures" not in err


def test_header_after_a_title_row_and_repeated_header_rows(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("一、获得电力指标（市发改局牵头）")
    rows = [
        ("获得电力任务清单", "", ""),
        ("工作措施", "配合单位", "时限要求"),
        ("压减办电时间。", "供电公司", "2023年6月底"),
        ("工作措施", "配合单位", "时限要求"),
        ("推行“三零”服务。", "市住建局\n市城管局", "2023年9月底"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            first, *more = value.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    document.save(str(tmp_path / "titled.docx"))
    notice = tgbe.parse_file(tmp_path / "titled.docx")
    assert [
        (m.id, m.text, m.deadline and m.deadline.raw, [(u.name, u.role.value) for u in m.units])
        for m in notice.measures()
    ] == [
        ("1.1", "压减办电时间。", "2023年6月底", [("供电公司", SUPPORT)]),
        ("1.2", "推行“三零”服务。", "2023年9月底", [("市住建局", SUPPORT), ("市城管局", SUPPORT)]),
    ]
