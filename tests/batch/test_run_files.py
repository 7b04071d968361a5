"""``run_files``: the helper other commands adopt — framing, silence, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tgbe.cli.common import FileReport, Framing, run_files
from tgbe.errors import TgbeError


def judge(path: str) -> FileReport:
    """A lint-like worker: files named 'dirty*' have findings, others print nothing."""
    if not Path(path).exists():
        raise TgbeError.at(path, "no such file", 1, 1)
    if Path(path).name.startswith("dirty"):
        return FileReport(f'{{"path": "{Path(path).name}"}}', 1)
    return FileReport("")


@pytest.fixture()
def files(tmp_path: Path) -> list[str]:
    names = ["clean1.txt", "dirty1.txt", "clean2.txt", "dirty2.txt"]
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    return [str(tmp_path / name) for name in names]


def test_files_with_nothing_to_say_add_nothing_and_findings_give_exit_1(
    files: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_files(files, judge, fmt="json", output=None, jobs=1)
    assert code == 1
    assert capsys.readouterr().out == '[\n{"path": "dirty1.txt"},\n{"path": "dirty2.txt"}\n]\n'


def test_a_custom_framing_and_an_exit_0_run(
    files: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    clean = [name for name in files if "clean" in name]
    code = run_files(clean, judge, fmt="text", output=None, jobs=1,
                     framing=Framing("BEGIN\n", "--\n", "END\n"))
    assert code == 0 and capsys.readouterr().out == "BEGIN\nEND\n"


def test_a_failed_file_makes_the_run_exit_2(
    files: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_files([*files, str(tmp_path / "missing")], judge, fmt="jsonl", output=None,
                     jobs=2)
    captured = capsys.readouterr()
    assert code == 2 and captured.out.count("\n") == 3
    assert captured.out.splitlines()[-1].startswith(f'{{"path":"{tmp_path / "missing"}","error"')
    assert captured.err == f"{tmp_path / 'missing'}:1:1: error: no such file\n"
