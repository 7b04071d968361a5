"""Internal errors that must be located one-line errors, exit 2 (issue 17, item 11)."""

from __future__ import annotations

import codecs
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEED, RunCli
from tests.security.conftest import RunBounded

ONE_NOTICE = FIXTURES / "crossdup" / "east-2021.txt"


def _one_line_error(code: int, out: str, err: str) -> None:
    assert code == 2 and out == ""
    assert err.count("\n") == 1 or (err.count("\n") == 2 and err.split("\n")[1].startswith("    "))
    assert "internal error" not in err and "Traceback" not in err


def test_output_under_proc_is_a_write_error(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", str(SEED), "-f", "json", "-o", "/proc/tgbe-out.json")
    _one_line_error(code, out, err)
    assert err.startswith("/proc/tgbe-out.json:1:1: error: cannot write: ")


def test_output_into_an_unwritable_folder_is_a_write_error(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)  # as for a folder without write access
    target = tmp_path / "out.json"
    code, out, err = run_cli("parse", str(SEED), "-f", "json", "-o", str(target))
    _one_line_error(code, out, err)
    assert err == f"{target}:1:1: error: cannot write: Permission denied\n"


@pytest.mark.parametrize("size", ["²", "9223372036854775808", "99999999999999999999999G",
                                  "1025G", "0"])
def test_absurd_max_bytes_are_usage_errors(run_cli: RunCli, size: str) -> None:
    code, out, err = run_cli("parse", str(SEED), "--max-bytes", size)
    _one_line_error(code, out, err)
    assert "Invalid value for '--max-bytes': expected a positive size up to 1024G" in err


def test_the_largest_max_bytes_reads_without_allocating_it(run_bounded: RunBounded) -> None:
    done = run_bounded("parse", str(SEED), "--max-bytes", "1024G", "-f", "json")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("codec", ["idna", "undefined", "punycode"])
def test_codecs_that_are_not_text_encodings_are_refused(run_cli: RunCli, codec: str) -> None:
    code, out, err = run_cli("parse", str(SEED), "--encoding", codec)
    _one_line_error(code, out, err)
    assert err == (f"{SEED}:1:1: error: encoding '{codec}' cannot read a notice: expected a "
                   "character encoding such as UTF-8, GB18030 or UTF-16\n")


def _seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def test_a_utf16_lone_surrogate_is_located_on_its_line(run_cli: RunCli, tmp_path: Path) -> None:
    lines = _seed_lines()
    before = "\n".join(lines[:24]) + "\n" + lines[24][:2]
    after = lines[24][2:] + "\n" + "\n".join(lines[25:])
    path = tmp_path / "surrogate.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + before.encode("utf-16-le") + b"\x00\xd8"
                     + after.encode("utf-16-le"))
    code, out, err = run_cli("parse", str(path), "--strict-encoding")  # located strict errors
    _one_line_error(code, out, err)
    assert err.startswith(f"{path}:25:3: error: cannot decode as utf-16: invalid byte(s) 00 d8")


def test_an_odd_length_utf16_file_is_located_at_its_end(run_cli: RunCli, tmp_path: Path) -> None:
    text = "\n".join(_seed_lines()[:30]) + "\n"
    path = tmp_path / "odd.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"A")
    code, out, err = run_cli("parse", str(path), "--strict-encoding")  # located strict errors
    _one_line_error(code, out, err)
    assert err.startswith(f"{path}:31:1: error: cannot decode as utf-16")


def test_utf8_then_gbk_is_located_where_the_gbk_half_starts(
    run_cli: RunCli, tmp_path: Path
) -> None:
    lines = _seed_lines()
    path = tmp_path / "mixed.txt"
    path.write_bytes(("\n".join(lines[:100]) + "\n").encode("utf-8")
                     + "\n".join(lines[100:]).encode("gbk"))
    code, out, err = run_cli("parse", str(path), "--strict-encoding")  # located strict errors
    _one_line_error(code, out, err)
    assert err.startswith(f"{path}:101:1: error: cannot decode as UTF-8 or GB18030")


def test_a_pyproject_tool_that_is_no_table_is_a_config_error(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(ONE_NOTICE, tmp_path / "n.txt")
    (tmp_path / "pyproject.toml").write_text('tool = 5\n[x]\nnote = "tool.tgbe"\n',
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("lint", "n.txt")
    assert code == 2 and out == ""
    assert err.startswith('pyproject.toml:1:1: error: invalid config: "tool" must be a table')


def test_a_deeply_nested_config_is_blamed_on_the_config(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(ONE_NOTICE, tmp_path / "n.txt")
    (tmp_path / "tgbe.toml").write_text("select = " + "[" * 5000 + "]" * 5000 + "\n",
                                        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("lint", "n.txt")
    assert code == 2 and out == ""
    assert err == "tgbe.toml:1:1: error: invalid config: nested too deeply\n"


def test_a_deeply_nested_baseline_is_a_baseline_error(run_cli: RunCli, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, out, err = run_cli("lint", str(ONE_NOTICE), "--baseline", str(baseline))
    assert code == 2 and out == ""
    assert err.startswith(f"{baseline}:1:1: error: invalid baseline: nested too deeply")


def test_crossdup_threshold_nan_is_refused(run_cli: RunCli) -> None:
    code, out, err = run_cli("crossdup", str(FIXTURES / "crossdup"), "--threshold", "nan")
    _one_line_error(code, out, err)
    assert "Invalid value for '--threshold': expected a number, found 'nan'" in err


@pytest.mark.parametrize("day", ["20230630", "2023-W26-5"])
def test_compact_and_week_dates_are_refused(run_cli: RunCli, tmp_path: Path, day: str) -> None:
    code, _, err = run_cli("check-deadlines", str(ONE_NOTICE), "--today", day)
    assert code == 2 and f"expected a date YYYY-MM-DD, found '{day}'" in err
    code, _, err = run_cli("check-deadlines", str(ONE_NOTICE), env={"TGBE_TODAY": day})
    assert code == 2 and f"TGBE_TODAY: expected a date YYYY-MM-DD, found '{day}'" in err
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(f'"1.1": {{status: done, date: "{day}"}}\n', encoding="utf-8")
    code, _, err = run_cli("check-deadlines", str(ONE_NOTICE), "--today", "2024-01-01",
                           "--ledger", str(ledger))
    assert code == 2 and f"expected a date YYYY-MM-DD for date of measure 1.1, found '{day}'" in err


def test_pypdf_warnings_are_diagnostics_not_raw_stderr(run_cli: RunCli, tmp_path: Path) -> None:
    data = (FIXTURES / "office" / "seed.pdf").read_bytes()
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    end = data.index(b"\n", start)
    broken = tmp_path / "broken.pdf"  # the cross-reference offset is off: pypdf repairs it
    broken.write_bytes(data[:start] + str(int(data[start:end]) + 7).encode() + data[end:])
    code, out, err = run_cli("parse", str(broken), "-f", "json")
    assert code == 0 and out
    assert err.splitlines()
    assert all(line.startswith(f"{broken}:1:1: warning: PDF reader: ")
               and line.endswith("[reader-warning]") for line in err.splitlines())
