"""``tgbe lint`` over many files: globs, folders, --jobs, -f jsonl, one bad file, --cross."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import RunCli
from tests.lint.engine_helpers import LINT_FIXTURES

CROSSDUP = Path(__file__).parent.parent / "fixtures" / "crossdup"
SARIF_SCHEMA = LINT_FIXTURES / "sarif-2.1.0-structure.schema.json"
PLACES = {"numbering-fail.txt": "a", "punctuation-pass.txt": "a",
          "punctuation-fail.txt": "b/sub", "deadlines-fail.txt": "b/sub"}


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``a/`` and ``b/sub/`` holding lint fixtures, in a folder without configuration."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "sub").mkdir(parents=True)
    for name, folder in PLACES.items():
        shutil.copy(LINT_FIXTURES / name, tmp_path / folder / name)
    return tmp_path


def _paths(findings: list[dict[str, Any]]) -> set[str]:
    return {finding["path"] for finding in findings}


def test_files_a_folder_and_a_glob_are_linted_together(run_cli: RunCli, corpus: Path) -> None:
    code, out, err = run_cli("lint", "a/numbering-fail.txt", "b", "a/*-pass.txt", "-f", "json")
    data = json.loads(out)
    assert (code, err) == (1, "")
    assert data["summary"]["files"] == 4
    assert _paths(data["findings"]) >= {"a/numbering-fail.txt", "b/sub/punctuation-fail.txt",
                                        "b/sub/deadlines-fail.txt"}


def test_one_unreadable_file_is_reported_and_the_others_are_linted(
    run_cli: RunCli, corpus: Path
) -> None:
    (corpus / "a" / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8" * 10 + b"\x00" * 50)
    code, out, err = run_cli("lint", "a", "b", "missing.txt", "-f", "json")
    data = json.loads(out)
    assert code == 2
    assert "missing.txt: error: no such file" in err
    assert data["summary"]["files"] >= 4
    assert _paths(data["findings"]) >= {"a/numbering-fail.txt", "b/sub/punctuation-fail.txt"}


def test_jsonl_streams_one_object_per_file(run_cli: RunCli, corpus: Path) -> None:
    code, out, _ = run_cli("lint", "a", "b", "-f", "jsonl")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 4
    objects = [json.loads(line) for line in lines]
    assert [item["path"] for item in objects] == ["a/numbering-fail.txt",
                                                  "a/punctuation-pass.txt",
                                                  "b/sub/deadlines-fail.txt",
                                                  "b/sub/punctuation-fail.txt"]
    for item in objects:
        assert set(item) == {"schema_version", "path", "findings", "summary"}
        assert item["summary"]["files"] == 1
        assert _paths(item["findings"]) <= {item["path"]}
        assert sum(item["summary"]["by_severity"].values()) == len(item["findings"])


def test_jsonl_carries_on_after_a_bad_file(run_cli: RunCli, corpus: Path) -> None:
    code, out, err = run_cli("lint", "a", "nowhere.txt", "-f", "jsonl")
    assert code == 2 and "nowhere.txt: error: no such file" in err  # no made-up position
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["path"] for line in lines] == [
        "a/numbering-fail.txt", "a/punctuation-pass.txt", "nowhere.txt"]
    assert lines[-1] == {"path": "nowhere.txt", "error": {
        "line": 0, "column": 1, "message": "no such file: expected a notice file",
        "code": "no-such-file"}}


def test_two_jobs_find_what_one_job_finds(run_cli: RunCli, corpus: Path) -> None:
    _, one, _ = run_cli("lint", "a", "b", "-f", "json", "--jobs", "1")
    _, two, _ = run_cli("lint", "a", "b", "-f", "json", "--jobs", "2")
    assert json.loads(one) == json.loads(two)
    assert json.loads(one)["findings"]


def test_json_of_two_files_is_one_document(run_cli: RunCli, corpus: Path) -> None:
    code, out, _ = run_cli("lint", "a/numbering-fail.txt", "b/sub/punctuation-fail.txt",
                           "-f", "json")
    data = json.loads(out)
    assert code == 1 and data["summary"]["files"] == 2
    assert _paths(data["findings"]) == {"a/numbering-fail.txt", "b/sub/punctuation-fail.txt"}


def test_sarif_of_two_files_is_one_valid_document(run_cli: RunCli, corpus: Path) -> None:
    _, out, _ = run_cli("lint", "a/numbering-fail.txt", "b/sub/punctuation-fail.txt",
                        "-f", "sarif")
    log = json.loads(out)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert len(log["runs"]) == 1
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in log["runs"][0]["results"]}
    assert uris == {"a/numbering-fail.txt", "b/sub/punctuation-fail.txt"}


def test_max_bytes_refuses_a_large_file_and_lints_the_rest(
    run_cli: RunCli, corpus: Path
) -> None:
    (corpus / "a" / "big.txt").write_text("一、" + "很长" * 2000 + "\n", encoding="utf-8")
    code, out, err = run_cli("lint", "a", "-f", "jsonl", "--max-bytes", "2k")
    assert code == 2 and "a/big.txt:1:1: error:" in err
    assert [(item["path"], "error" in item) for item in map(json.loads, out.splitlines())] == [
        ("a/big.txt", True), ("a/numbering-fail.txt", False), ("a/punctuation-pass.txt", False)]


def test_cross_reports_the_measure_shared_between_editions(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", str(CROSSDUP), "--cross", str(CROSSDUP), "--select",
                           "XDP001", "-f", "json", "--lang", "en", "--fail-on", "warning")
    findings = json.loads(out)["findings"]
    assert code == 1 and {finding["code"] for finding in findings} == {"XDP001"}
    west = next(f for f in findings if f["path"].endswith("west-2023.txt"))
    assert west["related"][0]["path"].endswith("east-2021.txt")
    assert "the 2023 edition copied it from the 2021 edition" in west["message"]


def test_cross_finds_nothing_without_the_option(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", str(CROSSDUP), "--select", "XDP001", "-f", "json")
    assert code == 0 and json.loads(out)["findings"] == []


def test_cross_against_a_folder_reports_only_the_linted_file(run_cli: RunCli) -> None:
    west = str(CROSSDUP / "west-2023.txt")
    _, out, _ = run_cli("lint", west, "--cross", str(CROSSDUP), "--select", "XDP001",
                        "-f", "json")
    findings = json.loads(out)["findings"]
    assert findings and {finding["path"] for finding in findings} == {west}


def test_explain_documents_the_cross_rule(run_cli: RunCli) -> None:
    code, out, _ = run_cli("explain", "XDP001")
    assert code == 0 and "cross-document-duplicate" in out and "--cross" in out
