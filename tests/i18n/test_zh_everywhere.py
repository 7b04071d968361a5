"""Every command under ``--lang zh``, on the seed and on bad input, writes Chinese only.

English is allowed only where it is not language: codes, paths, file names, rule codes and
names, option names and values, JSON keys, XML markup and the technical words of
:data:`tests.cli.test_terminal_output.ALLOWED_WORDS`.  Machine documents (``schema``,
``parse -f json``) are data, not messages: only their errors are checked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_terminal_output import english_words
from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.cli.batch import WORKER_DIED
from tgbe.errors import Problem
from tgbe.lint.rules.base import Finding
from tgbe.lint.rules.registry import RULES

SEED_S = str(SEED)
EDITED = str(FIXTURES / "diff" / "tonggu-2023-edited.txt")
BINARY = str(FIXTURES / "parser" / "malformed" / "binary.png")
NO_MEASURES = str(FIXTURES / "parser" / "malformed" / "no-measures.txt")
LEDGERS = FIXTURES / "ledger"
TODAY = ("--today", "2023-07-01")
# Names a user types as they are: rule groups, rule options, the JSON fields of a finding.
RULE_WORDS = "|".join(sorted({rule.group for rule in RULES} | set(Finding.model_fields) | {
    name for rule in RULES for name in rule.Options.model_fields}))

# (arguments, exit code); "MISSING", "EMPTY", "TOML", "ALIAS", "DIR" stand for files the
# test writes.
CASES: list[tuple[tuple[str, ...], int]] = [
    (("parse", SEED_S), 0),
    (("parse", "MISSING"), 2),
    (("parse", "EMPTY"), 2),
    (("parse", BINARY), 2),
    (("parse", NO_MEASURES), 2),
    (("parse", SEED_S, "MISSING", "--jobs", "2"), 2),  # a batch with a failed file
    (("parse", SEED_S, "--bogus"), 2),
    (("parse",), 2),
    (("parse", SEED_S, "-f", "nope"), 2),
    (("parse", SEED_S, "--max-bytes", "zz"), 2),
    (("parse", SEED_S, "extra", "--max-diagnostics", "0"), 2),
    (("lint", SEED_S), 1),
    (("lint", SEED_S, "-f", "json"), 1),
    (("lint", SEED_S, "--config", "TOML"), 2),
    (("lint", SEED_S, "--select", "NOPE"), 2),
    (("lint", SEED_S, "--fail-on", "x"), 2),
    (("check-deadlines", SEED_S, *TODAY), 1),
    (("check-deadlines", SEED_S, *TODAY, "-f", "json"), 1),
    (("check-deadlines", SEED_S, *TODAY, "-f", "github"), 1),
    (("check-deadlines", SEED_S, *TODAY, "-f", "junit"), 1),
    (("check-deadlines", SEED_S, "--today", "2023-02-30"), 2),
    (("check-deadlines", SEED_S, "--today", "2023-13-01"), 2),
    (("check-deadlines", SEED_S, *TODAY, "--warn-within", "zz"), 2),
    (("check-deadlines", SEED_S, *TODAY, "--ledger", str(LEDGERS / "syntax.yaml")), 2),
    (("list", SEED_S, "--unit", "税务"), 0),
    (("list", SEED_S, "--unit"), 2),
    (("list", SEED_S, "--due-before", "20230901"), 2),
    (("list", SEED_S, "--unit", "局"), 2),
    (("list", SEED_S, "--status", "done"), 2),
    (("list", SEED_S, "-f", "xlsx"), 2),
    (("list", SEED_S, "--alias-file", "ALIAS"), 2),
    (("units", SEED_S), 0),
    (("units", "EMPTY"), 2),
    (("targets", SEED_S), 0),
    (("targets", SEED_S, "-f", "csv"), 0),
    (("export", SEED_S), 2),
    (("diff", SEED_S, EDITED), 1),
    (("diff", SEED_S), 2),
    (("diff", SEED_S, "MISSING"), 2),
    (("crossdup", str(FIXTURES / "crossdup")), 1),
    (("crossdup", "MISSING"), 2),
    (("status", "init", SEED_S), 0),
    (("status", "check", SEED_S, str(LEDGERS / "progress.yaml")), 0),
    (("status", "check", SEED_S, str(LEDGERS / "syntax.yaml")), 2),
    (("status", "check", SEED_S, str(LEDGERS / "bad-status.yaml")), 2),
    (("status", "check", SEED_S, str(LEDGERS / "bad-date.yaml")), 2),
    (("status", "check", SEED_S, str(LEDGERS / "python-tag.yaml")), 2),
    (("status", "summary", SEED_S, *TODAY), 0),
    (("status", "summary", SEED_S, "--ledger", str(LEDGERS / "bad-status.yaml")), 2),
    (("status", "summary", SEED_S, "-f", "xlsx"), 2),
    (("status", "import", "x.xlsx"), 2),
    (("status", "import", "--ledger", "DIR/l.yaml", "MISSING"), 2),
    (("status", "import", "--ledger", "DIR/l.yaml", BINARY), 2),
    (("status", "bogus"), 2),
    (("report", SEED_S), 2),
    (("report", SEED_S, "-f", "docx", "-o", "-"), 2),
    (("explain", "DUP002"), 0),
    (("explain", "PUN001"), 0),
    (("explain", "NOPE"), 2),
    (("explain",), 2),
    (("rules",), 0),
    (("schema", "nope"), 2),
    (("help",), 0),
    (("help", "x"), 2),
    (("bogus",), 2),
]


def _messages(document: Any) -> Iterator[str]:
    """The ``message`` strings of a JSON document (its other values are data)."""
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "message" and isinstance(value, str):
                yield value
            else:
                yield from _messages(value)
    elif isinstance(document, list):
        for item in document:
            yield from _messages(item)


def _inputs(args: tuple[str, ...], tmp_path: Path) -> list[str]:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "tgbe.toml").write_text("[tool\n", encoding="utf-8")
    (tmp_path / "aliases.yaml").write_text("- 某局\n", encoding="utf-8")
    names = {"MISSING": str(tmp_path / "missing.txt"), "EMPTY": str(tmp_path / "empty.txt"),
             "TOML": str(tmp_path / "tgbe.toml"), "ALIAS": str(tmp_path / "aliases.yaml")}
    return [names.get(arg, arg.replace("DIR", str(tmp_path))) for arg in args]


@pytest.mark.parametrize(("args", "code"), CASES, ids=[" ".join(case[0][:3]).replace(
    str(FIXTURES), "F").replace(SEED_S, "SEED") for case in CASES])
def test_every_command_speaks_chinese(run_cli: RunCli, tmp_path: Path, args: tuple[str, ...],
                                      code: int) -> None:
    argv = _inputs(args, tmp_path)
    exit_code, out, err = run_cli(*argv, "--lang", "zh", env={"COLUMNS": "120"})
    assert exit_code == code, err
    assert out or err
    if "-f" in argv and argv[argv.index("-f") + 1] == "json" and out:
        out = "\n".join(_messages(json.loads(out)))
    assert not english_words(out, RULE_WORDS), out
    assert not english_words(err, RULE_WORDS), err
    if code == 2:
        assert "错误: " in err and "error: " not in err and "Error" not in err


def test_help_pages_speak_chinese(run_cli: RunCli) -> None:
    for args in (("--help",), ("status", "--help"), ("status", "import", "--help"),
                 ("export", "--help"), ("help", "zh")):
        code, out, _ = run_cli(*args, "--lang", "zh")
        assert code == 0
        assert not english_words(out), args
        assert "Usage:" not in out and "Options:" not in out


def test_a_usage_error_before_lang_is_chinese(run_cli: RunCli) -> None:
    _, _, err = run_cli("status", "check", SEED_S, "x.yaml", "--bogus", "--lang", "zh")
    assert err == "cli status check: 错误: 没有选项“--bogus”。\n"
    _, _, err = run_cli("list", SEED_S, "--bogus", "--lang", "zh")
    assert err == "cli list: 错误: 没有选项“--bogus”。是否要找：'--jobs'？\n"
    _, _, err = run_cli("list", SEED_S, "--bogus", "--lang", "en")
    assert err == "cli list: error: No such option '--bogus'. Did you mean '--jobs'?\n"


def test_ledger_errors_name_the_problem_in_chinese(run_cli: RunCli) -> None:
    _, _, err = run_cli("status", "check", SEED_S, str(LEDGERS / "bad-date.yaml"), "--lang", "zh")
    assert "错误: 举措 1.1 的日期应为 YYYY-MM-DD 格式的日期，实际为“2023-13-01”" in err
    _, _, err = run_cli("status", "check", SEED_S, str(LEDGERS / "bad-status.yaml"), "--lang", "zh")
    assert "错误: 举措 1.1 的状态应为 todo/未启动" in err and "实际为“finished”" in err
    _, _, err = run_cli("status", "check", SEED_S, str(LEDGERS / "bad-date.yaml"), "--lang", "en")
    assert "error: expected a date YYYY-MM-DD for date of measure 1.1, found '2023-13-01'" in err


def test_configuration_and_usage_errors_in_chinese(run_cli: RunCli, tmp_path: Path) -> None:
    config = tmp_path / "tgbe.toml"
    config.write_text('select = ["PUN01"]\n', encoding="utf-8")
    _, _, err = run_cli("lint", SEED_S, "--config", str(config), "--lang", "zh")
    assert err.startswith(f"{config}:1:11: 错误: 配置无效：select 中有未知的规则或前缀“PUN01”；"
                          "是否要找：PUN001")
    _, _, err = run_cli("status", "summary", SEED_S, "-f", "xlsx", "--lang", "zh")
    assert err == "cli status summary: 错误: -f xlsx 需要 -o FILE\n"
    _, _, err = run_cli("status", "summary", SEED_S, "-f", "xlsx", "--lang", "en")
    assert err == "cli status summary: error: -f xlsx needs -o FILE\n"


def test_status_summary_warning_in_chinese(run_cli: RunCli) -> None:
    notice = str(FIXTURES / "lint" / "deadlines-fail.txt")
    code, _, err = run_cli("status", "summary", notice, *TODAY, "--lang", "zh")
    assert code == 0
    assert ": 警告: 无法读取举措 " in err and "的完成时限：“尽快”" in err
    _, _, err = run_cli("status", "summary", notice, *TODAY, "--lang", "en")
    assert ": warning: cannot read the deadline of measure " in err


def test_worker_died_in_chinese() -> None:
    problem = Problem("a.txt", 1, 1, WORKER_DIED)
    assert problem.format("zh") == ("a.txt:1:1: 错误: 读取该文件的工作进程意外终止（被信号杀死，"
                                    "如内存不足）；其他文件已照常处理")
    assert problem.format("en") == f"a.txt:1:1: error: {WORKER_DIED}"


def test_every_rule_is_explained_in_chinese(run_cli: RunCli) -> None:
    for rule in RULES:
        assert rule.doc_zh.count("\n\n") == 2, rule.code  # summary, what, why
        _, out, _ = run_cli("explain", rule.code, "--lang", "zh")
        assert rule.summary("zh") in out and "为何重要：" in out
        assert not english_words(out, RULE_WORDS), rule.code
        _, out, _ = run_cli("explain", rule.code, "--lang", "en")
        assert rule.summary("en") in out and "Why it matters" in out
