"""Linting files and folders: per-file configuration, reading, parsing, rules.

The CLI's ``tgbe lint`` is a thin layer over :func:`lint_paths`; a file that cannot be
read or parsed is recorded as an error and the others are still linted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tgbe.api import parse_source
from tgbe.config import LintConfig, config_path_for, load_config
from tgbe.discover import notice_files
from tgbe.errors import TgbeError
from tgbe.i18n import Lang
from tgbe.lint import active_rules, at_or_above, lint
from tgbe.reader import read_path
from tgbe.rules.base import Finding, Rule


@dataclass(frozen=True)
class Overrides:
    """Command-line choices that override the configuration files."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: str | None = None
    config: str | None = None

    def apply(self, config: LintConfig) -> LintConfig:
        """``config`` with these choices: ``select`` replaces, the others add or replace."""
        update: dict[str, object] = {
            "ignore": (*config.ignore, *self.ignore),
            "extend_select": (*config.extend_select, *self.extend_select),
        }
        if self.select is not None:
            update["select"] = self.select
        if self.fail_on is not None:
            update["fail_on"] = self.fail_on
        return config.model_copy(update=update)


@dataclass
class LintRun:
    """The outcome of linting several files."""

    findings: list[Finding] = field(default_factory=list)
    lines: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fail_on: dict[str, str] = field(default_factory=dict)
    errors: list[TgbeError] = field(default_factory=list)
    files: int = 0

    def failing(self, findings: Sequence[Finding] | None = None) -> bool:
        """Whether any of ``findings`` (default: all) is at or above its file's fail-on."""
        return any(at_or_above(finding.severity, self.fail_on.get(finding.path, "error"))
                   for finding in (self.findings if findings is None else findings))


def lint_paths(
    paths: Sequence[str], overrides: Overrides | None = None, lang: Lang = "en",
    encoding: str | None = None,
) -> LintRun:
    """Lint every notice file in ``paths`` (folders recursively).

    A bad configuration raises :class:`TgbeError`; a file that cannot be read or parsed is
    recorded in ``LintRun.errors`` and the other files are still linted.
    """
    overrides = overrides or Overrides()
    run = LintRun()
    prepared: dict[str | None, tuple[LintConfig, list[Rule]]] = {}
    for path in notice_files(paths):
        config_file = config_path_for(path, overrides.config)
        if config_file not in prepared:
            config = overrides.apply(load_config(config_file) if config_file else LintConfig())
            prepared[config_file] = (config, active_rules(config))
        config, rules = prepared[config_file]
        try:
            source = read_path(path, encoding)
            notice = parse_source(source, config.alias_table())
        except TgbeError as error:
            run.errors.append(error)
            continue
        run.files += 1
        run.lines[path] = source.original_lines
        run.fail_on[path] = config.fail_on
        run.findings.extend(lint(notice, config, lang, lines=source.original_lines,
                                 rules=rules))
    return run
