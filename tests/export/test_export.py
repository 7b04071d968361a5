"""``tgbe export``: the work ledger by unit as an xlsx workbook or a folder of CSV files."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.infra.width import display_width
from tgbe.render.sheet import sheet_names

PROGRESS = str(FIXTURES / "ledger" / "progress.yaml")


def test_xlsx_has_one_fitted_sheet_per_unit_with_dates_and_statuses(
    run_cli: RunCli, tmp_path: Path
) -> None:
    target = tmp_path / "台账.xlsx"
    code, out, _ = run_cli("export", str(SEED), "-f", "xlsx", "-o", str(target),
                           "--ledger", PROGRESS, "--today", "2023-07-01")
    assert (code, out) == (0, "")
    assert [path.name for path in tmp_path.iterdir()] == ["台账.xlsx"]
    book = load_workbook(target)
    # 总表, 40 units (collective phrases have none), the hidden measure list
    assert len(book.sheetnames) == 42 and book.sheetnames[-1] == "_tgbe"
    assert book.sheetnames[:4] == ["总表", "县行政服务中心", "县市场监管局", "县法院"]
    sheet = book["县市场监管局"]
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 1 + 48
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == ["编号", "指标序号", "举措序号", "指标", "举措", "完成时限"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    done = rows["1.10"]
    assert done[5].value == datetime(2023, 6, 30) and done[5].number_format == "yyyy-mm-dd"
    assert (done[6].value, done[7].value, done[11].value) == (
        "牵头", "已完成", datetime(2023, 6, 20))
    assert done[4].alignment.wrap_text
    widest = max(display_width(str(row[4].value)) for row in rows.values())
    assert sheet.column_dimensions["E"].width == min(widest, 60) + 2
    assert sheet.column_dimensions["A"].width == len("10.12") + 2  # the longest id


def test_csv_folder_has_one_bom_file_per_unit(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "ledger"
    code, _, _ = run_cli("export", str(SEED), "-f", "csv", "-o", str(target))
    assert code == 0
    files = sorted(path.name for path in target.iterdir())
    assert len(files) == 41 and "县法院.csv" in files and "总表.csv" in files
    raw = (target / "县法院.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (target / "县法院.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "编号" and len(rows) == 1 + 41
    assert rows[1][:8] == ["2.3", "2", "3", "劳动力市场监管", rows[1][4], "2023-09-30", "责任",
                           "未启动"]
    assert [path.name for path in tmp_path.iterdir()] == ["ledger"]


def test_csv_export_replaces_a_previous_export_but_nothing_else(
    run_cli: RunCli, tmp_path: Path
) -> None:
    target = tmp_path / "ledger"
    assert run_cli("export", str(SEED), "-f", "csv", "-o", str(target))[0] == 0
    (target / "旧单位.csv").write_text("old", encoding="utf-8")
    assert run_cli("export", str(SEED), "-f", "csv", "-o", str(target))[0] == 0
    assert not (target / "旧单位.csv").exists()
    (tmp_path / "notes.txt").write_text("keep", encoding="utf-8")
    code, _, err = run_cli("export", str(SEED), "-f", "csv", "-o", str(tmp_path))
    assert code == 2 and "is not a previous export" in err
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep"


def test_export_is_by_unit_without_the_flag_and_needs_an_output(run_cli: RunCli,
                                                                tmp_path: Path) -> None:
    assert run_cli("export", str(SEED), "--by-unit")[0] == 2
    plain, flagged = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert run_cli("export", str(SEED), "-o", str(plain))[0] == 0
    assert run_cli("export", str(SEED), "--by-unit", "-o", str(flagged))[0] == 0
    assert load_workbook(plain).sheetnames == load_workbook(flagged).sheetnames


def test_sheet_names_are_safe_short_and_unique() -> None:
    long = "某某县" + "很长的单位名称" * 6
    names = sheet_names(["a/b[c]:d*e?f\\g", long, long, "Unit", "unit"])
    assert names[0] == "a_b_c__d_e_f_g"
    assert all(len(name) <= 31 for name in names)
    assert names[1] != names[2] and names[2].endswith("~2")
    assert names[3:] == ["Unit", "unit~2"]


def test_measures_without_units_get_a_sheet_of_their_own(run_cli: RunCli, tmp_path: Path
                                                         ) -> None:
    notice = tmp_path / "bare.txt"
    notice.write_text("某县营商环境指标提升举措\n\n一、开办企业指标\n1.优化企业开办流程。\n"
                      "完成时限：2023年9月\n", encoding="utf-8")
    target = tmp_path / "bare.xlsx"
    code, _, err = run_cli("export", str(notice), "-o", str(target))
    assert code == 0, err
    book = load_workbook(target)
    assert book.sheetnames == ["总表", "(no unit 无责任单位)", "_tgbe"]
    assert [cell.value for cell in book["(no unit 无责任单位)"][2]][:7] == [
        "1.1", 1, 1, "开办企业", "优化企业开办流程。", datetime(2023, 9, 30), None]
