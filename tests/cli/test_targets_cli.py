"""``tgbe targets``: table, JSON and CSV of the seed's targets; errors exit 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema

from tests.conftest import SEED, RunCli
from tgbe.render.schema import schema_of


def test_table_shows_where_metric_comparator_value_and_unit(run_cli: RunCli) -> None:
    code, out, err = run_cli("targets", str(SEED), "--lang", "zh")
    assert code == 0, err
    assert "共 92 个量化目标" in out
    row = next(line for line in out.splitlines() if "一日办结率" in line)
    assert [cell.strip() for cell in row.strip("│ \n").split("│")] == [
        "1 概述", "一日办结率", ">=", "98", "%", "98%以上", "20"
    ]


def test_json_lists_every_target_with_its_place(run_cli: RunCli) -> None:
    code, out, _ = run_cli("targets", str(SEED), "-f", "json")
    data = json.loads(out)
    assert code == 0
    jsonschema.validate(data, schema_of("targets"))
    assert data["schema_version"] == "1.0" and len(data["targets"]) == 92
    assert data["targets"][3] == {
        "indicator": 1, "measure_id": "1.1", "metric": "一日办结率", "comparator": ">=",
        "value": 98.0, "unit": "%", "raw": "达到98%以上",
        "span": {"start_line": 22, "start_column": 37, "end_line": 22, "end_column": 44},
    }
    assert sum(1 for row in data["targets"] if row["measure_id"] is None) == 56


def test_csv_has_a_header_and_one_row_per_target(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "targets.csv"
    code, out, _ = run_cli("targets", str(SEED), "-f", "csv", "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 92
    assert rows[1] == {
        "indicator": "1", "measure_id": "", "metric": "高频行政许可事项", "comparator": "=",
        "value": "10", "unit": "个", "raw": "10个", "line": "20", "column": "52",
        "end_line": "20", "end_column": "55",
    }


def test_a_missing_file_is_a_one_line_error(run_cli: RunCli, tmp_path: Path) -> None:
    code, out, err = run_cli("targets", str(tmp_path / "none.txt"))
    assert code == 2 and out == ""
    assert err == f"{tmp_path / 'none.txt'}: error: no such file: expected a notice file\n"
