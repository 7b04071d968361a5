"""The analyst's loop: export the workbook, units fill it in, import it, check deadlines."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import yaml
from openpyxl import Workbook, load_workbook

from tests.conftest import FIXTURES, RunCli

NOTICE = str(FIXTURES / "returns" / "notice.txt")
TODAY = ("--today", "2023-07-10")
UNITS = ["县市场监管局", "县行政服务中心", "县金融办", "人行青岚县支行"]


def _export(run_cli: RunCli, target: Path, *flags: str) -> None:
    code, out, err = run_cli("export", NOTICE, "-o", str(target), *TODAY, *flags)
    assert (code, out, err) == (0, "", "")


def _fill(sheet: object, measure: str, **cells: object) -> None:
    """Write ``cells`` (header -> value) into the row of ``measure``, found by header."""
    rows = list(sheet.iter_rows())  # type: ignore[attr-defined]
    header = {cell.value: cell.column for cell in rows[0]}
    row = next(row for row in rows[1:] if row[0].value == measure)
    for name, value in cells.items():
        sheet.cell(row[0].row, header[name], value)  # type: ignore[attr-defined]


def test_the_workbook_has_a_summary_and_a_sheet_per_unit(run_cli: RunCli, tmp_path: Path
                                                         ) -> None:
    target = tmp_path / "台账.xlsx"
    _export(run_cli, target)
    book = load_workbook(target)
    # collectives (各相关单位) get no sheet; names as the notice writes them most often
    assert book.sheetnames == ["总表", *UNITS, "_tgbe"]
    assert book["_tgbe"].sheet_state == "veryHidden"
    summary = [[cell.value for cell in row] for row in book["总表"].iter_rows()]
    assert summary[0] == ["单位", "举措数", "已完成", "推进中", "逾期", "下一时限"]
    assert summary[1] == ["县市场监管局", 3, 0, 0, 1, datetime(2023, 9, 30)]
    assert summary[3] == ["县金融办", 2, 0, 0, 1, None]
    sheet = book["县市场监管局"]
    header = [cell.value for cell in sheet[1]]
    assert header == ["编号", "指标序号", "举措序号", "指标", "举措", "完成时限", "角色", "状态",
                      "新时限", "进展情况", "佐证材料", "更新日期", "逾期天数"]
    first = [cell.value for cell in sheet[2]]
    assert first[:3] == ["1.1", 1, 1] and first[5:8] == [datetime(2023, 6, 30), "牵头", "未启动"]
    assert first[-1] == 10 and sheet["A2"].fill.start_color.rgb.endswith("FFC7CE")
    assert sheet["A3"].fill.fill_type is None  # 1.2 is not overdue
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:M4"
    assert sheet.print_title_rows == "$1:$1"
    assert (sheet.page_setup.orientation, sheet.page_setup.paperSize) == ("landscape", 9)
    choices = sheet.data_validations.dataValidation[0]
    assert choices.formula1 == '"未启动,推进中,已完成,延期,不再实施"'
    assert str(choices.sqref) == "H2:H4"


def test_collectives_get_a_sheet_only_when_asked(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    _export(run_cli, target, "--collectives")
    assert "各相关单位" in load_workbook(target).sheetnames


def test_round_trip_export_fill_import_check(run_cli: RunCli, tmp_path: Path) -> None:
    book_path, own_path = tmp_path / "台账.xlsx", tmp_path / "县金融办.xlsx"
    ledger = tmp_path / "台账.yaml"
    _export(run_cli, book_path)
    _export(run_cli, own_path, "--unit", "金融办")  # the workbook sent to one unit
    book = load_workbook(book_path)
    _fill(book["县市场监管局"], "1.1", 状态="已完成", 进展情况="已实现全程网办",
          佐证材料="县市监局通报", 更新日期=datetime(2023, 7, 5))
    _fill(book["县市场监管局"], "1.2", 状态="推进中")
    _fill(book["县行政服务中心"], "1.1", 状态="已完成")  # agrees with 县市场监管局
    _fill(book["县行政服务中心"], "1.3", 状态="延期", 新时限=datetime(2024, 3, 31))
    _fill(book["县金融办"], "2.1", 状态="已完成")
    _fill(book["人行青岚县支行"], "2.1", 状态="推进中")  # disagrees: a conflict
    book.save(book_path)
    own = load_workbook(own_path)
    assert own.sheetnames == ["总表", "县金融办", "_tgbe"]
    _fill(own["县金融办"], "2.2", 状态="不再实施", 进展情况="上级已统一推行")
    own.save(own_path)

    code, out, err = run_cli("status", "import", str(book_path), str(own_path), "--ledger",
                             str(ledger), "--dry-run", "-f", "json", *TODAY)
    assert (code, err) == (1, "") and not ledger.exists()
    result = json.loads(out)
    # rows whose status was left as exported (未启动) are no reports
    assert result["written"] is False and result["rows"] == 7
    assert [(c["id"], c["before"], c["after"]) for c in result["changes"]] == [
        ("1.1", "todo", "done"), ("1.2", "todo", "in_progress"), ("1.3", "todo", "extended"),
        ("2.2", "todo", "dropped")]
    assert result["changes"][0]["units"] == ["县市场监管局", "县行政服务中心"]
    assert [(r["unit"], r["status"], r["place"]) for r in result["conflicts"][0]["reports"]] == [
        ("县金融办", "done", f"{book_path}:县金融办:2"),
        ("人行青岚县支行", "in_progress", f"{book_path}:人行青岚县支行:2")]

    code, out, err = run_cli("status", "import", str(book_path), str(own_path), "--ledger",
                             str(ledger), "--lang", "zh", *TODAY)
    assert (code, err) == (1, "")
    assert out.splitlines()[0] == (f"{ledger}：读取 7 行，更新 4 项举措，冲突 1 项待核实；已写入")
    assert "  1.1    未启动 → 已完成  [状态、进展、佐证]  县市场监管局、县行政服务中心" in out
    assert "冲突 2.1" in out
    written = yaml.safe_load(ledger.read_text(encoding="utf-8"))
    assert written["1.1"]["history"] == [
        {"date": datetime(2023, 7, 5).date(), "status": "done", "note": "已实现全程网办"}]
    assert written["1.3"]["new_deadline"] == datetime(2024, 3, 31).date()
    assert "2.1" not in written  # the conflict is left to the analyst
    assert run_cli("status", "check", NOTICE, str(ledger))[0] == 0

    code, out, _ = run_cli("check-deadlines", NOTICE, "--ledger", str(ledger), *TODAY,
                           "-f", "json")
    report = json.loads(out)
    assert code == 1
    assert [item["id"] for item in report["overdue"]] == ["2.1"]
    assert (report["measures"], report["closed"], report["undated"], report["due_soon"]) == (
        5, 2, [], [])

    # importing the same returns again changes nothing and writes nothing
    code, out, _ = run_cli("status", "import", str(book_path), "--ledger", str(ledger),
                           "-f", "json", *TODAY)
    assert code == 1 and json.loads(out)["changes"] == [] and not json.loads(out)["written"]


def test_returned_rows_with_faults_are_errors_and_nothing_is_written(
    run_cli: RunCli, tmp_path: Path
) -> None:
    book_path, ledger = tmp_path / "台账.xlsx", tmp_path / "台账.yaml"
    _export(run_cli, book_path)
    ledger.write_text('"1.2": {status: 推进中}\n', encoding="utf-8")
    book = load_workbook(book_path)
    sheet = book["县市场监管局"]
    _fill(sheet, "1.1", 举措="推行企业开办全程网上办理。", 状态="已完成")
    _fill(sheet, "1.2", 状态="快好了")
    _fill(sheet, "1.3", 状态="已完成", 更新日期="2023-02-30")
    sheet.append(["9.9", 9, 9, "", "", None, "", "已完成"])
    book.save(book_path)
    code, out, err = run_cli("status", "import", str(book_path), "--ledger", str(ledger))
    assert (code, out) == (2, "")
    where = f"{book_path}:县市场监管局"
    assert err.splitlines() == [
        f"{where}:2:5: error: the 举措 text of measure 1.1 was edited: it must stay the "
        "notice's text (write progress in 进展情况)",
        f"{where}:3:8: error: expected a status word (未启动, 推进中, 已完成, 延期, 不再实施 or "
        "todo, in_progress, done, extended, dropped), found '快好了'",
        f"{where}:4:12: error: expected a real date (YYYY-MM-DD) in 更新日期, found '2023-02-30'",
        f"{where}:5:1: error: expected a measure id of the notice, found '9.9'",
    ]
    assert ledger.read_text(encoding="utf-8") == '"1.2": {status: 推进中}\n'


def test_a_sheet_copied_into_a_new_workbook_imports_with_the_notice(
    run_cli: RunCli, tmp_path: Path
) -> None:
    exported, copied = tmp_path / "台账.xlsx", tmp_path / "返回.xlsx"
    ledger = tmp_path / "l.yaml"
    _export(run_cli, exported)
    source = load_workbook(exported)["县行政服务中心"]
    book = Workbook()
    sheet = book.active
    sheet.title = "县行政服务中心"
    # the unit kept only some columns, in its own order
    order = ["状态", "编号", "举措", "进展情况"]
    rows = list(source.iter_rows(values_only=True))
    index = [rows[0].index(name) for name in order]
    for row in rows:
        sheet.append([row[i] for i in index])
    sheet.cell(2, 1, "已完成")  # row 2 is measure 1.1
    book.save(copied)
    code, _, err = run_cli("status", "import", str(copied), "--ledger", str(ledger))
    assert code == 2 and "give --notice NOTICE" in err and not ledger.exists()
    code, out, err = run_cli("status", "import", str(copied), "--ledger", str(ledger),
                             "--notice", NOTICE, "-f", "json", *TODAY)
    assert (code, err) == (0, "")
    assert [(c["id"], c["after"]) for c in json.loads(out)["changes"]] == [("1.1", "done")]


def test_a_missing_or_non_workbook_file_is_a_located_error(run_cli: RunCli, tmp_path: Path
                                                          ) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("进展情况", encoding="utf-8")
    missing = tmp_path / "missing.xlsx"
    code, out, err = run_cli("status", "import", str(fake), str(missing), "--ledger",
                             str(tmp_path / "l.yaml"))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"{fake}:1:1: error: not an xlsx workbook (an .xlsx file is a zip archive)",
        f"{missing}:1:1: error: no such file: expected a returned workbook (.xlsx)"]
    assert not (tmp_path / "l.yaml").exists()


def test_an_id_excel_turned_into_a_number_is_read_from_the_sequence_columns(
    run_cli: RunCli, tmp_path: Path
) -> None:
    book_path, ledger = tmp_path / "台账.xlsx", tmp_path / "l.yaml"
    _export(run_cli, book_path)
    book = load_workbook(book_path)
    sheet = book["县市场监管局"]
    _fill(sheet, "1.2", 状态="推进中")
    sheet["A3"] = 1.2  # 编号 retyped as a number; 指标序号 1, 举措序号 2 still say 1.2
    book.save(book_path)
    code, out, err = run_cli("status", "import", str(book_path), "--ledger", str(ledger),
                             "-f", "json", *TODAY)
    assert (code, err) == (0, "")
    assert [(c["id"], c["after"]) for c in json.loads(out)["changes"]] == [
        ("1.2", "in_progress")]


def test_export_for_an_unknown_unit_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    code, out, err = run_cli("export", NOTICE, "-o", str(target), "--unit", "县气象局")
    assert (code, out) == (2, "") and "unknown unit '县气象局'" in err
    assert not target.exists()
