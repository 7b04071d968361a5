"""Configuration files: discovery, validation and yamllint-style located errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tgbe.errors import TgbeError
from tgbe.lint.config import LintConfig, config_path_for, find_config, load_config
from tgbe.lint.rules.punctuation import HalfWidthOptions
from tgbe.models import Severity


def _error(path: Path) -> str:
    with pytest.raises(TgbeError) as caught:
        load_config(str(path))
    return caught.value.problems[0].format()


def test_a_full_tgbe_toml_is_read(tmp_path: Path) -> None:
    path = tmp_path / "tgbe.toml"
    path.write_text(
        'select = ["PUN", "NUM"]\nignore = ["PUN006"]\nextend-select = ["BEN"]\n'
        'fail-on = "warning"\naliases = { "市场监督管理局" = ["市管局"] }\n'
        '[rules.PUN001]\nmarks = ":,"\n[severity]\nPUN005 = "error"\n', encoding="utf-8")
    config = load_config(str(path))
    assert config.select == ("PUN", "NUM") and config.extend_select == ("BEN",)
    assert config.fail_on == "warning" and config.ignore == ("PUN006",)
    assert config.rule_options("PUN001") == HalfWidthOptions(marks=":,")
    assert config.severity_of("trailing-whitespace") is Severity.ERROR
    table = config.alias_table()
    assert table is not None and table.canonical("县市管局") == "县市场监督管理局"


def test_pyproject_uses_the_tool_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n[tool.tgbe]\nselect = ["DLN"]\n', encoding="utf-8")
    assert load_config(str(path)).select == ("DLN",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[rules.PUN001]\nmarks = ":"\nx = 1\n',
         'tgbe.toml:3:1: error: invalid config: unknown option "x" for rule "PUN001"; '
         "expected one of: marks"),
        ('select = ["PUN"]\nbogus = 1\n',
         'tgbe.toml:2:1: error: invalid config: unknown key "bogus"; expected one of select, '
         "ignore, extend-select, fail-on, rules, severity, aliases, parse"),
        ('select = [\n  "PUN",\n  "PUX",\n]\n',
         'tgbe.toml:3:3: error: invalid config: unknown rule or prefix "PUX" in select; '
         "did you mean PUN001, PUN002, PUN003?"),
        ('fail-on = "sometimes"\n',
         'tgbe.toml:1:1: error: invalid config: "fail-on": Input should be \'error\' or '
         "'warning', found 'sometimes'"),
        ('[rules]\nDLN002 = { min_share = "most" }\n',
         'tgbe.toml:2:1: error: invalid config: option "min_share" of rule "DLN002": Input '
         "should be a valid number, unable to parse string as a number, found 'most'"),
        ("[severity]\nNOPE01 = \"error\"\n",
         'tgbe.toml:2:1: error: invalid config: unknown rule "NOPE01" in severity'),
        ("select = [\n",
         "tgbe.toml:2:1: error: invalid config: TOML syntax: Invalid value; expected more"),
    ],
)
def test_errors_point_at_the_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  text: str, expected: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("tgbe.toml").write_text(text, encoding="utf-8")
    message = _error(Path("tgbe.toml"))
    assert message.startswith(expected), message


def test_errors_in_pyproject_are_located_inside_the_tool_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n\n[tool.tgbe.rules.PUN001]\nwidth = 3\n',
                    encoding="utf-8")
    assert ":5:1: error: invalid config: unknown option \"width\"" in _error(path)


def test_the_nearest_configuration_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "tgbe.toml").write_text("", encoding="utf-8")
    (tmp_path / "a" / "pyproject.toml").write_text('[tool.tgbe]\nselect = ["PUN"]\n',
                                                   encoding="utf-8")
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(inner) == tmp_path / "a" / "pyproject.toml"
    (tmp_path / "a" / "tgbe.toml").write_text("", encoding="utf-8")
    assert find_config(inner) == tmp_path / "a" / "tgbe.toml"
    monkeypatch.chdir(tmp_path)
    assert config_path_for(str(inner / "x.txt")) == str(Path("a") / "tgbe.toml")
    assert config_path_for("-") == "tgbe.toml"
    assert config_path_for("x.txt", "other.toml") == "other.toml"


def test_missing_configuration_file_is_an_error(tmp_path: Path) -> None:
    assert "invalid config: no such file" in _error(tmp_path / "nope.toml")


def test_defaults() -> None:
    config = LintConfig()
    assert config.select is None and config.fail_on == "error"
    assert config.alias_table() is None and config.rule_options("PUN001") is None
