"""Diagnostics that cannot flood: --max-diagnostics per code per file, then a count; --all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEED, RunCli

HEAD = ("青岩县营商环境提升举措\n\n一、开办企业指标（县市场监管局牵头）\n"
        "1.推行企业登记全程电子化。\n完成时限：2024年6月\n责任单位：县市场监管局\n")


@pytest.fixture
def stray(tmp_path: Path) -> Path:
    """A notice whose one measure is followed by 60 lines that belong to nothing."""
    path = tmp_path / "stray.txt"
    path.write_text(HEAD + "杂项说明\n" * 60, encoding="utf-8")
    return path


def test_parse_shows_twenty_warnings_then_a_count(run_cli: RunCli, stray: Path) -> None:
    code, out, err = run_cli("parse", str(stray), "-f", "json")
    lines = err.splitlines()
    assert code == 0 and len(lines) == 22
    assert lines[-2] == (f"{stray}: … and 40 more stray-line warnings (show more with "
                         "--max-diagnostics N or --all)")
    # the reading summary counts every line not read, not only the ones shown
    assert lines[-1] == (f"{stray}: 1 measure; 0 units uncertain; 60 lines not read — see "
                         f"tgbe parse --explain {stray}")
    assert len(json.loads(out)["diagnostics"]) == 20
    _, everything, err_all = run_cli("parse", str(stray), "-f", "json", "--all")
    assert len(json.loads(everything)["diagnostics"]) == 60 and len(err_all.splitlines()) == 61


def test_lint_text_caps_per_code_but_counts_every_finding(run_cli: RunCli, stray: Path) -> None:
    code, out, _ = run_cli("lint", str(stray), "--select", "PAR001", "--max-diagnostics", "3",
                           "--lang", "en")
    assert code == 0 and out.count("PAR001 stray-line") == 3
    assert "Found 60 findings" in out
    assert out.rstrip().endswith(f"{stray}: … and 57 more PAR001 findings (show more with "
                                 "--max-diagnostics N or --all)")
    _, zh, _ = run_cli("lint", str(stray), "--select", "PAR001", "--lang", "zh")
    assert f"{stray}: …另有 40 条 PAR001 问题未显示" in zh


def test_lint_json_keeps_all_only_with_all(run_cli: RunCli, stray: Path) -> None:
    _, capped, _ = run_cli("lint", str(stray), "--select", "PAR001", "-f", "json")
    _, full, _ = run_cli("lint", str(stray), "--select", "PAR001", "-f", "json", "--all")
    assert len(json.loads(capped)["findings"]) == 20
    assert json.loads(capped)["summary"]["by_code"] == {"PAR001": 60}
    assert len(json.loads(full)["findings"]) == 60


@pytest.fixture
def unknown_ids(tmp_path: Path) -> Path:
    """A ledger for the seed naming 30 measures the notice does not have."""
    path = tmp_path / "ledger.yaml"
    path.write_text("".join(f'"99.{n}": done\n' for n in range(30)), encoding="utf-8")
    return path


def test_check_deadlines_caps_ledger_errors_per_code(run_cli: RunCli, unknown_ids: Path) -> None:
    day = ["--today", "2023-08-01", "--lang", "en"]
    code, out, err = run_cli("check-deadlines", str(SEED), "--ledger", str(unknown_ids), *day)
    lines = err.splitlines()
    assert code == 2 and out == "" and len(lines) == 21
    assert lines[0].startswith(f"{unknown_ids}:1:1: error: ")
    assert lines[-1] == (f"{unknown_ids}: … and 10 more input-error errors (show more with "
                         "--max-diagnostics N or --all)")
    _, _, three = run_cli("check-deadlines", str(SEED), "--ledger", str(unknown_ids), *day,
                          "--max-diagnostics", "3")
    assert len(three.splitlines()) == 4 and "… and 27 more" in three
    _, _, every = run_cli("check-deadlines", str(SEED), "--all", "--ledger", str(unknown_ids),
                          *day)
    assert len(every.splitlines()) == 30 and "more" not in every


def test_check_deadlines_rejects_a_zero_limit(run_cli: RunCli) -> None:
    code, _, err = run_cli("check-deadlines", str(SEED), "--max-diagnostics", "0")
    assert code == 2 and "--max-diagnostics" in err


@pytest.mark.parametrize("command", [["status", "check", str(SEED)],
                                     ["status", "summary", str(SEED), "--ledger"]])
def test_a_ledger_of_twenty_thousand_unknown_ids_gives_twenty_errors_and_a_count(
    run_cli: RunCli, tmp_path: Path, command: list[str]
) -> None:
    ledger = tmp_path / "big.yaml"
    ledger.write_text("".join(f'"99.{n}": done\n' for n in range(20_000)), encoding="utf-8")
    code, _, err = run_cli(*command, str(ledger), "--lang", "en")
    lines = err.splitlines()
    assert code == 2 and len(lines) == 21
    assert lines[-1].startswith(f"{ledger}: … and 19,980 more input-error errors")
    _, _, one = run_cli(*command, str(ledger), "--max-diagnostics", "1", "--lang", "zh")
    assert one.splitlines()[-1].startswith(f"{ledger}: …另有 19,999 条 input-error 错误未显示")
