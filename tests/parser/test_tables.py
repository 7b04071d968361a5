"""Task tables flattened to one row per line: cells between ``|``, tabs or runs of spaces,
columns by their headings, wrapped rows, and rows pasted without separators (uncertain)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from tests.conftest import RunCli
from tests.parser.test_layouts import LAYOUTS, _deadline, _parse, _units
from tgbe.models import Measure
from tgbe.parse.table_cells import Separator, deadline_tail, glued_names, is_rule, split_cells

Row = tuple[str, str, list[tuple[str, str, str]], tuple[str, str, date | None]]


def _rows(name: str) -> list[Row]:
    """Each measure's id, text start (12 characters), units and deadline."""
    return [_row(measure) for measure in _parse(name).measures()]


def _row(measure: Measure) -> Row:
    deadline = _deadline(measure)
    assert deadline is not None, measure.id
    return measure.id, measure.text[:12], _units(measure), deadline


def _parsed(run_cli: RunCli, name: str) -> tuple[dict[str, Any], str]:
    code, out, err = run_cli("parse", "-f", "json", str(LAYOUTS / name))
    assert code == 0, err
    return json.loads(out), err


def test_pipe_tables_with_and_without_outer_pipes(run_cli: RunCli) -> None:
    notice, err = _parsed(run_cli, "table_pipe.txt")
    assert [(item["name"], len(item["measures"])) for item in notice["indicators"]] == [
        ("开办企业", 3), ("获得用水", 1)]
    assert notice["diagnostics"] == [] and err == ""
    assert _rows("table_pipe.txt") == [
        ("1.1", "推行企业开办全程网上办，", [("县行政审批局", "县行政审批局", "lead"),
                                ("县税务局", "县税务局", "support"),
                                ("县人社局", "县人力资源和社会保障局", "support")],
         ("2024年6月底", "month", date(2024, 6, 30))),
        ("1.2", "推广电子营业执照在招投标", [("县数据局", "县数据局", "lead"),
                                 ("县公共资源交易中心", "县公共资源交易中心", "support")],
         ("2024年9月底前", "month", date(2024, 9, 30))),
        # an empty 配合单位 cell keeps its place: the deadline stays in its column
        ("1.3", "设立企业开办服务专区，免", [("县政务服务中心", "县政务服务中心", "lead")],
         ("持续推进", "ongoing", None)),
        ("2.1", "用水报装压减至两个环节。", [("县水务公司", "县水务公司", "responsible")],
         ("2024年3月底", "month", date(2024, 3, 31))),
    ]


def test_tab_table_with_a_merged_group_cell_and_a_remark_column() -> None:
    notice = _parse("table_tab.txt")
    assert [(item.name, [m.id for m in item.measures]) for item in notice.indicators] == [
        ("便利申报", ["1.1", "1.2"]), ("优化退税", ["2.3"])]
    assert _rows("table_tab.txt") == [
        ("1.1", "推行增值税申报表自动预填", [("市税务局", "市税务局", "responsible")],
         ("2024年5月底", "month", date(2024, 5, 31))),
        # the 备注 column (新增) is a remark, neither text nor a unit
        ("1.2", "扩大电子发票受票方范围。", [("市税务局", "市税务局", "responsible"),
                                 ("市财政局", "市财政局", "responsible")],
         ("2024年8月底", "month", date(2024, 8, 31))),
        ("2.3", "出口退税平均办理时间压缩", [("市税务局", "市税务局", "responsible")],
         ("2024年12月底前", "month", date(2024, 12, 31))),
    ]
    assert all("新增" not in measure.text for measure in notice.measures())


def test_table_of_space_aligned_columns() -> None:
    notice = _parse("table_spaces.txt")
    assert [item.name for item in notice.indicators] == ["精简审批", "联合验收"]
    assert _rows("table_spaces.txt") == [
        ("1.1", "社会投资小型项目审批时限", [("县住建局", "县住房和城乡建设局", "responsible"),
                                 ("县自然资源局", "县自然资源局", "responsible")],
         ("2024年4月底", "month", date(2024, 4, 30))),
        ("1.2", "推行施工图联合审查，一次", [("县住建局", "县住房和城乡建设局", "responsible")],
         ("2024年6月底", "month", date(2024, 6, 30))),
        ("2.3", "实行竣工联合验收，一口受", [("县住建局", "县住房和城乡建设局", "responsible")],
         ("长期坚持", "ongoing", None)),
    ]


def test_table_of_ideographic_spaces() -> None:
    assert _rows("table_ideographic.txt") == [
        ("1.1", "推行高频事项“跨省通办”", [("区政务服务中心", "区政务服务中心", "responsible")],
         ("2024年10月底", "month", date(2024, 10, 31))),
        ("1.2", "开设“办不成事”反映窗口", [("区政务服务中心", "区政务服务中心", "responsible"),
                                 ("区信访局", "区信访局", "responsible")],
         ("2024年7月底前", "month", date(2024, 7, 31))),
    ]


def test_columns_are_assigned_by_heading_not_by_place() -> None:
    """完成时限 first, 配合单位 before 牵头单位, the serial in the middle."""
    assert _rows("table_column_order.txt") == [
        ("1.1", "低压小微企业接电实行“三", [("区自然资源分局", "区自然资源分局", "support"),
                                  ("区城管局", "区城市管理局", "support"),
                                  ("棠梧供电公司", "棠梧供电公司", "lead")],
         ("2024年5月底", "month", date(2024, 5, 31))),
        ("1.2", "接电外线工程审批实行并联", [("区行政审批局", "区行政审批局", "support"),
                                 ("区住建局", "区住房和城乡建设局", "lead")],
         ("2024年第三季度", "quarter", date(2024, 9, 30))),
    ]


def test_wrapped_rows_join_their_row() -> None:
    notice = _parse("table_wrapped.txt")
    first, second, third, fourth = notice.measures()
    # a pipe row wrapped cell by cell: the text and the 配合单位 list go on
    assert first.text == "推行简易注销“一网通办”，公告期由45天压缩至20天。"
    assert _units(first) == [("县行政审批局", "县行政审批局", "lead"),
                             ("县税务局", "县税务局", "support"),
                             ("县人社局", "县人力资源和社会保障局", "support")]
    assert _deadline(first) == ("2024年6月底", "month", date(2024, 6, 30))
    assert (second.id, second.text) == ("1.2", "建立歇业备案制度。")
    # a space-aligned row whose text wraps onto an indented line; the next header starts
    # a table of its own
    assert (third.id, third.text) == (
        "2.1", "建立破产案件府院联动机制，定期会商解决破产处置中的难题。")
    assert _units(third) == [("县法院", "县人民法院", "responsible")]
    assert _deadline(fourth) == ("持续推进", "ongoing", None)
    assert notice.diagnostics == []


def test_glued_rows_are_read_by_shape_and_reported_uncertain(run_cli: RunCli) -> None:
    notice, err = _parsed(run_cli, "table_glued.txt")
    assert [item["name"] for item in notice["indicators"]] == ["加快审批", "优化服务"]
    assert _rows("table_glued.txt") == [
        ("1.1", "推行并联审批，限时督办。", [("市行政服务中心", "市行政服务中心", "responsible"),
                                ("市司法局", "市司法局", "responsible"),
                                ("市级相关单位", "市级相关单位", "responsible")],
         ("2022年9月底", "month", date(2022, 9, 30))),
        ("2.2", "推行“帮办代办”，为企业", [("市行政服务中心", "市行政服务中心", "responsible")],
         ("2022年12月底前", "month", date(2022, 12, 31))),
        # no space at all: serial, text, two glued unit names, the date
        ("2.3", "推行证照分离改革全覆盖。", [("市市场监管局", "市市场监督管理局", "responsible"),
                                ("市商务局", "市商务局", "responsible")],
         ("2023年3月底", "month", date(2023, 3, 31))),
    ]
    assert [(item["code"], item["severity"], item["span"]["start_line"])
            for item in notice["diagnostics"]] == [
        ("uncertain-table-row", "warning", 3), ("uncertain-table-row", "warning", 4),
        ("uncertain-table-row", "warning", 5)]
    assert err.count("[uncertain-table-row]") == 3
    assert "measure 1.1: table row without cell separators" in err
    path = str(LAYOUTS / "table_glued.txt")
    assert err.splitlines()[-1] == (
        f"{path}: 3 measures; 0 units uncertain; 0 lines not read; 3 table rows read by shape "
        f"(check them) — see tgbe parse --explain {path}")


def test_the_reading_summary_counts_rows_read_by_shape_in_chinese(run_cli: RunCli) -> None:
    path = str(LAYOUTS / "table_glued.txt")
    _, _, err = run_cli("parse", path, "--lang", "zh")
    assert err.splitlines()[-1] == (
        f"{path}：3 项举措；0 个单位存疑；0 行未读取；3 个表格行按形状读取（请核对）"
        f"——逐行说明见 tgbe parse --explain {path}")


def test_glued_rows_are_lint_findings_in_both_languages(run_cli: RunCli) -> None:
    path = str(LAYOUTS / "table_glued.txt")
    code, out, _ = run_cli("lint", "--select", "PAR004", "-f", "json", path)
    assert code == 0  # warnings: the notice is read, the user is asked to check
    findings = json.loads(out)["findings"]
    assert [(f["code"], f["name"], f["line"], f["measure_id"]) for f in findings] == [
        ("PAR004", "uncertain-table-row", 3, "1.1"), ("PAR004", "uncertain-table-row", 4, "2.2"),
        ("PAR004", "uncertain-table-row", 5, "2.3")]
    _, out, _ = run_cli("lint", "--lang", "zh", "--select", "PAR004", "-f", "json", path)
    assert json.loads(out)["findings"][0]["message"].startswith("举措1.1：表格行没有单元格分隔符")
    code, out, _ = run_cli("explain", "PAR004")
    assert code == 0 and "uncertain-table-row" in out


def test_long_notice_mixing_tables_and_bracket_layouts() -> None:
    notice = _parse("long_tables_mixed.txt")
    assert [(item.name, len(item.measures)) for item in notice.indicators] == [
        ("获得信贷", 16), ("政务服务", 16), ("市场监管", 16), ("执行合同", 16)]
    assert len(notice.measures()) == 64
    assert notice.diagnostics == []
    by_id = {measure.id: measure for measure in notice.measures()}
    assert _row(by_id["1.2"]) == (
        "1.2", "优化不动产登记流程，第2", [("区财政局", "区财政局", "lead"),
                                  ("区税务所", "区税务所", "support"),
                                  ("区住建局", "区住房和城乡建设局", "support")],
        ("2024年2月底", "month", date(2024, 2, 29)))
    assert _row(by_id["2.16"]) == (
        "2.16", "完善跨境贸易通关手续，逐", [("区财政局", "区财政局", "lead"),
                                   ("区住建局", "区住房和城乡建设局", "support"),
                                   ("各乡镇", "各乡镇", "support")],
        ("2024年9月底前完成", "month", date(2024, 9, 30)))
    assert _row(by_id["3.1"]) == (
        "3.1", "规范信用修复办理途径，对", [("区住建局", "区住房和城乡建设局", "responsible")],
        ("2024年2月11日前", "day", date(2024, 2, 11)))
    assert _row(by_id["4.16"]) == (
        "4.16", "实施市场主体准入流程，第", [("区商务局", "区商务局", "responsible")],
        ("2024年12月底前", "month", date(2024, 12, 31)))
    assert all(measure.units and measure.deadline for measure in notice.measures())


@pytest.mark.parametrize(("line", "separator", "cells"), [
    ("| 1 | 推行网办 |  | 2024年 |", Separator.PIPE, ["1", "推行网办", "", "2024年"]),
    ("1 | 推行网办 | 县局", Separator.PIPE, ["1", "推行网办", "县局"]),
    ("1\t推行网办\t\t县局", Separator.TAB, ["1", "推行网办", "", "县局"]),
    ("1   推行 网办   县局", Separator.SPACES, ["1", "推行 网办", "县局"]),
    ("1\u3000推行网办\u3000\u3000县局", Separator.SPACES, ["1", "推行网办", "县局"]),
])
def test_cells_split_at_their_separator(line: str, separator: Separator, cells: list[str]) -> None:
    found = split_cells(line, 7, separator)
    assert [cell.text for cell in found] == cells
    assert all(line[cell.column - 1 :].startswith(cell.text) for cell in found)


@pytest.mark.parametrize(("line", "rule"), [
    ("|---|:---:|---|", True), ("| --- | --- |", True), ("---|---", True),
    ("| 1 | 推行 |", False), ("——", False),
])
def test_markdown_rule_lines(line: str, rule: bool) -> None:
    assert is_rule(line) is rule


@pytest.mark.parametrize(("text", "tail"), [
    ("推行审批。区司法局,2022年9月底", "2022年9月底"),
    ("推行审批。区司法局2023年3月底前", "2023年3月底前"),
    ("推行审批。区司法局，持续推进", "持续推进"),
    ("推行审批，压缩至3个工作日。区司法局", None),
])
def test_deadline_at_the_end_of_a_glued_row(text: str, tail: str | None) -> None:
    start = deadline_tail(text)
    assert (None if start is None else text[start:]) == tail


@pytest.mark.parametrize(("run", "names"), [
    ("区行政服务中心区司法局区级相关单位", ["区行政服务中心", "区司法局", "区级相关单位"]),
    ("市市场监管局、市商务局", ["市市场监管局", "市商务局"]),
    ("县发展和改革局", ["县发展和改革局"]),
    ("推行并联审批", None),
])
def test_glued_unit_names_split_where_a_name_ends_and_the_next_begins(
    run: str, names: list[str] | None
) -> None:
    found = glued_names(run)
    assert (None if found is None else [run[a:b] for a, b in found]) == names
