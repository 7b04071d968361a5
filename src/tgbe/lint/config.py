"""Lint configuration: ``[tool.tgbe]`` in ``pyproject.toml`` or the top level of ``tgbe.toml``.

The nearest configuration file to the linted file wins (then the nearest to the working
directory); ``tgbe.toml`` wins over ``pyproject.toml`` in the same folder, and a
``pyproject.toml`` without a ``[tool.tgbe]`` table is skipped.  Every key is validated:
unknown keys, rules and options are errors located at their line, like yamllint's
``tgbe.toml:3:1: error: invalid config: unknown option "x" for rule "DUP001"``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tgbe.infra.configfile import (
    CONFIG_FILES,
    Locator,
    config_path_for,
    describe,
    find_config,
    read_config,
)
from tgbe.lint.rules.base import RuleOptions
from tgbe.lint.rules.registry import rule_by_code
from tgbe.lint.rules.selection import matches_any_rule, suggest
from tgbe.models import Severity
from tgbe.parse.layout import ParseLayout, parse_layout
from tgbe.parse.units import AliasTable, default_aliases

__all__ = ["CONFIG_FILES", "LintConfig", "config_path_for", "find_config", "load_config",
           "parse_config"]
_KNOWN_KEYS = "select, ignore, extend-select, fail-on, rules, severity, aliases, parse"
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
    parse: ParseLayout = Field(default_factory=ParseLayout)

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


def load_config(path: str) -> LintConfig:
    """Read and validate a configuration file; raise a located :class:`TgbeError` if bad."""
    data, locator = read_config(path)
    return parse_config(data, locator)


def parse_config(data: Mapping[str, Any], locator: Locator | None = None) -> LintConfig:
    """Validate a configuration given as data (keys as in TOML)."""
    where = locator or Locator("<config>", "", ())
    layout = parse_layout(data.get("parse", {}), where)  # its own keys, its own messages
    try:
        config = LintConfig.model_validate({**data, "parse": layout})
    except ValidationError as error:
        first = error.errors()[0]
        keys = tuple(str(part) for part in first["loc"])
        raise where.error(keys, describe(first, keys, _KNOWN_KEYS)) from None
    _check_rules(config, where)
    return config


def _check_rules(config: LintConfig, where: Locator) -> None:
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


