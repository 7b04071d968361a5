"""``tgbe parse`` as an analyst runs it: formats, output file, errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.conftest import SEED, RunCli


def test_table_lists_every_indicator_and_the_total(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", str(SEED))
    assert code == 0, err
    assert "开办企业" in out and "包容普惠创新" in out
    assert "16 indicators" in out and "213" in out


def test_json_output_keeps_the_contract_names(run_cli: RunCli) -> None:
    code, out, _ = run_cli("parse", str(SEED), "-f", "json")
    data = json.loads(out)
    assert code == 0
    assert {"schema_version", "doc_number", "title", "indicators"} <= data.keys()
    indicator = data["indicators"][0]
    assert {"number", "name", "lead_units", "benchmark_cities", "level", "measures"} <= set(
        indicator
    )
    measure = indicator["measures"][0]
    assert {"id", "number", "text", "deadline", "units", "span"} <= set(measure)
    assert measure["deadline"] == {
        "raw": "2023年9月", "kind": "month", "due": "2023-09-30",
        "span": {"start_line": 23, "start_column": 6, "end_line": 23, "end_column": 13},
    }
    assert measure["units"][0] == {
        "name": "县市场监管局", "canonical": "县市场监管局", "key": "县市场监督管理局",
        "collective": False, "role": "responsible",
    }


def test_yaml_output_parses_back_to_the_same_data(run_cli: RunCli) -> None:
    _, as_json, _ = run_cli("parse", str(SEED), "-f", "json")
    code, as_yaml, _ = run_cli("parse", str(SEED), "-f", "yaml")
    assert code == 0
    assert yaml.safe_load(as_yaml) == json.loads(as_json)


def test_output_file_is_written_whole(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "seed.json"
    code, out, _ = run_cli("parse", str(SEED), "-f", "json", "-o", str(target))
    assert code == 0 and out == ""
    assert len(json.loads(target.read_text(encoding="utf-8"))["indicators"]) == 16
    assert [path.name for path in tmp_path.iterdir()] == ["seed.json"]


def test_stdin_is_read_with_a_dash(run_cli: RunCli) -> None:
    code, out, _ = run_cli("parse", "-", "-f", "json", input=SEED.read_bytes())
    assert code == 0
    assert json.loads(out)["source"]["path"] == "-"


def test_bad_format_is_a_one_line_usage_error(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", str(SEED), "-f", "xml")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "'xml' is not one of" in err
