"""``tgbe parse`` over several files: framing per format, per-file errors, limits."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import SEED, RunCli


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """Two copies of the seed (one in a sub-folder) and a binary file."""
    (tmp_path / "sub").mkdir()
    shutil.copy(SEED, tmp_path / "a.txt")
    shutil.copy(SEED, tmp_path / "sub" / "b.txt")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary")
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_streams_one_object_per_good_file_and_reports_the_bad_one(
    run_cli: RunCli, folder: Path, jobs: str
) -> None:
    code, out, err = run_cli("parse", str(folder), "-f", "jsonl", "--jobs", jobs)
    lines = out.splitlines()
    assert code == 2
    bad = folder / "c.txt"
    results = [json.loads(line) for line in lines]
    assert [item.get("path") or item["source"]["path"] for item in results] == [
        str(folder / "a.txt"), str(bad), str(folder / "sub" / "b.txt")]
    assert results[1]["error"]["code"] == "binary-file"
    assert err == f"{bad}:1:1: error: binary file: expected text (UTF-8, GB18030, UTF-16)\n"


def test_json_with_several_files_is_an_array(run_cli: RunCli, folder: Path) -> None:
    code, out, _ = run_cli("parse", str(folder / "a.txt"), str(folder / "sub" / "b.txt"),
                           "-f", "json")
    assert code == 0
    notices = json.loads(out)
    assert [len(notice["indicators"]) for notice in notices] == [16, 16]


def test_a_glob_gives_the_array_form_even_for_one_match(run_cli: RunCli, folder: Path) -> None:
    code, out, _ = run_cli("parse", f"{folder}/a*.txt", "-f", "json")
    assert code == 0 and len(json.loads(out)) == 1


def test_yaml_with_several_files_is_a_document_stream(run_cli: RunCli, folder: Path) -> None:
    code, out, _ = run_cli("parse", f"{folder}/**/*.txt", "-f", "yaml", "-j", "1")
    documents = list(yaml.safe_load_all(out))
    assert code == 2 and len(documents) == 3
    assert documents[1]["error"]["code"] == "binary-file"


def test_tables_of_several_files_follow_each_other(run_cli: RunCli, folder: Path) -> None:
    code, out, _ = run_cli("parse", str(folder / "a.txt"), str(folder / "sub" / "b.txt"))
    assert code == 0 and out.count("16 indicators") == 2


def test_output_file_holds_every_good_file(run_cli: RunCli, folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = run_cli("parse", str(folder), "-f", "jsonl", "-o", str(target))
    assert code == 2 and out == ""
    lines = target.read_text(encoding="utf-8").splitlines()
    assert ["error" in json.loads(line) for line in lines] == [False, True, False]


def test_max_bytes_gives_a_clear_error(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", str(SEED), "--max-bytes", "10k")
    assert code == 2 and out == ""
    assert err.startswith(f"{SEED}:1:1: error: file is ")
    assert "over the limit of 10240 (raise it with --max-bytes)" in err


@pytest.mark.parametrize("value", ["0", "10x", "-5", "M"])
def test_a_bad_max_bytes_is_a_usage_error(run_cli: RunCli, value: str) -> None:
    code, _, err = run_cli("parse", str(SEED), "--max-bytes", value)
    assert code == 2 and "Invalid value for '--max-bytes'" in err


def test_missing_paths_are_reported_and_the_rest_still_parsed(
    run_cli: RunCli, folder: Path
) -> None:
    code, out, err = run_cli("parse", str(folder / "nope.txt"), str(folder / "a.txt"),
                             "-f", "jsonl")
    assert code == 2 and len(out.splitlines()) == 2
    assert json.loads(out.splitlines()[0])["error"]["code"] == "no-such-file"
    assert err == f"{folder / 'nope.txt'}: error: no such file: expected a notice file\n"


def test_stdin_among_several_paths_is_read_in_process(run_cli: RunCli, folder: Path) -> None:
    code, out, _ = run_cli("parse", "-", str(folder / "a.txt"), "-f", "jsonl", "-j", "2",
                           input=SEED.read_bytes())
    assert code == 0
    assert [json.loads(line)["source"]["path"] for line in out.splitlines()] == [
        "-", str(folder / "a.txt")
    ]
