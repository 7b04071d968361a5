"""Lint configuration: ``[tool.tgbe]`` in ``pyproject.toml`` or the top level of ``tgbe.toml``.

The nearest configuration file to the linted file wins (then the nearest to the working
directory); ``tgbe.toml`` wins over ``pyproject.toml`` in the same folder, and a
``pyproject.toml`` without a ``[tool.tgbe]`` table is skipped.  Every key is validated:
unknown keys, rules and options are errors located at their line, like yamllint's
``tgbe.toml:3:1: error: invalid config: unknown option "x" for rule "DUP001"``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tgbe.errors import Problem, TgbeError
from tgbe.lint.rules.base import RuleOptions
from tgbe.lint.rules.registry import rule_by_code
from tgbe.lint.rules.selection import matches_any_rule, suggest
from tgbe.models import Severity
from tgbe.parse.units import AliasTable, default_aliases

CONFIG_FILES = ("tgbe.toml", "pyproject.toml")
_TOML_POSITION = re.compile(r"\(at line (?P<line>[0-9]+), column (?P<column>[0-9]+)\)")
_SELECTOR_KEYS = ("select", "ignore", "extend-select")

FailOn = Literal["error", "warning"]


class LintConfig(BaseModel):
    """The validated ``[tool.tgbe]`` table (keys are written with dashes in TOML).

    Build it from user data with :func:`load_config` or :func:`parse_config`: they also
    check rule codes and each rule's options, with located errors.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = Field(default=(), alias="extend-select")
    fail_on: FailOn = Field(default="error", alias="fail-on")
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    severity: dict[str, Severity] = Field(default_factory=dict)
    aliases: dict[str, list[str]] = Field(default_factory=dict)

    def rule_options(self, code: str) -> RuleOptions | None:
        """The validated options of rule ``code`` (None: its defaults)."""
        rule = rule_by_code(code)
        for key, values in self.rules.items():
            if rule is not None and rule_by_code(key) is rule:
                return rule.Options.model_validate(values)
        return None

    def severity_of(self, code: str) -> Severity | None:
        """The severity configured for rule ``code``, if any."""
        rule = rule_by_code(code)
        for key, value in self.severity.items():
            if rule is not None and rule_by_code(key) is rule:
                return value
        return None

    def alias_table(self) -> AliasTable | None:
        """The default unit aliases extended with the user's (None when there are none)."""
        return default_aliases().extended(self.aliases) if self.aliases else None


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in ``start`` or its parents."""
    for directory in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "tool.tgbe" in path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def config_path_for(target: str, explicit: str | None = None) -> str | None:
    """The configuration file that applies to ``target`` (None: the defaults apply)."""
    if explicit is not None:
        return explicit
    start = Path.cwd() if target == "-" else Path(target).resolve().parent
    here = Path.cwd().resolve()
    found = find_config(start) or find_config(here)
    if found is None:
        return None
    return str(found.relative_to(here) if found.is_relative_to(here) else found)


def load_config(path: str) -> LintConfig:
    """Read and validate a configuration file; raise a located :class:`TgbeError` if bad."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TgbeError.at(path, "invalid config: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TgbeError.at(path, f"invalid config: cannot read file: {error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _toml_error(path, text, str(error)) from None
    except RecursionError:
        raise TgbeError.at(path, "invalid config: nested too deeply") from None
    locator = _Locator(path, text, ("tool", "tgbe") if file.name == "pyproject.toml" else ())
    if file.name == "pyproject.toml":
        for key in ("tool", "tgbe"):
            data = data.get(key, {})
            if not isinstance(data, dict):
                raise locator.error((), f'"{key}" must be a table, found {type(data).__name__}')
    return parse_config(data, locator)


def _toml_error(path: str, text: str, reason: str) -> TgbeError:
    """A TOML syntax error at its line and column (the end of the file if tomllib says so)."""
    position = _TOML_POSITION.search(reason)
    line, column = (text.count("\n") + 1, len(text.rsplit("\n", 1)[-1]) + 1)
    if position:
        line, column = int(position["line"]), int(position["column"])
    message = _TOML_POSITION.sub("", reason).replace("(at end of document)", "").strip()
    if "end of document" in reason:
        message += "; expected more before the end of the file"
    return TgbeError.at(path, f"invalid config: TOML syntax: {message}", line, column)


def parse_config(data: Mapping[str, Any], locator: _Locator | None = None) -> LintConfig:
    """Validate a configuration given as data (keys as in TOML)."""
    where = locator or _Locator("<config>", "", ())
    try:
        config = LintConfig.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        keys = tuple(str(part) for part in first["loc"])
        raise where.error(keys, _describe(first, keys)) from None
    _check_rules(config, where)
    return config


def _describe(error: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    dotted = ".".join(keys)
    if error["type"] == "extra_forbidden":
        return f'unknown key "{dotted}"; expected one of select, ignore, extend-select, ' \
               "fail-on, rules, severity, aliases"
    return f'"{dotted}": {error["msg"]}, found {error["input"]!r}'


def _check_rules(config: LintConfig, where: _Locator) -> None:
    for key in _SELECTOR_KEYS:
        for selector in getattr(config, key.replace("-", "_")) or ():
            if not matches_any_rule(selector):
                raise where.error((key,), f'unknown rule or prefix "{selector}" in {key}'
                                  + suggest(selector), item=selector)
    for table in ("rules", "severity"):
        for code in getattr(config, table):
            if rule_by_code(code) is None:
                raise where.error((table, code), f'unknown rule "{code}" in {table}'
                                  + suggest(code))
    for code, values in config.rules.items():
        rule = rule_by_code(code)
        assert rule is not None
        try:
            rule.Options.model_validate(values)
        except ValidationError as error:
            first = error.errors()[0]
            option = str(first["loc"][0]) if first["loc"] else ""
            if first["type"] == "extra_forbidden":
                message = f'unknown option "{option}" for rule "{code}"'
                known = ", ".join(rule.Options.model_fields) or "none"
                message += f"; expected one of: {known}"
            else:
                message = (f'option "{option}" of rule "{code}": {first["msg"]}, '
                           f'found {first["input"]!r}')
            raise where.error(("rules", code, option), message) from None


class _Locator:
    """Finds the line of a key in TOML text, for error messages."""

    def __init__(self, path: str, text: str, prefix: tuple[str, ...]) -> None:
        self.path, self.prefix = path, prefix
        self.lines = text.splitlines()

    def error(self, keys: Sequence[str], message: str, item: str | None = None) -> TgbeError:
        """A :class:`TgbeError` at the line of ``keys`` (and of ``item`` in its array)."""
        line, column = self.locate((*self.prefix, *keys))
        if item is not None:
            line, column = self._find_item(line, item) or (line, column)
        source = self.lines[line - 1] if 0 < line <= len(self.lines) else None
        return TgbeError([Problem(self.path, line, column, f"invalid config: {message}",
                                  source)])

    def locate(self, keys: tuple[str, ...]) -> tuple[int, int]:
        """The (line, column) where ``keys`` is defined (its best partial match)."""
        table: tuple[str, ...] = ()
        best, best_depth = (1, 1), -1
        for number, raw in enumerate(self.lines, start=1):
            line = raw.strip()
            if line.startswith("["):
                table = _split_key(line.strip("[] "))
                path, column = table, raw.index("[") + 1
            elif "=" in line and not line.startswith("#"):
                path = table + _split_key(line.split("=", 1)[0])
                column = len(raw) - len(raw.lstrip()) + 1
            else:
                continue
            depth = _common(path, keys)
            if depth == len(keys):
                return number, column
            if depth > best_depth and depth == len(path):
                best, best_depth = (number, column), depth
        return best

    def _find_item(self, start: int, item: str) -> tuple[int, int] | None:
        for number in range(start, min(start + 50, len(self.lines)) + 1):
            for quoted in (f'"{item}"', f"'{item}'"):
                index = self.lines[number - 1].find(quoted)
                if index >= 0:
                    return number, index + 1
        return None


def _split_key(text: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in text.split("."))


def _common(path: tuple[str, ...], keys: tuple[str, ...]) -> int:
    depth = 0
    for a, b in zip(path, keys, strict=False):
        if a != b:
            break
        depth += 1
    return depth
