"""Baselines: accepted findings stay quiet when lines move; new ones are reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.lint.engine_helpers import LINT_FIXTURES

PUN = ("lint", "notice.txt", "--select", "PUN")  # this notice's punctuation findings


@pytest.fixture()
def notice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the punctuation fixture in a folder without configuration."""
    monkeypatch.chdir(tmp_path)
    return Path(shutil.copy(LINT_FIXTURES / "punctuation-fail.txt", "notice.txt"))


def _codes(out: str) -> list[tuple[int, str]]:
    return [(f["line"], f["code"]) for f in json.loads(out)["findings"]]


def test_accepted_findings_survive_inserted_lines(run_cli: RunCli, notice: Path) -> None:
    code, _, err = run_cli(*PUN, "--write-baseline", "baseline.json")
    assert code == 0 and "wrote 7 findings to baseline.json" in err
    lines = notice.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1:1] = ["县直各有关单位：\n", "\n"]
    notice.write_text("".join(lines), encoding="utf-8")
    code, out, _ = run_cli(*PUN, "--baseline", "baseline.json", "-f", "json",
                           "--fail-on", "warning")
    assert code == 0
    assert _codes(out) == []
    assert json.loads(out)["summary"]["suppressed_by_baseline"] == 7


def test_new_findings_are_still_reported(run_cli: RunCli, notice: Path) -> None:
    run_cli(*PUN, "--write-baseline", "baseline.json")
    text = notice.read_text(encoding="utf-8")
    notice.write_text(text.replace("2.推行电子营业执照，", "2.推行电子营业执照,"),
                      encoding="utf-8")
    code, out, _ = run_cli(*PUN, "--baseline", "baseline.json", "-f", "json",
                           "--fail-on", "warning")
    assert code == 1
    assert _codes(out) == [(7, "PUN001")]


def test_a_second_identical_problem_on_one_line_is_new(run_cli: RunCli, notice: Path) -> None:
    run_cli("lint", "notice.txt", "--write-baseline", "baseline.json", "--select", "PUN005")
    text = notice.read_text(encoding="utf-8")
    notice.write_text(text + text.splitlines()[12] + "\n", encoding="utf-8")
    code, out, _ = run_cli("lint", "notice.txt", "--baseline", "baseline.json", "-f", "json",
                           "--select", "PUN005")
    assert code == 0 and _codes(out) == [(16, "PUN005")]


def test_the_baseline_file_is_relative_to_itself(run_cli: RunCli, notice: Path) -> None:
    Path("ci").mkdir()
    run_cli(*PUN, "--write-baseline", "ci/baseline.json")
    data = json.loads(Path("ci/baseline.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == "1.0" and len(data["entries"]) == 7
    assert {entry["path"] for entry in data["entries"]} == {"../notice.txt"}
    assert sorted(Path("ci").iterdir()) == [Path("ci/baseline.json")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"entries": [\n  {"fingerprint": "x",\n', "baseline.json:3:1: error: invalid baseline: "
                                                    "Expecting property name enclosed in double "
                                                    "quotes"),
        ('{"entries": [\n  {"fingerprint": "a", "code": "PUN001", "path": "n", "line": 1},\n'
         '  {"code": "PUN001", "path": "n", "line": 2}\n]}\n',
         "baseline.json:3:1: error: invalid baseline: entries.1.fingerprint: Field required"),
        ("[]", "baseline.json:1:1: error: invalid baseline: the top level: Input should be "),
        (None, "baseline.json:1:1: error: invalid baseline: no such file"),
    ],
)
def test_a_bad_baseline_is_a_located_error(run_cli: RunCli, notice: Path, text: str | None,
                                           expected: str) -> None:
    if text is not None:
        Path("baseline.json").write_text(text, encoding="utf-8")
    code, out, err = run_cli(*PUN, "--baseline", "baseline.json")
    assert code == 2 and out == ""
    assert err.startswith(expected), err
