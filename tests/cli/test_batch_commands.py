"""``check-deadlines``, ``targets``, ``units`` and ``list`` over several files, folders, globs.

The folder holds the three crossdup notices (two at the top, one in a sub-folder) so that
"two files + a directory" names every notice once; ``bad.txt`` is a binary file.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, RunCli

CROSSDUP = FIXTURES / "crossdup"
TODAY = ("--today", "2024-06-30")
# Each command with the options that make its output independent of the day and language.
COMMANDS = {
    "check-deadlines": ("check-deadlines", *TODAY, "--lang", "en"),
    "targets": ("targets",),
    "units": ("units",),
    "list": ("list",),
}
# Exit code of each command on the three good notices (all crossdup measures are overdue).
GOOD_CODE = {"check-deadlines": 1, "targets": 0, "units": 0, "list": 0}


@pytest.fixture()
def notices(tmp_path: Path) -> tuple[Path, Path, Path]:
    """``a.txt``, ``b.txt`` and ``more/c.txt``: three good notices."""
    (tmp_path / "more").mkdir()
    paths = (tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "more" / "c.txt")
    for source, target in zip(sorted(CROSSDUP.glob("*.txt")), paths, strict=True):
        shutil.copy(source, target)
    return paths


def good_args(notices: tuple[Path, Path, Path]) -> list[str]:
    """Two files and a directory."""
    return [str(notices[0]), str(notices[1]), str(notices[2].parent)]


def single_json(run_cli: RunCli, command: str, path: Path) -> dict[str, object]:
    """The ``-f json`` object of one file run alone."""
    _, out, _ = run_cli(*COMMANDS[command], str(path), "-f", "json")
    data: dict[str, object] = json.loads(out)
    return data


@pytest.mark.parametrize("command", COMMANDS)
def test_jsonl_of_two_files_and_a_folder_is_each_files_json_plus_path(
    run_cli: RunCli, notices: tuple[Path, Path, Path], command: str
) -> None:
    code, out, err = run_cli(*COMMANDS[command], *good_args(notices), "-f", "jsonl")
    assert (code, err) == (GOOD_CODE[command], "")
    objects = [json.loads(line) for line in out.splitlines()]
    assert [item["path"] for item in objects] == [str(path) for path in notices]
    for item, path in zip(objects, notices, strict=True):
        alone = single_json(run_cli, command, path)
        assert item == {**alone, "path": alone.get("path", str(path))}


@pytest.mark.parametrize("command", COMMANDS)
def test_json_of_several_files_is_an_array_of_objects_with_their_path(
    run_cli: RunCli, notices: tuple[Path, Path, Path], command: str
) -> None:
    code, out, _ = run_cli(*COMMANDS[command], *good_args(notices), "-f", "json")
    items = json.loads(out)
    assert code == GOOD_CODE[command]
    assert [item["path"] for item in items] == [str(path) for path in notices]
    assert items[0]["schema_version"] == "1.0"


@pytest.mark.parametrize("command", COMMANDS)
def test_one_bad_file_is_reported_and_the_others_are_processed(
    run_cli: RunCli, notices: tuple[Path, Path, Path], command: str
) -> None:
    bad = notices[0].parent / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    code, out, err = run_cli(*COMMANDS[command], str(notices[0]), str(bad), str(notices[1]),
                             "-f", "jsonl")
    assert code == 2
    assert err == f"{bad}:1:1: error: binary file: expected text (UTF-8, GB18030, UTF-16)\n"
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["path"] for line in lines] == [str(notices[0]), str(bad), str(notices[1])]
    assert lines[1]["error"] == {
        "line": 1, "column": 1, "code": "binary-file",
        "message": "binary file: expected text (UTF-8, GB18030, UTF-16)"}
    assert "error" not in lines[0] and "error" not in lines[2]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
@pytest.mark.parametrize("command", COMMANDS)
def test_two_jobs_print_what_one_job_prints(
    run_cli: RunCli, notices: tuple[Path, Path, Path], command: str, fmt: str
) -> None:
    fmt = "text" if command == "check-deadlines" and fmt == "table" else fmt
    if command == "check-deadlines" and fmt == "csv":
        fmt = "github"
    args = (*COMMANDS[command], *good_args(notices), "-f", fmt)
    one = run_cli(*args, "--jobs", "1")
    assert run_cli(*args, "--jobs", "2") == one
    assert one[0] == GOOD_CODE[command] and one[1]


@pytest.mark.parametrize("command", ["targets", "units", "list"])
def test_csv_of_several_files_has_one_header_and_a_path_column(
    run_cli: RunCli, notices: tuple[Path, Path, Path], command: str
) -> None:
    code, out, _ = run_cli(command, *good_args(notices), "-f", "csv")
    assert out.startswith("\ufeff") and out.count("\ufeff") == 1  # one BOM, for Excel
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    expected: list[list[str]] = []
    for path in notices:
        _, alone, _ = run_cli(command, str(path), "-f", "csv")
        header, *body = list(csv.reader(io.StringIO(alone.removeprefix("\ufeff"))))
        expected.extend([str(path), *row] for row in body)
    assert code == 0
    assert rows == [["path", *header], *expected]


@pytest.mark.parametrize("command", COMMANDS)
def test_text_of_several_files_is_headed_by_each_path(
    run_cli: RunCli, notices: tuple[Path, Path, Path], command: str
) -> None:
    _, out, _ = run_cli(*COMMANDS[command], *good_args(notices))
    headings = [line for line in out.splitlines() if line.startswith("== ")]
    assert headings == [f"== {path} ==" for path in notices]
    _, alone, _ = run_cli(*COMMANDS[command], str(notices[2]))
    assert out.endswith(alone) and not alone.startswith("== ")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_glob_and_max_bytes(
    run_cli: RunCli, notices: tuple[Path, Path, Path], command: str
) -> None:
    code, out, err = run_cli(*COMMANDS[command], str(notices[0].parent / "**" / "*.txt"),
                             "-f", "jsonl", "--max-bytes", "650")
    results = [json.loads(line) for line in out.splitlines()]
    kept = [item["path"] for item in results if "error" not in item]
    refused = [item["path"] for item in results if item.get("error", {}).get("code") == "too-large"]
    too_big = [path for path in notices if path.stat().st_size > 650]
    assert code == 2 and too_big and len(kept) == 3 - len(too_big)
    assert refused == [str(path) for path in too_big] and len(results) == 3
    assert err.splitlines() == [
        f"{path}:1:1: error: file is {path.stat().st_size} bytes, over the limit of 650 "
        "(raise it with --max-bytes)" for path in too_big]


def test_check_deadlines_exit_codes_per_file(
    run_cli: RunCli, notices: tuple[Path, Path, Path]
) -> None:
    early = run_cli("check-deadlines", *good_args(notices), "--today", "2020-01-01",
                    "-f", "jsonl")
    assert early[0] == 0
    mixed = FIXTURES / "deadlines" / "mixed.txt"
    code, out, err = run_cli("check-deadlines", str(mixed), *good_args(notices), *TODAY,
                             "-f", "jsonl")
    # mixed.txt has deadlines that cannot be read: findings, not input errors
    assert (code, err) == (1, "")
    assert len(out.splitlines()) == 4
    assert [item["id"] for item in json.loads(out.splitlines()[0])["undated"]] == ["1.3", "1.4"]


def test_list_reports_notices_without_the_unit_and_lists_the_others(
    run_cli: RunCli, notices: tuple[Path, Path, Path]
) -> None:
    code, out, err = run_cli("list", *good_args(notices), "--unit", "县自然资源局",
                             "-f", "jsonl")
    results = [json.loads(line) for line in out.splitlines()]
    listed = [item for item in results if "error" not in item]
    assert code == 2
    assert [item["path"] for item in listed] == [str(notices[0])]
    assert [(item["path"], item["error"]["code"]) for item in results[1:]] == [
        (str(path), "usage-error") for path in notices[1:]]
    assert [m["id"] for m in listed[0]["measures"]] == ["1.2"]
    assert err.splitlines() == [f"{path}:1:1: error: unknown unit '县自然资源局'"
                                for path in notices[1:]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("list", "--ledger", "x.yaml"), "--ledger works on one notice: give a single FILE"),
        (("check-deadlines", "--ledger", "x.yaml"),
         "--ledger works on one notice: give a single FILE"),
        (("list", "-f", "xlsx", "-o", "out.xlsx"),
         "-f xlsx works on one notice: give a single FILE"),
        (("check-deadlines", "-f", "junit"), "-f junit works on one notice: give a single FILE"),
    ],
)
def test_single_notice_options_refuse_several_files(
    run_cli: RunCli, notices: tuple[Path, Path, Path], args: tuple[str, ...], message: str
) -> None:
    code, out, err = run_cli(*args, str(notices[0]), str(notices[1]))
    assert (code, out) == (2, "")
    assert err.endswith(f" {args[0]}: error: {message}\n") and err.count("\n") == 1
    assert run_cli(*args, str(notices[2].parent))[0] == 2


@pytest.mark.parametrize("command", COMMANDS)
def test_one_file_from_stdin_as_jsonl_is_one_line_with_path_dash(
    run_cli: RunCli, notices: tuple[Path, Path, Path], command: str
) -> None:
    code, out, _ = run_cli(*COMMANDS[command], "-", "-f", "jsonl",
                           input=notices[0].read_bytes())
    expected = {**single_json(run_cli, command, notices[0]), "path": "-"}
    if "source" in expected:  # check-deadlines names the file it read
        expected["source"] = "-"
    assert code == GOOD_CODE[command] and out.count("\n") == 1
    assert json.loads(out) == expected
