"""Lenient decoding: a few bad bytes cost those bytes, not the file (issue 16, item 1)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import tgbe
from tests.conftest import FIXTURES, SEED, RunCli

READER = FIXTURES / "reader"
DAMAGED = [("bad-byte-utf8.txt", "utf-8", 44, 3), ("bad-byte-gbk.txt", "gb18030", 29, 5)]


def _repaired(name: str, tmp_path: Path) -> Path:
    """The fixture with its bad byte removed (what the author meant)."""
    path = tmp_path / name
    path.write_bytes((READER / name).read_bytes().replace(b"\xff", b""))
    return path


@pytest.mark.parametrize(("name", "codec", "line", "column"), DAMAGED)
def test_one_bad_byte_costs_one_character(
    run_cli: RunCli, tmp_path: Path, name: str, codec: str, line: int, column: int
) -> None:
    path = READER / name
    code, out, err = run_cli("parse", str(path), "-f", "json")
    assert code == 0
    assert err.splitlines()[0] == (
        f"{path}:{line}:{column}: warning: invalid byte(s) ff in {codec} text, read as U+FFFD; "
        "expected text in one encoding (the file is damaged or mixes encodings) "
        "[invalid-bytes]")
    assert err.count("[invalid-bytes]") == 1
    damaged = json.loads(out)
    assert damaged["source"]["encoding"] == codec
    intact = tgbe.parse_file(_repaired(name, tmp_path))
    assert [m["id"] for i in damaged["indicators"] for m in i["measures"]] == [
        measure.id for measure in intact.measures()]


@pytest.mark.parametrize(("name", "codec", "line", "column"), DAMAGED)
def test_lint_reports_enc001_as_an_error_beside_the_other_findings(
    run_cli: RunCli, name: str, codec: str, line: int, column: int
) -> None:
    code, out, _ = run_cli("lint", str(READER / name), "-f", "json", "--lang", "zh")
    findings = json.loads(out)["findings"]
    assert code == 1
    bad = [finding for finding in findings if finding["code"] == "ENC001"]
    assert [(f["line"], f["column"], f["severity"]) for f in bad] == [(line, column, "error")]
    assert "无法解码" in bad[0]["message"]



def test_enc001_does_not_hide_the_other_findings(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", str(READER / "bad-byte-utf8.txt"), "-f", "json")
    codes = {finding["code"] for finding in json.loads(out)["findings"]}
    assert code == 1 and {"ENC001", "DLN002", "PUN001"} <= codes


def test_strict_encoding_refuses_the_damaged_file(run_cli: RunCli) -> None:
    path = READER / "bad-byte-utf8.txt"
    code, out, err = run_cli("lint", str(path), "--strict-encoding")
    assert code == 2 and out == ""
    assert err.startswith(f"{path}:44:3: error: cannot decode as UTF-8 or GB18030")


def test_explicit_encoding_is_lenient_too(tmp_path: Path) -> None:
    notice = tgbe.parse_file(READER / "bad-byte-gbk.txt", encoding="gbk")
    assert notice.source.encoding == "gbk"
    assert [d.code for d in notice.diagnostics if d.code == "invalid-bytes"] == ["invalid-bytes"]


def test_many_runs_of_bad_bytes_give_twenty_warnings_and_a_count(
    run_cli: RunCli, tmp_path: Path
) -> None:
    lines = SEED.read_bytes().split(b"\n")
    damaged = [line + b"\xfe\xff" if 5 <= number < 30 else line
               for number, line in enumerate(lines)]
    path = tmp_path / "damaged.txt"
    path.write_bytes(b"\n".join(damaged))
    code, out, err = run_cli("parse", str(path), "-f", "json")
    warnings = [line for line in err.splitlines() if "[invalid-bytes]" in line]
    assert code == 0 and len(warnings) == 20
    assert warnings[0].startswith(f"{path}:6:") and "invalid byte(s) fe ff" in warnings[0]
    assert f"{path}: … and 5 more invalid-bytes warnings" in err
    assert "\ufffd\ufffd" in out  # the bytes are replaced, never lone surrogates
    _, everything, _ = run_cli("parse", str(path), "-f", "json", "--all")
    assert len(json.loads(everything)["diagnostics"]) >= 25


def test_a_file_that_is_mostly_not_text_is_still_a_binary_file(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "noise.txt"
    noise = random.Random(16)
    path.write_bytes(bytes(noise.randrange(1, 256) for _ in range(8000)))
    code, _, err = run_cli("parse", str(path))
    assert code == 2
    assert err.startswith(f"{path}:1:1: error: binary file: expected text")
