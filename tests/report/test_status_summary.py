"""``tgbe status summary``: table, JSON, CSV and xlsx; errors are one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import FIXTURES, RunCli

NOTICE = str(FIXTURES / "report" / "qinghe.txt")
LEDGER = str(FIXTURES / "report" / "qinghe-ledger.yaml")
DAY = ("--today", "2024-06-10")


def test_table_in_both_languages(run_cli: RunCli) -> None:
    """Two tables (indicators, units) with a total row, in Chinese or English."""
    code, out, err = run_cli("status", "summary", NOTICE, "--ledger", LEDGER, *DAY,
                             "--lang", "zh")
    assert code == 0
    assert "按指标统计（截至 2024-06-10）" in out and "按责任单位统计" in out
    assert "获得用水用气" in out and "县自来水公司" in out and "合计" in out
    assert "qinghe.txt:34:6: 警告: 无法读取举措 2.3 的完成时限：“视情况而定”" in err
    code, out, err = run_cli("status", "summary", NOTICE, "--ledger", LEDGER, *DAY,
                             "--lang", "en", env={"COLUMNS": "200"})
    assert code == 0
    assert "qinghe.txt:34:6: warning: cannot read the deadline of measure 2.3" in err
    assert "By indicator on 2024-06-10" in out and "due within 30 days" in out


def test_csv_has_bom_and_one_row_per_scope(run_cli: RunCli, tmp_path: Path) -> None:
    """UTF-8 with BOM; a total row, one row per indicator, one per unit."""
    target = tmp_path / "summary.csv"
    code, _, _ = run_cli("status", "summary", NOTICE, "--ledger", LEDGER, *DAY, "-f", "csv",
                         "-o", str(target), "--lang", "zh")
    assert code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("范围,名称,举措总数,已完成")  # headers in the chosen language
    code, english, _ = run_cli("status", "summary", NOTICE, "--ledger", LEDGER, *DAY, "-f",
                               "csv", "--lang", "en")
    assert code == 0
    assert english.lstrip("\ufeff").startswith("Scope,Name,measures,done")
    assert lines[1] == "total,,10,2,1,4,2,1,1,2"
    assert sum(line.startswith("indicator,") for line in lines) == 3
    assert sum(line.startswith("unit,") for line in lines) == 8


def test_xlsx_two_sheets_with_totals(run_cli: RunCli, tmp_path: Path) -> None:
    """Indicator and unit sheets, each ending with the total row."""
    from openpyxl import load_workbook

    target = tmp_path / "summary.xlsx"
    code, _, _ = run_cli("status", "summary", NOTICE, "--ledger", LEDGER, *DAY, "-f", "xlsx",
                         "-o", str(target), "--lang", "zh")
    assert code == 0
    book = load_workbook(target)
    assert book.sheetnames == ["指标", "责任单位"]
    rows = list(book["指标"].values)
    assert rows[1][:2] == ("1 开办企业", 4)
    assert rows[-1] == ("合计", 10, 2, 1, 4, 2, 1, 1, 2)
    assert len(list(book["责任单位"].values)) == 1 + 8 + 1


def test_within_changes_due_soon(run_cli: RunCli) -> None:
    """--within 90d adds 1.4 (extended to 2024-08-31) to 3.3 (2024-06-30); not 3.2 (Sep 30)."""
    code, out, _ = run_cli("status", "summary", NOTICE, "--ledger", LEDGER, *DAY,
                           "--within", "90d", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["within_days"] == 90
    assert data["totals"]["due_soon"] == 2
    soon = sorted(m["id"] for m in data["measures"] if m["days_left"] is not None)
    assert soon == ["1.4", "3.3"]


def test_bad_input_is_one_line_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    """Bad day, window, ledger or a missing -o for xlsx: a one-line error, exit 2."""
    code, _, err = run_cli("status", "summary", NOTICE, "--today", "2024-13-01")
    assert code == 2 and "no such month: 2024-13-01 (months are 01-12)" in err
    code, _, err = run_cli("status", "summary", NOTICE, "--today", "20240610")
    assert code == 2 and "expected a date YYYY-MM-DD" in err
    code, _, err = run_cli("status", "summary", NOTICE, "--within", "soon")
    assert code == 2 and "expected a number of days" in err
    code, _, err = run_cli("status", "summary", NOTICE, "-f", "xlsx")
    assert code == 2 and "-f xlsx needs -o FILE" in err
    bad = tmp_path / "bad.yaml"
    bad.write_text('"9.9": done\n', encoding="utf-8")
    code, _, err = run_cli("status", "summary", NOTICE, "--ledger", str(bad))
    assert code == 2
    assert f"{bad}:1:1: error: expected a measure id of the notice, found '9.9'" in err
    assert "Traceback" not in err


def test_json_validates_against_the_progress_schema(run_cli: RunCli) -> None:
    """-f json is the ``progress`` schema (schemas/progress.schema.json)."""
    import jsonschema

    from tgbe.render.schema import schema_of

    code, out, _ = run_cli("status", "summary", NOTICE, "--ledger", LEDGER, *DAY, "-f", "json")
    assert code == 0
    data = json.loads(out)
    jsonschema.Draft202012Validator(schema_of("progress")).validate(data)
    assert data["schema_version"] and data["today"] == "2024-06-10"
