"""``tgbe diff`` as an analyst runs it: exit codes 0/1/2, text grouped by kind, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.render.schema import schema_of

EDITED = FIXTURES / "diff" / "tonggu-2023-edited.txt"


def test_identical_files_exit_0_with_no_changes(run_cli: RunCli) -> None:
    code, out, err = run_cli("diff", str(SEED), str(SEED), "--lang", "en")
    assert code == 0, err
    assert out == f"no differences between {SEED} and {SEED}\n"
    code, out, _ = run_cli("diff", str(SEED), str(SEED), "-f", "json")
    assert code == 0
    assert json.loads(out)["equal"] is True and json.loads(out)["changes"] == []


def test_different_editions_exit_1_and_print_groups_by_kind(run_cli: RunCli) -> None:
    code, out, _ = run_cli("diff", str(SEED), str(EDITED), "--lang", "en")
    assert code == 1
    titles = [line for line in out.splitlines() if line.endswith(")") and "(" in line
              and not line.startswith(("│", "┃"))]
    assert titles == [
        "Measures added (1)", "Measures removed (1)",
        "Measures reworded (1)",
        "Measures moved to another indicator (1)",
        "Measures renumbered (2)", "Deadlines changed (1)",
        "Units renamed everywhere (1)", "Benchmark cities changed (1)",
        "Indicator summaries reworded (1)", "Targets changed (1)",
    ]
    assert "│ 9.14 → 10.14 │ 9 获得信贷 │ 10 知识产权创造、保护和运用 │" in out
    assert any(line.startswith("│ 4.2 ") and line.endswith("│ 2023年6月 │ 2023年8月 │")
               for line in out.splitlines())
    assert out.endswith(
        "11 differences: 1 measure-added, 1 measure-removed, 1 measure-reworded, "
        "1 measure-moved, 2 measure-renumbered, 1 deadline-changed, 1 unit-renamed, "
        "1 benchmark-changed, 1 summary-reworded, 1 target-changed\n"
    )


def test_summary_line_in_chinese(run_cli: RunCli) -> None:
    code, out, _ = run_cli("diff", str(SEED), str(EDITED), "--lang", "zh")
    assert code == 1
    assert out.splitlines()[-1].startswith("共 11 处差异：新增举措 1，删除举措 1，举措改写 1")


def test_json_follows_the_schema_and_exit_code_does_not_depend_on_format(
    run_cli: RunCli, tmp_path: Path
) -> None:
    target = tmp_path / "diff.json"
    code, out, _ = run_cli("diff", str(SEED), str(EDITED), "-f", "json", "-o", str(target))
    assert code == 1 and out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema_of("diff"))
    assert data["schema_version"] == "1.0" and data["equal"] is False
    assert data["changes"][4] == {
        "kind": "measure-renumbered", "field": None, "indicator": 5, "old_id": "5.9",
        "new_id": "5.8", "old": None, "new": None, "diff": None, "similarity": None,
        "measure_ids": [],
        "old_span": {"start_line": 229, "start_column": 1, "end_line": 231, "end_column": 15},
        "new_span": {"start_line": 226, "start_column": 1, "end_line": 228, "end_column": 15},
    }


def test_threshold_option_is_checked(run_cli: RunCli) -> None:
    code, out, err = run_cli("diff", str(SEED), str(EDITED), "--threshold", "101")
    assert code == 2 and out == ""
    assert "101" in err and err.count("\n") == 1


def test_an_unreadable_edition_is_a_one_line_error(run_cli: RunCli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out, err = run_cli("diff", str(SEED), str(empty))
    assert code == 2 and out == ""
    assert err.startswith(f"{empty}:1:1: error: empty file")
