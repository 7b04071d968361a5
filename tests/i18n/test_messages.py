"""The message catalogue: every id renders in Chinese and English; the language is chosen once."""

from __future__ import annotations

import re
import string
from pathlib import Path

import click
import pytest

from tests.conftest import FIXTURES, RunCli
from tgbe.cli import COMMANDS, cli
from tgbe.cli.help import option_help
from tgbe.infra.i18n import choose_lang, count_of, resolve_lang, tr, translated
from tgbe.infra.messages import HELP_ZH, MESSAGES

# Words allowed in Chinese text: codes, formats, file and variable names.
CODE_WORDS = {"tgbe", "help", "zh", "en", "YYYY", "MM", "DD", "JSON", "Schema", "CSV", "xlsx",
              "csv", "YAML", "BOM", "UTF", "GB18030", "Big5", "todo", "FILE", "DATE", "NAME",
              "DAYS", "DIR", "PATH", "NOTICE", "LEDGER", "CODE", "ALL", "PUN", "XDP001",
              "TGBE_LANG", "TGBE_TODAY", "NO_COLOR", "FORCE_COLOR", "auto", "always", "never",
              "fail", "on", "error", "ignore", "tz", "toml", "pyproject", "rapidfuzz", "lint",
              "parse", "init", "check", "OLD", "NEW", "notice", "unit", "ledger", "select",
              "LANGUAGE", "LANG", "CPU", "json", "N.M", "tgbe.toml", "pyproject.toml",
              "rules.", "Word", "PDF", "docx", "zip", "UTF-8", "html", "md", "WORKBOOK",
              "SHEET", "ROW", "COL", "summary", "import", "undated", "overdue", "status", "list",
              # formats, ledger keys and status words a user writes as they are
              "TOML", "rules", "text", "jsonl", "github", "sarif", "date", "note", "history",
              "new_deadline", "in_progress", "done", "extended", "dropped"}
# English that quotes a notice's or a workbook's Chinese words (the labels a user sees).
QUOTES_CHINESE = {"help.title", "cmd.status", "ledger.template", "ledger.written",
                  "error.ledger_extended", "error.return_extended", "error.return_status",
                  "error.return_text", "error.no_measures"}
SAMPLE = {"n": 3, "days": 28, "year": 2023, "month": 2, "month_name": "February"}


def _fields(template: str) -> dict[str, object]:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {name: SAMPLE.get(name, f"<{name}>") for name in names}


def _english_words(text: str) -> set[str]:
    text = re.sub(r"<[^>]*>|--?[a-z-]+|\$\w+|\b\d+\w*", " ", text)
    words = set(re.findall(r"[A-Za-z_][A-Za-z_0-9.]*", text)) - CODE_WORDS
    return {word for word in words if len(word) > 1 and not re.fullmatch(r"[A-Z]+\d+", word)}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_renders_in_both_languages(key: str) -> None:
    zh, en = MESSAGES[key]
    fields = _fields(zh) | _fields(en)
    chinese, english = tr(key, "zh", **fields), tr(key, "en", **fields)
    assert chinese and english
    assert not _english_words(chinese), chinese
    # The Chinese term is part of the name; the parser quotes the notice's labels.
    if key not in QUOTES_CHINESE and not key.startswith("diag."):
        assert not re.search(r"[\u4e00-\u9fff]", english), english
    assert not re.search(r"[\u4e00-\u9fff][,;:?!()]|[,;:?!(][\u4e00-\u9fff]", chinese), chinese


def test_plural_ids_have_a_singular() -> None:
    for key in MESSAGES:
        if key.endswith(".plural"):
            assert key.removesuffix(".plural") in MESSAGES
    assert count_of(1, "count.measure", "en") == "1 measure"
    assert count_of(2, "count.measure", "en") == "2 measures"
    assert count_of(2, "count.measure", "zh") == "共 2 项举措"


@pytest.mark.parametrize("key", sorted(HELP_ZH))
def test_chinese_help_is_chinese(key: str) -> None:
    assert not _english_words(HELP_ZH[key]), HELP_ZH[key]


def _all_commands() -> list[tuple[str, click.Command]]:
    ctx = click.Context(cli)
    found: list[tuple[str, click.Command]] = []

    def walk(path: str, command: click.Command) -> None:
        found.append((path, command))
        for name, sub in getattr(command, "commands", {}).items():
            walk(f"{path}.{name}", sub)

    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None
        walk(name, command)
    return found


@pytest.mark.parametrize(("path", "command"), _all_commands())
def test_every_command_and_option_has_a_summary_and_chinese_help(
    path: str, command: click.Command
) -> None:
    assert f"cmd.{path}" in MESSAGES
    assert f"doc.{path}" in HELP_ZH
    for param in command.params:
        if isinstance(param, click.Option):
            assert option_help(path, param), f"{path} {param.opts}"
            assert {"--lang", "--color"} & set(param.opts) or param.help


@pytest.mark.parametrize(("env", "expected"), [
    ({"TGBE_LANG": "zh", "LANG": "en_US.UTF-8"}, "zh"),
    ({"TGBE_LANG": "en", "LC_ALL": "zh_CN.UTF-8"}, "en"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"LANG": "zh_CN.GB18030"}, "zh"),
    ({}, "en"),
])
def test_language_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name in ("TGBE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    choose_lang(None)
    assert resolve_lang() == expected
    choose_lang("zh" if expected == "en" else "en")  # --lang wins over the environment
    assert resolve_lang() != expected
    choose_lang(None)


@pytest.mark.parametrize(("fixture", "chinese"), [
    ("parser/malformed/missing-deadline.txt", "警告: 举措 1.3 没有完成时限；应有“完成时限：…”一行"),
    ("parser/malformed/stray-line.txt", "警告: 举措字段之后的这一行既不是字段也不是举措"),
    ("parser/malformed/duplicate-number.txt", "警告: 举措序号 2 重复使用；此处记为 1.2b"),
    ("parser/malformed/truncated.txt", "在句中结束且没有责任单位：正文似乎被截断"),
    ("layouts/container_leads.txt", "部分序号 1 重复使用；其中的举措编号为 1b.N"),
    ("layouts/attachments_two.txt", "提示: 附件2中没有举措"),
])
def test_parser_diagnostics_in_chinese(run_cli: RunCli, fixture: str, chinese: str) -> None:
    _, _, err = run_cli("parse", str(FIXTURES / fixture), "-f", "json", "--lang", "zh")
    assert chinese in err
    for line in err.splitlines():
        assert not re.search(r": (warning|info): |measure |section ", line), line
    _, _, err = run_cli("parse", str(FIXTURES / fixture), "-f", "json", "--lang", "en")
    assert ": warning: " in err or ": info: " in err


def test_read_errors_in_chinese(run_cli: RunCli, tmp_path: Path) -> None:
    binary = FIXTURES / "parser" / "malformed" / "binary.png"
    _, _, err = run_cli("parse", str(binary), "--lang", "zh")
    assert err == f"{binary}:1:1: 错误: 二进制文件：应为文本（UTF-8、GB18030、UTF-16）\n"
    _, _, err = run_cli("parse", str(tmp_path), "--lang", "zh")
    assert err.startswith(f"{tmp_path}:1:1: 错误: 这是一个文件夹，其中没有通知文件：应为 *.txt")
    _, _, err = run_cli("parse", str(binary), "--lang", "en")
    assert err == f"{binary}:1:1: error: binary file: expected text (UTF-8, GB18030, UTF-16)\n"


def test_translated_reads_a_family_and_its_fields() -> None:
    # A family is the id and every id below it; fields are translated in turn; a {x!r}
    # field is read without its quotes; a message no template matches stays as written.
    message = "expected a date YYYY-MM-DD for new_deadline of measure 2.3, found '2023-13-01'"
    assert translated("error", message, "zh") == ("举措 2.3 的新时限应为 YYYY-MM-DD 格式的日期，"
                                                  "实际为“2023-13-01”")
    assert translated("error", message, "en") == message
    assert translated("usage", "No such option '--x'. Did you mean '--y'?", "zh") == (
        "没有选项“--x”。是否要找：'--y'？")
    assert translated("error", "something new", "zh") == "something new"
