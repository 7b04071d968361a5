"""``tgbe lint`` as a team runs it: formats, exit codes, languages, folders, configuration."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import RunCli
from tests.lint.engine_helpers import LINT_FIXTURES

FAIL = str(LINT_FIXTURES / "punctuation-fail.txt")
ERRORS = str(LINT_FIXTURES / "numbering-fail.txt")
CLEAN = str(LINT_FIXTURES / "punctuation-pass.txt")
SARIF_SCHEMA = LINT_FIXTURES / "sarif-2.1.0-structure.schema.json"
FORMATS = ["text", "json", "github", "sarif"]
MINE = "PUN,NUM,DLN,BEN,PAR"  # the rule families of this part; other rules add findings


@pytest.fixture()
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder without configuration files, holding copies of the fixtures."""
    monkeypatch.chdir(tmp_path)
    for name in ("punctuation-fail.txt", "numbering-fail.txt", "punctuation-pass.txt"):
        shutil.copy(LINT_FIXTURES / name, tmp_path / name)
    return tmp_path


def test_text_groups_by_file_and_puts_the_caret_under_the_problem(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", FAIL, "--lang", "en", "--select", MINE)
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == FAIL
    row = lines.index("  8:5  warning  PUN001 half-width-punctuation  half-width ':' in Chinese "
                      "text; this document uses '：' (8 times)")
    assert lines[row + 1] == "     8 │ 完成时限:2023年9月"
    assert lines[row + 2] == "       │         ^"
    assert lines[-1] == "Found 7 findings (0 errors, 5 warnings, 2 info) in 1 of 1 file."


def test_text_caret_spans_wide_characters(run_cli: RunCli) -> None:
    _, out, _ = run_cli("lint", FAIL, "--select", "PUN003", "--lang", "en")
    lines = out.splitlines()
    index = lines.index("    10 │ 3. 便利企业跨区域迁移，优化“”流程。")
    assert lines[index + 1] == "       │ " + " " * 27 + "^^"


def test_chinese_messages_and_summary(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", FAIL, "--lang", "zh", "--select", "PUN002")
    assert code == 0
    assert "  13:19  警告  PUN002 unbalanced-pair  本行的「”」没有对应的「“」" in out
    assert out.splitlines()[-1] == "共发现 1 个问题（错误 0，警告 1，提示 0），涉及 1/1 个文件。"


def test_language_follows_lang_environment(run_cli: RunCli) -> None:
    _, out, _ = run_cli("lint", FAIL, "--select", "PUN002", env={"LANG": "zh_CN.UTF-8"})
    assert "没有对应" in out


def test_json_contract(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", ERRORS, "-f", "json", "--lang", "en", "--select", MINE)
    data = json.loads(out)
    assert code == 1
    assert data["schema_version"] == "1.0"
    first = data["findings"][0]
    assert {"code", "name", "severity", "message", "path", "line", "column", "measure_id",
            "related"} <= first.keys()
    assert (first["code"], first["line"], first["column"], first["measure_id"]) == (
        "NUM001", 7, 1, "1.3")
    assert data["summary"]["by_severity"] == {"error": 4, "warning": 0, "info": 0}
    assert data["summary"]["by_code"] == {"NUM001": 2, "NUM002": 1, "NUM003": 1}
    assert data["summary"]["files"] == 1


def test_github_annotations(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", FAIL, "-f", "github", "--lang", "en",
                           "--select", "PUN001,PUN006")
    assert code == 0
    assert out.splitlines() == [
        f"::warning file={FAIL},line=8,col=5,endLine=8,endColumn=6,title=PUN001 "
        "half-width-punctuation::half-width ':' in Chinese text; this document uses '：' "
        "(8 times)",
        f"::notice file={FAIL},line=14,col=1,endLine=14,endColumn=5,title=PUN006 "
        "leading-whitespace::leading whitespace; the other lines of this document start at "
        "the margin",
    ]


def test_sarif_is_valid_and_complete(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", ERRORS, str(LINT_FIXTURES / "benchmark-fail.txt"),
                           "-f", "sarif")
    log = json.loads(out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    assert code == 1
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {"NUM001", "PUN001", "BEN002"} <= {rule["id"] for rule in rules}
    assert all(rule["help"]["text"].count("Why it matters") == 1 for rule in rules)
    shared = next(r for r in run["results"] if r["ruleId"] == "BEN002")
    assert shared["level"] == "note"
    assert rules[shared["ruleIndex"]]["id"] == "BEN002"
    assert shared["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 13, "startColumn": 6, "endLine": 13, "endColumn": 8}
    assert shared["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 8
    assert run["columnKind"] == "unicodeCodePoints"


@pytest.mark.parametrize("fmt", FORMATS)
def test_exit_codes_do_not_depend_on_the_format(run_cli: RunCli, fmt: str) -> None:
    assert run_cli("lint", CLEAN, "-f", fmt, "--select", MINE)[0] == 0
    assert run_cli("lint", FAIL, "-f", fmt, "--select", MINE)[0] == 0
    assert run_cli("lint", FAIL, "-f", fmt, "--select", MINE, "--fail-on", "warning")[0] == 1
    assert run_cli("lint", ERRORS, "-f", fmt)[0] == 1
    assert run_cli("lint", "missing.txt", "-f", fmt)[0] == 2


def test_unknown_rule_is_a_usage_error(run_cli: RunCli) -> None:
    code, out, err = run_cli("lint", FAIL, "--select", "PUN01")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert (" lint: error: Invalid value for '--select': unknown rule or prefix \"PUN01\"; "
            "did you mean PUN001, ") in err


def test_folders_are_searched_for_notices(run_cli: RunCli, isolated: Path) -> None:
    (isolated / "sub").mkdir()
    shutil.move("numbering-fail.txt", "sub/numbering-fail.txt")
    (isolated / "notes.md").write_text("not a notice", encoding="utf-8")
    code, out, _ = run_cli("lint", ".", "-f", "json", "--select", MINE)
    data = json.loads(out)
    assert code == 1 and data["summary"]["files"] == 3
    assert {f["path"] for f in data["findings"]} == {"punctuation-fail.txt",
                                                     "sub/numbering-fail.txt"}


def test_an_empty_folder_is_an_input_error(run_cli: RunCli, tmp_path: Path) -> None:
    code, _, err = run_cli("lint", str(tmp_path))
    assert code == 2 and "no notice files in this folder: expected *.txt" in err


def test_a_bad_file_does_not_hide_the_others(run_cli: RunCli, isolated: Path) -> None:
    Path("empty.txt").write_text("", encoding="utf-8")
    code, out, err = run_cli("lint", "empty.txt", "numbering-fail.txt", "-f", "json")
    assert code == 2
    assert err.startswith("empty.txt:1:1: error: empty file")
    assert json.loads(out)["summary"]["by_code"]["NUM001"] == 2


def test_configuration_file_selects_rules(run_cli: RunCli, isolated: Path) -> None:
    Path("tgbe.toml").write_text('select = ["PUN001"]\nfail-on = "warning"\n', encoding="utf-8")
    code, out, _ = run_cli("lint", "punctuation-fail.txt", "-f", "json")
    assert code == 1 and json.loads(out)["summary"]["by_code"] == {"PUN001": 1}
    code, out, _ = run_cli("lint", "punctuation-fail.txt", "-f", "json", "--select", "PUN005")
    assert code == 0 and json.loads(out)["summary"]["by_code"] == {"PUN005": 1}


def test_explicit_configuration_and_its_errors(run_cli: RunCli, isolated: Path) -> None:
    Path("ci.toml").write_text('[rules.PUN001]\nmarks = ":"\nx = 1\n', encoding="utf-8")
    code, out, err = run_cli("lint", "punctuation-fail.txt", "--config", "ci.toml")
    assert code == 2 and out == ""
    assert err.splitlines()[0] == ('ci.toml:3:1: error: invalid config: unknown option "x" for '
                                   'rule "PUN001"; expected one of: marks')


def test_user_aliases_reach_the_parser(run_cli: RunCli, isolated: Path) -> None:
    Path("tgbe.toml").write_text('[aliases]\n"税务总局" = ["税务局"]\n', encoding="utf-8")
    from tgbe.lint.config import load_config

    table = load_config("tgbe.toml").alias_table()
    assert table is not None and table.canonical("县税务局") == "县税务总局"
    assert run_cli("lint", "numbering-fail.txt", "-f", "json")[0] == 1


def test_output_file_is_written_atomically(run_cli: RunCli, isolated: Path) -> None:
    code, out, _ = run_cli("lint", "numbering-fail.txt", "-f", "sarif", "-o", "out.sarif")
    assert code == 1 and out == ""
    assert json.loads(Path("out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_json_output_follows_its_published_schema(run_cli: RunCli) -> None:
    from tgbe.render.schema import schema_of

    _, out, _ = run_cli("lint", ERRORS, str(LINT_FIXTURES / "benchmark-fail.txt"), "-f", "json")
    jsonschema.Draft202012Validator(schema_of("lint")).validate(json.loads(out))
    _, out, _ = run_cli("rules", "-f", "json")
    jsonschema.Draft202012Validator(schema_of("rules")).validate(json.loads(out))


def test_stdin_is_linted_with_a_dash(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", "-", "-f", "json",
                           input=(LINT_FIXTURES / "numbering-fail.txt").read_bytes())
    assert code == 1
    assert {f["path"] for f in json.loads(out)["findings"]} == {"-"}


def test_gb18030_files_are_read_and_located_like_utf8(run_cli: RunCli, isolated: Path) -> None:
    text = Path("punctuation-fail.txt").read_text(encoding="utf-8")
    Path("gbk.txt").write_bytes(text.encode("gb18030"))
    for extra in ((), ("--encoding", "gb18030")):
        code, out, _ = run_cli("lint", "gbk.txt", "-f", "json", "--select", "PUN001", *extra)
        found = json.loads(out)["findings"]
        assert code == 0 and [(f["line"], f["column"]) for f in found] == [(8, 5)]
    code, _, err = run_cli("lint", "gbk.txt", "--encoding", "utf-8")
    assert code == 2 and err.startswith("gbk.txt:1:1: error: cannot decode as utf-8")
