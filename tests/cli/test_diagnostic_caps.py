"""Diagnostics that cannot flood: --max-diagnostics per code per file, then a count; --all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import RunCli

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
